import { z } from 'zod';
import { pagingQueryFields } from '../common/query-params';

// What a complaint is about: the cases of 210-FZ art. 11.1, plus a decision on the merits and "other".
export const COMPLAINT_SUBJECTS = [
  'decision',
  'refusal_to_accept',
  'refusal_to_correct',
  'correction_deadline_breach',
  'action_or_inaction',
  'deadline_breach',
  'demand_of_documents',
  'fee',
  'other',
] as const;
export const complaintSubjectSchema = z.enum(COMPLAINT_SUBJECTS, { error: 'Выберите предмет жалобы' });
export type ComplaintSubject = z.infer<typeof complaintSubjectSchema>;

export const COMPLAINT_SUBJECT_TITLES: Record<ComplaintSubject, string> = {
  decision: 'Решение, принятое при предоставлении услуги (в том числе отказ в предоставлении услуги)',
  refusal_to_accept: 'Отказ в приёме документов',
  refusal_to_correct: 'Отказ в исправлении опечаток и ошибок в выданных документах',
  correction_deadline_breach: 'Нарушение срока исправления опечаток и ошибок',
  action_or_inaction: 'Действие (бездействие) органа, должностного лица, служащего',
  deadline_breach: 'Нарушение срока регистрации запроса или срока предоставления услуги',
  demand_of_documents: 'Требование документов, информации или действий, не предусмотренных нормативными актами',
  fee: 'Требование платы, не предусмотренной нормативными актами',
  other: 'Иное нарушение порядка предоставления услуги',
};

// 210-FZ art. 11.2 part 6: these are reviewed in the short term (5 working days)
export const SHORT_TERM_SUBJECTS: readonly ComplaintSubject[] = ['refusal_to_accept', 'refusal_to_correct', 'correction_deadline_breach'];

// 210-FZ art. 11.2 part 2: how a complaint may arrive
export const COMPLAINT_CHANNELS = ['in_person', 'post', 'mfc', 'website', 'epgu', 'fgis_do', 'email'] as const;
export const complaintChannelSchema = z.enum(COMPLAINT_CHANNELS, { error: 'Выберите способ поступления жалобы' });
export type ComplaintChannel = z.infer<typeof complaintChannelSchema>;

export const COMPLAINT_CHANNEL_TITLES: Record<ComplaintChannel, string> = {
  in_person: 'Лично (на личном приёме)',
  post: 'Почтой',
  mfc: 'Через МФЦ',
  website: 'Через официальный сайт органа',
  epgu: 'Через ЕПГУ или РПГУ',
  fgis_do: 'Через федеральную систему досудебного обжалования',
  email: 'По электронной почте',
};

