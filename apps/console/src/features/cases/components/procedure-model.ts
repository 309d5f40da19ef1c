import { z } from 'zod';
import { defaultNoticeDelivery, draftDeviates, isValidBankAccount } from '@casework/domain';
import { formatDate, workingDaysText } from '../../../lib/format';
import type { CaseAction, CaseDetail, CaseTerm, EvaluationResult, InteragencyRequest, InteragencyStatus, NoticeDelivery } from '../../../types/api';

// The dialogs of the case page: which one an action needs, their zod schemas and the event data they send.

export type DialogKind = 'ground' | 'interagency' | 'reask' | 'decision' | 'comment' | 'rework' | 'missing' | 'extend' | 'copy' | 'corrected' | 'withdraw' | 'no_error' | 'payment' | 'amount' | 'filing';

const BY_EFFECT: [string, DialogKind][] = [
  ['refuse_acceptance', 'ground'],
  ['send_interagency_requests', 'interagency'],
  ['reask_interagency', 'reask'],
  ['draft_decision', 'decision'],
  ['return_decision', 'comment'],
  ['return_for_rework', 'rework'],
  ['request_missing_documents', 'missing'],
  ['extend_term', 'extend'],
  ['send_copy', 'copy'],
  ['withdraw_application', 'withdraw'],
  ['notify_no_error', 'no_error'],
  ['change_payment_details', 'payment'],
];

// workflows that declare no effects for these events
const BY_EVENT: Record<string, DialogKind> = {
  refuse_acceptance: 'ground',
  send_interagency_requests: 'interagency',
  draft_decision: 'decision',
  return_for_rework: 'comment',
  send_copy: 'copy',
  setup_payment: 'amount',
  // capital repair 3.5.1: TYPO-REF-02 / TYPO-REF-03
  refuse_correction: 'ground',
  // V2 and V4 applications: how and by whom they were filed (§3.1, §7) and what they ask
  register_withdrawal: 'filing',
  register_correction_request: 'filing',
};

// Which events need data from the clerk before they can fire (by the engine effect, else by the event name).
export const dialogFor = (action: CaseAction): DialogKind | null => {
  // cl. 96: the corrected decision goes by one of the regulation's own methods (its effect is send_copy)
  if (action.event === 'send_corrected_decision') return 'corrected';
  const effects = action.effects ?? [];
  for (const [effect, kind] of BY_EFFECT) if (effects.includes(effect)) return kind;
  return BY_EVENT[action.event] ?? null;
};

export const DELIVERY_OPTIONS: { code: NoticeDelivery; title: string }[] = [
  { code: 'in_person', title: 'лично' },
  { code: 'post', title: 'почтой' },
  { code: 'mfc', title: 'через МФЦ' },
  { code: 'portal', title: 'в личный кабинет ЕПГУ' },
  { code: 'email', title: 'по электронной почте' },
];

export const deliveryTitle = (code: string): string => DELIVERY_OPTIONS.find((d) => d.code === code)?.title ?? code;

// As the API decides when the clerk does not choose (one rule, in the domain).
export const defaultDelivery = (c: Pick<CaseDetail, 'payload' | 'channel'>): NoticeDelivery => defaultNoticeDelivery(c);

