import { useId, useRef, useState } from 'react';
import { Alert } from '../../../components/alert';
import { Card } from '../../../components/status';
import { reconcileRegister, type Reconciled } from '../api/payments';
import { reconciliationErrors } from './payments-model';
import { attempt, type Failure } from './server-failure';

export type ReconciliationOutcome = { kind: 'ok'; applied: Reconciled['applied'] } | { kind: 'conflict' } | { kind: 'failed'; failure: Failure };

// Bank files come in UTF-8 or, from older systems, in Windows-1251: try the strict one first.
export const decodeBankFile = (bytes: ArrayBuffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
};

// One bad row and the API applies nothing: every error comes back by row and column ('rows.3.total').
export const uploadReconciliation = async (registerId: string, csv: string, expectedVersion: number): Promise<ReconciliationOutcome> => {
  const outcome = await attempt(() => reconcileRegister(registerId, { csv, expectedVersion }), []);
  return outcome.kind === 'ok' ? { kind: 'ok', applied: outcome.result.applied } : outcome;
};

export const ReconciliationErrors = ({ failure }: { failure: Failure }) => {
  const rows = reconciliationErrors(failure.rest);
  return (
    <Alert tone="error" title={failure.message} testId="reconciliation-errors">
      {rows.length > 0 ? (
        <ul className="alert__list">
          {rows.map((r) => (
            <li key={r.key} data-row={r.row ?? undefined}>
              {r.message}
            </li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
};

type Props = { registerId: string; version: number; onReconciled: (applied: Reconciled['applied']) => void; onConflict: () => void };

// «Загрузить сверку»: the bank's (post's) answer, read in the browser and sent as text.
export const ReconciliationUpload = ({ registerId, version, onReconciled, onConflict }: Props) => {
  const uid = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  const upload = async (file: File): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const outcome = await uploadReconciliation(registerId, decodeBankFile(await file.arrayBuffer()), version);
      if (outcome.kind === 'ok') onReconciled(outcome.applied);
      else if (outcome.kind === 'conflict') onConflict();
      else setFailure(outcome.failure);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Card title="Сверка с банком (почтой)" testId="reconciliation">
      <p className="muted small">
        Файл ответа банка (почты) в CSV: № строки, сумма к выплате, результат («выплачено» или «возврат»), дата, причина возврата. Если в файле есть ошибка, не загружается ничего — исправьте строки из списка и загрузите файл снова.
      </p>
      {failure ? <ReconciliationErrors failure={failure} /> : null}
      <div className="filters">
        <div className="filters__item filters__item--grow">
          <label htmlFor={`${uid}-file`} className="field__label">
            Загрузить сверку
          </label>
          <input
            ref={input}
            id={`${uid}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="input"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </div>
        {busy ? <div className="filters__item filters__item--result muted">Загружается…</div> : null}
      </div>
    </Card>
  );
};
