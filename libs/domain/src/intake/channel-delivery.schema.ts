import { z } from 'zod';
import { intQueryParam } from '../common/query-params';
import { intakeDocumentSchema } from '../cases/case-api.schema';
import { personInputSchema } from '../persons/person.schema';
import { snilsSchema } from '../persons/snils';

// Channels that deliver applications by API (spec §3.1): the Unified Portal and the MFC in its three forms.
export const INTAKE_CHANNELS = ['EPGU', 'MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX'] as const;
export const intakeChannelSchema = z.enum(INTAKE_CHANNELS, { error: 'Канал: EPGU, MFC, MFC_EXTRATERRITORIAL или MFC_COMPLEX' });
export type IntakeChannel = z.infer<typeof intakeChannelSchema>;

export const MFC_INTAKE_CHANNELS: readonly IntakeChannel[] = ['MFC', 'MFC_EXTRATERRITORIAL', 'MFC_COMPLEX'];
export const isMfcChannel = (channel: string): boolean => (MFC_INTAKE_CHANNELS as readonly string[]).includes(channel);

export const IDEMPOTENCY_KEY_MAX_LENGTH = 200;

export const esignatureKindSchema = z.enum(['none', 'simple', 'qualified'], { error: 'Вид электронной подписи: none, simple или qualified' });
export type EsignatureKind = z.infer<typeof esignatureKindSchema>;

const isoInstant = (what: string) => z.iso.datetime({ offset: true, error: `${what}: дата и время в формате ISO 8601 с часовым поясом` });
const text = (what: string, max: number) => z.string({ error: `Укажите ${what}` }).trim().min(1, `Укажите ${what}`).max(max, `Не длиннее ${max} символов`);

// The applicant as the channel knows him: SNILS is what finds him in the registry, so it is required here.
export const channelApplicantSchema = personInputSchema.extend({ snils: snilsSchema });

export const channelRepresentativeSchema = z.object({
  lastName: text('фамилию представителя', 100),
  firstName: text('имя представителя', 100),
  middleName: z.string().trim().max(100, 'Не длиннее 100 символов').optional(),
  postalAddress: text('почтовый адрес представителя', 500),
  identityDocument: text('документ, удостоверяющий личность представителя', 500),
  authorityDocument: text('документ, подтверждающий полномочия представителя', 500),
});

export const mfcDeliverySchema = z.object({
  workerName: text('ФИО работника МФЦ, принявшего заявление', 200),
  office: z.string().trim().max(300, 'Не длиннее 300 символов').optional(),
  // carried only to be rejected: a refusal at the MFC stays in АИС МФЦ (spec §3.3)
  outcome: z.enum(['accepted', 'refused'], { error: 'Результат приема в МФЦ: accepted' }).optional(),
  refusalGroundCode: z.string().trim().max(50).optional(),
  // complex request depending on other services (T14): when the MFC received their results
  dependencyResultsAt: isoInstant('Время получения МФЦ результатов других услуг').optional(),
});

export const channelDeliverySchema = z
  .object({
    serviceSlug: text('услугу', 100),
    authorityId: z.uuid({ error: 'Некорректный идентификатор органа' }).optional(),
    authorityCode: z.string().trim().min(1, 'Укажите код органа').max(50, 'Не длиннее 50 символов').optional(),
    channel: intakeChannelSchema,
    // the portal application number or the MFC request number
    channelReference: text('номер заявления в канале', 100),
    variant: z.string().trim().min(1).max(50).default('MAIN'),
    // on the portal: when the applicant sent it; at the MFC: when the MFC accepted it (spec A4: the month of submission)
    submittedAt: isoInstant('Время подачи'),
    // when the delivery reached the Institution; default: now
    deliveredAt: isoInstant('Время поступления').optional(),
    applicant: channelApplicantSchema,
    representative: channelRepresentativeSchema.optional(),
    payload: z.record(z.string(), z.unknown(), { error: 'Передайте сведения заявления (payload)' }),
    documents: z.array(intakeDocumentSchema).max(100, 'Не более 100 документов').default([]),
    esignature: esignatureKindSchema.optional(),
    mfc: mfcDeliverySchema.optional(),
  })
  .superRefine((d, ctx) => {
    if (!d.authorityId && !d.authorityCode) ctx.addIssue({ code: 'custom', path: ['authorityId'], message: 'Укажите орган: authorityId или authorityCode' });
    if (d.channel === 'EPGU') {
      if (!d.esignature) ctx.addIssue({ code: 'custom', path: ['esignature'], message: 'Укажите вид электронной подписи заявления: none, simple или qualified' });
      if (d.mfc) ctx.addIssue({ code: 'custom', path: ['mfc'], message: 'Сведения МФЦ передаются только в поставках МФЦ' });
    } else {
      if (!d.mfc) ctx.addIssue({ code: 'custom', path: ['mfc', 'workerName'], message: 'Укажите ФИО работника МФЦ, принявшего заявление' });
      if (d.esignature) ctx.addIssue({ code: 'custom', path: ['esignature'], message: 'Вид электронной подписи передается только для заявлений с ЕПГУ' });
    }
    if (d.deliveredAt && Date.parse(d.submittedAt) > Date.parse(d.deliveredAt)) ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: 'Время подачи позже времени поступления' });
  });
export type ChannelDelivery = z.infer<typeof channelDeliverySchema>;
export type ChannelDeliveryInput = z.input<typeof channelDeliverySchema>;

export type TransferTermOutcome = { termId: string; title: string; clause: string; startedOn: string; dueDate: string; deliveredOn: string; met: boolean; explanation: string };

export type DeliveryWarning = { code: 'ESIGNATURE_MISSING' | 'SUBMISSION_MONTH_DIFFERS' | 'TRANSFER_TERM_BREACHED' | 'APPLICANT_DATA_DIFFERS' | 'DUPLICATE_PENDING'; message: string };

// What the channel gets back, once; a repeated delivery with the same Idempotency-Key gets exactly this again.
export type ChannelDeliveryResponse = {
  caseId: string;
  channelReference: string;
  state: string;
  receivedOn: string;
  transferTerm?: { termId: string; met: boolean; dueDate: string; explanation: string };
  warnings: DeliveryWarning[];
};

export const channelKeyCreateSchema = z.object({
  channel: intakeChannelSchema,
  name: text('название ключа', 200),
  // null or absent: every authority
  authorityIds: z.array(z.uuid({ error: 'Некорректный идентификатор органа' })).min(1, 'Укажите хотя бы один орган или не ограничивайте ключ').max(200).nullable().optional(),
});
export type ChannelKeyCreate = z.infer<typeof channelKeyCreateSchema>;

export const channelOutboxQuerySchema = z.object({
  caseId: z.uuid({ error: 'Некорректный идентификатор дела' }).optional(),
  status: z.enum(['pending', 'delivered'], { error: 'status: pending или delivered' }).optional(),
  limit: intQueryParam('limit', 1, 500).optional(),
});
export type ChannelOutboxQuery = z.infer<typeof channelOutboxQuerySchema>;
