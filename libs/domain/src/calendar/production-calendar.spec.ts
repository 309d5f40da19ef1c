import * as fc from 'fast-check';
import { addDays, toUtcMidnight, type LocalDate } from '../common/local-date';
import { parseCalendarXml } from './calendar-xml';
import { CalendarRangeError, createProductionCalendar, type DayKind } from './production-calendar';
import { seedCalendarXml } from '../../test/seed-calendar';

// The project's seed copy of the official calendar (apps/api/src/calendar/seed/<year>.xml).
const loadYear = (year: number) => parseCalendarXml(seedCalendarXml(year));
const calendar = createProductionCalendar(Array.from({ length: 10 }, (_, i) => loadYear(2018 + i)));

describe('ProductionCalendar: kinds of days', () => {
  it.each<[LocalDate, DayKind, boolean, string]>([
    ['2025-11-01', 'short', true, 'a Saturday made a (shortened) working day'],
    ['2025-11-03', 'day_off', false, 'a Monday that took the day off from 01.11'],
    ['2025-05-02', 'day_off', false, 'moved from 04.01'],
    ['2025-05-08', 'day_off', false, 'moved from 23.02'],
    ['2025-06-13', 'day_off', false, 'moved from 08.03'],
    ['2026-01-09', 'day_off', false, 'moved from 03.01'],
    ['2026-03-09', 'day_off', false, 'moved from 08.03'],
    ['2026-05-11', 'day_off', false, 'moved from 09.05'],
    ['2025-05-01', 'holiday', false, 'Праздник Весны и Труда'],
    ['2025-05-03', 'weekend', false, 'an ordinary Saturday'],
    ['2025-05-05', 'working', true, 'an ordinary Monday'],
    ['2025-04-30', 'short', true, 'a pre-holiday day'],
    ['2024-04-27', 'working', true, 'a working Saturday (t=3)'],
    ['2024-12-28', 'working', true, 'a working Saturday (t=3)'],
    ['2020-04-15', 'holiday', false, 'a non-working day by presidential decree'],
    ['2018-03-09', 'day_off', false, 'a transferred day without f'],
  ])('should give %s the kind %s (working: %s) when it is %s', (date, kind, working) => {
    expect(calendar.dayKind(date)).toBe(kind);
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.isShortDay(date)).toBe(kind === 'short');
  });

  it.each([
    ['2025-05-02', '2025-01-04'],
    ['2025-05-08', '2025-02-23'],
    ['2025-06-13', '2025-03-08'],
    ['2025-11-03', '2025-11-01'],
  ])('should say where the day off %s was moved from (%s) when it is a transfer', (date, movedFrom) => {
    expect(calendar.dayInfo(date)).toEqual({ date, kind: 'day_off', movedFrom });
  });

  it('should give the title of a holiday when the day is a public holiday', () => {
    expect(calendar.dayInfo('2025-01-07')).toEqual({ date: '2025-01-07', kind: 'holiday', holidayTitle: 'Рождество Христово' });
  });

  it.each([
    [2018, 247],
    [2019, 247],
    [2021, 240],
    [2022, 247],
    [2023, 247],
    [2024, 248],
    [2025, 247],
    [2026, 247],
  ])('should count the official number of working days in %i (%i) when counting the whole year', (year, days) => {
    // 1 January is always a holiday, so (01.01, 31.12] is the whole year; 2021 includes the non-working days of decrees 242 and 595
    expect(calendar.workingDaysBetween(`${year}-01-01`, `${year}-12-31`)).toBe(days);
  });
});

