import { Badge } from '../../../components/badge';
import { Card, Empty } from '../../../components/status';
import type { CaseDocument } from '../../../types/api';

const STATUS: Record<string, string> = { presented: 'представлен', missing: 'не представлен', requested: 'запрошен', received: 'получен' };

export const DocumentsPanel = ({ documents }: { documents: CaseDocument[] }) => (
  <Card title="Документы" testId="documents-panel">
    {documents.length === 0 ? (
      <Empty>Документы не отмечены.</Empty>
    ) : (
      <ul className="doc-list">
        {documents.map((d) => (
          <li key={d.id}>
            <span>{d.title}</span>
            <span className="doc-list__meta">
              <span className="muted small">{d.providedBy === 'interagency' ? 'МВ-запрос' : 'заявитель'}</span>
              <Badge tone={d.status === 'presented' || d.status === 'received' ? 'success' : 'muted'}>{STATUS[d.status] ?? d.status}</Badge>
            </span>
          </li>
        ))}
      </ul>
    )}
  </Card>
);
