import { useEffect, useState } from 'react';
import type { Service } from '../../../types/api';
import type { QueueFilters as Filters } from '../api/cases';

type Props = { filters: Filters; services: Service[]; onChange: (next: Partial<Filters>) => void };

export const QueueFilters = ({ filters, services, onChange }: Props) => {
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  // debounce the surname search so typing does not fire a request per key
  useEffect(() => {
    if (q === filters.q) return;
    const t = window.setTimeout(() => onChange({ q, offset: 0 }), 350);
    return () => window.clearTimeout(t);
  }, [q, filters.q, onChange]);

  const service = services.find((s) => s.slug === filters.serviceSlug);
  const states = service ? service.states : uniqueStates(services);

  return (
    <form className="filters" role="search" aria-label="Фильтры очереди" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__item filters__item--grow">
        <label htmlFor="queue-q" className="field__label">
          Фамилия заявителя
        </label>
        <input id="queue-q" type="search" className="input" placeholder="Начало фамилии…" value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <div className="filters__item">
        <label htmlFor="queue-service" className="field__label">
          Услуга
        </label>
        <select id="queue-service" className="input" value={filters.serviceSlug} onChange={(e) => onChange({ serviceSlug: e.target.value, state: '', offset: 0 })}>
          <option value="">Все услуги</option>
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__item">
        <label htmlFor="queue-state" className="field__label">
          Состояние
        </label>
        <select id="queue-state" className="input" value={filters.state} onChange={(e) => onChange({ state: e.target.value, offset: 0 })}>
          <option value="">Все состояния</option>
          {states.map((s) => (
            <option key={s.code} value={s.code}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__item">
        <label htmlFor="queue-term" className="field__label">
          Срок
        </label>
        <select id="queue-term" className="input" value={filters.term} onChange={(e) => onChange({ term: e.target.value as Filters['term'], offset: 0 })}>
          <option value="">Все</option>
          <option value="overdue">Просрочено</option>
          <option value="due_today">Срок сегодня</option>
          <option value="open">В работе</option>
        </select>
      </div>
      <div className="filters__item filters__item--check">
        <label className="check">
          <input type="checkbox" checked={filters.mine} onChange={(e) => onChange({ mine: e.target.checked, offset: 0 })} />
          Только мои
        </label>
      </div>
    </form>
  );
};

const uniqueStates = (services: Service[]): { code: string; title: string }[] => {
  const seen = new Map<string, string>();
  for (const s of services) for (const st of s.states) if (!seen.has(st.code)) seen.set(st.code, st.title);
  return [...seen].map(([code, title]) => ({ code, title }));
};
