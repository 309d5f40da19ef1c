import { TermChip } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { CaseTerm } from '../../../types/api';

const STATUS: Record<CaseTerm['status'], string> = { running: 'идёт', met: 'соблюдён', breached: 'нарушен', cancelled: 'отменён' };

// Each statutory term with its due date, working days left and the explanation of how the date was computed.
export const TermsPanel = ({ terms }: { terms: CaseTerm[] }) => (
  <Card title="Сроки" testId="terms-panel">
    {terms.length === 0 ? (
      <Empty>Сроки ещё не начались.</Empty>
    ) : (
      <ul className="terms">
        {terms.map((t) => (
          <li key={t.termId} className={`terms__item terms__item--${t.status}`}>
            <div className="terms__head">
              <div className="terms__title">
                <span className="code">{t.termId}</span> {t.title}
              </div>
              <TermChip status={t.status === 'running' ? t.urgency : t.status} dueDate={t.dueDate} workingDaysLeft={t.status === 'running' ? t.workingDaysLeft : null} />
            </div>
            <div className="terms__meta muted small">
              {STATUS[t.status]}
              {t.startedOn ? ` · с ${formatDate(t.startedOn)}` : ''}
              {t.completedOn ? ` · завершён ${formatDate(t.completedOn)}` : ''}
              {t.clause ? ` · ${t.clause}` : ''}
            </div>
            {t.explanation ? (
              <details className="terms__explanation">
                <summary>Как рассчитан срок</summary>
                <p>{t.explanation}</p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    )}
  </Card>
);
