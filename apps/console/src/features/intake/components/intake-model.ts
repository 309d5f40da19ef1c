import type { FieldValues, Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { housingApplicationSchema, intakeRequestSchema, type HousingApplication, type IntakeRequest } from '@casework/domain';
import { ApiError } from '../../../lib/api-client';
import type { Person, Service, ServiceDocument } from '../../../types/api';

// '' = not answered yet; the schema then says which answer is missing.
export type Tri = '' | 'yes' | 'no';

export type CategoryDetailValues = {
  doseCSv: string;
  serviceYears: string;
  serviceMonths: string;
  retired: Tri;
  pensionAgeReached: Tri;
  pensionRight: Tri;
  wartimeFrom: string;
  wartimeTo: string;
  ussrAward: boolean;
  hivInfectedMinor: boolean;
  deceasedFullName: string;
  deceasedDeathDate: string;
};

export type IntakeFormValues = {
  // asked for only after the API has named a pending case of the same service (409)
  duplicateReason: string;
  channel: string;
  variant: string;
  submittedOn: string;
  withRepresentative: boolean;
  documents: string[];
  payload: {
    categories: string[];
    categoryDetails: Record<string, CategoryDetailValues>;
    applicantStatus: string;
    identityDocumentKind: string;
    place: string;
    registrationShownInIdentityDocument: Tri;
    heating: { centralHeating: Tri; gasSupply: Tri };
    paymentMethod: { kind: '' | 'bank' | 'post'; bankName: string; bik: string; account: string; postOffice: string };
    representative: { lastName: string; firstName: string; middleName: string; postalAddress: string; identityDocument: string; authorityDocument: string };
    documentsSupplied: string[];
    esignature: string;
    complexDependency: Tri;
    resultDelivery: string;
  };
};

export const emptyDetails = (): CategoryDetailValues => ({
  doseCSv: '',
  serviceYears: '',
  serviceMonths: '',
  retired: '',
  pensionAgeReached: '',
  pensionRight: '',
  wartimeFrom: '',
  wartimeTo: '',
  ussrAward: false,
  hivInfectedMinor: false,
  deceasedFullName: '',
  deceasedDeathDate: '',
});

const STATUS_BY_CITIZENSHIP: Record<Person['citizenship'], string> = { RU: 'citizen', foreign: 'foreigner', stateless: 'stateless' };
const DOCUMENT_BY_KIND: Record<string, string> = { passport_ru: 'passport', residence_permit: 'residence_permit', temporary_residence_permit: 'temporary_residence_permit' };

export const initialIntake = (applicant: Person | null, channel: string, variant: string): IntakeFormValues => ({
  duplicateReason: '',
  channel,
  variant,
  submittedOn: '',
  withRepresentative: false,
  documents: [],
  payload: {
    categories: [],
    categoryDetails: {},
    applicantStatus: applicant ? STATUS_BY_CITIZENSHIP[applicant.citizenship] : '',
    identityDocumentKind: applicant?.identityDocument ? (DOCUMENT_BY_KIND[applicant.identityDocument.kind] ?? 'other') : '',
    place: 'residence',
    registrationShownInIdentityDocument: '',
    heating: { centralHeating: '', gasSupply: '' },
    paymentMethod: { kind: '', bankName: '', bik: '', account: '', postOffice: '' },
    representative: { lastName: '', firstName: '', middleName: '', postalAddress: '', identityDocument: '', authorityDocument: '' },
    documentsSupplied: [],
    esignature: '',
    complexDependency: '',
    resultDelivery: '',
  },
});

export const tri = (v: Tri | undefined): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);
export const blank = (v: string | undefined): string | undefined => (!v || v.trim() === '' ? undefined : v.trim());
// A number when it reads as one; otherwise the text goes to the schema, which reports it in Russian.
export const num = (v: string | undefined): number | string | undefined => {
  const t = (v ?? '').trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
};

