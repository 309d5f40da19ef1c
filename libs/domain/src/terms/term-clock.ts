import { formatRuDate, type LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';
import { computeDue } from './compute-due';
import type { TermDefinition } from './term-definition';

export type ClockStatus = 'running' | 'paused' | 'met' | 'breached' | 'cancelled';

// A running term on a case (ARCHITECTURE 3.1): started, paused, restarted, extended, met or breached.
export type TermClock = {
  termId: string;
  title: string;
  clause: string;
  status: ClockStatus;
  startedOn: LocalDate;
  // ISO 8601 instant of the start event (hour and minute terms count from it)
  startedAt: string;
  dueDate: LocalDate;
  dueAt: string | null;
  // the day the current pause began; null when not paused
  pausedOn: LocalDate | null;
  // working days credited for finished pauses
  pausedWorkingDays: number;
  extensionWorkingDays: number;
  extensionGround: string | null;
  completedOn: LocalDate | null;
  completedAt: string | null;
  explanation: string;
};

export class TermRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TermRuleError';
  }
}

export type ClockEvent = {
  event: string;
  // the legal date of the event in the authority's zone, and its instant
  on: LocalDate;
  at: string;
  // the state the event moves the case into (startsInto)
  toState: string;
  // ground of an extension ('extend' kind), recorded on the clock
  extensionGround?: string;
};

const isOpen = (c: TermClock | undefined): c is TermClock => c !== undefined && (c.status === 'running' || c.status === 'paused');

const pauseCredit = (term: TermDefinition, clock: TermClock, on: LocalDate, calendar: ProductionCalendar): number => {
  if (clock.pausedOn === null) return 0;
  // working days in (pausedOn, on]: the pause day itself was used by the clock
  const days = Math.max(0, calendar.workingDaysBetween(clock.pausedOn, on));
  return term.maxPauseWorkingDays === undefined ? days : Math.min(days, term.maxPauseWorkingDays);
};

// A limit by another term applies when that term runs on the case (DL-32 is capped by DL-30, which a portal application
// refused before its documents were brought never started): without it the term keeps its own due date.
const withoutAbsentLimit = (term: TermDefinition, dependencies: Record<string, LocalDate>): TermDefinition => {
  if (!term.notLaterThan || dependencies[term.notLaterThan.termId] !== undefined) return term;
  const { notLaterThan: _absent, ...own } = term;
  return own;
};

const due = ({ term, clock, calendar, timeZone, dependencies, extraPause = 0 }: { term: TermDefinition; clock: Pick<TermClock, 'startedOn' | 'startedAt' | 'pausedWorkingDays' | 'extensionWorkingDays'>; calendar: ProductionCalendar; timeZone: string; dependencies: Record<string, LocalDate>; extraPause?: number }) =>
  computeDue({
    term: withoutAbsentLimit(term, dependencies),
    start: term.unit === 'minutes' || term.unit === 'hours' ? { at: clock.startedAt } : { date: clock.startedOn },
    calendar,
    timeZone,
    pausedWorkingDays: clock.pausedWorkingDays + extraPause,
    extensionWorkingDays: clock.extensionWorkingDays,
    dependencies,
  });

