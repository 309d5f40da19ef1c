import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch, type FieldPath, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { IDENTITY_DOCUMENT_KINDS, personInputSchema, type PersonData } from '@casework/domain';
import type { DuplicateCandidate, Person } from '../types/api';
import { api, errorMessage } from '../lib/api-client';
import { applyServerErrors } from '../lib/form-errors';
import { duplicateCandidatesOf, duplicatesPath, sameCandidates } from '../lib/person-duplicates';
import { Alert, ErrorList } from './alert';
import { DuplicateWarning } from './duplicate-warning';
import { describedBy, Field } from './field';

export type PersonFormValues = {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: '' | 'male' | 'female';
  citizenship: 'RU' | 'foreign' | 'stateless';
  snils: string;
  identityDocument: { kind: string; series: string; number: string; issuedBy: string; issuedOn: string };
  registrationAddress: string;
  actualAddress: string;
  phone: string;
  email: string;
};

const FIELDS: FieldPath<PersonFormValues>[] = [
  'lastName',
  'firstName',
  'middleName',
  'birthDate',
  'sex',
  'citizenship',
  'snils',
  'identityDocument.kind',
  'identityDocument.series',
  'identityDocument.number',
  'identityDocument.issuedBy',
  'identityDocument.issuedOn',
  'identityDocument',
  'registrationAddress',
  'actualAddress',
  'phone',
  'email',
];

export const emptyPerson: PersonFormValues = {
  lastName: '',
  firstName: '',
  middleName: '',
  birthDate: '',
  sex: '',
  citizenship: 'RU',
  snils: '',
  identityDocument: { kind: 'passport_ru', series: '', number: '', issuedBy: '', issuedOn: '' },
  registrationAddress: '',
  actualAddress: '',
  phone: '',
  email: '',
};

export const personToForm = (p: Person): PersonFormValues => ({
  lastName: p.lastName,
  firstName: p.firstName,
  middleName: p.middleName ?? '',
  birthDate: p.birthDate,
  sex: p.sex,
  citizenship: p.citizenship,
  snils: p.snils ?? '',
  identityDocument: {
    kind: p.identityDocument?.kind ?? '',
    series: p.identityDocument?.series ?? '',
    number: p.identityDocument?.number ?? '',
    issuedBy: p.identityDocument?.issuedBy ?? '',
    issuedOn: p.identityDocument?.issuedOn ?? '',
  },
  registrationAddress: p.registrationAddress ?? '',
  actualAddress: p.actualAddress ?? '',
  phone: p.phone ?? '',
  email: p.email ?? '',
});

// Blank inputs mean "not given": the shared schema of libs/domain then validates exactly what the API will receive.
const toInput = (v: PersonFormValues): Record<string, unknown> => {
  const doc = v.identityDocument;
  const docBlank = !doc.series.trim() && !doc.number.trim() && !doc.issuedBy.trim() && !doc.issuedOn;
  return {
    ...v,
    sex: v.sex || undefined,
    snils: v.snils.trim() ? v.snils : null,
    birthDate: v.birthDate || undefined,
    identityDocument: docBlank ? null : { ...doc, kind: doc.kind || undefined, issuedOn: doc.issuedOn || null },
  };
};

const schemaResolver = zodResolver(personInputSchema);
const personResolver: Resolver<PersonFormValues, unknown, PersonData> = (values, context, options) =>
  (schemaResolver as unknown as Resolver<Record<string, unknown>, unknown, PersonData>)(toInput(values), context, options as never) as ReturnType<Resolver<PersonFormValues, unknown, PersonData>>;

type PersonFormProps = {
  initial?: PersonFormValues;
  submitLabel: string;
  // confirmDistinct: the clerk has seen the near duplicates and says this is another human being
  onSubmit: (data: PersonData, options: { confirmDistinct: boolean }) => Promise<void>;
  onCancel?: () => void;
  // server error keys are prefixed ('data.lastName' for PATCH)
  errorPrefix?: string;
  extra?: ReactNode;
  // a new person: look for near duplicates as the names and birth date are typed
  checkDuplicates?: boolean;
};

