import { z } from 'zod';
import { localDateSchema } from '../common/local-date';
import { monthSchema } from './month';

const reason = z.string({ error: 'Укажите причину' }).trim().min(1, { error: 'Укажите причину' }).max(1000, { error: 'Не длиннее 1000 символов' });
const basis = z
  .string({ error: 'Укажите документ-основание' })
  .trim()
  .min(1, { error: 'Укажите документ-основание (вид, номер, дата)' })
  .max(500, { error: 'Не длиннее 500 символов' });
const expectedVersion = z.number({ error: 'Обновите страницу: нет версии записи' }).int().positive();
const kopecks = (what: string) => z.number({ error: `${what} — целое число копеек` }).int({ error: `${what} — целое число копеек` });

export const PAYMENT_REGISTER_METHODS = ['bank', 'post'] as const;

export const registerRequestSchema = z.object({
  authorityId: z.uuid({ error: 'Выберите орган' }),
  period: monthSchema,
  method: z.enum(PAYMENT_REGISTER_METHODS, { error: 'Выберите способ выплаты: банк или почта' }),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

// GET /api/payment-registers/:id/list.pdf: the payment document of one service when the register holds several
export const registerListQuerySchema = z.object({ serviceSlug: z.string().min(1, { error: 'Укажите услугу' }).optional() });
export type RegisterListQuery = z.infer<typeof registerListQuerySchema>;

export const registerQuerySchema = z.object({
  authorityId: z.uuid().optional(),
  period: monthSchema.optional(),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

export const versionOnlySchema = z.object({ expectedVersion });

export const suspendSchema = z.object({ fromMonth: monthSchema, reason, basis, expectedVersion });
export type SuspendRequest = z.infer<typeof suspendSchema>;

export const resumeSchema = z.object({
  fromMonth: monthSchema,
  // the months of the suspension are paid as an additional payment when the reason for it fell away
  restoreMissed: z.boolean({ error: 'Укажите, выплатить ли суммы за период приостановления' }).default(false),
  reason,
  basis,
  expectedVersion,
});
export type ResumeRequest = z.infer<typeof resumeSchema>;

export const terminateSchema = z.object({ lastMonth: monthSchema, reason, basis, expectedVersion, recovery: z.lazy(() => recoverySchema).optional() });
export type TerminateRequest = z.infer<typeof terminateSchema>;

export const recoverySchema = z.object({
  method: z.enum(['deduction', 'voluntary'], { error: 'Выберите способ возврата переплаты: удержание или добровольный возврат' }),
  // share of each future payment withheld, %
  percent: z.number({ error: 'Процент удержания — число' }).int({ error: 'Процент удержания — целое число' }).min(1, { error: 'От 1 до 100 %' }).max(100, { error: 'От 1 до 100 %' }).default(20),
});
export type RecoveryPlan = z.infer<typeof recoverySchema>;

export const recalculateSchema = z.object({
  amountKopecks: kopecks('Новый размер').min(0, { error: 'Размер не может быть отрицательным' }).max(100_000_000, { error: 'Проверьте размер выплаты' }),
  fromMonth: monthSchema,
  reason,
  basis,
  expectedVersion,
  recovery: recoverySchema.optional(),
});
export type RecalculateRequest = z.infer<typeof recalculateSchema>;

export const refundSchema = z.object({
  amountKopecks: kopecks('Сумма возврата').positive({ error: 'Сумма возврата больше нуля' }),
  paidOn: localDateSchema,
  document: basis,
});
export type RefundRequest = z.infer<typeof refundSchema>;

export const reconciliationImportSchema = z.object({
  csv: z.string({ error: 'Приложите файл сверки' }).min(1, { error: 'Файл сверки пуст' }).max(20_000_000, { error: 'Файл сверки слишком большой' }),
  expectedVersion,
});
export type ReconciliationImport = z.infer<typeof reconciliationImportSchema>;

export const parameterSetRequestSchema = z.object({
  validFrom: localDateSchema,
  act: z.string({ error: 'Укажите акт, которым установлены параметры' }).trim().min(1, { error: 'Укажите акт, которым установлены параметры' }).max(500, { error: 'Не более 500 символов' }),
  values: z.unknown(),
});
export type ParameterSetRequest = z.infer<typeof parameterSetRequestSchema>;
