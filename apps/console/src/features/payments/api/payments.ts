import type { ParameterSetRequest, RecalculateRequest, RefundRequest, RegisterRequest, ResumeRequest, SuspendRequest, TerminateRequest } from '@casework/domain';
import { api, apiUrl, queryString } from '../../../lib/api-client';

// Shapes of /api/payment-registers, /api/payment-assignments, /api/persons/:id/payments and /api/services/:slug/parameters.
// Money is integer kopecks, months are 'YYYY-MM', legal dates 'YYYY-MM-DD'.

export type RegisterStatus = 'generating' | 'formed' | 'approved' | 'exported' | 'reconciled';
export type LineStatus = 'included' | 'paid' | 'returned';
export type PaymentMethod = 'bank' | 'post';

export type Register = {
  id: string;
  authorityId: string;
  authorityName: string;
  period: string;
  method: PaymentMethod;
  number: string;
  status: RegisterStatus;
  stage: string | null;
  expectedLines: number;
  lineCount: number;
  totalKopecks: number;
  startedAt: string;
  formedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  exportedAt: string | null;
  reconciledAt: string | null;
  error: string | null;
  version: number;
};

export type RegisterTotal = { status: LineStatus; lines: number; totalKopecks: number; additionalKopecks: number; deductionKopecks: number; reissues: number };

export type RegisterLine = {
  id: string;
  lineNo: number;
  period: string;
  reissue: boolean;
  amountKopecks: number;
  additionalKopecks: number;
  deductionKopecks: number;
  totalKopecks: number;
  status: LineStatus;
  resultOn: string | null;
  returnReason: string | null;
  bik: string | null;
  account: string | null;
  postOffice: string | null;
  personId: string;
  fullName: string;
  snils: string | null;
  caseId: string;
  caseNumber: string | null;
};

export type RegisterView = { register: Register; totals: RegisterTotal[]; lines: { items: RegisterLine[]; total: number; offset: number; limit: number } };

export type Reconciled = Register & { applied: { paid: number; returned: number } };

export type AssignmentStatus = 'pending' | 'active' | 'suspended' | 'terminated';

export type AssignmentEvent = {
  id: string;
  kind: string;
  effectiveMonth: string | null;
  reason: string | null;
  basis: string | null;
  data: Record<string, unknown>;
  at: string;
  actor: string;
};

export type Recovery = {
  id: string;
  adjustmentId: string;
  kind: 'deduction' | 'refund';
  amountKopecks: number;
  paidOn: string | null;
  document: string | null;
  createdAt: string;
  lineNo: number | null;
  registerNumber: string | null;
};

export type Adjustment = {
  id: string;
  kind: 'additional' | 'overpayment';
  amountKopecks: number;
  balanceKopecks: number;
  recoveryMethod: 'deduction' | 'voluntary' | null;
  deductionPercent: number | null;
  status: 'open' | 'settled';
  reason: string;
  createdAt: string;
  recoveries: Recovery[];
};

export type AssignmentLine = {
  id: string;
  period: string;
  lineNo: number;
  reissueOf: string | null;
  amountKopecks: number;
  additionalKopecks: number;
  deductionKopecks: number;
  totalKopecks: number;
  status: LineStatus;
  resultOn: string | null;
  returnReason: string | null;
  registerId: string;
  registerNumber: string;
  registerStatus: RegisterStatus;
  registerPeriod: string;
};

export type Assignment = {
  id: string;
  authorityId: string;
  personId: string;
  caseId: string;
  caseNumber: string | null;
  decisionId: string;
  serviceSlug: string;
  status: AssignmentStatus;
  amountKopecks: number | null;
  firstMonth: string;
  lastMonth: string | null;
  suspendedFrom: string | null;
  arrearsFrom: string | null;
  method: PaymentMethod;
  bankName: string | null;
  bik: string | null;
  account: string | null;
  postOffice: string | null;
  version: number;
  amountPeriods: { fromMonth: string; amountKopecks: number }[];
  events: AssignmentEvent[];
  adjustments: Adjustment[];
  lines: AssignmentLine[];
};

export type PersonPaymentsData = { assignments: Assignment[] };

export type ParameterSet = { id: string; serviceSlug: string; validFrom: string; validTo: string | null; act: string; values: unknown; createdBy: string | null; createdAt: string };
export type ParameterSets = { title: string; sets: ParameterSet[] };

export const LINES_PAGE_SIZE = 100;

export const registersPath = (f: { period: string }): string => `/payment-registers${queryString({ period: f.period })}`;

export const registerPath = (id: string, f: { status: string; offset: number }): string =>
  `/payment-registers/${id}${queryString({ status: f.status, offset: f.offset, limit: LINES_PAGE_SIZE })}`;

export const exportUrl = (id: string, format: 'csv' | 'xlsx'): string => apiUrl(`/payment-registers/${id}/export${queryString({ format })}`);
// the payment document to sign: the list of recipients (capital repair 3.2.6) or the register of compensations (housing cl. 67)
export const listPdfUrl = (id: string): string => apiUrl(`/payment-registers/${id}/list.pdf`);

// The bank's answer made by the built-in simulator (the bank is outside the system); `returned` lists line numbers.
export const simulatorUrl = (id: string, returned: string): string => apiUrl(`/payment-registers/${id}/bank-simulator/reconciliation${queryString({ returned: returned.replace(/\s+/g, '') })}`);

export const personPaymentsPath = (personId: string): string => `/persons/${personId}/payments`;

export const parametersPath = (slug: string): string => `/services/${slug}/parameters`;

export const createRegister = (body: RegisterRequest): Promise<Register> => api<Register>('/payment-registers', { method: 'POST', body });

export const resumeRegister = (id: string): Promise<Register> => api<Register>(`/payment-registers/${id}/resume`, { method: 'POST', body: {} });

export const approveRegister = (id: string, expectedVersion: number): Promise<Register> => api<Register>(`/payment-registers/${id}/approve`, { method: 'POST', body: { expectedVersion } });

export const reconcileRegister = (id: string, body: { csv: string; expectedVersion: number }): Promise<Reconciled> =>
  api<Reconciled>(`/payment-registers/${id}/reconciliation`, { method: 'POST', body });

export type AssignmentChange =
  | { kind: 'suspend'; body: SuspendRequest }
  | { kind: 'resume'; body: ResumeRequest }
  | { kind: 'terminate'; body: TerminateRequest }
  | { kind: 'recalculate'; body: RecalculateRequest };

export const changeAssignment = (id: string, change: AssignmentChange): Promise<unknown> => api(`/payment-assignments/${id}/${change.kind}`, { method: 'POST', body: change.body });

export const recordRefund = (id: string, adjustmentId: string, body: RefundRequest): Promise<unknown> =>
  api(`/payment-assignments/${id}/adjustments/${adjustmentId}/refunds`, { method: 'POST', body });

export const createParameterSet = (slug: string, body: ParameterSetRequest): Promise<ParameterSet> => api<ParameterSet>(parametersPath(slug), { method: 'POST', body });
