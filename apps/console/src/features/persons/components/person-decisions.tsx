import { Link } from 'react-router-dom';
import { IDENTITY_DOCUMENT_KINDS } from '@casework/domain';
import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate, formatDateTime, formatMonth, formatSnils } from '../../../lib/format';
import { formatRubles } from '@casework/domain';
import type { ApplicantSnapshot, Person, PersonDecision } from '../../../types/api';

const STATUS: Record<PersonDecision['status'], { title: string; tone: string }> = {
  draft: { title: 'проект', tone: 'info' },
  initialled: { title: 'подписан заместителем', tone: 'sign' },
  signed: { title: 'утверждено', tone: 'success' },
  issued: { title: 'выдано заявителю', tone: 'success' },
  returned: { title: 'возвращено на доработку', tone: 'muted' },
};

const docText = (d: ApplicantSnapshot['identityDocument']): string =>
  d ? `${IDENTITY_DOCUMENT_KINDS[d.kind as keyof typeof IDENTITY_DOCUMENT_KINDS] ?? d.kind} ${d.series ?? ''} № ${d.number}`.replace(/\s+/g, ' ') : '—';

const ROWS: { key: keyof ApplicantSnapshot; title: string; show: (s: ApplicantSnapshot) => string }[] = [
  { key: 'lastName', title: 'Фамилия', show: (s) => s.lastName },
  { key: 'firstName', title: 'Имя', show: (s) => s.firstName },
  { key: 'middleName', title: 'Отчество', show: (s) => s.middleName ?? '—' },
  { key: 'birthDate', title: 'Дата рождения', show: (s) => formatDate(s.birthDate) },
  { key: 'snils', title: 'СНИЛС', show: (s) => formatSnils(s.snils) },
  { key: 'identityDocument', title: 'Документ', show: (s) => docText(s.identityDocument) },
  { key: 'registrationAddress', title: 'Адрес регистрации', show: (s) => s.registrationAddress ?? '—' },
  { key: 'actualAddress', title: 'Фактический адрес', show: (s) => s.actualAddress ?? '—' },
];

// The data a decision was taken on, with what has changed since marked.
const Snapshot = ({ snapshot, current }: { snapshot: ApplicantSnapshot; current: Person }) => (
  <details className="details">
    <summary>Сведения о заявителе на момент подписания</summary>
    {snapshot.personId !== current.id ? (
      <p className="muted small">
        Решение принято по <Link to={`/persons/${snapshot.personId}?merged=show`}>личному делу, позже объединённому с этим</Link>.
      </p>
    ) : null}
    <dl className="kv kv--2" data-testid="applicant-at-decision">
      {ROWS.map((r) => {
        const changed = r.show(snapshot) !== r.show({ ...current, personId: current.id });
        return (
          <div className="kv__row" key={r.key}>
            <dt>{r.title}</dt>
            <dd>
              {r.show(snapshot)} {changed ? <Badge tone="warning">изменено с тех пор</Badge> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  </details>
);

export const PersonDecisions = ({ decisions, current }: { decisions: PersonDecision[]; current: Person }) => (
  <Card title="Решения" testId="person-decisions">
    {decisions.length === 0 ? (
      <Empty>Решений нет.</Empty>
    ) : (
      <ul className="decisions">
        {decisions.map((d) => (
          <li key={d.id} className="decisions__item" data-testid="person-decision" data-status={d.status}>
            <div className="decisions__head">
              <strong>Решение {d.kindTitle.toLowerCase()}</strong>
              <Badge tone={STATUS[d.status]?.tone ?? 'info'}>{STATUS[d.status]?.title ?? d.status}</Badge>
            </div>
            <dl className="facts facts--compact">
              <div>
                <dt>Номер и дата</dt>
                <dd>{d.number ? `№ ${d.number} от ${formatDate(d.decisionDate)}` : '—'}</dd>
              </div>
              <div>
                <dt>Дело</dt>
                <dd>
                  <Link to={`/cases/${d.caseId}`}>{d.caseNumber ?? 'без номера'}</Link> · {d.serviceTitle}
                </dd>
              </div>
              {d.amountKopecks !== null ? (
                <div>
                  <dt>Сумма</dt>
                  <dd>{formatRubles(d.amountKopecks)}</dd>
                </div>
              ) : null}
              {d.paymentStartMonth ? (
                <div>
                  <dt>Выплата с</dt>
                  <dd>{formatMonth(d.paymentStartMonth)}</dd>
                </div>
              ) : null}
              {d.signedAt ? (
                <div>
                  <dt>Подписано</dt>
                  <dd>{formatDateTime(d.signedAt)}</dd>
                </div>
              ) : null}
            </dl>
            {d.applicantAtDecision ? <Snapshot snapshot={d.applicantAtDecision} current={current} /> : null}
          </li>
        ))}
      </ul>
    )}
  </Card>
);
