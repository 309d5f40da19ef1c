import { useNavigate } from 'react-router-dom';
import { StateBadge, TermChip } from '../../../components/badge';
import { formatDate } from '../../../lib/format';
import type { QueueItem } from '../../../types/api';
import { RowLink } from '../../../components/row-link';

type Props = { items: QueueItem[]; channelTitle: (serviceSlug: string, code: string) => string; timeZone?: string };

export const QueueTable = ({ items, channelTitle, timeZone }: Props) => {
  const navigate = useNavigate();
  const open = (id: string): void => {
    navigate(`/cases/${id}`);
  };
  return (
    <div className="table-wrap">
      <table className="table table--hover" aria-label="Очередь дел">
        <thead>
          <tr>
            <th scope="col">№ дела</th>
            <th scope="col">Заявитель</th>
            <th scope="col">Услуга</th>
            <th scope="col">Состояние</th>
            <th scope="col">Поступило</th>
            <th scope="col">Срок</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className={`row--${c.nextTerm?.status ?? 'none'}`} onClick={() => open(c.id)} data-testid="queue-row">
              <td className="nowrap">
                <RowLink href={`/cases/${c.id}`} onOpen={() => open(c.id)}>
                  {c.number ?? 'без номера'}
                </RowLink>
              </td>
              <td>{c.applicantName}</td>
              <td>
                <div>{c.serviceTitle}</div>
                <div className="muted small">{channelTitle(c.serviceSlug, c.channel)}</div>
              </td>
              <td>
                <StateBadge code={c.state} title={c.stateTitle} />
              </td>
              <td className="nowrap">{formatDate(c.receivedAt, timeZone)}</td>
              <td className="nowrap">
                {c.nextTerm ? (
                  <>
                    <TermChip status={c.nextTerm.status} dueDate={c.nextTerm.dueDate} workingDaysLeft={c.nextTerm.workingDaysLeft} title={c.nextTerm.title} />
                    <div className="muted small ellipsis" title={c.nextTerm.title}>
                      {c.nextTerm.title}
                    </div>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
