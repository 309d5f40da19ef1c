import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../lib/format';
import { actionTitle, detailPairs, entityTitle } from '../api/actions';
import type { AuditLogEntry } from '../api/audit';

type Props = {
  items: AuditLogEntry[];
  timeZone?: string;
  eventTitles: ReadonlyMap<string, string>;
  // address of a user's activity view; null in that view itself, where every row is the same user
  userLink: ((userId: string) => string) | null;
  highlightId?: number | null;
  label?: string;
};

const entityHref = (entity: string, id: string | null): string | null => {
  if (!id) return null;
  if (entity === 'case') return `/cases/${id}`;
  if (entity === 'person') return `/persons/${id}`;
  return null;
};

export const AuditLogTable = ({ items, timeZone, eventTitles, userLink, highlightId, label = 'Журнал аудита' }: Props) => (
  <div className="table-wrap">
    <table className="table table--compact" aria-label={label} data-testid="audit-log">
      <thead>
        <tr>
          <th scope="col">№</th>
          <th scope="col">Время</th>
          {userLink ? <th scope="col">Пользователь</th> : null}
          <th scope="col">Действие</th>
          <th scope="col">Объект</th>
          <th scope="col">Орган</th>
          <th scope="col">Подробности</th>
        </tr>
      </thead>
      <tbody>
        {items.map((row) => {
          const href = entityHref(row.entity, row.entityId);
          const details = detailPairs(row.details);
          return (
            <tr key={row.id} className={highlightId === row.id ? 'row--overdue' : undefined} data-testid="audit-row">
              <td className="nowrap muted">{row.id}</td>
              <td className="nowrap">{formatDateTime(row.at, timeZone)}</td>
              {userLink ? (
                <td>
                  {row.actorId ? (
                    <Link to={userLink(row.actorId)} className="table__link" title="Действия пользователя">
                      {row.actorName ?? row.actorLogin ?? row.actorId}
                    </Link>
                  ) : (
                    <span className="muted">система</span>
                  )}
                </td>
              ) : null}
              <td>
                <div>{actionTitle(row.action, eventTitles)}</div>
                <div className="muted small mono">{row.action}</div>
              </td>
              <td>
                <div>{entityTitle(row.entity)}</div>
                {row.entityId ? (
                  <div className="small mono">{href ? <Link to={href}>{row.entityId}</Link> : row.entityId}</div>
                ) : null}
              </td>
              <td>{row.authorityName ?? <span className="muted">—</span>}</td>
              <td className="small">
                {details.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  details.map((d) => (
                    <div key={d.key} className="ellipsis-line" title={`${d.key}: ${d.value}`}>
                      <span className="muted">{d.key}:</span> {d.value}
                    </div>
                  ))
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
