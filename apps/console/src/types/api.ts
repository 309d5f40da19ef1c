// Shapes of the REST API responses as the console reads them (see ARCHITECTURE.md §7).
import type { NoticeDelivery, Role } from '@casework/domain';

export type RoleGrant = { authorityId: string; role: Role };

export type User = {
  id: string;
  login: string;
  fullName: string;
  position: string | null;
  roles: RoleGrant[];
};

export type Authority = {
  id: string;
  code: string;
  name: string;
  shortName: string;
  region: string;
  timeZone: string;
};

export type ServiceChannel = { code: string; title: string };
export type ServiceVariant = { code: string; title: string; description: string };
export type ServiceCategory = { code: string; clause: string; title: string; conditions?: string };
export type ServiceGround = { code: string; kind: 'refuse_accept' | 'refuse' | 'suspend' | 'extend' | 'refuse_correction'; title: string; clause: string; channels?: string[] };
export type ServiceTerm = { id: string; title: string; length: number; unit: string; clause: string };
export type ServiceDocument = { code: string; title: string; providedBy: 'applicant' | 'interagency'; mandatory: boolean | 'if_representative'; clause?: string; variants?: string[] };
export type ServiceInteragency = { code: string; title: string; agency: string; clause?: string; condition?: string; responseWorkingDays?: number };
export type ServiceState = { code: string; title: string; final?: boolean };
export type ServiceEvent = { event: string; title: string; from: string[]; to: string; roles: Role[]; effects?: string[]; automatic?: boolean };

export type Service = {
  slug: string;
  title: string;
  shortTitle: string;
  channels: ServiceChannel[];
  variants: ServiceVariant[];
  categories: ServiceCategory[];
  grounds: ServiceGround[];
  terms: ServiceTerm[];
  documents: ServiceDocument[];
  interagency: ServiceInteragency[];
  states: ServiceState[];
  events: ServiceEvent[];
  // the rules of §9 and the facts they read (JSON schema with the labels of the fields)
  evaluation: { rulesVersion: string; factsSchema: Record<string, unknown> } | null;
  hasParameters?: boolean;
};

export type ExplanationStep = { rule: string; clause: string; inputs: Record<string, string | number | boolean | null | string[]>; result: boolean | number | string };

// What the rules of a service answer (POST /api/services/:slug/evaluate, POST /api/cases/:id/evaluate), and what a
// draft decision stores.
export type EvaluationResult = {
  serviceSlug: string;
  rulesVersion: string;
  asOf: string;
  submittedOn: string;
  outcome: 'grant' | 'refuse';
  outcomeTitle: string;
  grounds: { code: string; clause: string; title: string }[];
  amount?: number;
  period?: { from: string; to?: string };
  explanation: ExplanationStep[];
  parameters?: { validFrom: string; validTo?: string; act: string };
  calculation?: { label: string; value: string }[];
  facts: Record<string, unknown>;
};

export type IdentityDocument = {
  kind: string;
  series: string | null;
  number: string;
  issuedBy: string | null;
  issuedOn: string | null;
};

export type Person = {
  id: string;
  snils: string | null;
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string;
  sex: 'male' | 'female';
  citizenship: 'RU' | 'foreign' | 'stateless';
  identityDocument: IdentityDocument | null;
  registrationAddress: string | null;
  actualAddress: string | null;
  phone: string | null;
  email: string | null;
  version: number;
  // a merged duplicate points at the file that took its place
  mergedIntoId?: string | null;
};

export type PersonChange = {
  changedAt: string;
  changedBy: string | null;
  changes: Record<string, { from: unknown; to: unknown }>;
  basis: string | null;
};

export type PersonCaseTerm = { termId: string; title: string; status: CaseTerm['status']; dueDate: string; completedOn: string | null };

export type PersonCaseSummary = {
  id: string;
  number: string | null;
  serviceSlug: string;
  serviceTitle: string;
  state: string;
  stateTitle: string;
  receivedAt: string;
  authorityId: string;
  terms: PersonCaseTerm[];
};

