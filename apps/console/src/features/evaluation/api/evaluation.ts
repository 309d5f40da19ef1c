import { api } from '../../../lib/api-client';
import type { EvaluationResult } from '../../../types/api';

export type CounterQuestion = {
  application: unknown;
  applicant?: { birthDate: string; sex: 'male' | 'female' };
  applicantId?: string;
  facts: Record<string, unknown>;
  asOf: string;
  submittedOn?: string;
};

// The calculator at the counter: the rules answer without a case.
export const evaluateAtCounter = (slug: string, body: CounterQuestion): Promise<EvaluationResult> => api<EvaluationResult>(`/services/${encodeURIComponent(slug)}/evaluate`, { method: 'POST', body });

// A case's application through its service's rules, the facts of its interagency answers under the clerk's.
export const evaluateCase = (caseId: string, body: { facts: Record<string, unknown>; asOf?: string }): Promise<EvaluationResult> => api<EvaluationResult>(`/cases/${caseId}/evaluate`, { method: 'POST', body });
