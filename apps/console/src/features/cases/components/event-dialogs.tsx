import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { housingApplicationSchema, missingInteragencyData } from '@casework/domain';
import { Alert, ErrorList } from '../../../components/alert';
import { Dialog } from '../../../components/dialog';
import { describedBy, Field, FieldSet } from '../../../components/field';
import { errorMessage } from '../../../lib/api-client';
import { applyServerErrors } from '../../../lib/form-errors';
import type { CaseAction, CaseDetail, Service } from '../../../types/api';

export type DialogKind = 'ground' | 'interagency' | 'decision' | 'comment' | 'copy' | 'amount' | 'delivery';

// Which events need data from the clerk before they can fire (by the engine effect, else by the event name).
export const dialogFor = (action: CaseAction): DialogKind | null => {
  const has = (effect: string): boolean => action.effects?.includes(effect) ?? false;
  if (has('refuse_acceptance') || action.event === 'refuse_acceptance') return 'ground';
  if (has('send_interagency_requests') || action.event === 'send_interagency_requests') return 'interagency';
  if (has('draft_decision') || action.event === 'draft_decision') return 'decision';
  if (has('return_decision') || action.event === 'return_for_rework') return 'comment';
  if (action.event === 'send_corrected_decision') return 'delivery';
  if (has('send_copy') || action.event === 'send_copy') return 'copy';
  if (action.event === 'setup_payment') return 'amount';
  return null;
};

type Submit = (data: Record<string, unknown>) => Promise<void>;

type Props = { action: CaseAction; kind: DialogKind; c: CaseDetail; service: Service | undefined; onSubmit: Submit; onClose: () => void };

type Values = { groundCode: string; kinds: string[]; outcome: '' | 'grant' | 'refuse'; groundCodes: string[]; comment: string; channel: string; amount: string; method: string };

const FIELDS = ['groundCode', 'kinds', 'outcome', 'groundCodes', 'comment', 'channel', 'method', 'amount'] as const;

export const COPY_CHANNELS: { code: string; title: string }[] = [
  { code: 'in_person', title: 'Лично в учреждении' },
  { code: 'post', title: 'Почтой' },
  { code: 'email', title: 'По электронной почте' },
  { code: 'epgu', title: 'В личный кабинет ЕПГУ' },
  { code: 'mfc', title: 'Через МФЦ' },
];

// What the regulation says the case needs (the service's own rule where it has one), minus what was brought or already asked.
const NEEDED: Record<string, (payload: Record<string, unknown>) => string[] | null> = {
  'housing-utilities-compensation': (payload) => {
    const parsed = housingApplicationSchema.safeParse(payload);
    return parsed.success ? missingInteragencyData(parsed.data) : null;
  },
};

const suggestedKinds = (c: CaseDetail, service: Service | undefined): string[] => {
  const supplied = Array.isArray(c.payload.documentsSupplied) ? (c.payload.documentsSupplied as string[]) : [];
  const sent = new Set(c.interagency.filter((r) => r.status !== 'failed').map((r) => r.kind));
  const needed = NEEDED[c.serviceSlug]?.(c.payload) ?? null;
  return (service?.interagency ?? []).map((k) => k.code).filter((code) => !supplied.includes(code) && !sent.has(code) && (needed === null || needed.includes(code)));
};

export const EventDialog = ({ action, kind, c, service, onSubmit, onClose }: Props) => {
  const uid = useId();
  const [failure, setFailure] = useState<{ message: string; rest: Record<string, string> } | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    defaultValues: { groundCode: '', kinds: kind === 'interagency' ? suggestedKinds(c, service) : [], outcome: '', groundCodes: [], comment: '', channel: '', amount: '', method: '' },
  });
  const outcome = watch('outcome');
  const grounds = (service?.grounds ?? []).filter((g) => (kind === 'ground' ? g.kind === 'refuse_accept' && (!g.channels || g.channels.includes(c.channel)) : g.kind === 'refuse'));

  const submit = handleSubmit(async (v) => {
    setFailure(null);
    let data: Record<string, unknown> = {};
    if (kind === 'ground') data = { groundCode: v.groundCode };
    if (kind === 'interagency') data = { kinds: v.kinds };
    if (kind === 'decision') data = v.outcome === 'refuse' ? { outcome: v.outcome, groundCodes: v.groundCodes, comment: v.comment || undefined } : { outcome: v.outcome, comment: v.comment || undefined };
    if (kind === 'comment') data = { comment: v.comment };
    if (kind === 'copy') data = { channel: v.channel };
    if (kind === 'delivery') data = { method: v.method };
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

        {kind === 'ground' ? (
          <Field id={`${uid}-ground`} label="Основание отказа в приёме" required error={errors.groundCode?.message}>
            <select id={`${uid}-ground`} className="input" aria-describedby={describedBy(`${uid}-ground`, errors.groundCode?.message)} {...register('groundCode', { required: 'Выберите основание' })}>
              <option value="">— выберите —</option>
              {grounds.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.code}: {g.title} ({g.clause})
                </option>
              ))}
            </select>
          </Field>
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
            <Field id={`${uid}-comment`} label="Комментарий для руководителя" error={errors.comment?.message}>
              <textarea id={`${uid}-comment`} className="input" rows={3} {...register('comment')} />
            </Field>
          </>
        ) : null}

        {kind === 'comment' ? (
          <Field id={`${uid}-comment`} label="Что нужно исправить" required error={errors.comment?.message}>
            <textarea id={`${uid}-comment`} className="input" rows={4} aria-describedby={describedBy(`${uid}-comment`, errors.comment?.message)} {...register('comment', { validate: (v) => v.trim().length > 0 || 'Укажите причину возврата' })} />
          </Field>
        ) : null}

        {kind === 'copy' ? (
          <Field id={`${uid}-channel`} label="Способ направления копии решения" required error={errors.channel?.message}>
            <select id={`${uid}-channel`} className="input" {...register('channel', { required: 'Выберите способ' })}>
              <option value="">— выберите —</option>
              {COPY_CHANNELS.map((ch) => (
                <option key={ch.code} value={ch.code}>
                  {ch.title}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {kind === 'amount' ? (
          <Field id={`${uid}-amount`} label="Сумма компенсации, начисленная в АСКВ, ₽" required error={errors.amount?.message} hint="Например 1250,50">
            <input
              id={`${uid}-amount`}
              className="input"
              inputMode="decimal"
              aria-describedby={describedBy(`${uid}-amount`, errors.amount?.message, true)}
              {...register('amount', { validate: (v) => /^\d[\d\s]*([.,]\d{1,2})?$/.test(v.trim()) && Number(v.replace(/\s/g, '').replace(',', '.')) > 0 || 'Укажите сумму в рублях, например 1250,50' })}
            />
          </Field>
        ) : null}

        {kind === 'delivery' ? (
          <Field id={`${uid}-method`} label="Способ направления исправленного решения (п. 96)" required error={errors.method?.message}>
            <select id={`${uid}-method`} className="input" {...register('method', { required: 'Выберите способ' })}>
              <option value="">— выберите —</option>
              <option value="in_person">Лично</option>
              <option value="registered_mail">Заказным письмом с уведомлением о вручении</option>
              {c.channel === 'EPGU' ? <option value="epgu_account">В личный кабинет ЕПГУ</option> : null}
            </select>
          </Field>
        ) : null}
      </form>
    </Dialog>
  );
};