describe('ProductionCalendar: counting', () => {
  it.each([
    ['2025-04-30', '2025-05-05', 'the May holidays 2025'],
    ['2025-05-07', '2025-05-12', 'the second May break 2025'],
    ['2025-12-30', '2026-01-12', 'the New Year break 2025/2026'],
    ['2024-12-27', '2024-12-28', 'the next day is a working Saturday'],
    ['2025-05-03', '2025-05-05', 'the date itself is a weekend'],
  ])('should give %s → %s as the next working day when crossing %s', (date, next) => {
    expect(calendar.nextWorkingDay(date)).toBe(next);
  });

  it.each<[LocalDate, number, LocalDate, string]>([
    ['2025-04-29', 10, '2025-05-19', 'crossing both May breaks 2025'],
    ['2025-04-30', 1, '2025-05-05', 'the next working day is after the May holidays'],
    ['2025-04-30', 0, '2025-04-30', 'n = 0 and the date is working'],
    ['2025-05-01', 0, '2025-05-05', 'n = 0 and the date is a holiday'],
    ['2025-12-26', 5, '2026-01-14', 'crossing the New Year break 2025/2026'],
    ['2025-12-30', 1, '2026-01-12', 'the New Year break follows'],
    ['2024-12-27', 2, '2025-01-09', 'crossing the New Year break 2024/2025 after a working Saturday'],
    ['2024-06-05', 5, '2024-06-13', 'spec example: filing 05.06.2024, T05'],
    ['2024-06-05', 10, '2024-06-20', 'spec example: filing 05.06.2024, T09'],
    ['2024-02-22', 5, '2024-03-01', 'spec example: filing 22.02.2024 in a leap year, T05'],
    ['2024-02-22', 10, '2024-03-11', 'spec example: filing 22.02.2024, T09'],
    ['2025-01-09', 5, '2025-01-16', 'spec example: portal form 04.01.2025, T05'],
    ['2025-01-09', 10, '2025-01-23', 'spec example: portal form 04.01.2025, T09'],
    ['2025-05-05', -1, '2025-04-30', 'n is negative across the May holidays'],
    ['2026-01-12', -1, '2025-12-30', 'n is negative across the New Year break'],
    ['2026-01-12', -3, '2025-12-26', 'n is negative across a weekend and the New Year break'],
  ])('should give %s + %i working days = %s when %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected);
  });

  it.each<[LocalDate, LocalDate, number]>([
    ['2025-04-29', '2025-05-19', 10],
    ['2025-05-19', '2025-04-29', -10],
    ['2025-05-19', '2025-05-19', 0],
    ['2025-05-01', '2025-05-04', 0],
    ['2025-12-26', '2026-01-14', 5],
  ])('should count the working days in (%s, %s] as %i when asked', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected);
  });

  it.each<[LocalDate, number, boolean, LocalDate, string]>([
    ['2025-05-02', 30, true, '2025-06-02', 'the last day is a Sunday'],
    ['2025-05-02', 30, false, '2025-06-01', 'the last day is a Sunday but the term does not roll'],
    ['2025-06-07', 5, true, '2025-06-16', 'the last day is a holiday followed by a transferred day and a weekend'],
    ['2025-01-30', 3, false, '2025-02-02', 'the term crosses a month end'],
    ['2025-12-25', 6, true, '2026-01-12', 'the last day is 31.12.2025 (transferred day off)'],
  ])('should give %s + %i calendar days (roll forward: %s) = %s when %s', (date, n, rollForward, expected) => {
    expect(calendar.addCalendarDays(date, n, { rollForward })).toBe(expected);
  });

  it.each<[LocalDate, number, boolean, LocalDate, string]>([
    ['2025-01-31', 1, false, '2025-02-28', 'February has no 31st (art. 192)'],
    ['2024-01-31', 1, false, '2024-02-29', 'a leap February'],
    ['2025-03-31', 1, false, '2025-04-30', 'April has no 31st'],
    ['2025-11-30', 3, false, '2026-02-28', 'the term crosses a year end'],
    ['2025-05-15', -5, false, '2024-12-15', 'n is negative'],
    ['2025-02-28', 1, false, '2025-03-28', 'the start is the last day of a short month'],
    ['2025-04-04', 1, true, '2025-05-05', 'the corresponding day is a Sunday in the May break'],
    ['2025-04-08', 1, true, '2025-05-12', 'the corresponding day is a transferred day off'],
    ['2025-04-08', 1, false, '2025-05-08', 'the corresponding day is a day off but the term does not roll'],
  ])('should give %s + %i months (roll forward: %s) = %s when %s', (date, n, rollForward, expected) => {
    expect(calendar.addMonths(date, n, { rollForward })).toBe(expected);
  });
});

