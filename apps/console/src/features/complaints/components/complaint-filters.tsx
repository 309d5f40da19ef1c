import type { ComplaintFilters as Filters, ComplaintOptions } from '../api/complaints';

type Props = { filters: Filters; statuses: ComplaintOptions['statuses']; caseNumber: string | null; onChange: (next: Partial<Filters>) => void };

export const ComplaintFilters = ({ filters, statuses, caseNumber, onChange }: Props) => (
  <form className="filters" role="search" aria-label="Фильтры жалоб" onSubmit={(e) => e.preventDefault()}>
    <div className="filters__item">
      <label htmlFor="complaints-status" className="field__label">
        Состояние
      </label>
      <select id="complaints-status" className="input" value={filters.status} onChange={(e) => onChange({ status: e.target.value, offset: 0 })}>
        <option value="">Все</option>
        {statuses.map((s) => (
          <option key={s.code} value={s.code}>
            {s.title}
          </option>
        ))}
      </select>
    </div>
    {filters.caseId ? (
      <div className="filters__item filters__item--result">
        <span className="field__label">Дело</span>
        <span className="chip">
          <span className="chip__text">{caseNumber ? `№ ${caseNumber}` : 'выбранное дело'}</span>
          <button type="button" className="chip__remove" aria-label="Показать жалобы по всем делам" onClick={() => onChange({ caseId: '', offset: 0 })}>
            ×
          </button>
        </span>
      </div>
    ) : null}
  </form>
);
