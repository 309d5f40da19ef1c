import { z } from 'zod';
import { localDateSchema } from '../../common/local-date';
import { personInputSchema } from '../person.schema';

// A new person; confirmDistinct: the clerk has looked at the near duplicates and says this is another human being.
export const personCreateSchema = personInputSchema.extend({
  confirmDistinct: z.boolean({ error: 'Ожидается «да» или «нет»' }).optional(),
});
export type PersonCreateInput = z.input<typeof personCreateSchema>;
export type PersonCreate = z.output<typeof personCreateSchema>;

// The form's live check: the names as typed so far and the birth date.
export const personDuplicatesQuerySchema = z.object({
  lastName: z.string({ error: 'Укажите фамилию' }).trim().min(1, 'Укажите фамилию').max(100, 'Не длиннее 100 символов'),
  firstName: z.string({ error: 'Укажите имя' }).trim().min(1, 'Укажите имя').max(100, 'Не длиннее 100 символов'),
  middleName: z
    .string()
    .trim()
    .max(100, 'Не длиннее 100 символов')
    .optional()
    .transform((v) => (v ? v : null)),
  birthDate: localDateSchema,
  // the file being edited is not its own duplicate
  excludeId: z.uuid({ error: 'Некорректный идентификатор' }).optional(),
});
export type PersonDuplicatesQuery = z.output<typeof personDuplicatesQuerySchema>;

// Merging a duplicate file into the surviving one: both versions as read, and why.
export const personMergeSchema = z.object({
  duplicateId: z.uuid({ error: 'Выберите дублирующее личное дело' }),
  expectedVersion: z.number({ error: 'Укажите версию записи' }).int().positive(),
  duplicateExpectedVersion: z.number({ error: 'Укажите версию дублирующей записи' }).int().positive(),
  reason: z.string({ error: 'Укажите причину объединения' }).trim().min(1, 'Укажите причину объединения').max(1000, 'Не длиннее 1000 символов'),
});
export type PersonMerge = z.infer<typeof personMergeSchema>;

// The personal file as it was at the end of a past day.
export const personalFileQuerySchema = z.object({ asOf: localDateSchema.optional() });
export type PersonalFileQuery = z.infer<typeof personalFileQuerySchema>;

// How the survivor's history names the merge.
export const MERGE_BASIS = 'объединение личных дел';

// Persons belong to no authority: a personal-file date ("as of 12.03.2024") is a day in Moscow time.
export const PERSONAL_FILE_TIME_ZONE = 'Europe/Moscow';
