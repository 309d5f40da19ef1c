import { api, apiUrl } from '../../../lib/api-client';
import type { CaseDetail } from '../../../types/api';

export const casePath = (id: string): string => `/cases/${id}`;

export const fireEvent = (id: string, body: { event: string; data: Record<string, unknown>; expectedVersion: number }): Promise<CaseDetail> =>
  api<CaseDetail>(`/cases/${id}/events`, { method: 'POST', body });

export const pollInteragency = (id: string): Promise<CaseDetail> => api<CaseDetail>(`/cases/${id}/interagency/poll`, { method: 'POST' });

export const receiptUrl = (id: string): string => apiUrl(`/cases/${id}/receipt.pdf`);

export const decisionPdfUrl = (id: string): string => apiUrl(`/decisions/${id}/pdf`);

export const noticePdfUrl = (caseId: string, noticeId: string): string => apiUrl(`/cases/${caseId}/notices/${noticeId}/pdf`);
