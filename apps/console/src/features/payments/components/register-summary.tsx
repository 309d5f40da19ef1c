import { useId, useState } from 'react';
import type { Role } from '@casework/domain';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Card } from '../../../components/status';
import { formatDateTime, formatMoney, formatMonth } from '../../../lib/format';
import { exportUrl, listPdfUrl, simulatorUrl, type Register, type RegisterTotal } from '../api/payments';
import { LINE_STATUS_TITLES, METHOD_TITLES, NUM, progressOf, REGISTER_STATUS_TITLES, REGISTER_STATUS_TONES, registerActions } from './payments-model';

type Props = {
  register: Register;
  // the user's roles in the register's authority
  roles: readonly Role[];
  timeZone?: string;
  busy: boolean;
  onApprove: () => void;
  onResume: () => void;
  onDownload: () => void;
};

// The register's state and what the user may do with it now: the head approves, the clerk and the head download the
// file for the bank (the first download marks it exported), the clerk resumes a generation that stopped on an error.
export const RegisterSummary = ({ register: r, roles, timeZone, busy, onApprove, onResume, onDownload }: Props) => {
  const uid = useId();
  const [returned, setReturned] = useState('');
  const can = registerActions(r, roles);
  const progress = progressOf(r);
  const returnedValid = /^(\d+(,\d+)*)?$/.test(returned.replace(/\s+/g, ''));
  return (
    <Card title="Реестр" testId="register-summary" actions={<Badge tone={REGISTER_STATUS_TONES[r.status]}>{REGISTER_STATUS_TITLES[r.status]}</Badge>}>
      <dl className="facts" data-testid="register-facts" data-status={r.status}>
        <div>
          <dt>Номер</dt>
          <dd>№ {r.number}</dd>
        </div>
        <div>
          <dt>Месяц</dt>
          <dd>{formatMonth(r.period)}</dd>
        </div>
        <div>
          <dt>Способ выплаты</dt>
          <dd>{METHOD_TITLES[r.method]}</dd>
        </div>
        <div>
          <dt>Статус</dt>
          <dd data-testid="register-status">{REGISTER_STATUS_TITLES[r.status]}</dd>
        </div>
        <div>
          <dt>Строк</dt>
          <dd>{r.lineCount}</dd>
        </div>
        <div>
          <dt>Сумма</dt>
          <dd>{r.status === 'generating' ? '—' : formatMoney(r.totalKopecks)}</dd>
        </div>
      </dl>

      {r.status === 'generating' ? (
        <div className="form" data-testid="register-progress">
          <progress max={progress.max} {...(progress.value === null ? {} : { value: progress.value })} aria-label="Ход формирования реестра" style={{ width: '100%', height: 12 }} />
          <div className="muted small">Формируется: {progress.text}</div>
          {r.error ? (
            <Alert
              tone="error"
              title="Формирование прервано"
              testId="register-error"
              actions={
                can.resume ? (
                  <button type="button" className="button button--small" disabled={busy} onClick={onResume}>
                    Продолжить формирование
                  </button>
                ) : null
              }
            >
              {r.error}. Уже сформированные строки сохранены: формирование продолжится с места остановки, ни одна выплата не попадет в реестр дважды.
            </Alert>
          ) : null}
        </div>
      ) : null}

      <ul className="plain-list small muted" style={{ marginTop: 10 }}>
        {r.formedAt ? <li>Сформирован {formatDateTime(r.formedAt, timeZone)}</li> : null}
        {r.approvedAt ? (
          <li>
            Утвержден {formatDateTime(r.approvedAt, timeZone)}
            {r.approvedBy ? `, ${r.approvedBy}` : ''}
          </li>
        ) : null}
        {r.exportedAt ? <li>Выгружен {formatDateTime(r.exportedAt, timeZone)}</li> : null}
        {r.reconciledAt ? <li>Сверен {formatDateTime(r.reconciledAt, timeZone)}</li> : null}
      </ul>

      {can.approve || can.download ? (
        <div className="form-actions form-actions--start">
          {can.approve ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={onApprove}>
              Утвердить реестр
            </button>
          ) : null}
          {can.download ? (
            <>
              <a className="button" href={exportUrl(r.id, 'csv')} download onClick={onDownload} data-testid="export-csv">
                Скачать CSV
              </a>
              <a className="button" href={exportUrl(r.id, 'xlsx')} download onClick={onDownload} data-testid="export-xlsx">
                Скачать XLSX
              </a>
            </>
          ) : null}
        </div>
      ) : null}
      {r.status !== 'generating' ? (
        <div className="form-actions form-actions--start">
          <a className="button button--small" href={listPdfUrl(r.id)} target="_blank" rel="noreferrer" data-testid="register-list-pdf">
            {r.approvedAt ? 'Список получателей (PDF)' : 'Проект списка получателей (PDF)'}
          </a>
        </div>
      ) : null}
      {r.status === 'formed' && !can.approve ? <div className="muted small">Реестр ожидает утверждения руководителем; выгрузить его в банк можно после утверждения.</div> : null}

      {can.simulator ? (
        <div data-testid="bank-simulator">
          <h3 className="form-section">Симулятор банка</h3>
          <div className="filters">
            <div className="filters__item">
              <label htmlFor={`${uid}-returned`} className="field__label">
                Вернуть строки (номера через запятую)
              </label>
              <input
                id={`${uid}-returned`}
                className="input"
                value={returned}
                placeholder="например 2,5"
                aria-invalid={returnedValid ? undefined : true}
                aria-describedby={returnedValid ? undefined : `${uid}-returned-error`}
                onChange={(e) => setReturned(e.target.value)}
              />
              {returnedValid ? null : (
                <div className="field__error" id={`${uid}-returned-error`} role="alert">
                  Номера строк через запятую
                </div>
              )}
            </div>
            <div className="filters__item filters__item--button">
              {returnedValid ? (
                <a className="button button--ghost" href={simulatorUrl(r.id, returned)} download>
                  Ответ банка (симулятор)
                </a>
              ) : (
                <button type="button" className="button button--ghost" disabled>
                  Ответ банка (симулятор)
                </button>
              )}
            </div>
          </div>
          <div className="muted small">Это не настоящий банк: симулятор готовит файл сверки, какой прислал бы банк (почта) по этому реестру, чтобы загрузить его для проверки и обучения.</div>
        </div>
      ) : null}
    </Card>
  );
};

