import { describedBy, Field } from '../../../components/field';

type Props = { id: string; label: string; required?: boolean; error?: string; query: string; onQuery: (q: string) => void; onSearch: () => void };

// A person picked by the first letters of the surname or by SNILS: Enter or «Найти» runs the search.
export const PersonSearchField = ({ id, label, required, error, query, onQuery, onSearch }: Props) => (
  <Field id={id} label={label} required={required} error={error}>
    <div className="row-actions">
      <input
        id={id}
        type="search"
        className="input"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onSearch();
          }
        }}
        aria-describedby={describedBy(id, error)}
      />
      <button type="button" className="button button--small" onClick={onSearch}>
        Найти
      </button>
    </div>
  </Field>
);
