import type { LocalDate } from '../common/local-date';
import type { z } from 'zod';
import type { TermDefinition } from '../terms/term-definition';
import type { Workflow } from '../workflow/workflow';

export type LegalAct = { act: string; clause?: string };

export type GroundKind = 'refuse_accept' | 'refuse' | 'suspend' | 'extend';

export type Ground = {
  code: string;
  kind: GroundKind;
  title: string;
  clause: string;
  // channels where the ground applies; absent: all
  channels?: string[];
};

export type Channel = { code: string; title: string; clause?: string };

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

export type OutputDocument = { code: string; title: string; clause: string };

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
  workflow: Workflow;
  outputs: OutputDocument[];
  applicationSchema: z.ZodType<TApplication>;
  // the first month paid after a grant ('YYYY-MM'), when the service pays monthly
  paymentStartMonth?: (args: { submittedOn: LocalDate }) => string;
  // journal where registrations are numbered
  journalTitle: string;
};
