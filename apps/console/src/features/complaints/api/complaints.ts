import type { ComplaintDecisionInput, ComplaintRegistrationInput, ComplaintReplySent } from '@casework/domain';
import { api, apiUrl, queryString } from '../../../lib/api-client';

export type ComplaintTermStatus = 'open' | 'due_today' | 'overdue' | 'met' | 'breached' | 'cancelled';

export type ComplaintTerm = {
  termId: 'COMPLAINT_REVIEW' | 'COMPLAINT_REPLY';
  title: string;
  clause: string;
  startedOn: string;
  dueDate: string;
  completedOn: string | null;
  explanation: string;
  status: ComplaintTermStatus;
  workingDaysLeft: number | null;
};

export type ComplaintListItem = {
  id: string;
  number: string;
  authorityId: string;
  caseId: string | null;
  caseNumber: string | null;
  complainantName: string;
  channel: string;
  channelTitle: string;
  subject: string;
  subjectTitle: string;
  status: string;
  statusTitle: string;
  registeredOn: string;
  reviewDue: string;
  replyDue: string | null;
  nextTerm: null | { termId: string; title: string; dueDate: string; status: ComplaintTermStatus; workingDaysLeft: number | null };
};

export type ComplaintListPage = { total: number; items: ComplaintListItem[] };

export type ComplaintDetail = {
  id: string;
  number: string;
  version: number;
  today: string;
  authority: { id: string; name: string; shortName: string; timeZone: string };
  caseId: string | null;
  caseNumber: string | null;
  serviceSlug: string | null;
  serviceTitle: string | null;
  complainantPersonId: string | null;
  complainantName: string;
  complainantAddress: string | null;
  channel: string;
  channelTitle: string;
  subject: string;
  subjectTitle: string;
  shortTerm: boolean;
  text: string;
  against: { body: string; bodyTitle: string; filedWith: string | null; official: string | null };
  receivedAt: string;
  registeredAt: string;
  registeredOn: string;
  status: 'registered' | 'upheld' | 'rejected' | 'withdrawn';
  statusTitle: string;
  terms: { review: ComplaintTerm; reply: ComplaintTerm | null };
  outcome: null | {
    outcome: 'upheld' | 'rejected';
    reasons: string;
    remedy: { kind: string; details: string | null } | null;
    remedyTitle: string | null;
    nextSteps: string | null;
  };
  decidedOn: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  replySha256: string | null;
  repliedAt: string | null;
  repliedOn: string | null;
  repliedBy: string | null;
  replyMethod: string | null;
  replyMethodTitle: string | null;
  replyWithinTerm: boolean | null;
  reviewWithinTerm: boolean | null;
  actions: { decide: boolean; replySent: boolean };
};

export type ComplaintBody = { code: string; title: string; filedWith?: string };
export type ComplaintConfig = { standardWorkingDays: number; shortWorkingDays: number; replyWorkingDays: number; clause: string; bodies: ComplaintBody[] };

export type ComplaintOptions = {
  subjects: { code: string; title: string; shortTerm: boolean }[];
  channels: { code: string; title: string }[];
  remedies: { code: string; title: string }[];
  replyMethods: { code: string; title: string }[];
  statuses: { code: string; title: string }[];
  defaults: ComplaintConfig;
  services: { slug: string; shortTitle: string; complaints: ComplaintConfig }[];
};

// The case a complaint is about, as the registration form needs it.
export type CaseForComplaint = {
  id: string;
  number: string | null;
  serviceSlug: string;
  serviceTitle: string;
  authority: { id: string };
  applicant: { id: string; lastName: string; firstName: string; middleName: string | null; registrationAddress: string | null; actualAddress: string | null };
};

export const COMPLAINTS_PAGE_SIZE = 25;

export type ComplaintFilters = { status: string; caseId: string; offset: number };

export const complaintsPath = (authorityId: string, f: ComplaintFilters): string =>
  `/complaints${queryString({ authorityId, status: f.status, caseId: f.caseId, limit: COMPLAINTS_PAGE_SIZE, offset: f.offset })}`;

export const complaintPath = (id: string): string => `/complaints/${id}`;

export const COMPLAINT_OPTIONS_PATH = '/complaints/options';

export const replyPdfUrl = (id: string): string => apiUrl(`/complaints/${id}/reply.pdf`);

export const caseForComplaintPath = (id: string): string => `/cases/${id}`;

export const registerComplaint = (body: ComplaintRegistrationInput): Promise<ComplaintDetail> => api<ComplaintDetail>('/complaints', { method: 'POST', body });

export const decideComplaint = (id: string, body: ComplaintDecisionInput): Promise<ComplaintDetail> => api<ComplaintDetail>(`/complaints/${id}/decision`, { method: 'POST', body });

export const markReplySent = (id: string, body: ComplaintReplySent): Promise<ComplaintDetail> => api<ComplaintDetail>(`/complaints/${id}/reply-sent`, { method: 'POST', body });

export const loadCase = (id: string): Promise<CaseForComplaint> => api<CaseForComplaint>(caseForComplaintPath(id));

// The queue search matches a registration number exactly; the exact match is the one wanted.
export const findCaseByNumber = async (authorityId: string, number: string): Promise<CaseForComplaint | null> => {
  const page = await api<{ items: { id: string; number: string | null }[] }>(`/cases${queryString({ authorityId, q: number.trim(), limit: 10 })}`);
  const hit = page.items.find((c) => c.number === number.trim());
  return hit ? loadCase(hit.id) : null;
};
