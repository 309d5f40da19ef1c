import { TermChip } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { CaseTerm } from '../../../types/api';
import { termNotes } from './procedure-model';

const STATUS: Record<CaseTerm['status'], string> = { running: 'идёт', paused: 'приостановлен', met: 'соблюдён', breached: 'нарушен', cancelled: 'отменён' };

const isOpen = (t: CaseTerm): boolean => t.status === 'running' || t.status === 'paused';

const TermItem = ({ t }: { t: CaseTerm }) => {
  const notes = termNotes(t);
  return (
    <li className={`terms__item terms__item--${t.status}`} data-testid="term" data-term={t.termId} data-status={t.status}>
      <div className="terms__head">
        <div className="terms__title">
          <span className="code">{t.termId}</span> {t.title}
        </div>
        <TermChip
          status={t.status === 'running' ? t.urgency : t.status}
          dueDate={t.dueDate}
          workingDaysLeft={t.status === 'running' ? t.workingDaysLeft : null}
          title={t.status === 'paused' ? 'Срок приостановлен: показана наиболее поздняя дата, если приостановка продлится максимально допустимое время' : undefined}
        />
      </div>
      <div className="terms__meta muted small">
        {STATUS[t.status]}
        {t.startedOn ? ` · с ${formatDate(t.startedOn)}` : ''}
        {t.completedOn ? ` · завершён ${formatDate(t.completedOn)}` : ''}
        {t.clause ? ` · ${t.clause}` : ''}
      </div>
      {notes.length > 0 ? (
        <ul className="terms__notes small">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {t.explanation ? (
        <details className="terms__explanation">
          <summary>Как рассчитан срок</summary>
          <p>{t.explanation}</p>
        </details>
      ) : null}
    </li>
  );
};

// Running and paused terms first (the nearest due date on top); finished ones fold away but stay one click from the auditor.
export const TermsPanel = ({ terms }: { terms: CaseTerm[] }) => {
  const open = terms.filter(isOpen).sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  const finished = terms.filter((t) => !isOpen(t));
  const breached = finished.filter((t) => t.status === 'breached').length;
  return (
    <Card title="Сроки" testId="terms-panel">
      {terms.length === 0 ? <Empty>Сроки ещё не начались.</Empty> : null}
      {open.length > 0 ? (
        <ul className="terms">
          {open.map((t) => (
            <TermItem key={t.termId} t={t} />
          ))}
        </ul>
      ) : terms.length > 0 ? (
        <div className="muted small">Текущих сроков нет.</div>
      ) : null}
      {finished.length > 0 ? (
        <details className="terms__finished">
          <summary>
            Завершённые сроки: {finished.length}
            {breached > 0 ? <span className="badge badge--danger">нарушено: {breached}</span> : null}
          </summary>
          <ul className="terms">
            {finished.map((t) => (
              <TermItem key={t.termId} t={t} />
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
};