export type PersonRef = { id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string };

// A file the near-duplicate rule flags, with its reason in Russian.
export type DuplicateCandidate = PersonRef & { snils: string | null; reason: string };

export type FamilyRelationView = 'spouse' | 'child' | 'parent' | 'ward' | 'guardian' | 'other';

// A family link as this file sees it: the relative is the other person, the relation inverted on the relative's side.
export type FamilyLink = {
  id: string;
  relation: FamilyRelationView;
  relationTitle: string;
  recordedRelation: 'spouse' | 'child' | 'ward' | 'other';
  side: 'person' | 'relative';
  relative: PersonRef & { mergedIntoId: string | null };
  validFrom: string;
  validTo: string | null;
  basis: string;
  endBasis: string | null;
  createdBy: string;
  createdAt: string;
  endedBy: string | null;
  endedAt: string | null;
  version: number;
  // holds on the day shown (today, or the as-of date)
  active: boolean;
};

export type PersonMergeRecord = {
  id: string;
  role: 'survivor' | 'merged';
  survivor: { id: string; name: string };
  merged: { id: string; name: string; birthDate: string };
  mergedAt: string;
  mergedBy: string;
  reason: string;
  moved: { cases: number; familyLinks: number; familyLinksDropped: number; paymentAssignments: number; complaints: number };
};

// The applicant's data at the instant a decision was signed, and the file it was taken from.
export type ApplicantSnapshot = Omit<Person, 'id' | 'version' | 'mergedIntoId'> & { personId: string };

export type PersonDecision = {
  id: string;
  kind: string;
  kindTitle: string;
  status: Decision['status'];
  number: string | null;
  decisionDate: string | null;
  signedAt: string | null;
  amountKopecks: number | null;
  paymentStartMonth: string | null;
  caseId: string;
  caseNumber: string | null;
  serviceSlug: string;
  serviceTitle: string;
  applicantAtDecision: ApplicantSnapshot | null;
};

export type PersonDocument = {
  source: 'document' | 'notice';
  id: string;
  title: string;
  date: string;
  status: string;
  number: string | null;
  fileName: string | null;
  providedBy: string | null;
  kind: string | null;
  caseId: string;
  caseNumber: string | null;
};

export type PersonalFile = {
  person: Person;
  // present when the file is shown as of the end of a past day
  asOf?: string;
  existedAsOf?: boolean;
  mergedInto: PersonRef | null;
  changes: PersonChange[];
  cases: PersonCaseSummary[];
  family: FamilyLink[];
  merges: PersonMergeRecord[];
  decisions: PersonDecision[];
  documents: PersonDocument[];
};

export type TermUrgency = 'open' | 'due_today' | 'overdue';

export type QueueItem = {
  id: string;
  number: string | null;
  serviceSlug: string;
  serviceTitle: string;
  state: string;
  stateTitle: string;
  applicantName: string;
  channel: string;
  receivedAt: string;
  registeredAt: string | null;
  nextTerm: null | { termId: string; title: string; dueDate: string; workingDaysLeft: number | null; status: TermUrgency };
};

export type QueuePage = { total: number; items: QueueItem[] };

export type CaseTerm = {
  termId: string;
  title: string;
  clause: string | null;
  status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
  startedOn: string | null;
  dueDate: string | null;
  dueAt: string | null;
  completedOn: string | null;
  explanation: string | null;
  // the day the current pause began (status 'paused'); working days credited for finished pauses
  pausedOn: string | null;
  pausedWorkingDays: number;
  // an extension on a ground of kind 'extend' (its code)
  extensionWorkingDays: number;
  extensionGround: string | null;
  workingDaysLeft: number | null;
  urgency: 'open' | 'due_today' | 'overdue' | 'met' | 'breached' | 'cancelled';
};

export type CaseEvent = {
  seq: number;
  event: string;
  title: string;
  fromState: string | null;
  toState: string | null;
  actorName: string | null;
  at: string;
  data: Record<string, unknown> | null;
  fromStateTitle?: string | null;
  toStateTitle?: string | null;
};

