import { describedBy, Field, FieldSet } from '../../../components/field';
import { setAt, type Draft, type DraftValue, type FactField } from './facts-model';

type Props = {
  fields: readonly FactField[];
  draft: Draft;
  onChange: (next: Draft) => void;
  // by dotted path within the facts («debt.agreement», «familyMembers.0.fullName»)
  errors: Record<string, string>;
  idPrefix: string;
};

const NOT_ESTABLISHED = 'не установлено';

// The facts the rules read, one control per fact; «не установлено» is a value of its own: an absent fact is not a «нет».
export const FactsForm = ({ fields, draft, onChange, errors, idPrefix }: Props) => (
  <div className="form facts-form">
    <FieldList fields={fields} draft={draft} path={[]} errors={errors} idPrefix={idPrefix} onSet={(path, value) => onChange(setAt(draft, path, value))} />
  </div>
);

type ListProps = {
  fields: readonly FactField[];
  draft: Draft;
  path: (string | number)[];
  errors: Record<string, string>;
  idPrefix: string;
  onSet: (path: (string | number)[], value: DraftValue) => void;
};

const FieldList = ({ fields, draft, path, errors, idPrefix, onSet }: ListProps) => (
  <>
    {fields.map((f) => {
      const at = [...path, f.key];
      const key = at.join('.');
      const id = `${idPrefix}-${at.join('-')}`;
      const error = errors[key];
      const value = draft[f.key];
      const text = typeof value === 'string' ? value : '';
      switch (f.kind) {
        case 'boolean':
          return (
            <Field key={key} id={id} label={f.title} error={error}>
              <select id={id} className="input" value={text} onChange={(e) => onSet(at, e.target.value)} aria-describedby={describedBy(id, error)}>
                <option value="">{NOT_ESTABLISHED}</option>
                <option value="true">да</option>
                <option value="false">нет</option>
              </select>
            </Field>
          );
        case 'enum':
          return (
            <Field key={key} id={id} label={f.title} error={error}>
              <select id={id} className="input" value={text} onChange={(e) => onSet(at, e.target.value)} aria-describedby={describedBy(id, error)}>
                <option value="">{NOT_ESTABLISHED}</option>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.title}
                  </option>
                ))}
              </select>
            </Field>
          );
        case 'number':
          return (
            <Field key={key} id={id} label={f.kopecks ? `${f.title}, ₽` : f.title} error={error} hint={f.kopecks ? 'Рубли и копейки, например 4500,00' : undefined}>
              <input id={id} className="input input--narrow" inputMode={f.integer ? 'numeric' : 'decimal'} value={text} onChange={(e) => onSet(at, e.target.value)} aria-describedby={describedBy(id, error, f.kopecks)} />
            </Field>
          );
        case 'text':
          return (
            <Field key={key} id={id} label={f.title} error={error}>
              <input id={id} className="input" type={f.format === 'date' ? 'date' : f.format === 'month' ? 'month' : 'text'} value={text} onChange={(e) => onSet(at, e.target.value)} aria-describedby={describedBy(id, error)} />
            </Field>
          );
        case 'enums': {
          const chosen = Array.isArray(value) ? (value as string[]) : [];
          return (
            <Field key={key} id={id} label={f.title} error={error} hint="Несколько значений — с клавишей Ctrl">
              <select
                id={id}
                className="input"
                multiple
                size={Math.min(6, f.options.length)}
                value={chosen}
                onChange={(e) => onSet(at, Array.from(e.target.selectedOptions, (o) => o.value))}
                aria-describedby={describedBy(id, error, true)}
              >
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.title}
                  </option>
                ))}
              </select>
            </Field>
          );
        }
        case 'group':
          return (
            <FieldSet key={key} id={id} legend={f.title} error={error} className="facts-form__group">
              <FieldList fields={f.fields} draft={typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : {}} path={at} errors={errors} idPrefix={idPrefix} onSet={onSet} />
            </FieldSet>
          );
        case 'list': {
          const items = Array.isArray(value) ? (value as Draft[]) : [];
          return (
            <FieldSet key={key} id={id} legend={f.title} error={error} className="facts-form__group">
              {items.map((item, i) => (
                <div key={i} className="facts-form__item">
                  <div className="facts-form__item-head">
                    <strong>
                      {f.itemTitle} {i + 1}
                    </strong>
                    <button type="button" className="button button--small" onClick={() => onSet(at, items.filter((_, j) => j !== i))}>
                      Удалить
                    </button>
                  </div>
                  <FieldList fields={f.fields} draft={item} path={[...at, i]} errors={errors} idPrefix={idPrefix} onSet={onSet} />
                </div>
              ))}
              <button type="button" className="button button--small" onClick={() => onSet(at, [...items, {}])}>
                Добавить: {f.itemTitle.toLowerCase()}
              </button>
            </FieldSet>
          );
        }
      }
    })}
  </>
);
