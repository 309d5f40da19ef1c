import { useNavigate } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { RowLink } from '../../../components/row-link';
import { formatMoney, formatMonth } from '../../../lib/format';
import type { Register } from '../api/payments';
import { METHOD_SHORT, NUM, REGISTER_STATUS_TITLES, REGISTER_STATUS_TONES } from './payments-model';

export const registerHref = (id: string): string => `/payments/registers/${id}`;

export const RegistersTable = ({ items }: { items: Register[] }) => {
  const navigate = useNavigate();
  const open = (id: string): void => {
    navigate(registerHref(id));
  };
  return (
    <div className="table-wrap">
      <table className="table table--hover" aria-label="Реестры выплат">
        <thead>
          <tr>
            <th scope="col">№ реестра</th>
            <th scope="col">Орган</th>
            <th scope="col">Месяц</th>
            <th scope="col">Способ</th>
            <th scope="col">Статус</th>
            <th scope="col" style={NUM}>
              Строк
            </th>
            <th scope="col" style={NUM}>
              Сумма
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} onClick={() => open(r.id)} data-testid="register-row" data-status={r.status}>
              <td className="nowrap">
                <RowLink href={registerHref(r.id)} onOpen={() => open(r.id)}>
                  № {r.number}
                </RowLink>
              </td>
              <td>{r.authorityName}</td>
              <td className="nowrap">{formatMonth(r.period)}</td>
              <td>{METHOD_SHORT[r.method]}</td>
              <td>
                <Badge tone={REGISTER_STATUS_TONES[r.status]}>{REGISTER_STATUS_TITLES[r.status]}</Badge>
              </td>
              <td style={NUM}>{r.lineCount}</td>
              <td style={NUM}>{formatMoney(r.totalKopecks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