export type CaseDocument = { id: string; code: string; title: string; providedBy: string; status: string };

export type InteragencyStatus = 'sent' | 'answered' | 'incomplete' | 'failed' | 'superseded';

export type InteragencyRequest = {
  id: string;
  kind: string;
  title: string;
  agency: string;
  number: string | null;
  status: InteragencyStatus;
  sentOn: string | null;
  dueDate: string | null;
  answeredOn: string | null;
  // incomplete: { …, missing: string[] }; failed: { error }
  answer: unknown;
  // the request this one asks again (an incomplete or failed one)
  reaskOf: string | null;
  // answered (or still unanswered) after its term: never a refusal ground (cl. 18)
  late: boolean;
};

export type DecisionGround = { code: string; title: string; clause: string };

export type Decision = {
  id: string;
  kind: string;
  // issued: sent to the applicant (send_copy)
  status: 'draft' | 'initialled' | 'signed' | 'issued' | 'returned';
  number: string | null;
  decisionDate: string | null;
  grounds: DecisionGround[];
  paymentStartMonth: string | null;
  // the monthly amount the rules calculated, kopecks
  amountKopecks?: number | null;
  // the rules' result the draft was taken on
  evaluation?: EvaluationResult | null;
  draftedBy: string | null;
  initialledBy: string | null;
  signedBy: string | null;
  pdfSha256: string | null;
  comment?: string | null;
  draftedAt?: string | null;
};

export type CaseAction = { event: string; title: string; effects?: string[] };

export type { NoticeDelivery };

export type CaseNotice = {
  id: string;
  kind: string;
  title: string;
  number: string;
  noticeDate: string;
  delivery: NoticeDelivery;
  status: 'prepared' | 'sent';
  decisionId: string | null;
  pdfSha256: string | null;
  sentAt: string | null;
  sentBy: string | null;
};

export type CaseDuplicateOf = { id: string; number: string | null; state: string; stateTitle: string | null };

export type CaseDetail = {
  id: string;
  number: string | null;
  serviceSlug: string;
  serviceTitle: string;
  variant: string | null;
  channel: string;
  channelTitle?: string;
  state: string;
  stateTitle: string;
  version: number;
  payload: Record<string, unknown>;
  representative: Record<string, unknown> | null;
  receivedAt: string;
  submittedOn: string | null;
  // the legal day of receipt (terms count from it) and why it differs from the arrival, when it does
  receivedOn: string;
  receivedOnNote: string | null;
  // a second application registered while this pending one existed, with the clerk's reason
  duplicateOf: CaseDuplicateOf | null;
  duplicateReason: string | null;
  acceptedOn: string | null;
  registeredAt: string | null;
  decidedOn?: string | null;
  // the authority's local date as the server sees it
  today: string;
  authority: { id: string; name: string; shortName: string; timeZone: string };
  applicant: Person;
  terms: CaseTerm[];
  events: CaseEvent[];
  documents: CaseDocument[];
  interagency: InteragencyRequest[];
  decisions: Decision[];
  notices: CaseNotice[];
  // every ground of the service (refusals, suspension, extension)
  grounds: ServiceGround[];
  actions: CaseAction[];
};

export type DecisionQueueItem = {
  id: string;
  caseId: string;
  caseNumber: string | null;
  applicantName: string;
  kind: string;
  status: Decision['status'];
  draftedAt: string;
  grounds: DecisionGround[];
  caseVersion?: number;
  serviceSlug?: string;
  authorityName?: string;
};

export type CalendarYearInfo = { year: number; source: string; loadedAt: string };

export type CalendarDayKind = 'working' | 'short' | 'weekend' | 'holiday' | 'day_off';

export type CalendarDay = { date: string; kind: CalendarDayKind; holidayTitle?: string | null; movedFrom?: string | null };

export type CalendarYear = { year: number; days: CalendarDay[] };

export type ApiErrorBody = { code: string; message: string; errors?: Record<string, string> };
