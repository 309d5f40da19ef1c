import { useEffect, useId, useState, type ReactNode } from 'react';
import type { FieldValues, Path, UseFormRegister, UseFormRegisterReturn } from 'react-hook-form';
import type { IntakeRequest } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { Card } from '../../../components/status';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { fullName } from '../../../lib/format';
import type { Person, Service, ServiceChannel, ServiceDocument, ServiceVariant } from '../../../types/api';
import { duplicatePrompt, duplicateReasonProblem } from './intake-model';

// What every service form of the intake step shares: the case fields, the payment block, the documents, the duplicate prompt.

// Channels where the applicant may have submitted earlier than the application reached the office (spec A4).
const CHANNELS_WITH_SUBMISSION_DATE = new Set(['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX', 'EPGU', 'RPGU', 'POST']);

const nodeAt = (errors: unknown, path: string): unknown => {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
};

// Reads an error at a schema path from the nested RHF error tree; arrays report their first item.
export const errorAt = (errors: unknown, path: string): string | undefined => {
  const seen = new Set<unknown>();
  const first = (n: unknown): string | undefined => {
    if (n === null || typeof n !== 'object' || seen.has(n)) return undefined;
    seen.add(n);
    const m = (n as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m;
    for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
      if (k === 'ref' || k === 'type' || k === 'types') continue;
      const found = first(v);
      if (found) return found;
    }
    return undefined;
  };
  return first(nodeAt(errors, path));
};

// The message of this node itself, not of its children (an object-level error such as "heating is missing").
export const ownErrorAt = (errors: unknown, path: string): string | undefined => {
  const m = (nodeAt(errors, path) as { message?: unknown } | undefined)?.message;
  return typeof m === 'string' && m ? m : undefined;
};

type TriProps<T extends FieldValues> = { name: Path<T>; legend: ReactNode; register: UseFormRegister<T>; error?: string; yes?: string; no?: string };

export const TriRadio = <T extends FieldValues>({ name, legend, register, error, yes = 'Да', no = 'Нет' }: TriProps<T>) => {
  const id = useId();
  return (
    <FieldSet id={id} legend={legend} error={error} className="fieldset--inline">
      <div className="radio-row">
        <label className="check">
          <input type="radio" value="yes" {...register(name)} /> {yes}
        </label>
        <label className="check">
          <input type="radio" value="no" {...register(name)} /> {no}
        </label>
      </div>
    </FieldSet>
  );
};

type TextFieldProps = {
  name: string;
  label: string;
  field: UseFormRegisterReturn;
  error?: string;
  required?: boolean;
  hint?: string;
  type?: string;
  className?: string;
  inputMode?: 'numeric' | 'decimal' | 'email' | 'tel';
  placeholder?: string;
};

// One text input bound to its label, hint and error; the id is derived from the field path.
export const TextField = ({ name, label, field, error, required, hint, type, className, inputMode, placeholder }: TextFieldProps) => (
  <Field id={`f-${name}`} label={label} error={error} hint={hint} required={required} className={className}>
    <input
      id={`f-${name}`}
      className="input"
      type={type ?? 'text'}
      inputMode={inputMode}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(`f-${name}`, error, Boolean(hint))}
      {...field}
    />
  </Field>
);

export const ApplicantLine = ({ applicant, onBack }: { applicant: Person; onBack: () => void }) => (
  <div className="intake-applicant muted">
    Заявитель: <strong>{fullName(applicant)}</strong>{' '}
    <button type="button" className="link-button" onClick={onBack}>
      изменить
    </button>
  </div>
);

export type IntakeFailure = { message: string; rest: Record<string, string> };

export const FailureAlert = ({ failure }: { failure: IntakeFailure | null }) =>
  failure ? (
    <Alert tone="error" title={failure.message} testId="intake-error">
      {Object.keys(failure.rest).length > 0 ? <ErrorList errors={failure.rest} /> : 'Исправьте отмеченные поля.'}
    </Alert>
  ) : null;

type SubmissionProps = {
  services: Service[];
  serviceSlug: string;
  onServiceChange: (slug: string) => void;
  channels: ServiceChannel[];
  variants: ServiceVariant[];
  channel: string;
  register: (name: 'channel' | 'variant' | 'submittedOn') => UseFormRegisterReturn;
  err: (path: string) => string | undefined;
  // service-specific questions of the channel (e-signature, complex request)
  children?: ReactNode;
};

