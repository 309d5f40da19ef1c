import type { LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';

export type TermStatus = 'met' | 'breached' | 'open' | 'due_today' | 'overdue';

export type TermStatusResult = {
  status: TermStatus;
  // working days from today (or from completion) to the due date; negative, at most -1, once late
  workingDaysLeft: number;
};

// A term is met when the end event happened on or before the due date, whatever the day of the week.
export const termStatus = ({ dueDate, today, calendar, completedOn }: { dueDate: LocalDate; today: LocalDate; calendar: ProductionCalendar; completedOn?: LocalDate | null }): TermStatusResult => {
  if (completedOn != null) {
    const left = calendar.workingDaysBetween(completedOn, dueDate);
    return completedOn <= dueDate ? { status: 'met', workingDaysLeft: left } : { status: 'breached', workingDaysLeft: Math.min(-1, left) };
  }
  if (today === dueDate) return { status: 'due_today', workingDaysLeft: 0 };
  const left = calendar.workingDaysBetween(today, dueDate);
  return today < dueDate ? { status: 'open', workingDaysLeft: left } : { status: 'overdue', workingDaysLeft: Math.min(-1, left) };
};
