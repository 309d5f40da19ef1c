import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { capitalRepairApplicationSchema, housingApplicationSchema, missingInteragencyData, neededCapitalRepairData } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { errorMessage } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatRubles } from '@casework/domain';
import type { CaseAction, CaseDetail, EvaluationResult, Service } from '../../../types/api';
import { CopyDialog, CorrectedDialog, ExtendDialog, FilingDialog, GroundDialog, MissingDialog, NoErrorDialog, PaymentDialog, ReaskDialog, ReworkDialog, WithdrawDialog } from './procedure-dialogs';
import { decidedAmount, decisionDefaults, deviatesFromRules, type DialogKind } from './procedure-model';

export { dialogFor, type DialogKind } from './procedure-model';

type Submit = (data: Record<string, unknown>) => Promise<void>;

type Props = { action: CaseAction; kind: DialogKind; c: CaseDetail; service: Service | undefined; onSubmit: Submit; onClose: () => void; preselected?: string[]; evaluation?: EvaluationResult | null };

type LegacyKind = 'interagency' | 'decision' | 'comment' | 'amount';

type Values = { kinds: string[]; outcome: '' | 'grant' | 'refuse'; groundCodes: string[]; comment: string; amount: string };

const FIELDS = ['kinds', 'outcome', 'groundCodes', 'comment', 'amount'] as const;

// What the regulation says the case needs (the service's own rule where it has one), minus what was brought or already asked.
const NEEDED: Record<string, (payload: Record<string, unknown>) => string[] | null> = {
  'housing-utilities-compensation': (payload) => {
    const parsed = housingApplicationSchema.safeParse(payload);
    return parsed.success ? missingInteragencyData(parsed.data) : null;
  },
  // spec §4.2: MV-4 only with co-registered members, MV-5/MV-6 only for arrivals
  'capital-repair-compensation': (payload) => {
    const parsed = capitalRepairApplicationSchema.safeParse(payload);
    return parsed.success ? neededCapitalRepairData(parsed.data) : null;
  },
};

const suggestedKinds = (c: CaseDetail, service: Service | undefined): string[] => {
  const supplied = Array.isArray(c.payload.documentsSupplied) ? (c.payload.documentsSupplied as string[]) : [];
  const sent = new Set(c.interagency.filter((r) => r.status !== 'failed').map((r) => r.kind));
  const needed = NEEDED[c.serviceSlug]?.(c.payload) ?? null;
  return (service?.interagency ?? []).map((k) => k.code).filter((code) => !supplied.includes(code) && !sent.has(code) && (needed === null || needed.includes(code)));
};

// One dialog per kind; the procedures of the engine (copy, withdrawal, re-ask, payment details…) have their own forms.
export const EventDialog = ({ kind, evaluation, ...props }: Props) => {
  switch (kind) {
    case 'copy':
      return <CopyDialog {...props} />;
    case 'corrected':
      return <CorrectedDialog {...props} />;
    case 'ground':
      return <GroundDialog {...props} />;
    case 'withdraw':
      return <WithdrawDialog {...props} />;
    case 'no_error':
      return <NoErrorDialog {...props} />;
    case 'reask':
      return <ReaskDialog {...props} />;
    case 'extend':
      return <ExtendDialog {...props} />;
    case 'missing':
      return <MissingDialog {...props} />;
    case 'rework':
      return <ReworkDialog {...props} />;
    case 'payment':
      return <PaymentDialog {...props} />;
    case 'filing':
      return <FilingDialog {...props} />;
    default:
      return <LegacyDialog kind={kind} evaluation={evaluation ?? null} {...props} />;
  }
};

