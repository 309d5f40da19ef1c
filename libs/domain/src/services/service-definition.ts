import type { LocalDate } from '../common/local-date';
import type { z } from 'zod';
import type { Evaluation } from './evaluation';
import type { ReceiptRule } from '../terms/receipt-date';
import type { TermDefinition } from '../terms/term-definition';
import type { Workflow } from '../workflow/workflow';

export type LegalAct = { act: string; clause?: string };

// 'refuse_correction': a refusal to correct a typo or error in an issued document (capital repair TYPO-REF-*)
export type GroundKind = 'refuse_accept' | 'refuse' | 'suspend' | 'extend' | 'refuse_correction';

export type Ground = {
  code: string;
  kind: GroundKind;
  title: string;
  clause: string;
  // channels where the ground applies; absent: all
  channels?: string[];
};

export type Channel = {
  code: string;
  title: string;
  clause?: string;
  // when an application of this channel counts as received (electronic: after hours or on a day off → next working day)
  receipt?: ReceiptRule & { clause: string };
  // how the result reaches an applicant of this channel by default
  electronic?: boolean;
};

// A second application while one is pending for the same person and service (ARCHITECTURE 4: duplicates):
// 'confirm' — the clerk sees the pending case and registers the new one only with a stated reason;
// 'refuse' — the new one cannot be taken (the regulation names it a refusal ground).
export type MissingDocumentsProcedure = { event: string; waitTermId: string; refusalGround: string; restartsDecisionTerm: boolean; clause: string };

export type ServiceProcedures = {
  // missing-documents notices, per event (capital repair: the documents of 2.6.1, SUS-01; the disability document, SUS-03):
  // the waiting term (its due date is the deadline printed) and the refusal ground on expiry
  missingDocuments?: MissingDocumentsProcedure[];
  // documents returned to the applicant for rework: days he has to bring them back (the clock pauses meanwhile)
  rework?: { returnWithinWorkingDays: number; clause: string };
  // the term an extension moves (its notice names the old and the new due date)
  extension?: { termId: string; clause: string };
};

export type DuplicatePolicy = { policy: 'confirm' | 'refuse'; clause?: string };

export type Variant = { code: string; title: string; description: string };

export type ApplicantCategory = {
  code: string;
  clause: string;
  title: string;
  conditions?: string;
  // family categories need a link to the deceased person
  familyOfDeceased?: boolean;
};

export type DocumentRequirement = {
  code: string;
  title: string;
  providedBy: 'applicant' | 'interagency';
  mandatory: boolean | 'if_representative';
  clause: string;
  // variant codes the document belongs to; absent: all variants
  variants?: string[];
};

export type InteragencyDataKind = {
  code: string;
  title: string;
  agency: string;
  clause: string;
  // when the request is needed, in words (the clerk chooses)
  condition?: string;
  // response term in working days (210-FZ art. 7.2 part 3 default: 5)
  responseWorkingDays: number;
};

export type OtherTerm = { id: string; title: string; reason: string };

export type OutputDocument = { code: string; title: string; clause: string };

// A body whose decisions or actions may be complained about, and where such a complaint is filed.
export type ComplaintBody = { code: string; title: string; filedWith?: string };

// Pre-trial complaints (210-FZ ch. 2.1): review terms in working days, where the regulation names its own.
export type ComplaintConfig = {
  // review from registration (210-FZ art. 11.2 part 6: 15)
  standardWorkingDays: number;
  // refusal to accept documents, to correct typos, or a late correction (art. 11.2 part 6: 5)
  shortWorkingDays: number;
  // the reasoned reply after the decision (art. 11.2 part 8: the next day)
  replyWorkingDays: number;
  clause: string;
  bodies: ComplaintBody[];
};

// An effective-dated set of a service's calculation parameters with the act that set them (ARCHITECTURE 3);
// validTo is the last day in force, absent while no later set replaced it.
export type StoredParameterSet = { validFrom: LocalDate; validTo?: LocalDate; act: string; values: unknown };

// The citizen's data the eligibility and amount rules read besides the application.
export type EvaluationApplicant = { birthDate: LocalDate; sex: 'male' | 'female' };

// The rules of §9 of a service as one pure function (ARCHITECTURE 3: evaluate → Evaluation). It answers a clerk's
// question at the counter (POST /api/services/:slug/evaluate) and gives a decision its grounds, amount and
// explanation, stored with the decision together with the rules version and the parameter set used.
export type ServiceEvaluation<TApplication = unknown, TFacts = unknown> = {
  // changes whenever a rule changes, so that a stored decision says which rules it was taken under
  rulesVersion: string;
  // what interagency answers and the clerk established (registration, ownership, debt, other measures…); an absent
  // fact is "not established"
  factsSchema: z.ZodType<TFacts>;
  // the facts the interagency answers of a case already establish (the clerk confirms or corrects them): answers by
  // data kind, complete ones only
  factsFromInteragency?(answers: Readonly<Record<string, Record<string, unknown>>>): Partial<TFacts>;
  // method syntax: a definition of a concrete application type is still a ServiceDefinition
  evaluate(args: {
    application: TApplication;
    applicant: EvaluationApplicant;
    facts: TFacts;
    // the day the rules are applied on: the decision date, or the day a clerk asks at the counter
    asOf: LocalDate;
    // the day of submission: the first payment month follows from it where the service says so
    submittedOn: LocalDate;
    // the day the application was registered, on a case (absent at the counter)
    registeredOn?: LocalDate;
    // every stored parameter set of the service; the rules take the one in force on their own reference date
    parameterSets: readonly StoredParameterSet[];
  }): Evaluation;
};

export type ServiceDefinition<TApplication = unknown> = {
  slug: string;
  title: string;
  shortTitle: string;
  region: string;
  legalBasis: LegalAct[];
  channels: Channel[];
  variants: Variant[];
  categories: ApplicantCategory[];
  documents: DocumentRequirement[];
  interagency: InteragencyDataKind[];
  grounds: Ground[];
  terms: TermDefinition[];
  // the terms of the regulation that do not run as a clock on a case, each with the reason (so that every term of
  // the spec is accounted for in the definition)
  otherTerms?: OtherTerm[];
  workflow: Workflow;
  outputs: OutputDocument[];
  applicationSchema: z.ZodType<TApplication>;
  // the first month paid after a grant ('YYYY-MM'), when the service pays monthly
  paymentStartMonth?: (args: { submittedOn: LocalDate }) => string;
  // journal where registrations are numbered
  journalTitle: string;
  // what is granted, as the decision and its notice name it: «о предоставлении компенсации …», «предоставить компенсацию …»
  resultSubject: { genitive: string; accusative: string };
  duplicates?: DuplicatePolicy;
  // parameters of the engine's generic procedures where the regulation has them
  procedures?: ServiceProcedures;
  // absent: the 210-FZ defaults (COMPLAINT_DEFAULTS)
  complaints?: ComplaintConfig;
  // effective-dated calculation parameters the admin enters with the act that set them (rates, standards, percentages)
  parameters?: { title: string; schema: z.ZodType };
  evaluation?: ServiceEvaluation<TApplication>;
};