// The head's view: lines, sums, additional payments, deductions and re-issues by line status.
export const RegisterTotals = ({ totals }: { totals: RegisterTotal[] }) => {
  if (totals.length === 0) return null;
  const sum = (k: keyof Omit<RegisterTotal, 'status'>): number => totals.reduce((s, t) => s + t[k], 0);
  return (
    <Card title="Итоги" testId="register-totals">
      <div className="table-wrap">
        <table className="table table--compact" aria-label="Итоги по статусам строк">
          <thead>
            <tr>
              <th scope="col">Статус строк</th>
              <th scope="col" style={NUM}>
                Строк
              </th>
              <th scope="col" style={NUM}>
                К выплате
              </th>
              <th scope="col" style={NUM}>
                Доплата
              </th>
              <th scope="col" style={NUM}>
                Удержание
              </th>
              <th scope="col" style={NUM}>
                Повторные выплаты
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.map((t) => (
              <tr key={t.status} data-status={t.status}>
                <td>{LINE_STATUS_TITLES[t.status]}</td>
                <td style={NUM}>{t.lines}</td>
                <td style={NUM}>{formatMoney(t.totalKopecks)}</td>
                <td style={NUM}>{formatMoney(t.additionalKopecks)}</td>
                <td style={NUM}>{formatMoney(t.deductionKopecks)}</td>
                <td style={NUM}>{t.reissues}</td>
              </tr>
            ))}
            {totals.length > 1 ? (
              <tr>
                <th scope="row">Всего</th>
                <td style={NUM}>{sum('lines')}</td>
                <td style={NUM}>{formatMoney(sum('totalKopecks'))}</td>
                <td style={NUM}>{formatMoney(sum('additionalKopecks'))}</td>
                <td style={NUM}>{formatMoney(sum('deductionKopecks'))}</td>
                <td style={NUM}>{sum('reissues')}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </Card>
  );
};