// cl. 96 methods of the corrected decision and the notice delivery each of them means
export const CORRECTED_METHODS: { code: string; title: string; delivery: NoticeDelivery; epguOnly?: boolean }[] = [
  { code: 'in_person', title: 'Лично', delivery: 'in_person' },
  { code: 'registered_mail', title: 'Заказным письмом с уведомлением о вручении', delivery: 'post' },
  { code: 'epgu_account', title: 'В личный кабинет ЕПГУ', delivery: 'portal', epguOnly: true },
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const required = (message: string) => z.string().trim().min(1, message);
const delivery = z.string().refine((v) => DELIVERY_OPTIONS.some((d) => d.code === v), 'Выберите способ направления');

export const copySchema = z.object({ delivery });
export type CopyValues = z.infer<typeof copySchema>;

export const correctedSchema = z.object({ method: z.string().refine((v) => CORRECTED_METHODS.some((m) => m.code === v), 'Выберите способ') });
export type CorrectedValues = z.infer<typeof correctedSchema>;

// missingDocuments: the mandatory documents an MFC refusal names (housing ACC_REJ_MFC_04, A8)
export const groundSchema = z.object({ groundCode: required('Выберите основание'), delivery, missingDocuments: z.array(z.string()) });
export type GroundValues = z.infer<typeof groundSchema>;

// The application of a variant filed on the case (withdrawal, typo correction): the channel and whether a
// representative filed it; for a correction, what is wrong and how it should read (App 11).
export const filingSchema = z.object({
  filedVia: z.string(),
  byRepresentative: z.boolean(),
  filedOn: z.string().refine((v) => v === '' || DATE.test(v), 'Дата в формате дд.мм.гггг'),
  typoLocation: z.string().max(500, 'Не более 500 символов'),
  correctText: z.string().max(500, 'Не более 500 символов'),
});
export type FilingValues = z.infer<typeof filingSchema>;

// An application filed on the case (V2–V4) is taken at the counter unless the clerk says otherwise: the service's
// in-person channel (housing IN_PERSON, capital repair IN_PERSON_BODY), else its first; '' when none is known.
export const defaultFilingChannel = (channels: readonly { code: string }[]): string => (channels.find((ch) => ch.code.startsWith('IN_PERSON')) ?? channels[0])?.code ?? '';

// the withdrawal application is dated by the applicant: not after today (the authority's day)
export const withdrawSchema = (today: string) =>
  z.object({
    withdrawnOn: z
      .string()
      .regex(DATE, 'Укажите дату заявления об отзыве')
      .refine((v) => v <= today, `Дата не может быть позже ${formatDate(today)}`),
    delivery,
  });
export type WithdrawValues = z.infer<ReturnType<typeof withdrawSchema>>;

export const noErrorSchema = z.object({ comment: required('Укажите, что проверено: это вывод уведомления').max(2000, 'Не более 2000 символов'), delivery });
export type NoErrorValues = z.infer<typeof noErrorSchema>;

export const reaskSchema = z.object({ requestIds: z.array(z.string()).min(1, 'Выберите хотя бы один запрос') });
export type ReaskValues = z.infer<typeof reaskSchema>;

export const extendSchema = z.object({ groundCode: required('Выберите основание продления'), delivery });
export type ExtendValues = z.infer<typeof extendSchema>;

export const missingSchema = z.object({
  documents: z
    .array(
      z.object({
        title: required('Укажите документ').max(300, 'Не более 300 символов'),
        issue: z.string().refine((v): boolean => v === 'missing' || v === 'invalid', 'Выберите: отсутствует или оформлен неправильно'),
        details: z.string().max(1000, 'Не более 1000 символов'),
      }),
    )
    .min(1, 'Укажите хотя бы один документ'),
  delivery,
});
export type MissingValues = z.infer<typeof missingSchema>;

export const reworkSchema = z.object({
  items: z.array(z.object({ document: required('Укажите документ'), correction: required('Укажите, что исправить') })).min(1, 'Укажите хотя бы один документ и что в нём исправить'),
  groundCode: z.string(),
  delivery,
});
export type ReworkValues = z.infer<typeof reworkSchema>;

export type PaymentKind = 'bank' | 'unified_social_card' | 'post' | 'delivery_organisation';

export const PAYMENT_KINDS: { code: PaymentKind; title: string }[] = [
  { code: 'bank', title: 'через кредитную организацию (банк)' },
  { code: 'unified_social_card', title: 'на Единую социальную карту' },
  { code: 'post', title: 'через почтовое отделение' },
  { code: 'delivery_organisation', title: 'через организацию, доставляющую социальные выплаты' },
];

// the methods each service's application schema accepts (cl. 13, 65 for housing); others: all four
const KINDS_BY_SERVICE: Record<string, PaymentKind[]> = { 'housing-utilities-compensation': ['bank', 'post'] };

export const paymentKindsFor = (serviceSlug: string): { code: PaymentKind; title: string }[] => {
  const allowed = KINDS_BY_SERVICE[serviceSlug];
  return allowed ? PAYMENT_KINDS.filter((k) => allowed.includes(k.code)) : PAYMENT_KINDS;
};

const ACCOUNT_KINDS = new Set(['bank', 'unified_social_card']);

export const paymentSchema = (kinds: PaymentKind[]) =>
  z
    .object({
      paymentMethod: z.object({ kind: z.string(), bankName: z.string(), bik: z.string(), account: z.string(), postOffice: z.string(), organisation: z.string() }),
      requestedOn: z.string().refine((v) => v === '' || DATE.test(v), 'Дата в формате дд.мм.гггг'),
      delivery,
      // capital repair V3 (App 10): the channel it came by and that the recipient filed it himself (3.4.1)
      filedVia: z.string(),
      byRepresentative: z.boolean(),
    })
    .superRefine(({ paymentMethod: p }, ctx) => {
      const issue = (field: string, message: string): void => {
        ctx.addIssue({ code: 'custom', path: ['paymentMethod', field], message });
      };
      if (!(kinds as string[]).includes(p.kind)) return issue('kind', 'Выберите способ выплаты');
      if (ACCOUNT_KINDS.has(p.kind)) {
        const bik = p.bik.trim();
        const account = p.account.replace(/\s/g, '');
        if (p.bankName.trim() === '') issue('bankName', 'Укажите наименование кредитной организации');
        if (!/^\d{9}$/.test(bik)) issue('bik', 'БИК — 9 цифр');
        if (!/^\d{20}$/.test(account)) issue('account', 'Номер счета — 20 цифр');
        else if (/^\d{9}$/.test(bik) && !isValidBankAccount({ bik, account })) issue('account', 'Номер счета не соответствует БИК: неверный контрольный ключ');
      }
      if (p.kind === 'post' && p.postOffice.trim() === '') issue('postOffice', 'Укажите отделение почтовой связи');
      if (p.kind === 'delivery_organisation' && p.organisation.trim() === '') issue('organisation', 'Укажите организацию, осуществляющую доставку');
    });
export type PaymentValues = z.infer<ReturnType<typeof paymentSchema>>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

// The dialog starts from the details now in force (the application's paymentMethod).
export const paymentPrefill = (payload: Record<string, unknown>): PaymentValues['paymentMethod'] => {
  const p = (payload.paymentMethod ?? {}) as Record<string, unknown>;
  return { kind: str(p.kind), bankName: str(p.bankName), bik: str(p.bik), account: str(p.account), postOffice: str(p.postOffice), organisation: str(p.organisation) };
};

// Form values → the event data the engine reads (libs/domain/src/workflow/workflow.ts, EngineEffect).
export const eventData = {
  copy: (v: CopyValues) => ({ delivery: v.delivery }),
  corrected: (v: CorrectedValues) => ({ method: v.method, delivery: CORRECTED_METHODS.find((m) => m.code === v.method)?.delivery }),
  ground: (v: GroundValues) => ({ groundCode: v.groundCode, delivery: v.delivery, ...(v.missingDocuments.length > 0 ? { missingDocuments: v.missingDocuments } : {}) }),
  filing: (v: FilingValues) => ({
    ...(v.filedVia ? { filedVia: v.filedVia } : {}),
    byRepresentative: v.byRepresentative,
    ...(v.filedOn ? { filedOn: v.filedOn } : {}),
    ...(v.typoLocation.trim() ? { typoLocation: v.typoLocation.trim() } : {}),
    ...(v.correctText.trim() ? { correctText: v.correctText.trim() } : {}),
  }),
  withdraw: (v: WithdrawValues) => ({ withdrawnOn: v.withdrawnOn, delivery: v.delivery }),
  noError: (v: NoErrorValues) => ({ comment: v.comment.trim(), delivery: v.delivery }),
  reask: (v: ReaskValues) => ({ requestIds: v.requestIds }),
  extend: (v: ExtendValues) => ({ groundCode: v.groundCode, delivery: v.delivery }),
  missing: (v: MissingValues) => ({
    documents: v.documents.map((d) => ({ title: d.title.trim(), issue: d.issue, ...(d.details.trim() ? { details: d.details.trim() } : {}) })),
    delivery: v.delivery,
  }),
  rework: (v: ReworkValues) => ({ items: v.items.map((i) => ({ document: i.document.trim(), correction: i.correction.trim() })), ...(v.groundCode ? { groundCode: v.groundCode } : {}), delivery: v.delivery }),
  payment: (v: PaymentValues) => {
    const p = v.paymentMethod;
    const paymentMethod =
      p.kind === 'post'
        ? { kind: p.kind, postOffice: p.postOffice.trim() }
        : p.kind === 'delivery_organisation'
          ? { kind: p.kind, organisation: p.organisation.trim() }
          : { kind: p.kind, bankName: p.bankName.trim(), bik: p.bik.trim(), account: p.account.replace(/\s/g, '') };
    return { paymentMethod, ...(v.requestedOn ? { requestedOn: v.requestedOn } : {}), delivery: v.delivery, ...(v.filedVia ? { filedVia: v.filedVia } : {}), byRepresentative: v.byRepresentative };
  },
};

// An API error key (paymentMethod.account, documents.0.title, data.groundCode) as a path of the dialog's form, if it has one.
export const formPath = (key: string, roots: readonly string[]): string | null => {
  const path = key.replace(/^data\./, '');
  return roots.includes(path.split('.')[0]) ? path : null;
};

// ---- interagency ----

export const INTERAGENCY_STATUS: Record<InteragencyStatus, { title: string; tone: string }> = {
  sent: { title: 'направлен', tone: 'warning' },
  answered: { title: 'получен', tone: 'success' },
  incomplete: { title: 'неполный ответ', tone: 'warning' },
  failed: { title: 'ошибка', tone: 'danger' },
  superseded: { title: 'заменён повторным запросом', tone: 'muted' },
};

export const canReask = (r: Pick<InteragencyRequest, 'status'>): boolean => r.status === 'incomplete' || r.status === 'failed';

// What an incomplete answer lacks, as the agency listed it.
export const missingOf = (answer: unknown): string[] => {
  if (answer === null || typeof answer !== 'object') return [];
  const missing = (answer as { missing?: unknown }).missing;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
};

// ---- terms ----

// The lines under a term that say what moved its due date: a pause in progress, credited pauses, an extension.
export const termNotes = (t: Pick<CaseTerm, 'status' | 'pausedOn' | 'pausedWorkingDays' | 'extensionWorkingDays' | 'extensionGround'>): string[] => {
  const notes: string[] = [];
  if (t.status === 'paused' && t.pausedOn) notes.push(`Приостановлен с ${formatDate(t.pausedOn)}`);
  if (t.pausedWorkingDays > 0) notes.push(`Зачтено время приостановки: ${workingDaysText(t.pausedWorkingDays)}`);
  if (t.extensionWorkingDays > 0) notes.push(`Продлён на ${t.extensionWorkingDays} раб. дн.${t.extensionGround ? ` (основание ${t.extensionGround})` : ''}`);
  return notes;
};

// The draft decision starts from what the rules say (outcome, refusal grounds); the clerk may decide otherwise with a reason.
export const decisionDefaults = (evaluation: EvaluationResult | null): { outcome: '' | 'grant' | 'refuse'; groundCodes: string[] } => ({
  outcome: evaluation ? evaluation.outcome : '',
  groundCodes: evaluation?.outcome === 'refuse' ? evaluation.grounds.map((g) => g.code) : [],
});

// A draft other than the rules' result (another outcome, other refusal grounds) needs a stated reason: the domain's rule,
// which the API applies too.
export const deviatesFromRules = (evaluation: EvaluationResult | null, outcome: '' | 'grant' | 'refuse', groundCodes: readonly string[]): boolean =>
  evaluation !== null && outcome !== '' && draftDeviates({ ruled: evaluation, outcome, groundCodes });

// The monthly amount the signed grant calculated by the rules, in rubles for the payment setup's input ('' when none).
export const decidedAmount = (c: CaseDetail): string => {
  const grant = c.decisions.find((d) => d.kind === 'grant' && (d.status === 'signed' || d.status === 'issued') && typeof d.amountKopecks === 'number' && d.amountKopecks > 0);
  return grant?.amountKopecks ? (grant.amountKopecks / 100).toFixed(2).replace('.', ',') : '';
};
