import { useNavigate } from 'react-router-dom';
import { Badge, TermChip } from '../../../components/badge';
import { formatDate } from '../../../lib/format';
import type { ComplaintListItem } from '../api/complaints';
import { RowLink } from '../../../components/row-link';

export const COMPLAINT_STATUS_TONE: Record<string, string> = { registered: 'progress', upheld: 'success', rejected: 'danger', withdrawn: 'muted' };

export const ComplaintsTable = ({ items }: { items: ComplaintListItem[] }) => {
  const navigate = useNavigate();
  const open = (id: string): void => {
    navigate(`/complaints/${id}`);
  };
  return (
    <div className="table-wrap">
      <table className="table table--hover" aria-label="Журнал жалоб">
        <thead>
          <tr>
            <th scope="col">№ жалобы</th>
            <th scope="col">Зарегистрирована</th>
            <th scope="col">Заявитель</th>
            <th scope="col">Предмет</th>
            <th scope="col">Дело</th>
            <th scope="col">Состояние</th>
            <th scope="col">Срок</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id} className={`row--${c.nextTerm?.status ?? 'none'}`} onClick={() => open(c.id)} data-testid="complaint-row">
              <td className="nowrap">
                <RowLink href={`/complaints/${c.id}`} onOpen={() => open(c.id)}>
                  {c.number}
                </RowLink>
              </td>
              <td className="nowrap">{formatDate(c.registeredOn)}</td>
              <td>
                <div>{c.complainantName}</div>
                <div className="muted small">{c.channelTitle}</div>
              </td>
              <td>
                <div className="clamp-2" title={c.subjectTitle}>
                  {c.subjectTitle}
                </div>
              </td>
              <td className="nowrap">{c.caseNumber ? `№ ${c.caseNumber}` : <span className="muted">—</span>}</td>
              <td>
                <Badge tone={COMPLAINT_STATUS_TONE[c.status] ?? 'info'}>{c.statusTitle}</Badge>
              </td>
              <td className="nowrap">
                {c.nextTerm ? (
                  <>
                    <TermChip status={c.nextTerm.status} dueDate={c.nextTerm.dueDate} workingDaysLeft={c.nextTerm.workingDaysLeft} title={c.nextTerm.title} />
                    <div className="muted small">{c.nextTerm.title}</div>
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