export const COMPLAINT_STATUSES = ['registered', 'upheld', 'rejected', 'withdrawn'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_STATUS_TITLES: Record<ComplaintStatus, string> = {
  registered: 'На рассмотрении',
  upheld: 'Удовлетворена',
  rejected: 'Отказано в удовлетворении',
  withdrawn: 'Отозвана',
};

// 210-FZ art. 11.2 part 7(1): the forms an upheld complaint takes
export const COMPLAINT_REMEDIES = ['decision_cancelled', 'typo_corrected', 'money_returned', 'other'] as const;
export type ComplaintRemedyKind = (typeof COMPLAINT_REMEDIES)[number];

export const COMPLAINT_REMEDY_TITLES: Record<ComplaintRemedyKind, string> = {
  decision_cancelled: 'Отмена принятого решения',
  typo_corrected: 'Исправление допущенных опечаток и ошибок в выданных документах',
  money_returned: 'Возврат денежных средств, взимание которых не предусмотрено нормативными актами',
  other: 'Иная форма',
};

const requiredText = (message: string, max: number) => z.string({ error: message }).trim().min(1, message).max(max, `Не длиннее ${max} символов`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const complaintAgainstSchema = z.object({
  // a body code from the service's complaint configuration
  body: requiredText('Укажите, на чьи решения или действия подана жалоба', 50),
  // the official or employee, when the complaint names one
  official: optionalText(300),
});

export const complaintRegistrationSchema = z
  .object({
    authorityId: z.uuid({ error: 'Выберите орган' }),
    caseId: z.uuid({ error: 'Некорректное дело' }).optional().nullable(),
    // without a case: the service whose terms apply; absent, the 210-FZ defaults
    serviceSlug: z.string().trim().max(100).optional().nullable(),
    complainantPersonId: z.uuid({ error: 'Некорректный заявитель' }).optional().nullable(),
    complainantName: optionalText(300),
    complainantAddress: optionalText(500),
    channel: complaintChannelSchema,
    // when the complaint arrived; default: now. It is registered when this request is made.
    receivedAt: z.iso.datetime({ offset: true, error: 'Время поступления в формате ISO 8601' }).optional(),
    subject: complaintSubjectSchema,
    text: requiredText('Изложите суть жалобы', 20_000),
    against: complaintAgainstSchema,
  })
  .refine((v) => Boolean(v.complainantPersonId || v.complainantName), {
    message: 'Укажите заявителя: выберите гражданина или введите фамилию, имя и отчество',
    path: ['complainantName'],
  });
export type ComplaintRegistrationInput = z.input<typeof complaintRegistrationSchema>;
export type ComplaintRegistration = z.output<typeof complaintRegistrationSchema>;

export const complaintRemedySchema = z
  .object({
    kind: z.enum(COMPLAINT_REMEDIES, { error: 'Выберите, в какой форме жалоба удовлетворена' }),
    details: optionalText(2000),
  })
  .refine((r) => r.kind !== 'other' || Boolean(r.details), { message: 'Опишите, в какой форме удовлетворена жалоба', path: ['details'] });
export type ComplaintRemedy = z.output<typeof complaintRemedySchema>;

export const complaintDecisionSchema = z
  .object({
    outcome: z.enum(['upheld', 'rejected'], { error: 'Выберите результат рассмотрения' }),
    // art. 11.2 part 8.2: a rejection states its reasons; an upheld complaint says what was found
    reasons: requiredText('Укажите мотивы принятого решения', 10_000),
    remedy: complaintRemedySchema.optional().nullable(),
    // art. 11.2 part 8.1: what the applicant should do next to get the service
    nextSteps: optionalText(2000),
    expectedVersion: z.number({ error: 'Укажите версию жалобы (expectedVersion)' }).int().positive(),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'upheld' && !v.remedy) ctx.addIssue({ code: 'custom', path: ['remedy', 'kind'], message: 'Выберите, в какой форме жалоба удовлетворена' });
    if (v.outcome === 'rejected' && v.remedy) ctx.addIssue({ code: 'custom', path: ['remedy', 'kind'], message: 'При отказе в удовлетворении жалобы меры не указываются' });
  });
export type ComplaintDecisionInput = z.input<typeof complaintDecisionSchema>;
export type ComplaintDecision = z.output<typeof complaintDecisionSchema>;

export const complaintReplySentSchema = z.object({
  expectedVersion: z.number({ error: 'Укажите версию жалобы (expectedVersion)' }).int().positive(),
  // how the reply went out: in writing, and electronically if the applicant asked (art. 11.2 part 8)
  method: z.enum(['post', 'in_person', 'email', 'epgu'], { error: 'Выберите способ направления ответа' }).optional(),
});
export type ComplaintReplySent = z.infer<typeof complaintReplySentSchema>;

export const COMPLAINT_REPLY_METHOD_TITLES: Record<NonNullable<ComplaintReplySent['method']>, string> = {
  post: 'Почтой',
  in_person: 'Вручён лично',
  email: 'По электронной почте',
  epgu: 'В личный кабинет ЕПГУ',
};

export const complaintListQuerySchema = z.object({
  authorityId: z.uuid({ error: 'Некорректный орган' }).optional(),
  status: z.enum(COMPLAINT_STATUSES, { error: 'status: registered, upheld, rejected или withdrawn' }).optional(),
  caseId: z.uuid({ error: 'Некорректное дело' }).optional(),
  ...pagingQueryFields(),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuerySchema>;