describe('ProductionCalendar: range and input errors', () => {
  it.each<[string, () => unknown, number]>([
    ['a date before the first loaded year', () => calendar.isWorkingDay('2017-12-31'), 2017],
    ['a date after the last loaded year', () => calendar.dayKind('2030-01-01'), 2030],
    ['counting runs past the last loaded year', () => calendar.addWorkingDays('2027-12-30', 1), 2028],
    ['counting back runs before the first loaded year', () => calendar.addWorkingDays('2018-01-09', -1), 2017],
    ['a span ends in an unloaded year', () => calendar.workingDaysBetween('2026-01-01', '2028-01-10'), 2028],
    ['rolling forward needs an unloaded year', () => calendar.addCalendarDays('2027-12-30', 2, { rollForward: true }), 2028],
  ])('should throw CalendarRangeError when asked about %s', (_, call, year) => {
    expect(call).toThrow(CalendarRangeError);
    expect(call).toThrow(`Производственный календарь на ${year} год не загружен (загружены: 2018–2027)`);
  });

  it('should throw CalendarRangeError for a gap year when the loaded years are not contiguous', () => {
    const gapped = createProductionCalendar([loadYear(2025), loadYear(2027)]);
    expect(() => gapped.workingDaysBetween('2025-06-01', '2027-06-01')).toThrow('на 2026 год не загружен (загружены: 2025, 2027)');
    expect(gapped.years).toEqual([2025, 2027]);
  });

  it.each([
    ['2025-02-30', () => calendar.isWorkingDay('2025-02-30')],
    ['25-01-01', () => calendar.addWorkingDays('25-01-01', 1)],
    ['a fractional count', () => calendar.addWorkingDays('2025-01-01', 1.5)],
  ])('should throw RangeError when given %s', (_, call) => {
    expect(call).toThrow(RangeError);
  });

  it('should refuse a year given twice when building the calendar', () => {
    expect(() => createProductionCalendar([loadYear(2025), loadYear(2025)])).toThrow('передан дважды');
  });

  it('should not let callers change the calendar when they try to', () => {
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.years)).toBe(true);
  });

  it('should add 400 working days 20 000 times within a second when asked', () => {
    const startedAt = performance.now();
    for (let i = 0; i < 20_000; i++) calendar.addWorkingDays(addDays('2018-01-01', i % 2900), 400);
    expect(performance.now() - startedAt).toBeLessThan(1000);
  });
});

describe('ProductionCalendar: properties', () => {
  // 2018-01-01 … 2025-12-31, so that 400 working days later is still in 2027
  const lastStart = (toUtcMidnight('2025-12-31') - toUtcMidnight('2018-01-01')) / 86_400_000;
  const dateArb = fc.integer({ min: 0, max: lastStart }).map((i) => addDays('2018-01-01', i));
  const countArb = fc.integer({ min: 1, max: 400 });

  const naiveAdd = (date: LocalDate, n: number): LocalDate => {
    let d = date;
    for (let left = n; left > 0; ) {
      d = addDays(d, 1);
      if (calendar.isWorkingDay(d)) left--;
    }
    return d;
  };

  it('should count back N working days when N were added', () => {
    fc.assert(fc.property(dateArb, countArb, (d, n) => calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n)) === n));
  });

  it('should land on a working day after the start when adding working days', () => {
    fc.assert(
      fc.property(dateArb, countArb, (d, n) => {
        const result = calendar.addWorkingDays(d, n);
        return result > d && calendar.isWorkingDay(result);
      }),
    );
  });

  it('should agree with day-by-day counting when adding working days', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (d, n) => calendar.addWorkingDays(d, n) === (n === 0 && calendar.isWorkingDay(d) ? d : naiveAdd(d, Math.max(n, 1)))));
  });

  it('should give a later working day with nothing working in between when asked for the next working day', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const next = calendar.nextWorkingDay(d);
        return next > d && calendar.isWorkingDay(next) && calendar.workingDaysBetween(d, next) === 1;
      }),
    );
  });

  it('should never move back when N grows (strictly forward from N = 1)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 399 }), (d, n) => {
        const [a, b] = [calendar.addWorkingDays(d, n), calendar.addWorkingDays(d, n + 1)];
        // N = 0 on a non-working day already gives the next working day, the same as N = 1
        return n === 0 && !calendar.isWorkingDay(d) ? a === b : a < b;
      }),
    );
  });

  it('should return to a working day when N working days are subtracted and added back', () => {
    fc.assert(
      // from 2020 on, so that 400 working days back is still in 2018
      fc.property(
        dateArb.map((d) => calendar.addWorkingDays(d < '2020-01-01' ? addDays(d, 731) : d, 0)),
        countArb,
        (d, n) => calendar.addWorkingDays(calendar.addWorkingDays(d, -n), n) === d,
      ),
    );
  });

  it('should add up spans and change sign when counting working days between dates', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        const ab = calendar.workingDaysBetween(a, b);
        return ab === -calendar.workingDaysBetween(b, a) && ab + calendar.workingDaysBetween(b, c) === calendar.workingDaysBetween(a, c);
      }),
    );
  });

  it('should call a day working exactly when its kind is working or short', () => {
    fc.assert(fc.property(dateArb, (d) => calendar.isWorkingDay(d) === ['working', 'short'].includes(calendar.dayKind(d))));
  });
});
