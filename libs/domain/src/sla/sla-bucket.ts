import type { LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';
import { termStatus } from '../terms/term-status';

// Open terms on the SLA dashboard, by working days left to the due date.
export const SLA_BUCKETS = ['overdue', 'today', '1', '2-3', '4-5', '6-10', 'over-10'] as const;
export type SlaBucket = (typeof SLA_BUCKETS)[number];

export const SLA_BUCKET_TITLES: Record<SlaBucket, string> = {
  overdue: 'Просрочено',
  today: 'Сегодня',
  '1': '1 р.д.',
  '2-3': '2–3 р.д.',
  '4-5': '4–5 р.д.',
  '6-10': '6–10 р.д.',
  'over-10': 'Более 10 р.д.',
};

// A calendar-day term may end on a later non-working day with no working day in between: it is due "within one working day".
export const bucketOfWorkingDaysLeft = (workingDaysLeft: number): Exclude<SlaBucket, 'overdue' | 'today'> => {
  if (workingDaysLeft <= 1) return '1';
  if (workingDaysLeft <= 3) return '2-3';
  if (workingDaysLeft <= 5) return '4-5';
  if (workingDaysLeft <= 10) return '6-10';
  return 'over-10';
};

export type OpenTermState = {
  status: 'overdue' | 'due_today' | 'open';
  workingDaysLeft: number;
  bucket: SlaBucket;
};

// A running term as of "today" (the authority's local date); a minute or hour term is overdue once its instant
// has passed (lateByTime) even on its due date.
export const openTermState = ({ dueDate, today, calendar, lateByTime = false }: { dueDate: LocalDate; today: LocalDate; calendar: ProductionCalendar; lateByTime?: boolean }): OpenTermState => {
  const s = termStatus({ dueDate, today, calendar });
  if (s.status === 'overdue' || (lateByTime && s.status === 'due_today')) return { status: 'overdue', workingDaysLeft: s.status === 'overdue' ? s.workingDaysLeft : 0, bucket: 'overdue' };
  if (s.status === 'due_today') return { status: 'due_today', workingDaysLeft: 0, bucket: 'today' };
  return { status: 'open', workingDaysLeft: s.workingDaysLeft, bucket: bucketOfWorkingDaysLeft(s.workingDaysLeft) };
};

// Share of terms met among those finished on time or late, in per cent with one decimal; none finished: null.
export const compliancePercent = ({ met, breached }: { met: number; breached: number }): number | null =>
  met + breached === 0 ? null : Math.round((met / (met + breached)) * 1000) / 10;

const URGENCY: Record<OpenTermState['status'], number> = { overdue: 0, due_today: 1, open: 2 };

// "My terms": overdue first, then due today, then by working days left (the nearest first).
export const compareOpenTerms = (a: OpenTermState & { dueDate: LocalDate }, b: OpenTermState & { dueDate: LocalDate }): number =>
  URGENCY[a.status] - URGENCY[b.status] || a.workingDaysLeft - b.workingDaysLeft || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);
