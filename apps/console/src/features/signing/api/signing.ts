import { api, apiUrl, queryString } from '../../../lib/api-client';
import type { CaseDetail } from '../../../types/api';

export type SigningStage = 'draft' | 'initialled';

export const decisionsPath = (status: SigningStage): string => `/decisions${queryString({ status })}`;

export const getCase = (id: string): Promise<CaseDetail> => api<CaseDetail>(`/cases/${id}`);

export const fireCaseEvent = (id: string, body: { event: string; data: Record<string, unknown>; expectedVersion: number }): Promise<CaseDetail> =>
  api<CaseDetail>(`/cases/${id}/events`, { method: 'POST', body });

export const decisionPdfUrl = (id: string): string => apiUrl(`/decisions/${id}/pdf`);
