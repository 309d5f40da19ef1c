import { api, apiUrl } from '../../../lib/api-client';
import type { CaseDetail } from '../../../types/api';

export const casePath = (id: string): string => `/cases/${id}`;

export const fireEvent = (id: string, body: { event: string; data: Record<string, unknown>; expectedVersion: number }): Promise<CaseDetail> =>
  api<CaseDetail>(`/cases/${id}/events`, { method: 'POST', body });

export const pollInteragency = (id: string): Promise<CaseDetail> => api<CaseDetail>(`/cases/${id}/interagency/poll`, { method: 'POST' });

export const receiptUrl = (id: string): string => apiUrl(`/cases/${id}/receipt.pdf`);
// the application as taken (capital repair App 1), and the forms of the variants filed on the case, pre-filled
export const applicationUrl = (id: string): string => apiUrl(`/cases/${id}/application.pdf`);
export const formUrl = (id: string, form: 'withdrawal' | 'delivery-change' | 'correction', fill: Record<string, string> = {}): string => {
  const query = new URLSearchParams(Object.entries(fill).filter(([, v]) => v.trim() !== '')).toString();
  return apiUrl(`/cases/${id}/forms/${form}.pdf${query ? `?${query}` : ''}`);
};

export const decisionPdfUrl = (id: string): string => apiUrl(`/decisions/${id}/pdf`);

export const noticePdfUrl = (caseId: string, noticeId: string): string => apiUrl(`/cases/${caseId}/notices/${noticeId}/pdf`);
