import { computeDue, type LocalDate, type ProductionCalendar, type ServiceDefinition } from '@casework/domain';
import type { CaseTermRow } from './case.entity';

export type TermChange = Pick<CaseTermRow, 'termId' | 'title' | 'status' | 'startedOn' | 'startedAt' | 'dueDate' | 'dueAt' | 'completedOn' | 'completedAt' | 'explanation' | 'clause'>;

// The clocks an event starts, restarts or stops (ARCHITECTURE 3.1): pure given the calendar, so the engine stays one transaction.
export const termChangesFor = ({
  service,
  event,
  channel,
  legalDate,
  at,
  existing,
  calendar,
  timeZone,
}: {
  service: ServiceDefinition;
  event: string;
  channel: string;
  legalDate: LocalDate;
  at: Date;
  existing: TermChange[];
  calendar: ProductionCalendar;
  timeZone: string;
}): TermChange[] => {
  const current = new Map(existing.map((t) => [t.termId, { ...t }]));
  const changed = new Set<string>();
  const applicable = service.terms.filter((t) => !t.channels || t.channels.includes(channel));
  for (const term of applicable) {
    const running = current.get(term.id);
    if (running?.status === 'running' && term.cancelsOn?.includes(event)) {
      running.status = 'cancelled';
      running.completedOn = legalDate;
      running.completedAt = at;
      changed.add(term.id);
    }
  }
  // stop first: an event may end one clock and start the next
  for (const term of applicable) {
    const running = current.get(term.id);
    if (running?.status === 'running' && term.endsOn.includes(event)) {
      running.status = legalDate <= running.dueDate && (!running.dueAt || at <= running.dueAt) ? 'met' : 'breached';
      running.completedOn = legalDate;
      running.completedAt = at;
      changed.add(term.id);
    }
  }
  for (const term of applicable) {
    const running = current.get(term.id);
    const restart = term.restartsOn?.includes(event) ?? false;
    const start = term.startsOn.includes(event) && running?.status !== 'running';
    if (!restart && !start) continue;
    const dependencies: Record<string, LocalDate> = {};
    for (const t of current.values()) dependencies[t.termId] = t.dueDate;
    const due = computeDue({
      term,
      start: term.unit === 'minutes' || term.unit === 'hours' ? { at: at.toISOString() } : { date: legalDate },
      calendar,
      timeZone,
      dependencies,
    });
    current.set(term.id, {
      termId: term.id,
      title: term.title,
      status: 'running',
      startedOn: legalDate,
      startedAt: at,
      dueDate: due.dueDate,
      dueAt: due.dueAt ? new Date(due.dueAt) : null,
      completedOn: null,
      completedAt: null,
      explanation: restart && running ? `${due.explanation} (перезапуск: событие «${event}»)` : due.explanation,
      clause: term.clause,
    });
    changed.add(term.id);
  }
  return [...changed].map((id) => current.get(id)!);
};
