import { useNavigate } from 'react-router-dom';
import { TermChip } from '../../../components/badge';
import type { MyTerm } from '../api/sla';
import { RowLink } from '../../../components/row-link';

// The clerk's running terms, most urgent first; rows take the queue's colours (overdue red, due today amber).
export const MyTermsTable = ({ items }: { items: MyTerm[] }) => {
  const navigate = useNavigate();
  const severalAuthorities = new Set(items.map((t) => t.authorityId)).size > 1;
  const open = (id: string): void => {
    navigate(`/cases/${id}`);
  };
  return (
    <div className="table-wrap">
      <table className="table table--hover" aria-label="Мои сроки">
        <thead>
          <tr>
            <th scope="col">Срок</th>
            <th scope="col">Этап</th>
            <th scope="col">№ дела</th>
            <th scope="col">Заявитель</th>
            <th scope="col">Услуга</th>
            {severalAuthorities ? <th scope="col">Орган</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={`${t.caseId}-${t.termId}`} className={`row--${t.status}`} onClick={() => open(t.caseId)} data-testid="my-term-row" data-status={t.status}>
              <td className="nowrap">
                <TermChip status={t.status} dueDate={t.dueDate} workingDaysLeft={t.workingDaysLeft} title={t.title} />
              </td>
              <td>
                <div>{t.title}</div>
                <div className="muted small">
                  {t.termId}, {t.clause}
                </div>
              </td>
              <td className="nowrap">
                <RowLink href={`/cases/${t.caseId}`} onOpen={() => open(t.caseId)}>
                  {t.caseNumber ?? 'без номера'}
                </RowLink>
              </td>
              <td>{t.applicantName}</td>
              <td>{t.serviceTitle}</td>
              {severalAuthorities ? <td>{t.authorityTitle}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