export const PersonForm = ({ initial = emptyPerson, submitLabel, onSubmit, onCancel, errorPrefix = '', extra, checkDuplicates = false }: PersonFormProps) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const [serverError, setServerError] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const [confirmDistinct, setConfirmDistinct] = useState(false);
  const [confirmError, setConfirmError] = useState<string | undefined>(undefined);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PersonFormValues, unknown, PersonData>({ defaultValues: initial, resolver: personResolver, mode: 'onTouched' });

  // a new list of candidates asks for the confirmation again
  const shown = useRef<DuplicateCandidate[]>([]);
  const showCandidates = useCallback((found: DuplicateCandidate[]): void => {
    if (!sameCandidates(shown.current, found)) setConfirmDistinct(false);
    shown.current = found;
    setCandidates(found);
  }, []);

  // the live check, a moment after typing stops
  const [lastName, firstName, middleName, birthDate] = useWatch({ control, name: ['lastName', 'firstName', 'middleName', 'birthDate'] });
  const probe = checkDuplicates ? duplicatesPath({ lastName, firstName, middleName, birthDate }) : null;
  useEffect(() => {
    if (!probe) {
      showCandidates([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<DuplicateCandidate[]>(probe, { signal: controller.signal })
        .then(showCandidates)
        .catch(() => undefined);
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [probe, showCandidates]);

  const submit = handleSubmit(async (data) => {
    setServerError(null);
    setConfirmError(undefined);
    if (candidates.length > 0 && !confirmDistinct) {
      setConfirmError('Откройте найденное личное дело или отметьте «Это другой человек»');
      return;
    }
    try {
      await onSubmit(data, { confirmDistinct: candidates.length > 0 && confirmDistinct });
    } catch (e) {
      const found = duplicateCandidatesOf(e);
      if (found) {
        showCandidates(found);
        setConfirmError('Найдены похожие личные дела: проверьте их');
        return;
      }
      const rest = applyServerErrors(e, setError, FIELDS, (k) => (errorPrefix && k.startsWith(errorPrefix) ? k.slice(errorPrefix.length) : k));
      setServerError({ message: errorMessage(e), rest });
    }
  });

  const err = (path: string): string | undefined => {
    const parts = path.split('.');
    let node: unknown = errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    return (node as { message?: string } | undefined)?.message;
  };

  const text = (name: FieldPath<PersonFormValues>, label: string, opts: { required?: boolean; hint?: string; type?: string; autoComplete?: string; placeholder?: string; className?: string } = {}) => (
    <Field id={id(name)} label={label} error={err(name)} hint={opts.hint} required={opts.required} className={opts.className}>
      <input
        id={id(name)}
        type={opts.type ?? 'text'}
        className="input"
        autoComplete={opts.autoComplete ?? 'off'}
        placeholder={opts.placeholder}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={describedBy(id(name), err(name), Boolean(opts.hint))}
        {...register(name)}
      />
    </Field>
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Данные гражданина">
      {serverError ? (
        <Alert tone="error" title={serverError.message}>
          <ErrorList errors={serverError.rest} />
        </Alert>
      ) : null}
      <div className="form-grid form-grid--3">
        {text('lastName', 'Фамилия', { required: true })}
        {text('firstName', 'Имя', { required: true })}
        {text('middleName', 'Отчество')}
        {text('birthDate', 'Дата рождения', { required: true, type: 'date' })}
        <Field id={id('sex')} label="Пол" required error={err('sex')}>
          <select id={id('sex')} className="input" aria-invalid={err('sex') ? true : undefined} aria-describedby={describedBy(id('sex'), err('sex'))} {...register('sex')}>
            <option value="">—</option>
            <option value="male">мужской</option>
            <option value="female">женский</option>
          </select>
        </Field>
        <Field id={id('citizenship')} label="Гражданство" error={err('citizenship')}>
          <select id={id('citizenship')} className="input" {...register('citizenship')}>
            <option value="RU">гражданин РФ</option>
            <option value="foreign">иностранный гражданин</option>
            <option value="stateless">лицо без гражданства</option>
          </select>
        </Field>
        {text('snils', 'СНИЛС', { hint: '11 цифр, например 112-233-445 95', placeholder: '000-000-000 00' })}
        {text('phone', 'Телефон', { type: 'tel', placeholder: '+7 …' })}
        {text('email', 'Эл. почта', { type: 'email' })}
      </div>
      <DuplicateWarning
        candidates={candidates}
        confirmed={confirmDistinct}
        onConfirmChange={(v) => {
          setConfirmDistinct(v);
          if (v) setConfirmError(undefined);
        }}
        error={confirmError}
        idPrefix={uid}
      />

      <h3 className="form-section">Документ, удостоверяющий личность</h3>
      <div className="form-grid form-grid--4">
        <Field id={id('identityDocument.kind')} label="Вид документа" error={err('identityDocument.kind')} className="span-2">
          <select id={id('identityDocument.kind')} className="input" aria-describedby={describedBy(id('identityDocument.kind'), err('identityDocument.kind'))} {...register('identityDocument.kind')}>
            <option value="">— не указан —</option>
            {Object.entries(IDENTITY_DOCUMENT_KINDS).map(([code, title]) => (
              <option key={code} value={code}>
                {title}
              </option>
            ))}
          </select>
        </Field>
        {text('identityDocument.series', 'Серия')}
        {text('identityDocument.number', 'Номер')}
        {text('identityDocument.issuedBy', 'Кем выдан', { className: 'span-3' })}
        {text('identityDocument.issuedOn', 'Дата выдачи', { type: 'date' })}
      </div>

      <h3 className="form-section">Адреса</h3>
      <div className="form-grid form-grid--2">
        {text('registrationAddress', 'Адрес регистрации по месту жительства')}
        <div>
          {text('actualAddress', 'Адрес фактического проживания')}
          <button type="button" className="link-button" onClick={() => setValue('actualAddress', getValues('registrationAddress'), { shouldDirty: true })}>
            Совпадает с адресом регистрации
          </button>
        </div>
      </div>
      {extra}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Сохранение…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Отмена
          </button>
        ) : null}
      </div>
    </form>
  );
};
