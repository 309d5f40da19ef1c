import { Link } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { formatDate, formatMoney, formatMonth, formatSnils, maskAccount } from '../../../lib/format';
import type { LineStatus, RegisterLine } from '../api/payments';
import { LINE_STATUS_TITLES, LINE_STATUS_TONES, NUM } from './payments-model';

export const LineStatusFilter = ({ value, onChange }: { value: string; onChange: (status: '' | LineStatus) => void }) => (
  <form className="filters" role="search" aria-label="Фильтр строк реестра" onSubmit={(e) => e.preventDefault()}>
    <div className="filters__item">
      <label htmlFor="register-line-status" className="field__label">
        Статус строк
      </label>
      <select id="register-line-status" className="input" value={value} onChange={(e) => onChange(e.target.value as '' | LineStatus)}>
        <option value="">Все</option>
        {(Object.keys(LINE_STATUS_TITLES) as LineStatus[]).map((s) => (
          <option key={s} value={s}>
            {LINE_STATUS_TITLES[s]}
          </option>
        ))}
      </select>
    </div>
  </form>
);

export const RegisterLines = ({ items }: { items: RegisterLine[] }) => (
  <div className="table-wrap">
    <table className="table table--compact" aria-label="Строки реестра">
      <thead>
        <tr>
          <th scope="col" style={NUM}>
            № строки
          </th>
          <th scope="col">ФИО</th>
          <th scope="col">СНИЛС</th>
          <th scope="col">Период</th>
          <th scope="col" style={NUM}>
            Начислено
          </th>
          <th scope="col" style={NUM}>
            Доплата
          </th>
          <th scope="col" style={NUM}>
            Удержание
          </th>
          <th scope="col" style={NUM}>
            К выплате
          </th>
          <th scope="col">Реквизиты</th>
          <th scope="col">Статус</th>
          <th scope="col">Причина возврата</th>
        </tr>
      </thead>
      <tbody>
        {items.map((l) => (
          <tr key={l.id} data-testid="register-line" data-status={l.status}>
            <td style={NUM}>{l.lineNo}</td>
            <td>
              <Link to={`/persons/${l.personId}`}>{l.fullName}</Link>
              {l.caseNumber ? <div className="muted small">дело № {l.caseNumber}</div> : null}
            </td>
            <td className="nowrap">{formatSnils(l.snils)}</td>
            <td className="nowrap">
              {formatMonth(l.period)}
              {l.reissue ? (
                <div>
                  <Badge tone="warning">повторная выплата</Badge>
                </div>
              ) : null}
            </td>
            <td style={NUM}>{formatMoney(l.amountKopecks)}</td>
            <td style={NUM}>{l.additionalKopecks ? formatMoney(l.additionalKopecks) : '—'}</td>
            <td style={NUM}>{l.deductionKopecks ? formatMoney(l.deductionKopecks) : '—'}</td>
            <td style={NUM}>
              <strong>{formatMoney(l.totalKopecks)}</strong>
            </td>
            <td className="small">{l.account ? `БИК ${l.bik ?? '—'}, счет ${maskAccount(l.account)}` : (l.postOffice ?? '—')}</td>
            <td className="nowrap">
              <Badge tone={LINE_STATUS_TONES[l.status]}>{LINE_STATUS_TITLES[l.status]}</Badge>
              {l.resultOn ? <div className="muted small">{formatDate(l.resultOn)}</div> : null}
            </td>
            <td className="small">{l.returnReason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
