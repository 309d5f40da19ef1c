import { api, queryString } from '../../../lib/api-client';

export type { MyTerm, MyTerms, SlaDashboard, SlaJobRun, SlaStats } from '@casework/domain/sla/sla-dashboard';

export const MY_TERMS_PATH = '/sla/my-terms';

// No authority: every authority where the user is a head, auditor or admin; no period: the current month.
export const dashboardPath = (f: { authorityId: string; serviceSlug: string; from: string; to: string }): string =>
  `/sla/dashboard${queryString({ authorityId: f.authorityId, serviceSlug: f.serviceSlug, from: f.from, to: f.to })}`;

export type SweepNow = { mode: 'pg-boss' | 'direct'; status: 'completed' | 'queued'; jobId?: string };

export const runSweepNow = (): Promise<SweepNow> => api<SweepNow>('/sla/sweep', { method: 'POST' });
