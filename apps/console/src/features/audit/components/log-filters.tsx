import { useEffect, useState } from 'react';
import { ACTION_GROUPS, ACTION_TITLES, ENTITY_TITLES } from '../api/actions';
import type { AuditUser, LogFilters } from '../api/audit';

type Props = {
  filters: LogFilters;
  users: AuditUser[];
  errors: Record<string, string>;
  onChange: (next: Partial<LogFilters>) => void;
};

const ACTIONS = Object.entries(ACTION_TITLES).sort((a, b) => a[1].localeCompare(b[1], 'ru'));

const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <div className="field__error" id={`${id}-error`} role="alert">
      {message}
    </div>
  ) : null;

export const AuditLogFilters = ({ filters, users, errors, onChange }: Props) => {
  const [entityId, setEntityId] = useState(filters.entityId);
  useEffect(() => setEntityId(filters.entityId), [filters.entityId]);
  // the object number is typed: wait for a pause before asking the server
  useEffect(() => {
    if (entityId === filters.entityId) return;
    const t = window.setTimeout(() => onChange({ entityId, offset: 0 }), 400);
    return () => window.clearTimeout(t);
  }, [entityId, filters.entityId, onChange]);

  const knownAction = filters.action === '' || ACTION_TITLES[filters.action] !== undefined || ACTION_GROUPS.some((g) => g.value === filters.action);

  return (
    <form className="filters" role="search" aria-label="Фильтры журнала" onSubmit={(e) => e.preventDefault()}>
      <div className="filters__item">
        <label htmlFor="audit-actor" className="field__label">
          Пользователь
        </label>
        <select id="audit-actor" className="input" value={filters.actorId} onChange={(e) => onChange({ actorId: e.target.value, offset: 0 })} aria-invalid={Boolean(errors.actorId)}>
          <option value="">Все пользователи</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.fullName} ({u.login}){u.active ? '' : ' — отключён'}
            </option>
          ))}
        </select>
        <FieldError id="audit-actor" message={errors.actorId} />
      </div>
      <div className="filters__item filters__item--grow">
        <label htmlFor="audit-action" className="field__label">
          Действие
        </label>
        <select id="audit-action" className="input" value={filters.action} onChange={(e) => onChange({ action: e.target.value, offset: 0 })} aria-invalid={Boolean(errors.action)}>
          <option value="">Все действия</option>
          <optgroup label="Группы">
            {ACTION_GROUPS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Действия">
            {ACTIONS.map(([code, title]) => (
              <option key={code} value={code}>
                {title}
              </option>
            ))}
          </optgroup>
          {knownAction ? null : <option value={filters.action}>{filters.action}</option>}
        </select>
        <FieldError id="audit-action" message={errors.action} />
      </div>
      <div className="filters__item">
        <label htmlFor="audit-entity" className="field__label">
          Объект
        </label>
        <select id="audit-entity" className="input" value={filters.entity} onChange={(e) => onChange({ entity: e.target.value, offset: 0 })} aria-invalid={Boolean(errors.entity)}>
          <option value="">Все объекты</option>
          {Object.entries(ENTITY_TITLES).map(([code, title]) => (
            <option key={code} value={code}>
              {title}
            </option>
          ))}
          {filters.entity && !ENTITY_TITLES[filters.entity] ? <option value={filters.entity}>{filters.entity}</option> : null}
        </select>
        <FieldError id="audit-entity" message={errors.entity} />
      </div>
      <div className="filters__item">
        <label htmlFor="audit-entity-id" className="field__label">
          Идентификатор объекта
        </label>
        <input id="audit-entity-id" type="search" className="input" value={entityId} onChange={(e) => setEntityId(e.target.value)} placeholder="uuid дела, гражданина…" aria-invalid={Boolean(errors.entityId)} />
        <FieldError id="audit-entity-id" message={errors.entityId} />
      </div>
      <div className="filters__item">
        <label htmlFor="audit-from" className="field__label">
          Период с
        </label>
        <input id="audit-from" type="date" className="input" value={filters.from} max={filters.to || undefined} onChange={(e) => onChange({ from: e.target.value, offset: 0 })} aria-invalid={Boolean(errors.from)} />
        <FieldError id="audit-from" message={errors.from} />
      </div>
      <div className="filters__item">
        <label htmlFor="audit-to" className="field__label">
          по
        </label>
        <input id="audit-to" type="date" className="input" value={filters.to} min={filters.from || undefined} onChange={(e) => onChange({ to: e.target.value, offset: 0 })} aria-invalid={Boolean(errors.to)} />
        <FieldError id="audit-to" message={errors.to} />
      </div>
    </form>
  );
};
