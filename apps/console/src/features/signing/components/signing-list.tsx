import { formatDateTime } from '../../../lib/format';
import type { DecisionQueueItem } from '../../../types/api';

const KIND: Record<string, string> = { grant: 'о предоставлении', refuse: 'об отказе' };

type Props = { items: DecisionQueueItem[]; selectedId: string | null; onSelect: (id: string) => void };

export const SigningList = ({ items, selectedId, onSelect }: Props) => (
  <ul className="sign-list" aria-label="Решения на подпись">
    {items.map((d) => (
      <li key={d.id}>
        <button type="button" className={`sign-list__item${d.id === selectedId ? ' sign-list__item--active' : ''}`} aria-pressed={d.id === selectedId} onClick={() => onSelect(d.id)} data-testid="signing-item">
          <span className="sign-list__top">
            <strong>Дело № {d.caseNumber ?? '—'}</strong>
            <span className={`badge badge--${d.kind === 'refuse' ? 'danger' : 'success'}`}>{KIND[d.kind] ?? d.kind}</span>
          </span>
          <span className="sign-list__name">{d.applicantName}</span>
          {d.authorityName ? <span className="muted small">{d.authorityName}</span> : null}
          <span className="muted small">
            проект от {formatDateTime(d.draftedAt)}
            {d.grounds.length > 0 ? ` · ${d.grounds.map((g) => g.code).join(', ')}` : ''}
          </span>
        </button>
      </li>
    ))}
  </ul>
);
