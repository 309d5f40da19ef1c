import { useId, useMemo, useState, type ReactNode } from 'react';
import { useFieldArray, useForm, type FieldValues, type Path, type UseFormRegister, type UseFormSetError } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, ErrorList } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { HOUSING_MFC_REFUSAL_DOCUMENTS } from '@casework/domain';
import { formUrl } from '../api/case';
import type { CaseAction, CaseDetail, Service, ServiceGround } from '../../../types/api';
import {
  canReask,
  copySchema,
  CORRECTED_METHODS,
  correctedSchema,
  defaultDelivery,
  defaultFilingChannel,
  deliveryTitle,
  DELIVERY_OPTIONS,
  eventData,
  extendSchema,
  filingSchema,
  formPath,
  groundSchema,
  INTERAGENCY_STATUS,
  missingOf,
  missingSchema,
  noErrorSchema,
  paymentKindsFor,
  paymentPrefill,
  paymentSchema,
  reaskSchema,
  reworkSchema,
  withdrawSchema,
  type CopyValues,
  type CorrectedValues,
  type ExtendValues,
  type FilingValues,
  type GroundValues,
  type MissingValues,
  type NoErrorValues,
  type PaymentValues,
  type ReaskValues,
  type ReworkValues,
  type WithdrawValues,
} from './procedure-model';

export type ProcedureDialogProps = {
  action: CaseAction;
  c: CaseDetail;
  service: Service | undefined;
  onSubmit: (data: Record<string, unknown>) => Promise<void>;
  onClose: () => void;
  // the re-ask dialog opened from a row of the interagency panel
  preselected?: string[];
};

type Failure = { message: string; rest: Record<string, string> };

// 400: each field error next to its field (paymentMethod.account, documents.0.title); the rest and a 422 message on top.
const serverFailure = <V extends FieldValues>(e: unknown, setError: UseFormSetError<V>, roots: readonly string[]): Failure => {
  const rest: Record<string, string> = {};
  if (e instanceof ApiError) {
    for (const [key, message] of Object.entries(e.errors)) {
      const path = formPath(key, roots);
      if (path) setError(path as Path<V>, { type: 'server', message });
      else rest[key] = message;
    }
  }
  return { message: errorMessage(e), rest };
};

const useSubmit = <V extends FieldValues>(onSubmit: ProcedureDialogProps['onSubmit'], setError: UseFormSetError<V>, roots: readonly string[], toData: (v: V) => Record<string, unknown>) => {
  const [failure, setFailure] = useState<Failure | null>(null);
  const submit = async (v: V): Promise<void> => {
    setFailure(null);
    try {
      await onSubmit(toData(v));
    } catch (e) {
      setFailure(serverFailure(e, setError, roots));
    }
  };
  return { failure, submit };
};

type FrameProps = { title: string; formId: string; submitting: boolean; submitLabel: string; failure: Failure | null; onClose: () => void; onSubmit: () => void; wide?: boolean; testId: string; children: ReactNode };

const Frame = ({ title, formId, submitting, submitLabel, failure, onClose, onSubmit, wide, testId, children }: FrameProps) => (
  <Dialog
    open
    title={title}
    onClose={onClose}
    wide={wide}
    footer={
      <>
        <button type="button" className="button" onClick={onClose}>
          Отмена
        </button>
        <button type="submit" form={formId} className="button button--primary" disabled={submitting}>
          {submitting ? 'Выполняется…' : submitLabel}
        </button>
      </>
    }
  >
    <form
      id={formId}
      className="form"
      noValidate
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {failure ? (
        <Alert tone="error" title={failure.message} testId="dialog-error">
          <ErrorList errors={failure.rest} />
        </Alert>
      ) : null}
      {children}
    </form>
  </Dialog>
);

type DeliveryProps<V extends FieldValues> = { id: string; register: UseFormRegister<V>; error?: string; c: CaseDetail; label?: string };

// «Способ направления»: how the notice (and the documents, on a refusal) reach the applicant; the application's choice is preselected.
const DeliveryField = <V extends FieldValues>({ id, register, error, c, label = 'Способ направления' }: DeliveryProps<V>) => (
  <Field id={id} label={label} required error={error} hint={`По заявлению: ${deliveryTitle(defaultDelivery(c))}`}>
    <select id={id} className="input" aria-describedby={describedBy(id, error, true)} {...register('delivery' as Path<V>)}>
      {DELIVERY_OPTIONS.map((d) => (
        <option key={d.code} value={d.code}>
          {d.title}
        </option>
      ))}
    </select>
  </Field>
);

