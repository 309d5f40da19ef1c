import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, ConflictBanner } from '../../../components/alert';
import { StateBadge, TermChip } from '../../../components/badge';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field } from '../../../components/field';
import { LoadError, Loading } from '../../../components/status';
import { errorMessage, isConflict } from '../../../lib/api-client';
import { formatDate, fullName } from '../../../lib/format';
import type { CaseDetail, DecisionQueueItem } from '../../../types/api';
import { decisionPdfUrl, fireCaseEvent, getCase, type SigningStage } from '../api/signing';

type Props = { decision: DecisionQueueItem; stage: SigningStage; onDone: (message: string) => void };

// The case is read first: its actions say what the head may do and its version guards against a concurrent change.
export const DecisionReview = ({ decision, stage, onDone }: Props) => {
  const uid = useId();
  const [c, setCase] = useState<CaseDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let alive = true;
    setCase(null);
    setLoadError(null);
    getCase(decision.caseId)
      .then((x) => alive && setCase(x))
      .catch((e: unknown) => alive && setLoadError(e));
    return () => {
      alive = false;
    };
  }, [decision.caseId, tick]);

  const fire = async (event: string, data: Record<string, unknown>, success: string): Promise<void> => {
    if (!c) return;
    setBusy(event);
    setFailure(null);
    try {
      await fireCaseEvent(c.id, { event, data, expectedVersion: c.version });
      setReturning(false);
      onDone(success);
    } catch (e) {
      if (isConflict(e)) setConflict(true);
      else if (event === 'return_for_rework' && e instanceof Error && 'errors' in e && (e as { errors: Record<string, string> }).errors.comment) setCommentError((e as { errors: Record<string, string> }).errors.comment);
      else setFailure(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const primary = stage === 'draft' ? { event: 'sign_draft', label: 'Подписать', done: 'Проект решения подписан и передан на утверждение' } : { event: 'approve_decision', label: 'Утвердить', done: 'Решение утверждено' };
  const can = (event: string): boolean => c?.actions.some((a) => a.event === event) ?? false;
  const term = c?.terms.find((t) => t.status === 'running' && (t.termId === 'T20' || t.termId === 'T18')) ?? c?.terms.find((t) => t.status === 'running');

  return (
    <div className="review">
      {conflict ? (
        <ConflictBanner
          title="Дело изменено другим пользователем"
          text="Действие не выполнено: обновите сведения и повторите."
          onReload={() => {
            setConflict(false);
            setTick((t) => t + 1);
          }}
        />
      ) : null}
      {failure ? <Alert tone="error">{failure}</Alert> : null}
      {loadError ? <LoadError error={loadError} onRetry={() => setTick((t) => t + 1)} /> : null}
      {!c && !loadError ? <Loading /> : null}
      {c ? (
        <div className="review__summary card">
          <div className="review__head">
            <div>
              <div className="muted small">{c.serviceTitle}</div>
              <h2 className="review__title">
                <Link to={`/cases/${c.id}`}>Дело № {c.number ?? '—'}</Link> · {fullName(c.applicant)}
              </h2>
            </div>
            <StateBadge code={c.state} title={c.stateTitle} />
          </div>
          <dl className="facts facts--compact">
            <div>
              <dt>Решение</dt>
              <dd>{decision.kind === 'refuse' ? 'об отказе в предоставлении' : 'о предоставлении'}</dd>
            </div>
            <div>
              <dt>Дата рождения</dt>
              <dd>{formatDate(c.applicant.birthDate)}</dd>
            </div>
            {term ? (
              <div>
                <dt>{term.title}</dt>
                <dd>
                  <TermChip status={term.urgency} dueDate={term.dueDate} workingDaysLeft={term.workingDaysLeft} />
                </dd>
              </div>
            ) : null}
            {decision.grounds.length > 0 ? (
              <div>
                <dt>Основания</dt>
                <dd>{decision.grounds.map((g) => `${g.code} (${g.clause})`).join('; ')}</dd>
              </div>
            ) : null}
          </dl>
          <div className="review__actions" role="toolbar" aria-label="Решение">
            <button type="button" className="button button--primary" disabled={busy !== null || !can(primary.event)} onClick={() => void fire(primary.event, {}, primary.done)}>
              {busy === primary.event ? 'Выполняется…' : primary.label}
            </button>
            <button type="button" className="button button--danger-ghost" disabled={busy !== null || !can('return_for_rework')} onClick={() => setReturning(true)}>
              Вернуть на доработку
            </button>
            {!can(primary.event) ? <span className="muted small">Действие недоступно в текущем состоянии дела или вашей роли.</span> : null}
          </div>
        </div>
      ) : null}
      <iframe className="pdf-frame" title={`Решение по делу № ${decision.caseNumber ?? ''} (PDF)`} src={decisionPdfUrl(decision.id)} key={`${decision.id}-${tick}`} />
      <Dialog
        open={returning}
        title="Вернуть на доработку"
        onClose={() => setReturning(false)}
        footer={
          <>
            <button type="button" className="button" onClick={() => setReturning(false)}>
              Отмена
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() => {
                if (!comment.trim()) {
                  setCommentError('Укажите, что нужно исправить');
                  return;
                }
                void fire('return_for_rework', { comment: comment.trim() }, 'Проект решения возвращён на доработку');
              }}
            >
              Вернуть
            </button>
          </>
        }
      >
        <Field id={`${uid}-comment`} label="Что нужно исправить" required error={commentError}>
          <textarea
            id={`${uid}-comment`}
            className="input"
            rows={4}
            value={comment}
            aria-describedby={describedBy(`${uid}-comment`, commentError)}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(undefined);
            }}
          />
        </Field>
      </Dialog>
    </div>
  );
};
