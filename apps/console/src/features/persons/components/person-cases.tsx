import { Link } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { PersonCaseSummary, PersonCaseTerm } from '../../../types/api';

const TERM_TONE: Record<PersonCaseTerm['status'], string> = { running: 'info', paused: 'warning', met: 'success', breached: 'danger', cancelled: 'muted' };
const TERM_STATUS: Record<PersonCaseTerm['status'], string> = { running: 'идёт', paused: 'приостановлен', met: 'соблюдён', breached: 'нарушен', cancelled: 'отменён' };

// The open clocks first; finished ones only when they were breached.
const shownTerms = (terms: PersonCaseTerm[]): PersonCaseTerm[] => terms.filter((t) => t.status === 'running' || t.status === 'paused' || t.status === 'breached');

export const PersonCases = ({ cases }: { cases: PersonCaseSummary[] }) => (
  <Card title="Дела гражданина" testId="person-cases">
    {cases.length === 0 ? (
      <Empty>Дел нет.</Empty>
    ) : (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">№ дела</th>
              <th scope="col">Услуга</th>
              <th scope="col">Состояние</th>
              <th scope="col">Поступило</th>
              <th scope="col">Сроки</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <td className="nowrap">
                  <Link to={`/cases/${c.id}`}>{c.number ?? 'без номера'}</Link>
                </td>
                <td>{c.serviceTitle}</td>
                <td>{c.stateTitle}</td>
                <td className="nowrap">{formatDate(c.receivedAt)}</td>
                <td>
                  {shownTerms(c.terms).length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="plain-list">
                      {shownTerms(c.terms).map((t) => (
                        <li key={t.termId} className="small">
                          {t.title}: до {formatDate(t.dueDate)} <Badge tone={TERM_TONE[t.status]}>{TERM_STATUS[t.status]}</Badge>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </Card>
);
