import { addDays, daysInMonth, fromUtcMidnight, isValidLocalDate, toUtcMidnight, type LocalDate } from '../common/local-date';
import { assertCalendarYear, type CalendarDay, type CalendarYear } from './calendar-year';

// Any date: a listed day keeps its kind; an unlisted Saturday or Sunday is a 'weekend', any other unlisted day 'working'.
export type DayKind = 'working' | 'short' | 'weekend' | 'holiday' | 'day_off';

export type DayInfo = { date: LocalDate; kind: DayKind; holidayTitle?: string; movedFrom?: LocalDate };

export type RollOptions = {
  // Civil Code art. 193: a last day that falls on a non-working day moves to the next working day
  rollForward?: boolean;
};

export type ProductionCalendar = {
  readonly years: readonly number[];
  covers: (date: LocalDate) => boolean;
  dayKind: (date: LocalDate) => DayKind;
  dayInfo: (date: LocalDate) => DayInfo;
  isWorkingDay: (date: LocalDate) => boolean;
  isShortDay: (date: LocalDate) => boolean;
  // the first working day strictly after date
  nextWorkingDay: (date: LocalDate) => LocalDate;
  // n > 0: the n-th working day after date (date itself not counted); n = 0: date if working, else the next working day;
  // n < 0: the |n|-th working day before date
  addWorkingDays: (date: LocalDate, n: number) => LocalDate;
  // working days in (from, to]; negative when to < from
  workingDaysBetween: (from: LocalDate, to: LocalDate) => number;
  addCalendarDays: (date: LocalDate, n: number, options?: RollOptions) => LocalDate;
  // Civil Code art. 192 p. 3: the same day number n months later, or the last day of that month
  addMonths: (date: LocalDate, n: number, options?: RollOptions) => LocalDate;
};

export class CalendarRangeError extends Error {
  readonly year: number;
  readonly coveredYears: readonly number[];

  constructor({ year, coveredYears }: { year: number; coveredYears: readonly number[] }) {
    const covered = coveredYears.length === 0 ? 'ни один год' : describeYears(coveredYears);
    super(`Производственный календарь на ${year} год не загружен (загружены: ${covered}). Загрузите календарь через консоль администратора.`);
    this.name = 'CalendarRangeError';
    this.year = year;
    this.coveredYears = coveredYears;
  }
}

const describeYears = (years: readonly number[]): string => {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
};

const DAY_MS = 86_400_000;
const KIND_CODES: readonly DayKind[] = ['working', 'short', 'weekend', 'holiday', 'day_off'];
const CODE: Record<DayKind, number> = { working: 0, short: 1, weekend: 2, holiday: 3, day_off: 4 };
const isWorkingCode = (code: number): boolean => code <= 1;

// One precomputed year: the kind of each day and a running count of working days (cum[i] = working days in days 0..i).
type YearTable = {
  year: number;
  startMs: number;
  kinds: Uint8Array;
  cum: Int32Array;
  total: number;
  listed: ReadonlyMap<LocalDate, CalendarDay>;
};

const buildYear = (calendarYear: CalendarYear): YearTable => {
  const { year } = calendarYear;
  const startMs = Date.UTC(year, 0, 1);
  const length = (Date.UTC(year + 1, 0, 1) - startMs) / DAY_MS;
  const kinds = new Uint8Array(length);
  const firstWeekday = new Date(startMs).getUTCDay();
  for (let i = 0; i < length; i++) {
    const weekday = (firstWeekday + i) % 7;
    kinds[i] = weekday === 0 || weekday === 6 ? CODE.weekend : CODE.working;
  }
  const listed = new Map<LocalDate, CalendarDay>();
  for (const day of calendarYear.days) {
    kinds[(toUtcMidnight(day.date) - startMs) / DAY_MS] = CODE[day.kind];
    listed.set(day.date, { ...day });
  }
  const cum = new Int32Array(length);
  let running = 0;
  for (let i = 0; i < length; i++) {
    if (isWorkingCode(kinds[i])) running++;
    cum[i] = running;
  }
  return { year, startMs, kinds, cum, total: running, listed };
};

// first index i in [lo, cum.length) with cum[i] >= target (the caller guarantees one exists)
const firstReaching = (cum: Int32Array, lo: number, target: number): number => {
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid] >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

const assertInteger = (n: number, what: string): void => {
  if (!Number.isInteger(n)) throw new RangeError(`${what} должно быть целым числом, а не ${n}`);
};

