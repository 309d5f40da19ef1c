import { isValidLocalDate, type LocalDate } from '../common/local-date';

// A day listed in the official calendar (xmlcalendar t=1/2/3). Days not listed are ordinary.
export type CalendarDayKind = 'holiday' | 'day_off' | 'short' | 'working';

export type CalendarDay = {
  date: LocalDate;
  kind: CalendarDayKind;
  holidayTitle?: string;
  // a transferred day off: the day it was moved from
  movedFrom?: LocalDate;
};

export type CalendarYear = {
  year: number;
  days: CalendarDay[];
};

const KINDS: readonly CalendarDayKind[] = ['holiday', 'day_off', 'short', 'working'];

// Rejects a day list that names a date twice or outside its year (clear messages for the admin console).
export const assertCalendarYear = (calendarYear: CalendarYear): void => {
  const { year, days } = calendarYear;
  if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new Error(`Производственный календарь: некорректный год ${String(year)}`);
  const seen = new Set<LocalDate>();
  for (const day of days) {
    if (!isValidLocalDate(day.date) || !day.date.startsWith(`${year}-`)) throw new Error(`Производственный календарь ${year}: дата ${day.date} не относится к этому году`);
    if (seen.has(day.date)) throw new Error(`Производственный календарь ${year}: дата ${day.date} указана дважды`);
    if (!KINDS.includes(day.kind)) throw new Error(`Производственный календарь ${year}: неизвестный вид дня «${String(day.kind)}» для ${day.date}`);
    if (day.movedFrom !== undefined && !isValidLocalDate(day.movedFrom)) throw new Error(`Производственный календарь ${year}: некорректная дата переноса ${day.movedFrom} для ${day.date}`);
    seen.add(day.date);
  }
};
