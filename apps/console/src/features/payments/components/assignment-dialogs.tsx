import { useId, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { recalculateSchema, refundSchema, resumeSchema, settleTermination, suspendSchema, terminateSchema, type RecalculateRequest, type RefundRequest } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field } from '../../../components/field';
import { formatMoney, fromMonth, parseRubles, rublesInput, todayLocal } from '../../../lib/format';
import { changeAssignment, recordRefund, type Adjustment, type Assignment, type AssignmentChange } from '../api/payments';
import { firstFreeMonth, previewRecalculation, RECOVERY_METHOD_TITLES } from './payments-model';
import { attempt, useServerErrors, type Failure, type Outcome } from './server-failure';

export type ChangeKind = 'suspend' | 'resume' | 'terminate' | 'recalculate' | 'refund';

export const CHANGE_TITLES: Record<ChangeKind, string> = {
  suspend: 'Приостановить',
  resume: 'Возобновить',
  terminate: 'Прекратить',
  recalculate: 'Перерасчет',
  refund: 'Возврат переплаты',
};

const DIALOG_TITLES: Record<ChangeKind, string> = {
  suspend: 'Приостановление выплаты',
  resume: 'Возобновление выплаты',
  terminate: 'Прекращение выплаты',
  recalculate: 'Перерасчет размера выплаты',
  refund: 'Возврат переплаты',
};

export type ChangeValues = {
  fromMonth: string;
  lastMonth: string;
  restoreMissed: boolean;
  reason: string;
  basis: string;
  amount: string;
  recoveryMethod: 'deduction' | 'voluntary';
  percent: string;
  paidOn: string;
  document: string;
};

const FIELDS = ['fromMonth', 'lastMonth', 'restoreMissed', 'reason', 'basis', 'amount', 'recoveryMethod', 'percent', 'paidOn', 'document'] as const;

// The API's names of the request fields, as the form names them.
export const fieldOf = (key: string): string => {
  if (key === 'amountKopecks') return 'amount';
  if (key === 'recovery' || key === 'recovery.method') return 'recoveryMethod';
  if (key === 'recovery.percent') return 'percent';
  return key;
};

export type ChangeRequest = AssignmentChange | { kind: 'refund'; adjustmentId: string; body: RefundRequest };

// A recalculation that makes an overpayment asks how to recover it; otherwise there is nothing to recover.
const recalculationSettles = (a: Assignment, v: ChangeValues) => {
  const amount = parseRubles(v.amount);
  return amount === null ? null : previewRecalculation(a, v.fromMonth, amount);
};

// The request body the API expects, built from the form; the amounts typed in rubles go as kopecks.
export const requestOf = (kind: ChangeKind, a: Assignment, v: ChangeValues, adjustment?: Adjustment): ChangeRequest => {
  const expectedVersion = a.version;
  const amountKopecks = parseRubles(v.amount) ?? Number.NaN;
  switch (kind) {
    case 'suspend':
      return { kind, body: { fromMonth: v.fromMonth, reason: v.reason, basis: v.basis, expectedVersion } };
    case 'resume':
      return { kind, body: { fromMonth: v.fromMonth, restoreMissed: v.restoreMissed, reason: v.reason, basis: v.basis, expectedVersion } };
    case 'terminate':
      return { kind, body: { lastMonth: v.lastMonth, reason: v.reason, basis: v.basis, expectedVersion } };
    case 'recalculate': {
      const overpayment = (recalculationSettles(a, v)?.overpaymentKopecks ?? 0) > 0;
      const body: RecalculateRequest = { amountKopecks, fromMonth: v.fromMonth, reason: v.reason, basis: v.basis, expectedVersion };
      if (overpayment) body.recovery = { method: v.recoveryMethod, percent: v.recoveryMethod === 'deduction' && /^\d+$/.test(v.percent.trim()) ? Number(v.percent) : v.recoveryMethod === 'deduction' ? Number.NaN : 20 };
      return { kind, body };
    }
    case 'refund':
      return { kind, adjustmentId: adjustment?.id ?? '', body: { amountKopecks, paidOn: v.paidOn, document: v.document } };
  }
};

const SCHEMAS = { suspend: suspendSchema, resume: resumeSchema, terminate: terminateSchema, recalculate: recalculateSchema, refund: refundSchema };

