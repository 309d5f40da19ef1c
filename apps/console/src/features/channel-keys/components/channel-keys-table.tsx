import { Link } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { channelKeyAuditHref } from '../api/channel-keys';
import type { KeyRow } from './channel-key-model';

type Props = { rows: KeyRow[]; onRevoke: (row: KeyRow) => void };

export const ChannelKeysTable = ({ rows, onRevoke }: Props) => (
  <div className="table-wrap">
    <table className="table" aria-label="Ключи каналов приёма" data-testid="channel-keys">
      <thead>
        <tr>
          <th scope="col">Название</th>
          <th scope="col">Канал</th>
          <th scope="col">Органы</th>
          <th scope="col">Выпущен</th>
          <th scope="col">Состояние</th>
          <th scope="col">
            <span className="visually-hidden">Действия</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k.id} data-testid="channel-key-row" data-active={k.active}>
            <td>
              <div>{k.name}</div>
              <div className="muted small mono">{k.id}</div>
            </td>
            <td className="nowrap">
              <div>{k.channelTitle}</div>
              <div className="muted small mono">{k.channel}</div>
            </td>
            <td>{k.authorities === null ? <span>все органы</span> : k.authorities.map((a, i) => <div key={i}>{a}</div>)}</td>
            <td className="nowrap">
              <div>{k.issuedAt}</div>
              <div className="muted small">{k.issuedBy ?? '—'}</div>
            </td>
            <td>
              <Badge tone={k.statusTone}>{k.statusText}</Badge>
              {k.revokedText ? <div className="muted small">{k.revokedText}</div> : null}
            </td>
            <td className="nowrap">
              <div className="row-actions">
                {k.active ? (
                  <button type="button" className="button button--small button--danger-ghost" onClick={() => onRevoke(k)} aria-label={`Отозвать ключ «${k.name}»`}>
                    Отозвать
                  </button>
                ) : null}
                <Link to={channelKeyAuditHref(k.id)} className="button button--small button--ghost" title="Записи журнала аудита об этом ключе">
                  Журнал
                </Link>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
