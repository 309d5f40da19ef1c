import { advanceClocks, type LocalDate, type ProductionCalendar, type ServiceDefinition, type TermClock } from '@casework/domain';
import type { CaseTermRow } from './case.entity';

export type TermChange = Omit<CaseTermRow, 'caseId'>;

const toClock = (t: TermChange): TermClock => ({
  termId: t.termId,
  title: t.title,
  clause: t.clause,
  status: t.status,
  startedOn: t.startedOn,
  startedAt: t.startedAt.toISOString(),
  dueDate: t.dueDate,
  dueAt: t.dueAt ? t.dueAt.toISOString() : null,
  pausedOn: t.pausedOn ?? null,
  pausedWorkingDays: t.pausedWorkingDays ?? 0,
  extensionWorkingDays: t.extensionWorkingDays ?? 0,
  extensionGround: t.extensionGround ?? null,
  completedOn: t.completedOn,
  completedAt: t.completedAt ? t.completedAt.toISOString() : null,
  explanation: t.explanation,
});

const fromClock = (c: TermClock): TermChange => ({
  termId: c.termId,
  title: c.title,
  clause: c.clause,
  status: c.status,
  startedOn: c.startedOn,
  startedAt: new Date(c.startedAt),
  dueDate: c.dueDate,
  dueAt: c.dueAt ? new Date(c.dueAt) : null,
  pausedOn: c.pausedOn,
  pausedWorkingDays: c.pausedWorkingDays,
  extensionWorkingDays: c.extensionWorkingDays,
  extensionGround: c.extensionGround,
  completedOn: c.completedOn,
  completedAt: c.completedAt ? new Date(c.completedAt) : null,
  explanation: c.explanation,
});

// The clocks an event changes (ARCHITECTURE 3.1), by the domain's pure rules, as rows of case_term.
export const termChangesFor = ({
  service,
  event,
  toState,
  channel,
  legalDate,
  at,
  existing,
  calendar,
  timeZone,
  extensionGround,
}: {
  service: ServiceDefinition;
  event: string;
  toState: string;
  channel: string;
  legalDate: LocalDate;
  at: Date;
  existing: TermChange[];
  calendar: ProductionCalendar;
  timeZone: string;
  extensionGround?: string;
}): TermChange[] =>
  advanceClocks({
    terms: service.terms,
    channel,
    clocks: existing.map(toClock),
    change: { event, on: legalDate, at: at.toISOString(), toState, ...(extensionGround ? { extensionGround } : {}) },
    calendar,
    timeZone,
  }).map(fromClock);
