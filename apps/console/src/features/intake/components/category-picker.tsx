import { useId, useMemo, useState } from 'react';
import type { ServiceCategory } from '../../../types/api';

type Props = { categories: ServiceCategory[]; value: string[]; onChange: (next: string[]) => void; error?: string; onBlur?: () => void };

const shortCode = (code: string): string => code.split('_')[0];

const normalize = (s: string): string => s.toLowerCase().replace(/ё/g, 'е');

// 53 categories: a filter box over code, title and conditions, with the chosen ones kept on top as removable chips.
export const CategoryPicker = ({ categories, value, onChange, error, onBlur }: Props) => {
  const uid = useId();
  const [query, setQuery] = useState('');
  const filtered = useMemo(() => {
    // every word must occur as a word start ("ветеран труда" finds "Ветераны труда"), a code may be typed as "c30"
    const words = normalize(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return categories;
    return categories.filter((c) => {
      const haystack = normalize(`${c.code.replace(/_/g, ' ')} ${c.title} ${c.conditions ?? ''} ${c.clause}`);
      return words.every((w) => haystack.includes(w));
    });
  }, [categories, query]);
  const toggle = (code: string): void => onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);

  return (
    <div className={`picker${error ? ' field--invalid' : ''}`} onBlur={onBlur}>
      <div className="picker__chips" aria-live="polite">
        {value.length === 0 ? <span className="muted small">Категории не выбраны</span> : null}
        {value.map((code) => {
          const c = categories.find((x) => x.code === code);
          return (
            <span key={code} className="chip" title={c?.title}>
              <span className="chip__code">{shortCode(code)}</span>
              <span className="chip__text">{c?.title ?? code}</span>
              <button type="button" className="chip__remove" aria-label={`Убрать категорию ${shortCode(code)}`} onClick={() => toggle(code)}>
                ×
              </button>
            </span>
          );
        })}
      </div>
      <label htmlFor={`${uid}-q`} className="visually-hidden">
        Поиск категории
      </label>
      <input
        id={`${uid}-q`}
        type="search"
        className="input"
        placeholder="Поиск по коду или названию категории: «ветеран», «C30», «Чернобыль»…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={error ? `${uid}-error` : undefined}
      />
      <ul className="picker__list" role="group" aria-label="Категории заявителя">
        {filtered.map((c) => (
          <li key={c.code}>
            <label className="picker__option" data-testid={`category-${c.code}`}>
              <input type="checkbox" checked={value.includes(c.code)} onChange={() => toggle(c.code)} />
              <span className="picker__code" title={c.code}>
                {shortCode(c.code)}
              </span>
              <span>
                <span className="picker__title">{c.title}</span>
                <span className="muted small block">
                  {c.clause}
                  {c.conditions ? ` · ${c.conditions}` : ''}
                </span>
              </span>
            </label>
          </li>
        ))}
        {filtered.length === 0 ? <li className="muted picker__none">Ничего не найдено</li> : null}
      </ul>
      {error ? (
        <div className="field__error" id={`${uid}-error`} role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
};