// The clocks one event cancels, ends, pauses, resumes, restarts, extends or starts. Pure: given the service's terms,
// the case's channel and its clocks, returns the clocks that changed (the engine stores them in the same transaction).
export const advanceClocks = ({
  terms,
  channel,
  clocks,
  change,
  calendar,
  timeZone,
}: {
  terms: readonly TermDefinition[];
  channel: string;
  clocks: readonly TermClock[];
  change: ClockEvent;
  calendar: ProductionCalendar;
  timeZone: string;
}): TermClock[] => {
  const { event, on, at } = change;
  const current = new Map(clocks.map((c) => [c.termId, { ...c }]));
  const changed = new Set<string>();
  const applicable = terms.filter((t) => !t.channels || t.channels.includes(channel));
  const dependencies = (): Record<string, LocalDate> => Object.fromEntries([...current.values()].map((c) => [c.termId, c.dueDate]));
  const finish = (clock: TermClock, status: ClockStatus): void => {
    clock.status = status;
    clock.completedOn = on;
    clock.completedAt = at;
    changed.add(clock.termId);
  };

  for (const term of applicable) {
    const clock = current.get(term.id);
    if (isOpen(clock) && term.cancelsOn?.includes(event)) finish(clock, 'cancelled');
  }

  // stop first: an event may end one clock and start the next
  for (const term of applicable) {
    const clock = current.get(term.id);
    if (!isOpen(clock) || !term.endsOn.includes(event)) continue;
    if (clock.status === 'paused') {
      // the pause ends with the clock: credit it, so the comparison uses the real due date
      clock.pausedWorkingDays += pauseCredit(term, clock, on, calendar);
      clock.pausedOn = null;
      const d = due({ term, clock, calendar, timeZone, dependencies: dependencies() });
      clock.dueDate = d.dueDate;
      clock.explanation = d.explanation;
    }
    const inTime = on <= clock.dueDate && (clock.dueAt === null || at <= clock.dueAt);
    finish(clock, inTime ? 'met' : 'breached');
  }

  for (const term of applicable) {
    const clock = current.get(term.id);
    if (clock?.status === 'running' && term.pausesOn?.includes(event)) {
      if (term.unit === 'hours' || term.unit === 'minutes') throw new TermRuleError(`Срок ${term.id} в ${term.unit === 'hours' ? 'часах' : 'минутах'} не приостанавливается`);
      clock.status = 'paused';
      clock.pausedOn = on;
      // while paused the due date is the latest it can become: the longest creditable pause
      if (term.maxPauseWorkingDays !== undefined) {
        const d = due({ term, clock, calendar, timeZone, dependencies: dependencies(), extraPause: term.maxPauseWorkingDays });
        clock.dueDate = d.dueDate;
        clock.explanation = `${d.explanation} (приостановлен с ${formatRuDate(on)}, не более ${term.maxPauseWorkingDays} раб. дн.)`;
      } else {
        clock.explanation = `${clock.explanation} (приостановлен с ${formatRuDate(on)})`;
      }
      changed.add(term.id);
    } else if (clock?.status === 'paused' && term.resumesOn?.includes(event)) {
      const credit = pauseCredit(term, clock, on, calendar);
      clock.pausedWorkingDays += credit;
      clock.pausedOn = null;
      clock.status = 'running';
      const d = due({ term, clock, calendar, timeZone, dependencies: dependencies() });
      clock.dueDate = d.dueDate;
      clock.explanation = d.explanation;
      changed.add(term.id);
    }
  }

  for (const term of applicable) {
    const clock = current.get(term.id);
    if (!term.extension?.on.includes(event)) continue;
    if (!isOpen(clock)) continue;
    if (clock.extensionWorkingDays > 0) throw new TermRuleError(`Срок ${term.id} уже продлевался (${clock.extensionGround ?? 'основание не указано'}); повторное продление не допускается`);
    clock.extensionWorkingDays = term.extension.workingDays;
    clock.extensionGround = change.extensionGround ?? null;
    const d = due({ term, clock, calendar, timeZone, dependencies: dependencies(), extraPause: clock.status === 'paused' ? (term.maxPauseWorkingDays ?? 0) : 0 });
    clock.dueDate = d.dueDate;
    clock.explanation = change.extensionGround ? `${d.explanation} (основание продления ${change.extensionGround})` : d.explanation;
    changed.add(term.id);
  }

  for (const term of applicable) {
    const clock = current.get(term.id);
    const restart = (term.restartsOn?.includes(event) ?? false) && clock !== undefined && clock.status !== 'cancelled';
    const start = term.startsOn.includes(event) && !isOpen(clock) && (!term.startsInto || term.startsInto.includes(change.toState));
    if (!restart && !start) continue;
    const fresh = { startedOn: on, startedAt: at, pausedWorkingDays: 0, extensionWorkingDays: 0 };
    const d = due({ term, clock: fresh, calendar, timeZone, dependencies: dependencies() });
    current.set(term.id, {
      termId: term.id,
      title: term.title,
      clause: term.clause,
      status: 'running',
      ...fresh,
      dueDate: d.dueDate,
      dueAt: d.dueAt ?? null,
      pausedOn: null,
      extensionGround: null,
      completedOn: null,
      completedAt: null,
      explanation: restart && clock ? `${d.explanation} (срок исчисляется заново: событие «${event}»)` : d.explanation,
    });
    changed.add(term.id);
  }
  return [...changed].map((id) => current.get(id)!);
};