// The same zod schemas as the API (libs/domain), checked on the request the form would send.
export const resolverFor =
  (kind: ChangeKind, a: Assignment, adjustment?: Adjustment): Resolver<ChangeValues> =>
  async (values) => {
    const errors: Record<string, string> = {};
    if ((kind === 'recalculate' || kind === 'refund') && parseRubles(values.amount) === null) errors.amount = 'Сумма в рублях, например 1250,50';
    const parsed = SCHEMAS[kind].safeParse(requestOf(kind, a, values, adjustment).body);
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = fieldOf(issue.path.map(String).join('.'));
        if (!errors[field]) errors[field] = issue.message;
      }
    if (Object.keys(errors).length === 0) return { values, errors: {} };
    return { values: {}, errors: Object.fromEntries(Object.entries(errors).map(([k, message]) => [k, { type: 'validate', message }])) as FieldErrors<ChangeValues> };
  };

export const submitChange = (a: Assignment, request: ChangeRequest): Promise<Outcome<unknown>> =>
  attempt(() => (request.kind === 'refund' ? recordRefund(a.id, request.adjustmentId, request.body) : changeAssignment(a.id, request)), FIELDS, fieldOf);

const defaultsFor = (kind: ChangeKind, a: Assignment, adjustment?: Adjustment): ChangeValues => {
  const thisMonth = todayLocal().slice(0, 7);
  return {
    fromMonth: kind === 'suspend' ? firstFreeMonth(a) : kind === 'resume' && a.suspendedFrom ? (thisMonth > a.suspendedFrom ? thisMonth : a.suspendedFrom) : '',
    lastMonth: '',
    restoreMissed: false,
    reason: '',
    basis: '',
    amount: kind === 'refund' ? rublesInput(adjustment?.balanceKopecks ?? 0) : kind === 'recalculate' && a.amountKopecks !== null ? rublesInput(a.amountKopecks) : '',
    recoveryMethod: 'deduction',
    percent: '20',
    paidOn: kind === 'refund' ? todayLocal() : '',
    document: '',
  };
};

type FormProps = {
  kind: ChangeKind;
  assignment: Assignment;
  adjustment?: Adjustment;
  failure: Failure | null;
  onSubmit: (request: ChangeRequest) => Promise<void>;
  onClose: () => void;
};

