import { useId, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { parameterSetRequestSchema } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field } from '../../../components/field';
import { formatDate, formatDateTime } from '../../../lib/format';
import { createParameterSet, type ParameterSet } from '../api/payments';
import { attempt, useServerErrors, type Failure } from './server-failure';

// Nested values as rows: 'areaStandardM2 › one' — 33.
export const flattenValues = (value: unknown, path: string[] = []): { key: string; value: string }[] => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flattenValues(v, [...path, k]));
  const shown = value === true ? 'да' : value === false ? 'нет' : value === null || value === undefined ? '—' : Array.isArray(value) ? value.map(String).join(', ') : String(value);
  return [{ key: path.join(' › ') || 'значение', value: shown }];
};

export const ParameterValues = ({ values }: { values: unknown }) => (
  <table className="table table--compact" aria-label="Значения параметров">
    <tbody>
      {flattenValues(values).map((row) => (
        <tr key={row.key}>
          <td className="mono small" style={{ width: '50%' }}>
            {row.key}
          </td>
          <td>{row.value}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

export const ParameterSetList = ({ sets, timeZone }: { sets: ParameterSet[]; timeZone?: string }) => (
  <ul className="plain-list">
    {sets.map((s) => (
      <li key={s.id} className="details-block" data-testid="parameter-set">
        <div className="details-block__title">
          {formatDate(s.validFrom)} — {s.validTo ? formatDate(s.validTo) : 'по настоящее время'}
        </div>
        <div>{s.act}</div>
        <div className="muted small">
          Внесены: {s.createdBy ?? 'при установке системы'}, {formatDateTime(s.createdAt, timeZone)}
        </div>
        <ParameterValues values={s.values} />
      </li>
    ))}
  </ul>
);

type Values = { validFrom: string; act: string; values: string };

// The API checks the values field by field with the service's schema and names each ('values.areaStandardM2.one').
const valuesError = (key: string): boolean => key === 'values' || key.startsWith('values.');

const resolver: Resolver<Values> = async (v) => {
  const errors: Record<string, string> = {};
  let values: unknown;
  try {
    values = JSON.parse(v.values);
  } catch (e) {
    errors.values = `Значения — JSON: ${e instanceof Error ? e.message : 'ошибка разбора'}`;
  }
  const parsed = parameterSetRequestSchema.safeParse({ validFrom: v.validFrom, act: v.act, values });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'values');
      if (!errors[field]) errors[field] = issue.message;
    }
  if (Object.keys(errors).length === 0) return { values: v, errors: {} };
  return { values: {}, errors: Object.fromEntries(Object.entries(errors).map(([k, message]) => [k, { type: 'validate', message }])) as FieldErrors<Values> };
};

type FormProps = { slug: string; latest: ParameterSet | undefined; onCreated: (set: ParameterSet) => void };

// A new set starts after the latest one; the API closes the latest the day before. History is never rewritten.
export const ParameterSetForm = ({ slug, latest, onCreated }: FormProps) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [failure, setFailure] = useState<Failure | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { validFrom: '', act: '', values: JSON.stringify(latest?.values ?? {}, null, 2) },
    resolver,
    errors: useServerErrors<Values>(failure),
  });

  const submit = handleSubmit(async (v) => {
    setFailure(null);
    const outcome = await attempt(() => createParameterSet(slug, { validFrom: v.validFrom, act: v.act, values: JSON.parse(v.values) as unknown }), ['validFrom', 'act']);
    if (outcome.kind === 'ok') onCreated(outcome.result);
    else if (outcome.kind === 'failed') setFailure(outcome.failure);
  });

  const valueErrors = Object.entries(failure?.rest ?? {}).filter(([k]) => valuesError(k));
  const otherErrors = Object.fromEntries(Object.entries(failure?.rest ?? {}).filter(([k]) => !valuesError(k)));

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Новый набор параметров">
      {failure ? (
        <Alert tone="error" title={failure.message}>
          <ErrorList errors={otherErrors} />
        </Alert>
      ) : null}
      <div className="form-grid form-grid--3">
        <Field id={id('validFrom')} label="Действует с" required error={errors.validFrom?.message} hint={latest ? `Позже ${formatDate(latest.validFrom)}` : undefined}>
          <input id={id('validFrom')} type="date" className="input" aria-invalid={errors.validFrom ? true : undefined} aria-describedby={describedBy(id('validFrom'), errors.validFrom?.message, Boolean(latest))} {...register('validFrom')} />
        </Field>
        <Field id={id('act')} label="Акт, которым установлены" required error={errors.act?.message} hint="Вид, орган, дата и номер акта" className="span-2">
          <input id={id('act')} className="input" aria-invalid={errors.act ? true : undefined} aria-describedby={describedBy(id('act'), errors.act?.message, true)} {...register('act')} />
        </Field>
      </div>
      <Field id={id('values')} label="Значения (JSON)" required error={errors.values?.message} hint="Заполнено значениями последнего набора: измените те, что установил новый акт">
        <textarea id={id('values')} className="input mono" rows={14} spellCheck={false} aria-invalid={errors.values || valueErrors.length ? true : undefined} aria-describedby={describedBy(id('values'), errors.values?.message, true)} {...register('values')} />
      </Field>
      {valueErrors.length > 0 ? (
        <ul className="alert__list field__error" role="alert" data-testid="values-errors">
          {valueErrors.map(([key, message]) => (
            <li key={key}>
              <span className="code">{key.replace(/^values\.?/, '') || 'values'}</span>: {message}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions form-actions--start">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Сохраняется…' : 'Добавить набор'}
        </button>
      </div>
    </form>
  );
};
