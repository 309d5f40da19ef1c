import { z } from 'zod';
import { localDateSchema, toUtcMidnight, type LocalDate } from '../common/local-date';
import { compliancePercent, SLA_BUCKETS, type SlaBucket } from './sla-bucket';

const MAX_PERIOD_DAYS = 3 * 366;

// GET /api/sla/dashboard: period of completion [from, to] in local dates; open terms are counted as of today.
export const slaDashboardQuerySchema = z
  .object({
    authorityId: z.uuid({ error: 'Некорректный орган' }).optional(),
    serviceSlug: z.string().trim().min(1, 'Укажите услугу').max(100).optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Конец периода раньше его начала' });
    else if (q.from && q.to && (toUtcMidnight(q.to) - toUtcMidnight(q.from)) / 86_400_000 > MAX_PERIOD_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'Период не может быть длиннее трёх лет' });
    }
  });
export type SlaDashboardQuery = z.infer<typeof slaDashboardQuerySchema>;

// Without a period: from the first day of the current month to today.
export const defaultSlaPeriod = (today: LocalDate, query: { from?: LocalDate; to?: LocalDate }): { from: LocalDate; to: LocalDate } => {
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? `${to.slice(0, 7)}-01`;
  return { from, to };
};

export type SlaOpenCounts = Record<SlaBucket, number>;

export type SlaStats = {
  // terms completed in the period
  met: number;
  breached: number;
  cancelled: number;
  // met / (met + breached), per cent; null when nothing was completed
  compliance: number | null;
  // running terms now, by working days left
  open: SlaOpenCounts;
  openTotal: number;
  // clocks stopped for now (rework, suspension)
  paused: number;
};

export const emptySlaStats = (): SlaStats => ({
  met: 0,
  breached: 0,
  cancelled: 0,
  compliance: null,
  open: Object.fromEntries(SLA_BUCKETS.map((b) => [b, 0])) as SlaOpenCounts,
  openTotal: 0,
  paused: 0,
});

export type SlaCounts = { met?: number; breached?: number; cancelled?: number; paused?: number; open?: Partial<SlaOpenCounts> };

// Adds counts to stats in place and keeps compliance and the open total consistent.
export const addSlaCounts = (stats: SlaStats, counts: SlaCounts): SlaStats => {
  stats.met += counts.met ?? 0;
  stats.breached += counts.breached ?? 0;
  stats.cancelled += counts.cancelled ?? 0;
  stats.paused += counts.paused ?? 0;
  for (const b of SLA_BUCKETS) {
    const n = counts.open?.[b] ?? 0;
    stats.open[b] += n;
    stats.openTotal += n;
  }
  stats.compliance = compliancePercent(stats);
  return stats;
};

export type SlaSweepCounts = {
  // terms newly marked in this run
  dueToday: number;
  overdue: number;
  // terms seen overdue for the first time (breached_at set)
  breached: number;
  // alerts removed: the term was completed, paused, extended
  cleared: number;
  // the applicant's waiting terms that lapsed and moved their case on (refusal drafts, resumed review), and those that could not
  expiredWaits?: number;
  expiryFailures?: number;
  // all terms carrying each alert after the run
  totals: { dueToday: number; overdue: number };
};

export type SlaJobRun = {
  id: string;
  trigger: 'schedule' | 'startup' | 'manual';
  startedAt: string;
  finishedAt: string | null;
  counts: SlaSweepCounts | null;
  error: string | null;
};

export type SlaDashboard = {
  from: LocalDate;
  to: LocalDate;
  generatedAt: string;
  authorityId: string | null;
  serviceSlug: string | null;
  total: SlaStats;
  byAuthority: { authorityId: string; title: string; timeZone: string; stats: SlaStats }[];
  byService: { serviceSlug: string; title: string; stats: SlaStats }[];
  // the case's assignee, else the clerk who took the application
  byClerk: { userId: string; fullName: string; stats: SlaStats }[];
  rows: { authorityId: string; serviceSlug: string; userId: string; stats: SlaStats }[];
  lastSweep: SlaJobRun | null;
};

export type MyTerm = {
  caseId: string;
  caseNumber: string | null;
  serviceSlug: string;
  serviceTitle: string;
  authorityId: string;
  authorityTitle: string;
  timeZone: string;
  applicantName: string;
  termId: string;
  title: string;
  clause: string;
  dueDate: LocalDate;
  dueAt: string | null;
  // null when the production calendar does not cover the dates
  workingDaysLeft: number | null;
  status: 'overdue' | 'due_today' | 'open';
  // as marked by the last sweep
  alert: 'due_today' | 'overdue' | null;
};

export type MyTerms = { today: LocalDate | null; items: MyTerm[]; lastSweep: SlaJobRun | null };
