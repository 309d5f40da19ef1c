import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate, formatMonth } from '../../../lib/format';
import type { Decision } from '../../../types/api';
import { decisionPdfUrl } from '../api/case';

export const DECISION_KINDS: Record<string, string> = {
  grant: 'О предоставлении',
  refuse: 'Об отказе в предоставлении',
  refuse_accept: 'Об отказе в приёме',
  extension: 'О продлении срока',
  correction: 'Об исправлении',
};

export const DECISION_STATUS: Record<Decision['status'], { title: string; tone: string }> = {
  draft: { title: 'проект', tone: 'info' },
  initialled: { title: 'подписан заместителем', tone: 'sign' },
  signed: { title: 'утверждено', tone: 'success' },
  issued: { title: 'выдано заявителю', tone: 'success' },
  returned: { title: 'возвращено на доработку', tone: 'muted' },
};

const inForce = (d: Decision): boolean => d.status === 'signed' || d.status === 'issued';

// A corrected decision replaces the one in force; the replaced one stays as it was signed (and issued).
export const DecisionsPanel = ({ decisions }: { decisions: Decision[] }) => {
  const current = [...decisions].reverse().find(inForce);
  return (
    <Card title="Решения" testId="decisions-panel">
      {decisions.length === 0 ? (
        <Empty>Проектов решений нет.</Empty>
      ) : (
        <ul className="decisions">
          {decisions.map((d) => (
            <li key={d.id} className="decisions__item" data-testid="decision" data-status={d.status}>
              <div className="decisions__head">
                <strong>Решение {DECISION_KINDS[d.kind]?.toLowerCase() ?? d.kind}</strong>
                <Badge tone={DECISION_STATUS[d.status]?.tone ?? 'info'}>{DECISION_STATUS[d.status]?.title ?? d.status}</Badge>
                {inForce(d) && current && current.id !== d.id ? <Badge tone="muted">заменено исправленным</Badge> : null}
                {d.status !== 'returned' ? (
                  <a className="button button--small" href={decisionPdfUrl(d.id)} target="_blank" rel="noreferrer" data-testid="decision-pdf">
                    {inForce(d) ? 'PDF решения' : 'Предпросмотр PDF'}
                  </a>
                ) : null}
              </div>
              <dl className="facts facts--compact">
                {d.number ? (
                  <div>
                    <dt>Номер и дата</dt>
                    <dd>
                      № {d.number} от {formatDate(d.decisionDate)}
                    </dd>
                  </div>
                ) : null}
                {d.paymentStartMonth ? (
                  <div>
                    <dt>Выплата с</dt>
                    <dd>{formatMonth(d.paymentStartMonth)}</dd>
                  </div>
                ) : null}
                <div>
                  <dt>Подготовил</dt>
                  <dd>{d.draftedBy ?? '—'}</dd>
                </div>
                <div>
                  <dt>Подписал (заместитель)</dt>
                  <dd>{d.initialledBy ?? '—'}</dd>
                </div>
                <div>
                  <dt>Утвердил</dt>
                  <dd>{d.signedBy ?? '—'}</dd>
                </div>
              </dl>
              {d.grounds.length > 0 ? (
                <ul className="grounds">
                  {d.grounds.map((g) => (
                    <li key={g.code}>
                      <span className="code">{g.code}</span> {g.title} <span className="muted small">({g.clause})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {d.comment ? <div className="muted small">Комментарий: {d.comment}</div> : null}
              {d.pdfSha256 ? (
                <div className="muted small mono" title="Контрольная сумма SHA-256 подписанного документа">
                  SHA-256: {d.pdfSha256}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
};
