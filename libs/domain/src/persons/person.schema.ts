import { z } from 'zod';
import { localDateSchema } from '../common/local-date';
import { snilsSchema } from './snils';

const text = (label: string, max = 200) => z.string({ error: `Укажите ${label}` }).trim().min(1, `Укажите ${label}`).max(max, `Не длиннее ${max} символов`);
const optionalText = (max = 500) =>
  z
    .string()
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const nameRe = /^[А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*$/;
const personName = (label: string) => text(label, 100).regex(nameRe, `${label[0].toUpperCase()}${label.slice(1)}: только буквы, дефис, апостроф и пробел`);

export const identityDocumentKindSchema = z.enum(['passport_ru', 'foreign_passport', 'residence_permit', 'temporary_residence_permit', 'birth_certificate', 'other'], {
  error: 'Выберите вид документа',
});

export const IDENTITY_DOCUMENT_KINDS: Record<z.infer<typeof identityDocumentKindSchema>, string> = {
  passport_ru: 'Паспорт гражданина РФ',
  foreign_passport: 'Паспорт иностранного гражданина',
  residence_permit: 'Вид на жительство',
  temporary_residence_permit: 'Разрешение на временное проживание',
  birth_certificate: 'Свидетельство о рождении',
  other: 'Иной документ, удостоверяющий личность',
};

export const identityDocumentSchema = z.object({
  kind: identityDocumentKindSchema,
  series: optionalText(20),
  number: text('номер документа', 30),
  issuedBy: optionalText(300),
  issuedOn: localDateSchema.optional().nullable(),
});
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export const personInputSchema = z.object({
  snils: snilsSchema.optional().nullable(),
  lastName: personName('фамилию'),
  firstName: personName('имя'),
  middleName: z
    .string()
    .trim()
    .max(100, 'Не длиннее 100 символов')
    .regex(/^([А-ЯЁа-яёA-Za-z][А-ЯЁа-яёA-Za-z' -]*)?$/, 'Отчество: только буквы, дефис, апостроф и пробел')
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  birthDate: localDateSchema,
  sex: z.enum(['male', 'female'], { error: 'Укажите пол' }),
  citizenship: z.enum(['RU', 'foreign', 'stateless'], { error: 'Укажите гражданство' }).default('RU'),
  identityDocument: identityDocumentSchema.optional().nullable(),
  registrationAddress: optionalText(),
  actualAddress: optionalText(),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ()-]{5,20})?$/, 'Телефон: цифры, пробелы, скобки, дефис, не более 20 символов')
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
  email: z
    .union([z.literal(''), z.email('Неверный адрес электронной почты')])
    .optional()
    .nullable()
    .transform((v) => (v ? v : null)),
});
export type PersonInput = z.input<typeof personInputSchema>;
export type PersonData = z.output<typeof personInputSchema>;

export const personUpdateSchema = z.object({
  expectedVersion: z.number({ error: 'Укажите версию записи' }).int().positive(),
  basis: z.string().trim().max(500).optional(),
  data: personInputSchema,
});
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

export const personSearchSchema = z
  .object({
    snils: z.string().trim().optional(),
    lastName: z.string().trim().max(100).optional(),
    birthDate: localDateSchema.optional(),
    q: z.string().trim().max(100).optional(),
  })
  .refine((v) => Boolean(v.snils || v.q || (v.lastName && v.birthDate)), {
    message: 'Укажите СНИЛС или фамилию и дату рождения',
    path: ['snils'],
  });
export type PersonSearch = z.infer<typeof personSearchSchema>;