// Only the inputs on screen are registered, so a category's values may be partial.
const detailsInput = (partial: Partial<CategoryDetailValues>): Record<string, unknown> | undefined => {
  const d: CategoryDetailValues = { ...emptyDetails(), ...partial };
  const out: Record<string, unknown> = {
    doseCSv: num(d.doseCSv),
    serviceYears: num(d.serviceYears),
    serviceMonths: num(d.serviceMonths),
    retired: tri(d.retired),
    pensionAgeReached: tri(d.pensionAgeReached),
    pensionRight: tri(d.pensionRight),
    wartimePeriod: d.wartimeFrom || d.wartimeTo ? { from: d.wartimeFrom, to: d.wartimeTo } : undefined,
    ussrAward: d.ussrAward ? true : undefined,
    hivInfectedMinor: d.hivInfectedMinor ? true : undefined,
    deceasedFullName: blank(d.deceasedFullName),
    deceasedDeathDate: d.deceasedDeathDate || undefined,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return Object.keys(out).length > 0 ? out : undefined;
};

// Form values → the application exactly as the API's schema (libs/domain) expects it.
export const payloadInput = (v: IntakeFormValues): Record<string, unknown> => {
  const p = v.payload;
  const details: Record<string, unknown> = {};
  for (const code of p.categories) {
    const d = p.categoryDetails[code];
    const input = d ? detailsInput(d) : undefined;
    if (input) details[code] = input;
  }
  const pm = p.paymentMethod;
  const rep = p.representative;
  return {
    categories: p.categories,
    categoryDetails: Object.keys(details).length > 0 ? details : undefined,
    applicantStatus: p.applicantStatus || undefined,
    identityDocumentKind: p.identityDocumentKind || undefined,
    place: p.place || undefined,
    registrationShownInIdentityDocument: tri(p.registrationShownInIdentityDocument),
    heating: { centralHeating: tri(p.heating.centralHeating), gasSupply: tri(p.heating.gasSupply) },
    paymentMethod: pm.kind === 'bank' ? { kind: 'bank', bankName: pm.bankName, bik: pm.bik.trim(), account: pm.account.replace(/\s/g, '') } : pm.kind === 'post' ? { kind: 'post', postOffice: pm.postOffice } : undefined,
    representative: v.withRepresentative
      ? { lastName: rep.lastName, firstName: rep.firstName, middleName: blank(rep.middleName), postalAddress: rep.postalAddress, identityDocument: rep.identityDocument, authorityDocument: rep.authorityDocument }
      : undefined,
    documentsSupplied: p.documentsSupplied,
    esignature: v.channel === 'EPGU' ? p.esignature || undefined : undefined,
    complexDependency: v.channel === 'MFC_COMPLEX' ? tri(p.complexDependency) : undefined,
    resultDelivery: p.resultDelivery || undefined,
  };
};

// The case fields every service form checks besides the service's own application schema.
export type CaseFieldValues = { channel: string; variant: string; submittedOn: string };

export const caseFieldsShape = {
  channel: z.string().min(1, 'Выберите способ подачи'),
  variant: z.string().min(1, 'Выберите вариант'),
  submittedOn: z.string().optional(),
};

export const caseFieldsInput = (v: CaseFieldValues): Record<string, unknown> => ({ channel: v.channel, variant: v.variant, submittedOn: v.submittedOn || undefined });

export type IntakeOutput<P> = { channel: string; variant: string; submittedOn?: string; payload: P };

// Form values → the schema's input, checked by zodResolver: every error lands at the schema's own path.
export const formResolver = <V extends FieldValues, O>(schema: z.ZodType<O>, toInput: (values: V) => Record<string, unknown>): Resolver<V, unknown, O> => {
  const resolve = zodResolver(schema as never) as unknown as Resolver<Record<string, unknown>, unknown, O>;
  return (values, context, options) => resolve(toInput(values), context, options as never) as ReturnType<Resolver<V, unknown, O>>;
};

// The console's check of the whole step: the case fields plus the service's own application schema.
const intakeFormSchema = z.object({ ...caseFieldsShape, payload: housingApplicationSchema });

export type IntakeFormOutput = IntakeOutput<HousingApplication>;

export const intakeResolver = formResolver<IntakeFormValues, IntakeFormOutput>(intakeFormSchema, (values) => ({ ...caseFieldsInput(values), payload: payloadInput(values) }));

// Documents the clerk can tick as presented: the applicant's own ones of the variant (the representative's only with one).
export const presentableDocuments = (service: Service | undefined, variant: string, withRepresentative: boolean): ServiceDocument[] =>
  (service?.documents ?? []).filter((d) => d.providedBy === 'applicant' && (!d.variants || d.variants.includes(variant)) && (d.mandatory !== 'if_representative' || withRepresentative));

// The intake request of any service: the case fields, the checked application and the documents ticked as presented.
export const buildIntakeRequest = ({
  service,
  authorityId,
  applicantId,
  output,
  presented,
}: {
  service: Service | undefined;
  authorityId: string;
  applicantId: string;
  output: IntakeOutput<unknown>;
  presented: string[];
}): IntakeRequest => {
  const codes = new Set(presented);
  return {
    serviceSlug: service?.slug ?? '',
    authorityId,
    channel: output.channel,
    variant: output.variant,
    applicantId,
    payload: output.payload as Record<string, unknown>,
    documents: (service?.documents ?? []).filter((d) => codes.has(d.code)).map((d) => ({ code: d.code, title: d.title, providedBy: d.providedBy })),
    ...(output.submittedOn ? { submittedOn: output.submittedOn } : {}),
  };
};

// 409 on intake: the applicant has a pending case of the same service. The API names it (the message) and registers
// the new application only with a reason; without errors.duplicateReason the regulation refuses a second one outright.
export const duplicatePrompt = (error: unknown): string | null =>
  error instanceof ApiError && error.status === 409 && typeof error.errors.duplicateReason === 'string' ? error.message : null;

// The reason as the API's own schema checks it (at least 5 characters), but required once the prompt is shown.
export const duplicateReasonProblem = (reason: string): string | null => {
  if (reason.trim() === '') return 'Укажите причину повторного заявления';
  const parsed = intakeRequestSchema.shape.duplicateReason.safeParse(reason);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Проверьте причину повторного заявления');
};