const groundsOf = (c: CaseDetail, service: Service | undefined, kind: ServiceGround['kind']): ServiceGround[] =>
  (c.grounds.length > 0 ? c.grounds : (service?.grounds ?? [])).filter((g) => g.kind === kind && (!g.channels || g.channels.includes(c.channel)));

const GroundSelect = <V extends FieldValues>({ id, label, grounds, register, error, required = true }: { id: string; label: string; grounds: ServiceGround[]; register: UseFormRegister<V>; error?: string; required?: boolean }) => (
  <Field id={id} label={label} required={required} error={error}>
    <select id={id} className="input" aria-describedby={describedBy(id, error)} {...register('groundCode' as Path<V>)}>
      <option value="">{required ? '— выберите —' : '— без основания —'}</option>
      {grounds.map((g) => (
        <option key={g.code} value={g.code}>
          {g.code}: {g.title} ({g.clause})
        </option>
      ))}
    </select>
  </Field>
);

// ---- send_copy: the decision is issued to the applicant with its notice ----

export const CopyDialog = ({ action, c, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, handleSubmit, setError, formState } = useForm<CopyValues>({ resolver: zodResolver(copySchema), defaultValues: { delivery: defaultDelivery(c) } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['delivery'], eventData.copy);
  const signed = [...c.decisions].reverse().find((d) => d.status === 'signed');
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Направить" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="copy-dialog">
      {signed ? (
        <p className="muted">
          Решение № {signed.number ?? '—'} от {formatDate(signed.decisionDate)} будет выдано заявителю; уведомление о принятом решении сформируется автоматически.
        </p>
      ) : null}
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- send_corrected_decision: cl. 96 methods ----

export const CorrectedDialog = ({ action, c, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, handleSubmit, setError, formState } = useForm<CorrectedValues>({ resolver: zodResolver(correctedSchema), defaultValues: { method: '' } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['method'], eventData.corrected);
  const id = `${uid}-method`;
  const error = formState.errors.method?.message;
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Направить" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="corrected-dialog">
      <Field id={id} label="Способ направления исправленного решения (п. 96)" required error={error}>
        <select id={id} className="input" aria-describedby={describedBy(id, error)} {...register('method')}>
          <option value="">— выберите —</option>
          {CORRECTED_METHODS.filter((m) => !m.epguOnly || c.channel === 'EPGU').map((m) => (
            <option key={m.code} value={m.code}>
              {m.title}
            </option>
          ))}
        </select>
      </Field>
    </Frame>
  );
};

// ---- refuse_acceptance: a refuse_accept ground valid for the channel ----

// ACC_REJ_MFC_04 names the mandatory documents that are missing (A8); a refusal to correct (capital repair 3.5.1)
// has its own grounds
const NAMES_MISSING_DOCUMENTS = new Set(['ACC_REJ_MFC_04']);

export const GroundDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const correction = action.event === 'refuse_correction';
  const { register, handleSubmit, setError, watch, formState } = useForm<GroundValues>({ resolver: zodResolver(groundSchema), defaultValues: { groundCode: '', delivery: defaultDelivery(c), missingDocuments: [] } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['groundCode', 'delivery', 'missingDocuments'], eventData.ground);
  const groundCode = watch('groundCode');
  const representative = c.payload.representative !== undefined && c.payload.representative !== null;
  const missingChoices = HOUSING_MFC_REFUSAL_DOCUMENTS.filter((code) => representative || !code.startsWith('REPRESENTATIVE_'));
  return (
    <Frame
      title={action.title}
      formId={`${uid}-form`}
      submitting={formState.isSubmitting}
      submitLabel={correction ? 'Отказать в исправлении' : 'Отказать в приёме'}
      failure={failure}
      onClose={onClose}
      onSubmit={handleSubmit(submit)}
      testId="ground-dialog"
    >
      <GroundSelect
        id={`${uid}-ground`}
        label={correction ? 'Основание отказа в исправлении опечаток и ошибок' : 'Основание отказа в приёме'}
        grounds={groundsOf(c, service, correction ? 'refuse_correction' : 'refuse_accept').filter((g) => g.code !== 'TYPO-REF-01')}
        register={register}
        error={formState.errors.groundCode?.message}
      />
      {NAMES_MISSING_DOCUMENTS.has(groundCode) ? (
        <FieldSet id={`${uid}-missing`} legend="Какой обязательный документ не приложен (A8)" error={formState.errors.missingDocuments?.message}>
          <ul className="checklist">
            {missingChoices.map((code) => (
              <li key={code}>
                <label className="check">
                  <input type="checkbox" value={code} {...register('missingDocuments')} /> {service?.documents.find((d) => d.code === code)?.title ?? code}
                </label>
              </li>
            ))}
          </ul>
        </FieldSet>
      ) : null}
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} label={correction ? 'Способ направления ответа' : 'Способ направления уведомления и возврата документов'} />
    </Frame>
  );
};

// ---- register_withdrawal, register_correction_request: an application filed on the case (V2, V4) ----

export const FilingDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const correction = action.event === 'register_correction_request';
  const { register, handleSubmit, setError, watch, formState } = useForm<FilingValues>({
    resolver: zodResolver(filingSchema),
    defaultValues: { filedVia: defaultFilingChannel(service?.channels ?? []), byRepresentative: false, filedOn: c.today, typoLocation: '', correctText: '' },
  });
  const [typoLocation, correctText] = watch(['typoLocation', 'correctText']);
  const { failure, submit } = useSubmit(onSubmit, setError, ['filedVia', 'byRepresentative', 'filedOn', 'typoLocation', 'correctText'], eventData.filing);
  const channels = service?.channels ?? [];
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Зарегистрировать" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="filing-dialog" wide>
      <div className="form-grid form-grid--3">
        <Field id={`${uid}-via`} label="Способ подачи заявления" error={formState.errors.filedVia?.message}>
          <select id={`${uid}-via`} className="input" {...register('filedVia')}>
            {channels.map((ch) => (
              <option key={ch.code} value={ch.code}>
                {ch.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${uid}-on`} label="Дата заявления" error={formState.errors.filedOn?.message}>
          <input id={`${uid}-on`} type="date" className="input" max={c.today} {...register('filedOn')} />
        </Field>
        <label className="check check--field">
          <input type="checkbox" {...register('byRepresentative')} /> Подано представителем
        </label>
      </div>
      {correction ? (
        <>
          <Field id={`${uid}-typo`} label="Опечатка (ошибка): в каком документе и где" error={formState.errors.typoLocation?.message}>
            <textarea id={`${uid}-typo`} className="input" rows={2} {...register('typoLocation')} />
          </Field>
          <Field id={`${uid}-correct`} label="Как следует указать" error={formState.errors.correctText?.message}>
            <textarea id={`${uid}-correct`} className="input" rows={2} {...register('correctText')} />
          </Field>
        </>
      ) : null}
      {c.serviceSlug === 'capital-repair-compensation' ? (
        <p className="muted small">
          Бланк заявления для подписи заявителя ({correction ? 'приложение 11: заполните, что исправить' : 'приложение 9'}):{' '}
          <a href={correction ? formUrl(c.id, 'correction', { description: typoLocation, correctText, kind: 'typo' }) : formUrl(c.id, 'withdrawal')} target="_blank" rel="noreferrer" data-testid="form-link">
            открыть PDF
          </a>
          .
        </p>
      ) : null}
    </Frame>
  );
};

// ---- withdraw: the applicant's withdrawal application, dated, not in the future ----

export const WithdrawDialog = ({ action, c, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const schema = useMemo(() => withdrawSchema(c.today), [c.today]);
  const { register, handleSubmit, setError, formState } = useForm<WithdrawValues>({ resolver: zodResolver(schema), defaultValues: { withdrawnOn: c.today, delivery: defaultDelivery(c) } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['withdrawnOn', 'delivery'], eventData.withdraw);
  const id = `${uid}-on`;
  const error = formState.errors.withdrawnOn?.message;
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Прекратить рассмотрение" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="withdraw-dialog">
      <p className="muted">Рассмотрение заявления прекращается без решения; заявителю направляется уведомление, документы возвращаются.</p>
      <Field id={id} label="Дата заявления об отзыве" required error={error}>
        <input id={id} type="date" className="input" max={c.today} aria-describedby={describedBy(id, error)} {...register('withdrawnOn')} />
      </Field>
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- notify_no_error: what was checked becomes the finding of the notice ----

export const NoErrorDialog = ({ action, c, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, handleSubmit, setError, formState } = useForm<NoErrorValues>({ resolver: zodResolver(noErrorSchema), defaultValues: { comment: '', delivery: defaultDelivery(c) } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['comment', 'delivery'], eventData.noError);
  const id = `${uid}-comment`;
  const error = formState.errors.comment?.message;
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Направить уведомление" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="no-error-dialog">
      <Field id={id} label="Что проверено (вывод уведомления)" required error={error} hint="Например: сведения решения соответствуют паспорту заявителя">
        <textarea id={id} className="input" rows={3} aria-describedby={describedBy(id, error, true)} {...register('comment')} />
      </Field>
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- reask_interagency: incomplete or failed answers asked again ----

export const ReaskDialog = ({ action, c, onSubmit, onClose, preselected }: ProcedureDialogProps) => {
  const uid = useId();
  const candidates = c.interagency.filter(canReask);
  const { register, handleSubmit, setError, formState } = useForm<ReaskValues>({
    resolver: zodResolver(reaskSchema),
    defaultValues: { requestIds: preselected ?? candidates.map((r) => r.id) },
  });
  const { failure, submit } = useSubmit(onSubmit, setError, ['requestIds'], eventData.reask);
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Направить повторно" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="reask-dialog" wide>
      <FieldSet id={`${uid}-ids`} legend="Запросы с неполным ответом или ошибкой" error={formState.errors.requestIds?.message}>
        {candidates.length === 0 ? <div className="muted">Запросов с неполным ответом или ошибкой нет.</div> : null}
        <ul className="checklist">
          {candidates.map((r) => {
            const missing = missingOf(r.answer);
            const failed = r.status === 'failed' && r.answer && typeof r.answer === 'object' ? (r.answer as { error?: unknown }).error : undefined;
            return (
              <li key={r.id}>
                <label className="check check--top">
                  <input type="checkbox" value={r.id} {...register('requestIds')} />
                  <span>
                    <span className="code">{r.kind}</span> {r.title} <Badge tone={INTERAGENCY_STATUS[r.status].tone}>{INTERAGENCY_STATUS[r.status].title}</Badge>
                    <span className="muted small block">
                      {r.number ?? '—'} от {formatDate(r.sentOn)} · {r.agency}
                      {missing.length > 0 ? ` · не хватает: ${missing.join(', ')}` : ''}
                      {typeof failed === 'string' ? ` · ${failed}` : ''}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </FieldSet>
    </Frame>
  );
};

// ---- extend_term: once, on a ground of kind 'extend' ----

export const ExtendDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, handleSubmit, setError, formState } = useForm<ExtendValues>({ resolver: zodResolver(extendSchema), defaultValues: { groundCode: '', delivery: defaultDelivery(c) } });
  const { failure, submit } = useSubmit(onSubmit, setError, ['groundCode', 'delivery'], eventData.extend);
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Продлить срок" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="extend-dialog">
      <p className="muted">Срок продлевается один раз; заявителю направляется уведомление о продлении с новой датой.</p>
      <GroundSelect id={`${uid}-ground`} label="Основание продления" grounds={groundsOf(c, service, 'extend')} register={register} error={formState.errors.groundCode?.message} />
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- request_missing_documents: the list goes into the notice with its waiting term ----

export const MissingDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, control, handleSubmit, setError, formState } = useForm<MissingValues>({
    resolver: zodResolver(missingSchema),
    defaultValues: { documents: [{ title: '', issue: 'missing', details: '' }], delivery: defaultDelivery(c) },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'documents' });
  const { failure, submit } = useSubmit(onSubmit, setError, ['documents', 'delivery'], eventData.missing);
  const errors = formState.errors.documents;
  const listId = `${uid}-titles`;
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Направить уведомление" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="missing-dialog" wide>
      <datalist id={listId}>
        {(service?.documents ?? [])
          .filter((d) => d.providedBy === 'applicant')
          .map((d) => (
            <option key={d.code} value={d.title} />
          ))}
      </datalist>
      <FieldSet id={`${uid}-docs`} legend="Недостающие или неправильно оформленные документы" error={errors?.root?.message ?? errors?.message}>
        {fields.map((f, i) => {
          const e = errors?.[i];
          return (
            <div key={f.id} className="form-grid form-grid--3 procedure-row" data-testid="missing-row">
              <Field id={`${uid}-t${i}`} label="Документ" required error={e?.title?.message}>
                <input id={`${uid}-t${i}`} className="input" list={listId} aria-describedby={describedBy(`${uid}-t${i}`, e?.title?.message)} {...register(`documents.${i}.title`)} />
              </Field>
              <Field id={`${uid}-i${i}`} label="Что с ним" required error={e?.issue?.message}>
                <select id={`${uid}-i${i}`} className="input" {...register(`documents.${i}.issue`)}>
                  <option value="missing">не представлен</option>
                  <option value="invalid">оформлен неправильно</option>
                </select>
              </Field>
              <Field id={`${uid}-d${i}`} label="Пояснение" error={e?.details?.message}>
                <div className="procedure-row__control">
                  <input id={`${uid}-d${i}`} className="input" {...register(`documents.${i}.details`)} />
                  {fields.length > 1 ? (
                    <button type="button" className="icon-button" aria-label={`Убрать документ ${i + 1}`} onClick={() => remove(i)}>
                      ×
                    </button>
                  ) : null}
                </div>
              </Field>
            </div>
          );
        })}
        <button type="button" className="button button--small" onClick={() => append({ title: '', issue: 'missing', details: '' })}>
          + Добавить документ
        </button>
      </FieldSet>
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- return_for_rework: documents back to the applicant, what to correct in each ----

export const ReworkDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const { register, control, handleSubmit, setError, formState } = useForm<ReworkValues>({
    resolver: zodResolver(reworkSchema),
    defaultValues: { items: [{ document: '', correction: '' }], groundCode: '', delivery: defaultDelivery(c) },
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'items' });
  const { failure, submit } = useSubmit(onSubmit, setError, ['items', 'groundCode', 'delivery'], eventData.rework);
  const errors = formState.errors.items;
  const suspend = groundsOf(c, service, 'suspend');
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Вернуть на доработку" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="rework-dialog" wide>
      <p className="muted">Срок рассмотрения приостанавливается до возврата доработанных документов.</p>
      <FieldSet id={`${uid}-items`} legend="Что доработать" error={errors?.root?.message ?? errors?.message}>
        {fields.map((f, i) => {
          const e = errors?.[i];
          return (
            <div key={f.id} className="form-grid form-grid--2 procedure-row" data-testid="rework-row">
              <Field id={`${uid}-doc${i}`} label="Документ" required error={e?.document?.message}>
                <input id={`${uid}-doc${i}`} className="input" aria-describedby={describedBy(`${uid}-doc${i}`, e?.document?.message)} {...register(`items.${i}.document`)} />
              </Field>
              <Field id={`${uid}-fix${i}`} label="Что исправить" required error={e?.correction?.message}>
                <div className="procedure-row__control">
                  <input id={`${uid}-fix${i}`} className="input" aria-describedby={describedBy(`${uid}-fix${i}`, e?.correction?.message)} {...register(`items.${i}.correction`)} />
                  {fields.length > 1 ? (
                    <button type="button" className="icon-button" aria-label={`Убрать строку ${i + 1}`} onClick={() => remove(i)}>
                      ×
                    </button>
                  ) : null}
                </div>
              </Field>
            </div>
          );
        })}
        <button type="button" className="button button--small" onClick={() => append({ document: '', correction: '' })}>
          + Добавить документ
        </button>
      </FieldSet>
      {suspend.length > 0 ? <GroundSelect id={`${uid}-ground`} label="Основание приостановления" grounds={suspend} register={register} error={formState.errors.groundCode?.message} required={false} /> : null}
      <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
    </Frame>
  );
};

// ---- change_payment_details: new details, prefilled with the ones in force ----

export const PaymentDialog = ({ action, c, service, onSubmit, onClose }: ProcedureDialogProps) => {
  const uid = useId();
  const kinds = useMemo(() => paymentKindsFor(c.serviceSlug), [c.serviceSlug]);
  const schema = useMemo(() => paymentSchema(kinds.map((k) => k.code)), [kinds]);
  const { register, handleSubmit, setError, watch, formState } = useForm<PaymentValues>({
    resolver: zodResolver(schema),
    defaultValues: { paymentMethod: paymentPrefill(c.payload), requestedOn: c.today, delivery: defaultDelivery(c), filedVia: defaultFilingChannel(service?.channels ?? []), byRepresentative: false },
  });
  const { failure, submit } = useSubmit(onSubmit, setError, ['paymentMethod', 'requestedOn', 'delivery', 'filedVia', 'byRepresentative'], eventData.payment);
  const kind = watch('paymentMethod.kind');
  const [bankName, bik, account] = watch(['paymentMethod.bankName', 'paymentMethod.bik', 'paymentMethod.account']);
  const e = formState.errors.paymentMethod;
  const text = (name: 'bankName' | 'bik' | 'account' | 'postOffice' | 'organisation', label: string, placeholder?: string) => {
    const id = `${uid}-${name}`;
    const error = e?.[name]?.message;
    return (
      <Field id={id} label={label} required error={error}>
        <input id={id} className="input" placeholder={placeholder} inputMode={name === 'bik' || name === 'account' ? 'numeric' : undefined} aria-describedby={describedBy(id, error)} {...register(`paymentMethod.${name}`)} />
      </Field>
    );
  };
  return (
    <Frame title={action.title} formId={`${uid}-form`} submitting={formState.isSubmitting} submitLabel="Изменить реквизиты" failure={failure} onClose={onClose} onSubmit={handleSubmit(submit)} testId="payment-dialog" wide>
      <p className="muted">Новые реквизиты применяются с месяца, следующего за месяцем обращения; прежние сохраняются в ходе дела.</p>
      <FieldSet id={`${uid}-kind`} legend="Способ выплаты" error={e?.kind?.message ?? e?.message} className="fieldset--inline">
        <div className="radio-row">
          {kinds.map((k) => (
            <label key={k.code} className="check">
              <input type="radio" value={k.code} {...register('paymentMethod.kind')} /> {k.title}
            </label>
          ))}
        </div>
      </FieldSet>
      {kind === 'bank' || kind === 'unified_social_card' ? (
        <div className="form-grid form-grid--3">
          {text('bankName', 'Наименование банка')}
          {text('bik', 'БИК', '9 цифр')}
          {text('account', 'Номер счёта', '20 цифр')}
        </div>
      ) : null}
      {kind === 'post' ? <div className="form-grid form-grid--2">{text('postOffice', 'Отделение почтовой связи')}</div> : null}
      {kind === 'delivery_organisation' ? <div className="form-grid form-grid--2">{text('organisation', 'Организация, осуществляющая доставку')}</div> : null}
      <div className="form-grid form-grid--2">
        <Field id={`${uid}-requested`} label="Дата заявления об изменении реквизитов" error={formState.errors.requestedOn?.message}>
          <input id={`${uid}-requested`} type="date" className="input" max={c.today} {...register('requestedOn')} />
        </Field>
        <DeliveryField id={`${uid}-delivery`} register={register} error={formState.errors.delivery?.message} c={c} />
      </div>
      <div className="form-grid form-grid--2">
        <Field id={`${uid}-via`} label="Способ подачи заявления" error={formState.errors.filedVia?.message}>
          <select id={`${uid}-via`} className="input" {...register('filedVia')}>
            {(service?.channels ?? []).map((ch) => (
              <option key={ch.code} value={ch.code}>
                {ch.title}
              </option>
            ))}
          </select>
        </Field>
        <label className="check check--field">
          <input type="checkbox" {...register('byRepresentative')} /> Подано представителем
        </label>
      </div>
      {c.serviceSlug === 'capital-repair-compensation' ? (
        <p className="muted small">
          Бланк заявления (приложение 10):{' '}
          <a href={formUrl(c.id, 'delivery-change', { bankName, bik, account: account.replace(/\s/g, '') })} target="_blank" rel="noreferrer" data-testid="form-link">
            открыть PDF
          </a>
          .
        </p>
      ) : null}
    </Frame>
  );
};
