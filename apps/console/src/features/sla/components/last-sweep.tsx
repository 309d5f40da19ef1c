import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { runSweepNow, type SlaJobRun } from '../api/sla';

// "Последняя проверка сроков: dd.MM.yyyy HH:mm" in the authority's zone; an admin may run it now.
export const LastSweep = ({ run, timeZone, canRun, onDone }: { run: SlaJobRun | null; timeZone?: string; canRun: boolean; onDone: () => void }) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sweep = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await runSweepNow();
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="sla-sweep" data-testid="last-sweep">
      <span>
        {run ? (
          <>
            Последняя проверка сроков: <strong>{formatDateTime(run.startedAt, timeZone)}</strong>
            {run.error ? <span className="term term--danger"> завершилась ошибкой</span> : null}
          </>
        ) : (
          'Проверка сроков ещё не выполнялась'
        )}
      </span>
      {canRun ? (
        <button type="button" className="button button--small" onClick={() => void sweep()} disabled={busy}>
          {busy ? 'Проверка…' : 'Проверить сейчас'}
        </button>
      ) : null}
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
};
