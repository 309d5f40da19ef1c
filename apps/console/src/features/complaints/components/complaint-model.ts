import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  complaintDecisionSchema,
  complaintRegistrationSchema,
  localDateTimeIn,
  type ComplaintDecision,
  type ComplaintDecisionInput,
  type ComplaintRegistration,
  type ComplaintRegistrationInput,
} from '@casework/domain';
import type { CaseForComplaint, ComplaintConfig, ComplaintOptions } from '../api/complaints';

// Blank inputs are "not given": the domain's schema then says, in Russian, what is missing.
export type RegistrationValues = {
  caseId: string;
  serviceSlug: string;
  // the case's applicant filed the complaint
  byApplicant: boolean;
  complainantName: string;
  complainantAddress: string;
  channel: string;
  // datetime-local, read in the authority's time zone
  receivedAt: string;
  subject: string;
  text: string;
  against: { body: string; official: string };
};

export const emptyRegistration = (caseId = ''): RegistrationValues => ({
  caseId,
  serviceSlug: '',
  byApplicant: true,
  complainantName: '',
  complainantAddress: '',
  channel: '',
  receivedAt: '',
  subject: '',
  text: '',
  against: { body: '', official: '' },
});

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

// '2025-12-30T09:15' on the wall clock of the zone → the ISO instant; null when the input is not a date and time.
export const zonedToIso = (local: string, timeZone: string): string | null => {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let instant = wall;
  // the zone's offset at that moment; twice, in case the first guess fell on the other side of an offset change
  for (let i = 0; i < 2; i++) {
    const shown = localDateTimeIn(new Date(instant), timeZone);
    const [h, min] = shown.time.split(':').map(Number);
    const [y, mo, d] = shown.date.split('-').map(Number);
    instant = wall - (Date.UTC(y, mo - 1, d, h, min) - instant);
  }
  return new Date(instant).toISOString();
};

export const toRegistrationInput = (v: RegistrationValues, ctx: { authorityId: string; timeZone: string; caseRow: CaseForComplaint | null }): ComplaintRegistrationInput => {
  const withCase = Boolean(v.caseId && ctx.caseRow);
  const byApplicant = withCase && v.byApplicant;
  const receivedAt = v.receivedAt ? (zonedToIso(v.receivedAt, ctx.timeZone) ?? v.receivedAt) : undefined;
  return {
    authorityId: ctx.authorityId,
    caseId: withCase ? ctx.caseRow!.id : null,
    serviceSlug: withCase ? null : v.serviceSlug || null,
    complainantPersonId: byApplicant ? ctx.caseRow!.applicant.id : null,
    complainantName: byApplicant ? null : v.complainantName,
    complainantAddress: byApplicant ? null : v.complainantAddress,
    channel: (v.channel || undefined) as ComplaintRegistrationInput['channel'],
    ...(receivedAt ? { receivedAt } : {}),
    subject: (v.subject || undefined) as ComplaintRegistrationInput['subject'],
    text: v.text,
    against: { body: v.against.body, official: v.against.official },
  };
};

const registrationSchemaResolver = zodResolver(complaintRegistrationSchema) as unknown as Resolver<Record<string, unknown>, unknown, ComplaintRegistration>;

export const registrationResolver =
  (ctx: { authorityId: string; timeZone: string; caseRow: CaseForComplaint | null }): Resolver<RegistrationValues, unknown, ComplaintRegistration> =>
  (values, context, options) =>
    registrationSchemaResolver(toRegistrationInput(values, ctx) as unknown as Record<string, unknown>, context, options as never) as ReturnType<Resolver<RegistrationValues, unknown, ComplaintRegistration>>;

export type DecisionValues = { outcome: '' | 'upheld' | 'rejected'; reasons: string; remedy: { kind: string; details: string }; nextSteps: string };

export const emptyDecision: DecisionValues = { outcome: '', reasons: '', remedy: { kind: '', details: '' }, nextSteps: '' };

export const toDecisionInput = (v: DecisionValues, expectedVersion: number): ComplaintDecisionInput => ({
  outcome: (v.outcome || undefined) as ComplaintDecisionInput['outcome'],
  reasons: v.reasons,
  remedy: v.outcome === 'upheld' ? ({ kind: v.remedy.kind || undefined, details: v.remedy.details } as ComplaintDecisionInput['remedy']) : null,
  nextSteps: v.outcome === 'upheld' ? v.nextSteps : null,
  expectedVersion,
});

const decisionSchemaResolver = zodResolver(complaintDecisionSchema) as unknown as Resolver<Record<string, unknown>, unknown, ComplaintDecision>;

export const decisionResolver =
  (expectedVersion: number): Resolver<DecisionValues, unknown, ComplaintDecision> =>
  (values, context, options) =>
    decisionSchemaResolver(toDecisionInput(values, expectedVersion) as unknown as Record<string, unknown>, context, options as never) as ReturnType<Resolver<DecisionValues, unknown, ComplaintDecision>>;

// The complaint terms of the case's service, of the chosen service, else of 210-FZ.
export const configFor = (options: ComplaintOptions | undefined, serviceSlug: string | null | undefined): ComplaintConfig | null =>
  options ? (options.services.find((s) => s.slug === serviceSlug)?.complaints ?? options.defaults) : null;

export const reviewTermText = (config: ComplaintConfig | null, shortTerm: boolean | undefined): string | null =>
  config && shortTerm !== undefined ? `Срок рассмотрения: ${shortTerm ? config.shortWorkingDays : config.standardWorkingDays} раб. дн. со дня регистрации` : null;
