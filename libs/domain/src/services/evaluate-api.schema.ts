import { z } from 'zod';
import { localDateSchema } from '../common/local-date';

const factsField = z.record(z.string(), z.unknown(), { error: 'Сведения — объект «поле: значение»' }).default({});

// POST /api/services/:slug/evaluate: a clerk's question at the counter, answered by the service's rules without a case.
// The citizen is given by birth date and sex, or by the personal file.
export const evaluateRequestSchema = z
  .object({
    application: z.unknown(),
    applicant: z.object({ birthDate: localDateSchema, sex: z.enum(['male', 'female'], { error: 'Пол: male или female' }) }, { error: 'Укажите дату рождения и пол' }).optional(),
    applicantId: z.uuid({ error: 'Неверный идентификатор личного дела' }).optional(),
    // what interagency answers and the clerk established; the service's schema checks it
    facts: factsField,
    // the day the rules are applied on
    asOf: localDateSchema,
    // the day of submission (the first payment month); the asOf day when absent
    submittedOn: localDateSchema.optional(),
  })
  .refine((r) => r.applicant !== undefined || r.applicantId !== undefined, { error: 'Укажите дату рождения и пол гражданина или выберите его личное дело', path: ['applicant'] });
export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;

// POST /api/cases/:id/evaluate: the case's application and applicant, with the facts the clerk confirms.
export const caseEvaluateRequestSchema = z.object({ facts: factsField, asOf: localDateSchema.optional() });
export type CaseEvaluateRequest = z.infer<typeof caseEvaluateRequestSchema>;
