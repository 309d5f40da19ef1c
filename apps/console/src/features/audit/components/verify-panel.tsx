import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../../components/alert';
import { Card } from '../../../components/status';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, plural } from '../../../lib/format';
import { actionTitle } from '../api/actions';
import { verifyChain, type AuditVerifyResult } from '../api/audit';

type Props = { timeZone?: string; eventTitles: ReadonlyMap<string, string>; logLink: (recordId: number) => string };

const REASONS: Record<Extract<AuditVerifyResult, { ok: false }>['firstBroken']['reason'], string> = {
  hash_mismatch: 'содержимое записи изменено после внесения (хеш не совпадает)',
  prev_hash_mismatch: 'запись не ссылается на предыдущую (предыдущая запись изменена или подменена)',
  gap: 'перед записью из журнала удалены записи',
};

const records = (n: number): string => `${n} ${plural(n, 'запись', 'записи', 'записей')}`;

export const VerifyPanel = ({ timeZone, eventTitles, logLink }: Props) => {
  const [result, setResult] = useState<AuditVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [running, setRunning] = useState(false);

  const run = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    try {
      setResult(await verifyChain());
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setRunning(false);
    }
  };

  return (
    <Card title="Проверка целостности журнала">
      <p className="muted">
        Каждая запись журнала хранит хеш предыдущей. Проверка пересчитывает хеши всех записей по порядку и находит первую изменённую или удалённую запись. Сама проверка тоже
        записывается в журнал.
      </p>
      <div className="filters">
        <button type="button" className="button button--primary" onClick={() => void run()} disabled={running} data-testid="audit-verify">
          {running ? 'Проверка…' : 'Проверить целостность'}
        </button>
      </div>
      {running ? (
        <div className="loading" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          Пересчёт цепочки…
        </div>
      ) : null}
      {error ? (
        <Alert tone="error" title="Проверку выполнить не удалось">
          {errorMessage(error)}
        </Alert>
      ) : null}
      {result && !running ? (
        result.ok ? (
          <Alert tone="success" title={`Цепочка не нарушена: проверено ${records(result.rows)}`} testId="audit-verify-result">
            {result.lastId !== null ? (
              <>
                Последняя запись № {result.lastId}, её хеш: <span className="mono">{result.lastHash}</span>.{' '}
              </>
            ) : null}
            Проверено {formatDateTime(result.checkedAt, timeZone)}.
          </Alert>
        ) : (
          <Alert
            tone="error"
            title={`Цепочка нарушена: запись № ${result.firstBroken.id}`}
            testId="audit-verify-result"
            actions={
              <Link to={logLink(result.firstBroken.id)} className="button button--small">
                Показать запись в журнале
              </Link>
            }
          >
            <div>{result.message}</div>
            <dl className="facts facts--compact">
              <div>
                <dt>Запись</dt>
                <dd>
                  № {result.firstBroken.id} от {formatDateTime(result.firstBroken.at, timeZone)}
                </dd>
              </div>
              <div>
                <dt>Действие</dt>
                <dd>{actionTitle(result.firstBroken.action, eventTitles)}</dd>
              </div>
              <div>
                <dt>Причина</dt>
                <dd>{REASONS[result.firstBroken.reason]}</dd>
              </div>
              <div>
                <dt>Проверено</dt>
                <dd>{records(result.rows)}, включая нарушенную</dd>
              </div>
            </dl>
          </Alert>
        )
      ) : null}
    </Card>
  );
};