const LegacyDialog = ({ action, kind, c, service, onSubmit, onClose, evaluation }: Omit<Props, 'kind' | 'preselected' | 'evaluation'> & { kind: LegacyKind; evaluation: EvaluationResult | null }) => {
  const uid = useId();
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: {
      kinds: kind === 'interagency' ? suggestedKinds(c, service) : [],
      // the draft starts from what the rules say; the clerk may decide otherwise with a reason
      ...(kind === 'decision' ? decisionDefaults(evaluation) : { outcome: '' as const, groundCodes: [] }),
      comment: '',
      amount: kind === 'amount' ? decidedAmount(c) : '',
    },
  });
  const outcome = watch('outcome');
  const groundCodes = watch('groundCodes');
  const deviates = kind === 'decision' && deviatesFromRules(evaluation, outcome, groundCodes);
  const grounds = (c.grounds.length > 0 ? c.grounds : (service?.grounds ?? [])).filter((g) => g.kind === 'refuse');

  const submit = handleSubmit(async (v) => {
    setFailure(null);
    let data: Record<string, unknown> = {};
    if (kind === 'interagency') data = { kinds: v.kinds };
    if (kind === 'decision') {
      data = v.outcome === 'refuse' ? { outcome: v.outcome, groundCodes: v.groundCodes, comment: v.comment || undefined } : { outcome: v.outcome, comment: v.comment || undefined };
      // the facts the clerk confirmed: the engine evaluates them again and stores the result with the draft
      if (evaluation) data.facts = evaluation.facts;
    }
    if (kind === 'comment') data = { comment: v.comment };
    if (kind === 'amount') data = { amountKopecks: Math.round(Number(v.amount.replace(/\s/g, '').replace(',', '.')) * 100) };
    try {
      await onSubmit(data);
    } catch (e) {
      const rest = applyServerErrors(e, setError, FIELDS, (k) => (k === 'amountKopecks' ? 'amount' : k.replace(/^data\./, '')));
      setFailure({ message: errorMessage(e), rest });
    }
  });

  const formId = `${uid}-form`;
  return (
    <Dialog
      open
      title={action.title}
      onClose={onClose}
      wide={kind === 'interagency' || kind === 'decision'}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Отмена
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={isSubmitting}>
            {isSubmitting ? 'Выполняется…' : kind === 'interagency' ? 'Направить запросы' : kind === 'decision' ? 'Сформировать проект' : 'Подтвердить'}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        {failure ? (
          <Alert tone="error" title={failure.message}>
            <ErrorList errors={failure.rest} />
          </Alert>
        ) : null}

        {kind === 'interagency' ? (
          <FieldSet id={`${uid}-kinds`} legend="Сведения для запроса" error={errors.kinds?.message}>
            <ul className="checklist">
              {(service?.interagency ?? []).map((k) => {
                const sent = c.interagency.find((r) => r.kind === k.code && r.status !== 'failed');
                return (
                  <li key={k.code}>
                    <label className="check check--top">
                      <input type="checkbox" value={k.code} disabled={Boolean(sent)} {...register('kinds', { validate: (v) => v.length > 0 || 'Выберите хотя бы один вид сведений' })} />
                      <span>
                        <span className="code">{k.code}</span> {k.title}
                        <span className="muted small block">
                          {k.agency}
                          {k.condition ? ` · ${k.condition}` : ''}
                          {sent ? ` · уже запрошено (${sent.number ?? ''})` : ''}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </FieldSet>
        ) : null}

        {kind === 'decision' ? (
          <>
            {evaluation ? (
              <Alert tone={deviates ? 'warning' : 'info'} testId="decision-evaluation">
                По правилам регламента: <strong>{evaluation.outcomeTitle.toLowerCase()}</strong>
                {evaluation.outcome === 'refuse' ? ` (${evaluation.grounds.map((g) => g.code).join(', ')})` : evaluation.amount !== undefined ? `, ${formatRubles(evaluation.amount)} в месяц` : ''}.
                {deviates ? ' Проект расходится с расчетом: укажите причину в комментарии.' : ''}
              </Alert>
            ) : null}
            <FieldSet id={`${uid}-outcome`} legend="Вид решения" error={errors.outcome?.message}>
              <div className="radio-row">
                <label className="check">
                  <input type="radio" value="grant" {...register('outcome', { required: 'Выберите вид решения' })} />О предоставлении компенсации
                </label>
                <label className="check">
                  <input type="radio" value="refuse" {...register('outcome', { required: 'Выберите вид решения' })} />
                  Об отказе в предоставлении
                </label>
              </div>
            </FieldSet>
            {outcome === 'refuse' ? (
              <FieldSet id={`${uid}-grounds`} legend="Основания отказа (исчерпывающий перечень)" error={errors.groundCodes?.message}>
                <ul className="checklist">
                  {grounds.map((g) => (
                    <li key={g.code}>
                      <label className="check check--top">
                        <input type="checkbox" value={g.code} {...register('groundCodes', { validate: (v) => outcome !== 'refuse' || v.length > 0 || 'Укажите основание отказа' })} />
                        <span>
                          <span className="code">{g.code}</span> {g.title} <span className="muted small">({g.clause})</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </FieldSet>
            ) : null}
            <Field id={`${uid}-comment`} label={deviates ? 'Причина решения, отличного от расчета' : 'Комментарий для руководителя'} required={deviates} error={errors.comment?.message}>
              <textarea
                id={`${uid}-comment`}
                className="input"
                rows={3}
                aria-describedby={describedBy(`${uid}-comment`, errors.comment?.message)}
                {...register('comment', { validate: (v) => !deviates || v.trim().length > 0 || 'Укажите, почему решение расходится с расчетом' })}
              />
            </Field>
          </>
        ) : null}

        {kind === 'comment' ? (
          <Field id={`${uid}-comment`} label="Что нужно исправить" required error={errors.comment?.message}>
            <textarea id={`${uid}-comment`} className="input" rows={4} aria-describedby={describedBy(`${uid}-comment`, errors.comment?.message)} {...register('comment', { validate: (v) => v.trim().length > 0 || 'Укажите причину возврата' })} />
          </Field>
        ) : null}

        {kind === 'amount' ? (
          <Field
            id={`${uid}-amount`}
            label="Сумма компенсации в месяц, ₽"
            required
            error={errors.amount?.message}
            hint={decidedAmount(c) ? 'Рассчитана по правилам в решении; если АСКВ начислила иную сумму, укажите ее' : 'Например 1250,50'}
          >
            <input
              id={`${uid}-amount`}
              className="input"
              inputMode="decimal"
              aria-describedby={describedBy(`${uid}-amount`, errors.amount?.message, true)}
              {...register('amount', { validate: (v) => /^\d[\d\s]*([.,]\d{1,2})?$/.test(v.trim()) && Number(v.replace(/\s/g, '').replace(',', '.')) > 0 || 'Укажите сумму в рублях, например 1250,50' })}
            />
          </Field>
        ) : null}

      </form>
    </Dialog>
  );
};