export const createProductionCalendar = (calendarYears: readonly CalendarYear[]): ProductionCalendar => {
  const tables = new Map<number, YearTable>();
  for (const calendarYear of calendarYears) {
    assertCalendarYear(calendarYear);
    if (tables.has(calendarYear.year)) throw new Error(`Производственный календарь на ${calendarYear.year} год передан дважды`);
    tables.set(calendarYear.year, buildYear(calendarYear));
  }
  const years = Object.freeze([...tables.keys()].sort((a, b) => a - b));

  const table = (year: number): YearTable => {
    const t = tables.get(year);
    if (!t) throw new CalendarRangeError({ year, coveredYears: years });
    return t;
  };

  const locate = (date: LocalDate): { t: YearTable; idx: number } => {
    if (!isValidLocalDate(date)) throw new RangeError(`Некорректная дата «${date}»: ожидается ГГГГ-ММ-ДД`);
    const t = table(Number(date.slice(0, 4)));
    return { t, idx: (toUtcMidnight(date) - t.startMs) / DAY_MS };
  };

  const dateAt = (t: YearTable, idx: number): LocalDate => fromUtcMidnight(t.startMs + idx * DAY_MS);

  const dayKind = (date: LocalDate): DayKind => {
    const { t, idx } = locate(date);
    return KIND_CODES[t.kinds[idx]];
  };

  const isWorkingDay = (date: LocalDate): boolean => {
    const { t, idx } = locate(date);
    return isWorkingCode(t.kinds[idx]);
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    assertInteger(n, 'Число рабочих дней');
    const start = locate(date);
    const idx = start.idx;
    let t = start.t;
    if (n === 0) return isWorkingCode(t.kinds[idx]) ? date : addWorkingDays(date, 1);
    if (n > 0) {
      let remaining = n;
      let counted = t.cum[idx];
      while (t.total - counted < remaining) {
        remaining -= t.total - counted;
        t = table(t.year + 1);
        counted = 0;
      }
      return dateAt(t, firstReaching(t.cum, 0, counted + remaining));
    }
    // working days of this year strictly before date
    let remaining = -n;
    let before = t.cum[idx] - (isWorkingCode(t.kinds[idx]) ? 1 : 0);
    while (before < remaining) {
      remaining -= before;
      t = table(t.year - 1);
      before = t.total;
    }
    return dateAt(t, firstReaching(t.cum, 0, before - remaining + 1));
  };

  // working days from the start of `fromYear` through date, inclusive
  const countFromYearStart = (date: LocalDate, fromYear: number): number => {
    const { t, idx } = locate(date);
    let count = t.cum[idx];
    for (let y = fromYear; y < t.year; y++) count += table(y).total;
    return count;
  };

  const workingDaysBetween = (from: LocalDate, to: LocalDate): number => {
    const base = Math.min(Number(from.slice(0, 4)), Number(to.slice(0, 4)));
    return countFromYearStart(to, base) - countFromYearStart(from, base);
  };

  const roll = (date: LocalDate, options?: RollOptions): LocalDate => (options?.rollForward ? addWorkingDays(date, 0) : date);

  const calendar: ProductionCalendar = {
    years,
    covers: (date) => isValidLocalDate(date) && tables.has(Number(date.slice(0, 4))),
    dayKind,
    dayInfo: (date) => {
      const kind = dayKind(date);
      const listed = tables.get(Number(date.slice(0, 4)))?.listed.get(date);
      return { date, kind, ...(listed?.holidayTitle !== undefined && { holidayTitle: listed.holidayTitle }), ...(listed?.movedFrom !== undefined && { movedFrom: listed.movedFrom }) };
    },
    isWorkingDay,
    isShortDay: (date) => dayKind(date) === 'short',
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    addWorkingDays,
    workingDaysBetween,
    addCalendarDays: (date, n, options) => {
      assertInteger(n, 'Число календарных дней');
      if (!isValidLocalDate(date)) throw new RangeError(`Некорректная дата «${date}»: ожидается ГГГГ-ММ-ДД`);
      return roll(addDays(date, n), options);
    },
    addMonths: (date, n, options) => {
      assertInteger(n, 'Число месяцев');
      if (!isValidLocalDate(date)) throw new RangeError(`Некорректная дата «${date}»: ожидается ГГГГ-ММ-ДД`);
      const [y, m, d] = date.split('-').map(Number);
      const monthIndex = y * 12 + (m - 1) + n;
      const year = Math.floor(monthIndex / 12);
      const month = monthIndex - year * 12 + 1;
      const day = Math.min(d, daysInMonth(year, month));
      return roll(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, options);
    },
  };
  return Object.freeze(calendar);
};
