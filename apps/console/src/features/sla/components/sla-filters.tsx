import { useEffect, useState, type FormEvent } from 'react';
import { describedBy } from '../../../components/field';
import type { Authority, Service } from '../../../types/api';
import { checkPeriod, ruDate, type PeriodErrors } from './period';

export const ALL_AUTHORITIES = 'all';

type Props = {
  authorities: Authority[];
  services: Service[];
  // 'all' or an authority id
  authority: string;
  serviceSlug: string;
  from: string;
  to: string;
  onChange: (next: { authority?: string; serviceSlug?: string; from?: string; to?: string }) => void;
};

// Authority and service apply at once; the period, typed as dd.MM.yyyy, on "Показать".
export const SlaFilters = ({ authorities, services, authority, serviceSlug, from, to, onChange }: Props) => {
  const [fromText, setFromText] = useState(ruDate(from));
  const [toText, setToText] = useState(ruDate(to));
  const [errors, setErrors] = useState<PeriodErrors>({});
  useEffect(() => {
    setFromText(ruDate(from));
    setToText(ruDate(to));
    setErrors({});
  }, [from, to]);

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const period = checkPeriod(fromText, toText);
    if ('errors' in period) {
      setErrors(period.errors);
      return;
    }
    setErrors({});
    onChange(period);
  };

  return (
    <form className="filters" aria-label="Фильтры отчёта о сроках" onSubmit={submit} noValidate>
      <div className="filters__item">
        <label htmlFor="sla-authority" className="field__label">
          Орган
        </label>
        <select id="sla-authority" className="input" value={authority} onChange={(e) => onChange({ authority: e.target.value })}>
          {authorities.length > 1 ? <option value={ALL_AUTHORITIES}>Все доступные органы</option> : null}
          {authorities.map((a) => (
            <option key={a.id} value={a.id} title={a.name}>
              {a.shortName || a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__item">
        <label htmlFor="sla-service" className="field__label">
          Услуга
        </label>
        <select id="sla-service" className="input" value={serviceSlug} onChange={(e) => onChange({ serviceSlug: e.target.value })}>
          <option value="">Все услуги</option>
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.shortTitle}
            </option>
          ))}
        </select>
      </div>
      <div className={`filters__item sla-period${errors.from ? ' field--invalid' : ''}`}>
        <label htmlFor="sla-from" className="field__label">
          Завершены с
        </label>
        <input
          id="sla-from"
          className="input"
          inputMode="numeric"
          placeholder="дд.мм.гггг"
          value={fromText}
          onChange={(e) => setFromText(e.target.value)}
          aria-invalid={errors.from ? true : undefined}
          aria-describedby={describedBy('sla-from', errors.from)}
        />
        {errors.from ? (
          <div className="field__error" id="sla-from-error" role="alert">
            {errors.from}
          </div>
        ) : null}
      </div>
      <div className={`filters__item sla-period${errors.to ? ' field--invalid' : ''}`}>
        <label htmlFor="sla-to" className="field__label">
          по
        </label>
        <input
          id="sla-to"
          className="input"
          inputMode="numeric"
          placeholder="дд.мм.гггг"
          value={toText}
          onChange={(e) => setToText(e.target.value)}
          aria-invalid={errors.to ? true : undefined}
          aria-describedby={describedBy('sla-to', errors.to)}
        />
        {errors.to ? (
          <div className="field__error" id="sla-to-error" role="alert">
            {errors.to}
          </div>
        ) : null}
      </div>
      <div className="filters__item filters__item--button">
        <button type="submit" className="button">
          Показать
        </button>
      </div>
    </form>
  );
};
