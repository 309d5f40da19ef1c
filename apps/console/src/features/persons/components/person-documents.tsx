import { Link } from 'react-router-dom';
import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import { formatDate } from '../../../lib/format';
import type { PersonDocument } from '../../../types/api';

const DOCUMENT_STATUS: Record<string, string> = { presented: 'представлен', missing: 'не представлен', requested: 'запрошен', received: 'получен' };
const NOTICE_STATUS: Record<string, string> = { prepared: 'подготовлено', sent: 'направлено' };

const statusOf = (d: PersonDocument): { title: string; tone: string } =>
  d.source === 'notice'
    ? { title: NOTICE_STATUS[d.status] ?? d.status, tone: d.status === 'sent' ? 'success' : 'warning' }
    : { title: DOCUMENT_STATUS[d.status] ?? d.status, tone: d.status === 'presented' || d.status === 'received' ? 'success' : 'muted' };

// The documents of the person's cases and the notices the applicant was sent.
export const PersonDocuments = ({ documents }: { documents: PersonDocument[] }) => (
  <Card title="Документы" testId="person-documents">
    {documents.length === 0 ? (
      <Empty>Документов нет.</Empty>
    ) : (
      <div className="table-wrap">
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">Документ</th>
              <th scope="col">Дата</th>
              <th scope="col">Дело</th>
              <th scope="col">Состояние</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => {
              const s = statusOf(d);
              return (
                <tr key={`${d.source}-${d.id}`} data-testid="person-document" data-source={d.source}>
                  <td>
                    {d.title}
                    <div className="muted small">{d.source === 'notice' ? `уведомление № ${d.number ?? '—'}` : d.providedBy === 'interagency' ? 'получен по межведомственному запросу' : 'от заявителя'}</div>
                  </td>
                  <td className="nowrap">{formatDate(d.date)}</td>
                  <td className="nowrap">
                    <Link to={`/cases/${d.caseId}`}>{d.caseNumber ?? 'без номера'}</Link>
                  </td>
                  <td>
                    <Badge tone={s.tone}>{s.title}</Badge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    )}
  </Card>
);