// The service chooser and the case fields: channel, variant, the day the applicant submitted.
export const SubmissionCard = ({ services, serviceSlug, onServiceChange, channels, variants, channel, register, err, children }: SubmissionProps) => (
  <Card title="Услуга и способ подачи">
    <div className="form-grid form-grid--3">
      <Field id="f-service" label="Услуга" required className="span-3">
        <select id="f-service" className="input" value={serviceSlug} onChange={(e) => onServiceChange(e.target.value)}>
          {services.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="f-channel" label="Способ подачи" required error={err('channel')}>
        <select id="f-channel" className="input" aria-describedby={describedBy('f-channel', err('channel'))} {...register('channel')}>
          {channels.map((c) => (
            <option key={c.code} value={c.code}>
              {c.title}
            </option>
          ))}
        </select>
      </Field>
      {variants.length > 1 ? (
        <Field id="f-variant" label="Вариант предоставления" required error={err('variant')}>
          <select id="f-variant" className="input" {...register('variant')}>
            {variants.map((v) => (
              <option key={v.code} value={v.code} title={v.description}>
                {v.title}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {CHANNELS_WITH_SUBMISSION_DATE.has(channel) ? (
        <TextField name="submittedOn" label="Дата подачи заявителем" type="date" hint="Если раньше дня поступления в учреждение (МФЦ, ЕПГУ, почта)" field={register('submittedOn')} error={err('submittedOn')} />
      ) : null}
      {children}
    </div>
  </Card>
);

export const EsignatureField = ({ field, error }: { field: UseFormRegisterReturn; error?: string }) => (
  <Field id="f-esignature" label="Электронная подпись заявления" required error={error}>
    <select id="f-esignature" className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy('f-esignature', error)} {...field}>
      <option value="">— выберите —</option>
      <option value="simple">Простая электронная подпись</option>
      <option value="qualified">Усиленная квалифицированная (УКЭП)</option>
      <option value="none">Не подписано</option>
    </select>
  </Field>
);

type PaymentPath = `payload.paymentMethod.${'kind' | 'bankName' | 'bik' | 'account' | 'postOffice'}`;

type PaymentProps = {
  title: string;
  kind: string;
  register: (name: PaymentPath) => UseFormRegisterReturn;
  err: (path: string) => string | undefined;
  own: (path: string) => string | undefined;
  // what a service asks of the bank account beyond its name, BIK and number
  bankExtra?: ReactNode;
};

// Bank account or post office (both services' forms offer the two).
export const PaymentCard = ({ title, kind, register, err, own, bankExtra }: PaymentProps) => {
  const text = (name: PaymentPath, label: string, opts: { required?: boolean; inputMode?: 'numeric'; placeholder?: string } = {}) => <TextField name={name} label={label} field={register(name)} error={err(name)} {...opts} />;
  return (
    <Card title={title}>
      <FieldSet id="f-payment-kind" legend="Выплата" error={err('payload.paymentMethod.kind') ?? (kind ? undefined : own('payload.paymentMethod'))} className="fieldset--inline">
        <div className="radio-row">
          <label className="check">
            <input type="radio" value="bank" {...register('payload.paymentMethod.kind')} /> через кредитную организацию (банк)
          </label>
          <label className="check">
            <input type="radio" value="post" {...register('payload.paymentMethod.kind')} /> через почтовое отделение
          </label>
        </div>
      </FieldSet>
      {kind === 'bank' ? (
        <>
          <div className="form-grid form-grid--3">
            {text('payload.paymentMethod.bankName', 'Наименование банка', { required: true })}
            {text('payload.paymentMethod.bik', 'БИК', { required: true, inputMode: 'numeric', placeholder: '9 цифр' })}
            {text('payload.paymentMethod.account', 'Номер счёта', { required: true, inputMode: 'numeric', placeholder: '20 цифр' })}
          </div>
          {bankExtra}
        </>
      ) : null}
      {kind === 'post' ? <div className="form-grid form-grid--2">{text('payload.paymentMethod.postOffice', 'Отделение почтовой связи', { required: true })}</div> : null}
    </Card>
  );
};

type DocumentsProps = {
  documents: ServiceDocument[];
  interagency: { code: string; title: string; condition?: string }[];
  register: (name: 'documents' | 'payload.documentsSupplied') => UseFormRegisterReturn;
  error?: string;
  presentedLegend: string;
  suppliedLegend: string;
};

// The documents the applicant presented, and the data he brought himself instead of the office's interagency request.
export const DocumentsCard = ({ documents, interagency, register, error, presentedLegend, suppliedLegend }: DocumentsProps) => (
  <Card title="Документы">
    <div className="form-grid form-grid--2 form-grid--top">
      <FieldSet id="f-documents" legend={presentedLegend}>
        <ul className="checklist">
          {documents.map((d) => (
            <li key={d.code}>
              <label className="check check--top">
                <input type="checkbox" value={d.code} {...register('documents')} />
                <span>
                  {d.title}
                  <span className="muted small block">{d.mandatory === true ? 'обязательный' : d.mandatory === 'if_representative' ? 'обязателен при подаче представителем' : 'по желанию'}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </FieldSet>
      <FieldSet id="f-supplied" legend={suppliedLegend} error={error}>
        <ul className="checklist">
          {interagency.map((k) => (
            <li key={k.code}>
              <label className="check check--top">
                <input type="checkbox" value={k.code} {...register('payload.documentsSupplied')} />
                <span>
                  <span className="code">{k.code}</span> {k.title}
                  {k.condition ? <span className="muted small block">{k.condition}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div className="muted small">Не отмеченные сведения учреждение запросит само (межведомственный запрос).</div>
      </FieldSet>
    </div>
  </Card>
);

export const DuplicateCard = ({ message, field, error }: { message: string; field: UseFormRegisterReturn; error?: string }) => (
  <Card title="Повторное заявление" testId="duplicate-card">
    <Alert tone="warning" testId="duplicate-warning">
      {message}
    </Alert>
    <Field id="f-duplicateReason" label="Причина повторного заявления" required error={error} hint="Не менее 5 символов; причина сохраняется в деле и видна в его карточке">
      <textarea id="f-duplicateReason" className="input" rows={3} aria-invalid={error ? true : undefined} aria-describedby={describedBy('f-duplicateReason', error, true)} {...field} />
    </Field>
  </Card>
);

export const CALCULATE_LABELS = { idle: 'Рассчитать', busy: 'Расчёт…' };

export const SubmitBar = ({ onBack, isSubmitting, duplicate, labels }: { onBack: () => void; isSubmitting: boolean; duplicate: boolean; labels?: { idle: string; busy: string } }) => (
  <div className="submit-bar">
    <button type="button" className="button" onClick={onBack}>
      ← Назад
    </button>
    <button type="submit" className="button button--primary" disabled={isSubmitting}>
      {labels ? (isSubmitting ? labels.busy : labels.idle) : isSubmitting ? 'Приём заявления…' : duplicate ? 'Принять повторное заявление' : 'Принять заявление'}
    </button>
  </div>
);

const CASE_FIELDS = new Set(['channel', 'variant', 'submittedOn', 'duplicateReason']);

type SubmissionDeps = {
  readReason: () => string;
  setFocus: (name: 'duplicateReason') => void;
  putError: (path: string, message: string, type: 'server' | 'validate') => void;
  onSubmit: (request: IntakeRequest) => Promise<void>;
};

// Sends the request; a 409 naming a pending case of the same service asks for a reason and the clerk submits again
// (the reason is checked as the API checks it); other field errors of the API go next to their fields.
export const useIntakeSubmission = ({ readReason, setFocus, putError, onSubmit }: SubmissionDeps) => {
  const [failure, setFailure] = useState<IntakeFailure | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);

  useEffect(() => {
    if (duplicate) setFocus('duplicateReason');
  }, [duplicate, setFocus]);

  const send = async (request: IntakeRequest): Promise<void> => {
    setFailure(null);
    const reason = readReason();
    if (duplicate) {
      const problem = duplicateReasonProblem(reason);
      if (problem) {
        putError('duplicateReason', problem, 'validate');
        return;
      }
    }
    try {
      await onSubmit({ ...request, ...(duplicate ? { duplicateReason: reason.trim() } : {}) });
    } catch (e) {
      const pending = duplicatePrompt(e);
      if (pending) {
        setDuplicate(pending);
        return;
      }
      const rest: Record<string, string> = {};
      if (e instanceof ApiError) {
        for (const [key, message] of Object.entries(e.errors)) {
          if (key.startsWith('payload.') || CASE_FIELDS.has(key)) putError(key, message, 'server');
          else rest[key] = message;
        }
      }
      setFailure({ message: errorMessage(e), rest });
    }
  };

  return { failure, duplicate, send };
};
