import { addDays, dayOfWeek, formatRuDate, localDateTimeIn, type LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';
import type { TermDefinition, TermUnit } from './term-definition';

// Day and month terms start on a local date; hour and minute terms on an instant.
export type TermStart = { date: LocalDate } | { at: string };

export type ComputeDueInput = {
  term: TermDefinition;
  start: TermStart;
  calendar: ProductionCalendar;
  // IANA zone of the authority: gives the local date of an hour or minute term's due instant
  timeZone: string;
  // working days the clock stood still (rework, suspension): the due date moves by as many working days
  pausedWorkingDays?: number;
  // extension on a ground (e.g. +20 working days)
  extensionWorkingDays?: number;
  // due dates of other terms, by term id (for notLaterThan)
  dependencies?: Record<string, LocalDate>;
};

export type DueResult = {
  dueDate: LocalDate;
  // hour and minute terms only: the due instant, ISO 8601 UTC
  dueAt?: string;
  explanation: string;
};

type Forms = readonly [one: string, few: string, many: string];

const UNIT_FORMS: Record<TermUnit, Forms> = {
  working_days: ['рабочий день', 'рабочих дня', 'рабочих дней'],
  calendar_days: ['календарный день', 'календарных дня', 'календарных дней'],
  months: ['месяц', 'месяца', 'месяцев'],
  hours: ['час', 'часа', 'часов'],
  minutes: ['минута', 'минуты', 'минут'],
};

// Russian count phrase: 1 рабочий день, 3 рабочих дня, 11 рабочих дней, 21 рабочий день.
export const countRu = (n: number, forms: Forms): string => {
  const mod10 = Math.abs(n) % 10;
  const mod100 = Math.abs(n) % 100;
  const form = mod10 === 1 && mod100 !== 11 ? forms[0] : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? forms[1] : forms[2];
  return `${n} ${form}`;
};

const workingDaysRu = (n: number): string => countRu(n, UNIT_FORMS.working_days);

const assertCount = (n: number, what: string): void => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} должно быть целым неотрицательным числом, а не ${n}`);
};

const describeNonWorkingDay = (calendar: ProductionCalendar, date: LocalDate): string => {
  const info = calendar.dayInfo(date);
  if (info.kind === 'holiday') return `нерабочий праздничный день${info.holidayTitle ? ` («${info.holidayTitle}»)` : ''}`;
  if (info.kind === 'day_off') return 'нерабочий день (перенос выходного)';
  return dayOfWeek(date) === 0 ? 'выходной (воскресенье)' : 'выходной (суббота)';
};

// Holidays and transferred days off in (from, to], consecutive ones as ranges; ordinary weekends are not listed.
const skippedDaysPhrase = ({ calendar, from, to }: { calendar: ProductionCalendar; from: LocalDate; to: LocalDate }): string | null => {
  const ranges: [LocalDate, LocalDate][] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const kind = calendar.dayKind(d);
    if (kind !== 'holiday' && kind !== 'day_off') continue;
    const last = ranges[ranges.length - 1];
    if (last && addDays(last[1], 1) === d) last[1] = d;
    else ranges.push([d, d]);
  }
  if (ranges.length === 0) return null;
  const dueYear = to.slice(0, 4);
  // dd.mm inside the due date's year, full dates otherwise
  const text = ranges
    .map(([a, b]) => {
      const fmt = a.startsWith(dueYear) && b.startsWith(dueYear) ? (d: LocalDate) => formatRuDate(d).slice(0, 5) : formatRuDate;
      return a === b ? fmt(a) : `${fmt(a)}–${fmt(b)}`;
    })
    .join(', ');
  const single = ranges.length === 1 && ranges[0][0] === ranges[0][1];
  return `${text} — ${single ? 'нерабочий день' : 'нерабочие дни'}`;
};

const fromPhrase = ({ term, start }: { term: TermDefinition; start: LocalDate }): string =>
  term.countFrom === 'next_day' ? ` со дня, следующего за ${formatRuDate(start)}` : `, считая день ${formatRuDate(start)}`;

type DayCount = { due: LocalDate; parts: string[]; workingSpanFrom: LocalDate | null };

// Civil Code art. 191: a term starts on the day after its event ('next_day'), unless the regulation counts that day ('same_day').
const countWorkingDays = ({ term, start, calendar }: { term: TermDefinition; start: LocalDate; calendar: ProductionCalendar }): DayCount => {
  const { length } = term;
  const phrase = `${workingDaysRu(length)}${fromPhrase({ term, start })}`;
  if (length === 0) {
    const due = calendar.addWorkingDays(start, 0);
    const note = due === start ? '' : ` (${describeNonWorkingDay(calendar, start)}, первый рабочий день ${formatRuDate(due)})`;
    return { due, parts: [`в тот же день ${formatRuDate(start)}${note}`], workingSpanFrom: null };
  }
  if (term.countFrom === 'next_day') return { due: calendar.addWorkingDays(start, length), parts: [phrase], workingSpanFrom: start };
  if (calendar.isWorkingDay(start)) return { due: calendar.addWorkingDays(start, length - 1), parts: [phrase], workingSpanFrom: start };
  const first = calendar.nextWorkingDay(start);
  return {
    due: calendar.addWorkingDays(start, length),
    parts: [`${phrase} (${describeNonWorkingDay(calendar, start)}, счёт с ${formatRuDate(first)})`],
    workingSpanFrom: start,
  };
};

const countCalendar = ({ term, start, calendar }: { term: TermDefinition; start: LocalDate; calendar: ProductionCalendar }): DayCount => {
  const { length } = term;
  const sameDay = term.countFrom === 'same_day' && length > 0;
  const parts: string[] = [];
  let end: LocalDate;
  if (term.unit === 'months') {
    const corresponding = calendar.addMonths(start, length);
    end = sameDay ? addDays(corresponding, -1) : corresponding;
    const clipped = corresponding.slice(8) !== start.slice(8);
    // Civil Code art. 192 p. 3: the same date of the last month, or that month's last day
    parts.push(`${countRu(length, UNIT_FORMS.months)}${fromPhrase({ term, start })}${clipped ? ' (такого числа в месяце нет — последний день месяца, ст. 192 ГК РФ)' : ''}`);
  } else {
    end = addDays(start, sameDay ? length - 1 : length);
    parts.push(length === 0 ? `в тот же день ${formatRuDate(start)}` : `${countRu(length, UNIT_FORMS.calendar_days)}${fromPhrase({ term, start })}`);
  }
  if (term.rollForward && !calendar.isWorkingDay(end)) {
    const rolled = calendar.nextWorkingDay(end);
    parts.push(`${formatRuDate(end)} — ${describeNonWorkingDay(calendar, end)}, окончание переносится на ${formatRuDate(rolled)} (ст. 193 ГК РФ)`);
    end = rolled;
  }
  return { due: end, parts, workingSpanFrom: null };
};

const computeInstant = ({ term, at, timeZone }: { term: TermDefinition; at: string; timeZone: string }): DueResult => {
  const startMs = Date.parse(at);
  if (Number.isNaN(startMs)) throw new RangeError(`Срок ${term.id}: некорректный момент начала «${at}», ожидается ISO 8601`);
  const dueInstant = new Date(startMs + term.length * (term.unit === 'hours' ? 3_600_000 : 60_000));
  const from = localDateTimeIn(new Date(startMs), timeZone);
  const due = localDateTimeIn(dueInstant, timeZone);
  return {
    dueDate: due.date,
    dueAt: dueInstant.toISOString(),
    explanation: `${countRu(term.length, UNIT_FORMS[term.unit])} с ${formatRuDate(from.date)} ${from.time} → ${formatRuDate(due.date)} ${due.time} (${timeZone})`,
  };
};

// Due date of a term and why (ARCHITECTURE 3.1), e.g.
// "10 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни → 19.05.2025".
export const computeDue = ({ term, start, calendar, timeZone, pausedWorkingDays = 0, extensionWorkingDays = 0, dependencies = {} }: ComputeDueInput): DueResult => {
  assertCount(term.length, `Длительность срока ${term.id}`);
  assertCount(pausedWorkingDays, 'Число рабочих дней приостановки');
  assertCount(extensionWorkingDays, 'Число рабочих дней продления');

  if (term.unit === 'hours' || term.unit === 'minutes') {
    if (!('at' in start)) throw new Error(`Срок ${term.id} считается в ${term.unit === 'hours' ? 'часах' : 'минутах'}: нужен момент начала (start.at)`);
    if (pausedWorkingDays > 0 || extensionWorkingDays > 0) throw new Error(`Срок ${term.id} в ${term.unit === 'hours' ? 'часах' : 'минутах'} нельзя приостановить или продлить на рабочие дни`);
    if (term.notLaterThan) throw new Error(`Срок ${term.id}: ограничение «не позднее» поддерживается только для сроков в днях и месяцах`);
    return computeInstant({ term, at: start.at, timeZone });
  }
  if (!('date' in start)) throw new Error(`Срок ${term.id} считается в днях или месяцах: нужна дата начала (start.date)`);

  const counted = term.unit === 'working_days' ? countWorkingDays({ term, start: start.date, calendar }) : countCalendar({ term, start: start.date, calendar });
  let due = counted.due;
  const parts = [...counted.parts];
  const afterBase: string[] = [];
  if (pausedWorkingDays > 0) {
    due = calendar.addWorkingDays(due, pausedWorkingDays);
    afterBase.push(`приостанавливался на ${workingDaysRu(pausedWorkingDays)}`);
  }
  if (extensionWorkingDays > 0) {
    due = calendar.addWorkingDays(due, extensionWorkingDays);
    afterBase.push(`продлён на ${workingDaysRu(extensionWorkingDays)}`);
  }
  // non-working days matter only where working days are counted
  const spanFrom = counted.workingSpanFrom ?? (afterBase.length > 0 ? counted.due : null);
  const skipped = spanFrom === null ? null : skippedDaysPhrase({ calendar, from: spanFrom, to: due });
  if (skipped) parts.push(skipped);
  parts.push(...afterBase);
  let explanation = `${parts.join('; ')} → ${formatRuDate(due)}`;

  if (term.ceilingWorkingDays !== undefined && (pausedWorkingDays > 0 || extensionWorkingDays > 0)) {
    if (term.unit !== 'working_days') throw new Error(`Срок ${term.id}: предельный срок задается только для сроков в рабочих днях`);
    assertCount(term.ceilingWorkingDays, `Предельный срок ${term.id}`);
    const cap = countWorkingDays({ term: { ...term, length: term.ceilingWorkingDays }, start: start.date, calendar }).due;
    if (cap < due) {
      explanation = `${explanation}; не более ${workingDaysRu(term.ceilingWorkingDays)} в общей сложности${fromPhrase({ term, start: start.date })} → ${formatRuDate(cap)}`;
      due = cap;
    }
  }

  const limit = term.notLaterThan;
  if (limit) {
    const other = dependencies[limit.termId];
    if (other === undefined) throw new Error(`Срок ${term.id} ограничен сроком ${limit.termId}: передайте его дату окончания в dependencies`);
    const cap = calendar.addWorkingDays(other, limit.plusWorkingDays);
    const capPhrase =
      limit.plusWorkingDays === 0
        ? `не позднее окончания срока ${limit.termId} (${formatRuDate(other)})`
        : limit.plusWorkingDays === 1
          ? `не позднее рабочего дня, следующего за окончанием срока ${limit.termId} (${formatRuDate(other)}) → ${formatRuDate(cap)}`
          : `не позднее чем через ${workingDaysRu(limit.plusWorkingDays)} после окончания срока ${limit.termId} (${formatRuDate(other)}) → ${formatRuDate(cap)}`;
    if (cap < due) {
      explanation = `${explanation}; ${capPhrase}; применяется более ранний срок — по ${limit.termId}: ${formatRuDate(cap)}`;
      due = cap;
    } else {
      explanation = `${explanation}; ${capPhrase}; применяется собственный срок ${term.id}: ${formatRuDate(due)}`;
    }
  }
  return { dueDate: due, explanation };
};
