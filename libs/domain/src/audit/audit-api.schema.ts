import { z } from 'zod';
import { intQueryParam } from '../common/query-params';
import { isValidLocalDate, type LocalDate } from '../common/local-date';
import { isValidTimeZone } from './audit-period';

// An empty query parameter (?actorId=) means "no filter", not a bad value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const localDate = (label: string) => z.string().refine(isValidLocalDate, { message: `${label}: дата в формате ГГГГ-ММ-ДД` });

const periodFields = {
  from: optional(localDate('Начало периода')),
  to: optional(localDate('Конец периода')),
  // the zone in which from and to are calendar days; by default the zone of the authority filter, else Europe/Moscow
  timeZone: optional(z.string().max(64).refine(isValidTimeZone, { message: 'Неизвестный часовой пояс' })),
  limit: optional(intQueryParam('limit', 1, 200)),
  offset: optional(intQueryParam('offset', 0, 100_000_000)),
};

const periodInOrder = (q: { from?: LocalDate; to?: LocalDate }): boolean => !q.from || !q.to || q.from <= q.to;
const periodError = { message: 'Конец периода раньше его начала', path: ['to'] };

export const auditLogQuerySchema = z
  .object({
    id: optional(intQueryParam('Номер записи', 1, Number.MAX_SAFE_INTEGER)),
    actorId: optional(z.uuid({ error: 'Некорректный пользователь' })),
    authorityId: optional(z.uuid({ error: 'Некорректный орган' })),
    entity: optional(z.string().trim().regex(/^[a-z_]{1,50}$/, 'Объект: латинские строчные буквы и подчёркивание')),
    entityId: optional(z.string().trim().max(200, 'Идентификатор объекта не длиннее 200 символов')),
    // case.register exactly, or case.* for every action whose code starts with "case."
    action: optional(z.string().trim().regex(/^[a-z0-9_.]{1,100}\*?$/, 'Действие: код из латинских букв, цифр, точки и подчёркивания; * в конце — по началу кода')),
    ...periodFields,
  })
  .refine(periodInOrder, periodError);
export type AuditLogQuery = z.infer<typeof auditLogQuerySchema>;

export const auditActivityQuerySchema = z.object(periodFields).refine(periodInOrder, periodError);
export type AuditActivityQuery = z.infer<typeof auditActivityQuerySchema>;

export type AuditLogEntry = {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorLogin: string | null;
  authorityId: string | null;
  authorityName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  details: Record<string, unknown>;
};

export type AuditLogPage = { items: AuditLogEntry[]; total: number; limit: number; offset: number };

export type AuditBreakReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'gap';

export type AuditVerifyResult =
  | { ok: true; rows: number; lastId: number | null; lastHash: string | null; checkedAt: string }
  | { ok: false; rows: number; firstBroken: { id: number; at: string; action: string; reason: AuditBreakReason }; message: string; checkedAt: string };

export type AuditUserActivity = {
  user: { id: string; login: string; fullName: string; position: string | null; active: boolean };
  from: LocalDate | null;
  to: LocalDate | null;
  timeZone: string;
  counts: { action: string; count: number }[];
  page: AuditLogPage;
};