// The form of one change: the API's field errors (400/422) are shown next to their fields.
export const AssignmentForm = ({ kind, assignment: a, adjustment, failure, onSubmit, onClose }: FormProps) => {
  const uid = useId();
  const id = (name: string): string => `${uid}-${name}`;
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ChangeValues>({ defaultValues: defaultsFor(kind, a, adjustment), resolver: resolverFor(kind, a, adjustment), errors: useServerErrors<ChangeValues>(failure) });
  const values = watch();
  const submit = handleSubmit((v) => onSubmit(requestOf(kind, a, v, adjustment)));

  const text = (name: 'reason' | 'basis' | 'document', label: string, hint?: string) => (
    <Field id={id(name)} label={label} required error={errors[name]?.message} hint={hint}>
      {name === 'reason' ? (
        <textarea id={id(name)} className="input" rows={2} aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy(id(name), errors[name]?.message, Boolean(hint))} {...register(name)} />
      ) : (
        <input id={id(name)} className="input" aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy(id(name), errors[name]?.message, Boolean(hint))} {...register(name)} />
      )}
    </Field>
  );
  const month = (name: 'fromMonth' | 'lastMonth', label: string, hint?: string) => (
    <Field id={id(name)} label={label} required error={errors[name]?.message} hint={hint}>
      <input id={id(name)} type="month" className="input" aria-invalid={errors[name] ? true : undefined} aria-describedby={describedBy(id(name), errors[name]?.message, Boolean(hint))} {...register(name)} />
    </Field>
  );
  const amount = (label: string) => (
    <Field id={id('amount')} label={label} required error={errors.amount?.message} hint="В рублях, например 1250,50">
      <input id={id('amount')} className="input" inputMode="decimal" aria-invalid={errors.amount ? true : undefined} aria-describedby={describedBy(id('amount'), errors.amount?.message, true)} {...register('amount')} />
    </Field>
  );

  const settlement = kind === 'recalculate' ? recalculationSettles(a, values) : null;
  const afterTermination = kind === 'terminate' && /^\d{4}-\d{2}$/.test(values.lastMonth) ? settleTermination({ paid: a.lines.filter((l) => l.status !== 'returned').map((l) => ({ month: l.period, amountKopecks: l.amountKopecks })), lastMonth: values.lastMonth }) : null;
  const formId = `${uid}-form`;

  return (
    <Dialog
      open
      title={DIALOG_TITLES[kind]}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Отмена
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Выполняется…' : CHANGE_TITLES[kind]}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate aria-label={DIALOG_TITLES[kind]} data-testid={`assignment-${kind}-form`}>
        {failure ? (
          <Alert tone="error" title={failure.message}>
            <ErrorList errors={failure.rest} />
          </Alert>
        ) : null}

        {kind === 'suspend' ? month('fromMonth', 'Приостановить с месяца', 'Месяцы, уже включенные в реестр, приостановить нельзя') : null}
        {kind === 'resume' ? (
          <>
            {month('fromMonth', 'Возобновить с месяца', a.suspendedFrom ? `Приостановлена ${fromMonth(a.suspendedFrom)}` : undefined)}
            <label className="check">
              <input type="checkbox" {...register('restoreMissed')} />
              Выплатить за период приостановления
            </label>
          </>
        ) : null}
        {kind === 'terminate' ? (
          <>
            {month('lastMonth', 'Последний месяц выплаты')}
            {afterTermination && afterTermination.overpaymentKopecks > 0 ? (
              <Alert tone="warning">Выплаты за месяцы после последнего станут переплатой: {formatMoney(afterTermination.overpaymentKopecks)} (добровольный возврат).</Alert>
            ) : null}
          </>
        ) : null}
        {kind === 'recalculate' ? (
          <>
            <div className="form-grid form-grid--2">
              {amount('Новый размер выплаты, ₽')}
              {month('fromMonth', 'Новый размер с месяца')}
            </div>
            {settlement && settlement.additionalKopecks > 0 ? <Alert tone="info">За уже выплаченные месяцы будет начислена доплата: {formatMoney(settlement.additionalKopecks)}.</Alert> : null}
            {settlement && settlement.overpaymentKopecks > 0 ? (
              <>
                <Alert tone="warning">За уже выплаченные месяцы образуется переплата: {formatMoney(settlement.overpaymentKopecks)}. Укажите способ ее возврата.</Alert>
                <div className="form-grid form-grid--2">
                  <Field id={id('recoveryMethod')} label="Способ возврата переплаты" required error={errors.recoveryMethod?.message}>
                    <select id={id('recoveryMethod')} className="input" aria-describedby={describedBy(id('recoveryMethod'), errors.recoveryMethod?.message)} {...register('recoveryMethod')}>
                      <option value="deduction">{RECOVERY_METHOD_TITLES.deduction}</option>
                      <option value="voluntary">{RECOVERY_METHOD_TITLES.voluntary}</option>
                    </select>
                  </Field>
                  {values.recoveryMethod === 'deduction' ? (
                    <Field id={id('percent')} label="Удерживать из каждой выплаты, %" required error={errors.percent?.message} hint="От 1 до 100">
                      <input id={id('percent')} className="input" inputMode="numeric" aria-invalid={errors.percent ? true : undefined} aria-describedby={describedBy(id('percent'), errors.percent?.message, true)} {...register('percent')} />
                    </Field>
                  ) : null}
                </div>
              </>
            ) : null}
          </>
        ) : null}
        {kind === 'refund' ? (
          <>
            {adjustment ? <div className="muted small">Остаток переплаты: {formatMoney(adjustment.balanceKopecks)}</div> : null}
            <div className="form-grid form-grid--2">
              {amount('Сумма возврата, ₽')}
              <Field id={id('paidOn')} label="Дата возврата" required error={errors.paidOn?.message}>
                <input id={id('paidOn')} type="date" className="input" aria-invalid={errors.paidOn ? true : undefined} aria-describedby={describedBy(id('paidOn'), errors.paidOn?.message)} {...register('paidOn')} />
              </Field>
            </div>
            {text('document', 'Платежный документ', 'Например: платежное поручение № 7 от 10.03.2026')}
          </>
        ) : null}
        {kind !== 'refund' ? (
          <>
            {text('reason', 'Причина')}
            {text('basis', 'Документ-основание', 'Вид, номер и дата документа')}
          </>
        ) : null}
      </form>
    </Dialog>
  );
};

type DialogProps = { kind: ChangeKind; assignment: Assignment; adjustment?: Adjustment; onDone: (kind: ChangeKind) => void; onConflict: () => void; onClose: () => void };

export const AssignmentDialog = ({ kind, assignment, adjustment, onDone, onConflict, onClose }: DialogProps) => {
  const [failure, setFailure] = useState<Failure | null>(null);
  return (
    <AssignmentForm
      kind={kind}
      assignment={assignment}
      adjustment={adjustment}
      failure={failure}
      onClose={onClose}
      onSubmit={async (request) => {
        setFailure(null);
        const outcome = await submitChange(assignment, request);
        if (outcome.kind === 'ok') onDone(kind);
        else if (outcome.kind === 'conflict') onConflict();
        else setFailure(outcome.failure);
      }}
    />
  );
};
