import { Link } from 'react-router-dom';
import { Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { Journal } from '../api/journal';

const DECISION_TITLES: Record<string, string> = { grant: 'назначено', refuse: 'отказано', correction: 'исправлено' };

// The journal of registration as the clerk keeps it: one line per registered application, with its result.
export const JournalTable = ({ journal }: { journal: Journal }) =>
  journal.entries.length === 0 ? (
    <Empty>За период заявлений не зарегистрировано.</Empty>
  ) : (
    <table className="table" data-testid="journal-table">
      <thead>
        <tr>
          <th scope="col">№ п/п</th>
          <th scope="col">Рег. №</th>
          <th scope="col">Дата, время</th>
          <th scope="col">Заявитель</th>
          <th scope="col">Адрес</th>
          <th scope="col">Категория</th>
          <th scope="col">Способ подачи</th>
          <th scope="col">Принял</th>
          <th scope="col">Результат</th>
        </tr>
      </thead>
      <tbody>
        {journal.entries.map((e, i) => (
          <tr key={e.caseId}>
            <td>{journal.firstLineNumber + i}</td>
            <td>
              <Link to={`/cases/${e.caseId}`}>{e.number}</Link>
            </td>
            <td className="nowrap">
              {formatDate(e.registeredOn)} {e.registeredAt}
            </td>
            <td>{e.applicantName}</td>
            <td className="small">{e.address ?? '—'}</td>
            <td className="small">{e.categories.map((c) => c.code.split('_')[0]).join(', ') || '—'}</td>
            <td className="small">{e.channel.title}</td>
            <td className="small">{e.acceptedBy ?? '—'}</td>
            <td className="small">
              {e.decision ? `${DECISION_TITLES[e.decision.kind] ?? e.decision.kind}${e.decision.number ? `, № ${e.decision.number}` : ''}${e.decision.date ? ` от ${formatDate(e.decision.date)}` : ''}${e.decision.grounds.length > 0 ? ` (${e.decision.grounds.join(', ')})` : ''}` : e.stateTitle}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
