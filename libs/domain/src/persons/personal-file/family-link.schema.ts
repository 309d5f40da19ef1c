import { z } from 'zod';
import { localDateSchema, type LocalDate } from '../../common/local-date';

// How the relative stands to the person whose file records the link.
export const FAMILY_RELATIONS = ['spouse', 'child', 'ward', 'other'] as const;
export const familyRelationSchema = z.enum(FAMILY_RELATIONS, { error: 'Выберите вид связи' });
export type FamilyRelation = z.infer<typeof familyRelationSchema>;

export const FAMILY_RELATION_TITLES: Record<FamilyRelation, string> = {
  spouse: 'Супруг (супруга)',
  child: 'Ребёнок',
  ward: 'Подопечный',
  other: 'Другое лицо, зарегистрированное совместно',
};

// A link seen from the relative's side: a child sees a parent, a ward a guardian; spouse and co-registered stay as they are.
export const FAMILY_VIEW_RELATIONS = ['spouse', 'child', 'parent', 'ward', 'guardian', 'other'] as const;
export type FamilyViewRelation = (typeof FAMILY_VIEW_RELATIONS)[number];

export const FAMILY_VIEW_RELATION_TITLES: Record<FamilyViewRelation, string> = {
  ...FAMILY_RELATION_TITLES,
  parent: 'Родитель',
  guardian: 'Опекун (попечитель)',
};

const INVERSE: Record<FamilyRelation, FamilyViewRelation> = { spouse: 'spouse', child: 'parent', ward: 'guardian', other: 'other' };

// The relation as shown in one file: as recorded in the file that holds the link, inverted in the relative's file.
export const relationAsSeenBy = ({ relation, side }: { relation: FamilyRelation; side: 'person' | 'relative' }): FamilyViewRelation => (side === 'person' ? relation : INVERSE[relation]);

const basisSchema = z
  .string({ error: 'Укажите документ-основание' })
  .trim()
  .min(1, 'Укажите документ-основание')
  .max(500, 'Не длиннее 500 символов');

const notBefore = (from: LocalDate, to: LocalDate | null | undefined): boolean => !to || to >= from;

export const familyLinkInputSchema = z
  .object({
    relativeId: z.uuid({ error: 'Выберите родственника' }),
    relation: familyRelationSchema,
    validFrom: localDateSchema,
    validTo: localDateSchema
      .optional()
      .nullable()
      .transform((v) => v ?? null),
    // the document the link rests on: a marriage or birth certificate, a guardianship act, a house register extract
    basis: basisSchema,
  })
  .refine((v) => notBefore(v.validFrom, v.validTo), { message: 'Дата окончания не может быть раньше даты начала', path: ['validTo'] });
export type FamilyLinkInput = z.input<typeof familyLinkInputSchema>;
export type FamilyLinkData = z.output<typeof familyLinkInputSchema>;

// Ending a link (divorce, a child's majority, end of guardianship, moving out): the day, the document and the version read.
export const familyLinkEndSchema = z.object({
  validTo: localDateSchema,
  basis: basisSchema,
  expectedVersion: z.number({ error: 'Укажите версию записи' }).int().positive(),
});
export type FamilyLinkEnd = z.infer<typeof familyLinkEndSchema>;

// Whether a link holds on a day: from validFrom to validTo inclusive, open-ended without validTo.
export const familyLinkActiveOn = ({ link, on }: { link: { validFrom: LocalDate; validTo: LocalDate | null }; on: LocalDate }): boolean => link.validFrom <= on && (link.validTo === null || link.validTo >= on);
