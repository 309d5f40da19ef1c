import { z } from 'zod';
import { localDateSchema } from '../common/local-date';
import { pagingQueryFields } from '../common/query-params';

export const intakeDocumentSchema = z.object({
  code: z.string().trim().min(1, 'Укажите код документа').max(50),
  title: z.string().trim().min(1, 'Укажите название документа').max(300),
  providedBy: z.enum(['applicant', 'interagency'], { error: 'Укажите, кто представил документ' }),
});

export const intakeRequestSchema = z.object({
  serviceSlug: z.string({ error: 'Выберите услугу' }).trim().min(1, 'Выберите услугу'),
  authorityId: z.uuid({ error: 'Выберите орган' }),
  channel: z.string({ error: 'Выберите способ подачи' }).trim().min(1, 'Выберите способ подачи'),
  variant: z.string().trim().min(1).default('MAIN'),
  applicantId: z.uuid({ error: 'Выберите заявителя' }),
  payload: z.record(z.string(), z.unknown(), { error: 'Заполните сведения заявления' }),
  documents: z.array(intakeDocumentSchema).max(100).default([]),
  // when the application actually arrived (post, MFC delivery); default: now
  receivedAt: z.iso.datetime({ offset: true, error: 'Время поступления в формате ISO 8601' }).optional(),
  // the day the applicant submitted it (at the MFC, on the portal), if earlier than receipt (spec A4)
  submittedOn: z.iso.date({ error: 'Дата подачи в формате ГГГГ-ММ-ДД' }).optional(),
  // a second application while one is pending: why it is registered anyway (the clerk saw the pending case)
  duplicateReason: z.string().trim().min(5, 'Укажите причину повторного заявления (не менее 5 символов)').max(1000).optional(),
});
export type IntakeRequest = z.infer<typeof intakeRequestSchema>;

export const caseEventRequestSchema = z.object({
  event: z.string({ error: 'Укажите действие' }).trim().min(1, 'Укажите действие').max(100),
  data: z.record(z.string(), z.unknown()).default({}),
  expectedVersion: z.number({ error: 'Укажите версию дела (expectedVersion)' }).int().positive(),
});
export type CaseEventRequest = z.infer<typeof caseEventRequestSchema>;

export const caseQueueQuerySchema = z.object({
  authorityId: z.uuid({ error: 'Некорректный орган' }).optional(),
  state: z.string().trim().max(50).optional(),
  serviceSlug: z.string().trim().max(100).optional(),
  term: z.enum(['overdue', 'due_today', 'open'], { error: 'term: overdue, due_today или open' }).optional(),
  mine: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional(),
  ...pagingQueryFields(),
});
export type CaseQueueQuery = z.infer<typeof caseQueueQuerySchema>;

// GET /api/journal: the journal of registration of applications (App 2 of capital repair; the Journal of cl. 43,
// 62 of housing) of one authority and service over a period of registration dates.
export const journalQuerySchema = z
  .object({
    authorityId: z.uuid({ error: 'Выберите орган' }),
    serviceSlug: z.string({ error: 'Выберите услугу' }).min(1, { error: 'Выберите услугу' }),
    from: localDateSchema,
    to: localDateSchema,
  })
  .refine((q) => q.from <= q.to, { error: 'Начало периода позже его окончания', path: ['to'] });
export type JournalQuery = z.infer<typeof journalQuerySchema>;

// GET /api/cases/:id/forms/:form.pdf: what the clerk may type into a form before printing it for the applicant's
// signature — App 10 the new bank, App 11 the error and the right text.
export const caseFormQuerySchema = z.object({
  bankName: z.string().trim().max(300, { error: 'Не более 300 символов' }).optional(),
  bik: z.string().trim().max(20, { error: 'БИК — 9 цифр' }).optional(),
  account: z.string().trim().max(40, { error: 'Номер счета — 20 цифр' }).optional(),
  kind: z.enum(['typo', 'error', 'both'], { error: 'kind: typo, error или both' }).optional(),
  description: z.string().trim().max(2000, { error: 'Не более 2000 символов' }).optional(),
  correctText: z.string().trim().max(2000, { error: 'Не более 2000 символов' }).optional(),
});
export type CaseFormQuery = z.infer<typeof caseFormQuerySchema>;
