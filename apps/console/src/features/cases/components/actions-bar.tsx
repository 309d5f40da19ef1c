import type { CaseAction } from '../../../types/api';
import { dialogFor } from './event-dialogs';

type Props = { actions: CaseAction[]; busy: string | null; onAction: (action: CaseAction) => void };

const PRIMARY = new Set(['register', 'send_interagency_requests', 'start_review', 'draft_decision', 'sign_draft', 'approve_decision', 'send_copy']);
const DANGER = new Set(['refuse_acceptance', 'withdraw', 'return_for_rework']);

// What this user may do now, as the API says; events needing data open a dialog first.
export const ActionsBar = ({ actions, busy, onAction }: Props) => {
  const unique = actions.filter((a, i) => actions.findIndex((b) => b.event === a.event) === i);
  if (unique.length === 0) return <div className="actions-bar actions-bar--empty muted">Доступных действий нет.</div>;
  return (
    <div className="actions-bar" role="toolbar" aria-label="Действия по делу" data-testid="actions-bar">
      {unique.map((a) => (
        <button
          key={a.event}
          type="button"
          className={`button${PRIMARY.has(a.event) ? ' button--primary' : DANGER.has(a.event) ? ' button--danger-ghost' : ''}`}
          disabled={busy !== null}
          onClick={() => onAction(a)}
          data-event={a.event}
        >
          {busy === a.event ? 'Выполняется…' : a.title}
          {dialogFor(a) ? '…' : ''}
        </button>
      ))}
    </div>
  );
};
