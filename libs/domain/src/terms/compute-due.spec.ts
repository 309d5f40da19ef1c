import { computeDue, countRu, type ComputeDueInput, type DueResult } from './compute-due';
import type { TermDefinition } from './term-definition';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2024, 2025, 2026]);

const term = (over: Partial<TermDefinition>): TermDefinition => ({
  id: 'T05',
  title: 'Решение',
  length: 10,
  unit: 'working_days',
  countFrom: 'next_day',
  startsOn: ['registered'],
  endsOn: ['decided'],
  clause: 'п. 2.4',
  ...over,
});

type Row = [string, Omit<ComputeDueInput, 'calendar' | 'timeZone'> & { timeZone?: string }, DueResult];

const due = (input: Row[1]): DueResult => computeDue({ calendar, timeZone: 'Europe/Moscow', ...input });

describe('computeDue', () => {
  it.each<Row>([
    [
      'a working-day term crosses both May breaks',
      { term: term({}), start: { date: '2025-04-29' } },
      { dueDate: '2025-05-19', explanation: '10 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни → 19.05.2025' },
    ],
    [
      'a working-day term crosses the New Year break 2025/2026',
      { term: term({ length: 5 }), start: { date: '2025-12-26' } },
      { dueDate: '2026-01-14', explanation: '5 рабочих дней со дня, следующего за 26.12.2025; 31.12.2025–09.01.2026 — нерабочие дни → 14.01.2026' },
    ],
    [
      'a working-day term crosses the New Year break 2024/2025 and a working Saturday',
      { term: term({ length: 3 }), start: { date: '2024-12-26' } },
      { dueDate: '2025-01-09', explanation: '3 рабочих дня со дня, следующего за 26.12.2024; 30.12.2024–08.01.2025 — нерабочие дни → 09.01.2025' },
    ],
    [
      'a term has one holiday inside (spec example: filing 05.06.2024, T05)',
      { term: term({ length: 5 }), start: { date: '2024-06-05' } },
      { dueDate: '2024-06-13', explanation: '5 рабочих дней со дня, следующего за 05.06.2024; 12.06 — нерабочий день → 13.06.2024' },
    ],
    [
      'a term has only ordinary weekends inside',
      { term: term({ length: 1 }), start: { date: '2025-05-16' } },
      { dueDate: '2025-05-19', explanation: '1 рабочий день со дня, следующего за 16.05.2025 → 19.05.2025' },
    ],
    [
      'the start day is counted (same_day) and is a working day',
      { term: term({ length: 5, countFrom: 'same_day' }), start: { date: '2024-06-05' } },
      { dueDate: '2024-06-11', explanation: '5 рабочих дней, считая день 05.06.2024 → 11.06.2024' },
    ],
    [
      'the start day is counted (same_day) but is a holiday',
      { term: term({ length: 5, countFrom: 'same_day' }), start: { date: '2025-05-01' } },
      {
        dueDate: '2025-05-13',
        explanation: '5 рабочих дней, считая день 01.05.2025 (нерабочий праздничный день («Праздник Весны и Труда»), счёт с 05.05.2025); 02.05, 08.05–09.05 — нерабочие дни → 13.05.2025',
      },
    ],
    [
      'a same-day term (length 0) starts on a holiday',
      { term: term({ length: 0, countFrom: 'same_day' }), start: { date: '2025-06-12' } },
      { dueDate: '2025-06-16', explanation: 'в тот же день 12.06.2025 (нерабочий праздничный день («День России»), первый рабочий день 16.06.2025) → 16.06.2025' },
    ],
    [
      'a calendar-day term ends on a Sunday and rolls forward',
      { term: term({ length: 30, unit: 'calendar_days', rollForward: true }), start: { date: '2025-05-02' } },
      {
        dueDate: '2025-06-02',
        explanation: '30 календарных дней со дня, следующего за 02.05.2025; 01.06.2025 — выходной (воскресенье), окончание переносится на 02.06.2025 (ст. 193 ГК РФ) → 02.06.2025',
      },
    ],
    [
      'a calendar-day term ends on a Sunday and does not roll',
      { term: term({ length: 30, unit: 'calendar_days' }), start: { date: '2025-05-02' } },
      { dueDate: '2025-06-01', explanation: '30 календарных дней со дня, следующего за 02.05.2025 → 01.06.2025' },
    ],
    [
      'a calendar-day term ends on a holiday followed by a transferred day off',
      { term: term({ length: 5, unit: 'calendar_days', rollForward: true }), start: { date: '2025-06-07' } },
      {
        dueDate: '2025-06-16',
        explanation: '5 календарных дней со дня, следующего за 07.06.2025; 12.06.2025 — нерабочий праздничный день («День России»), окончание переносится на 16.06.2025 (ст. 193 ГК РФ) → 16.06.2025',
      },
    ],
    [
      'a calendar-day term counts its start day (same_day)',
      { term: term({ length: 30, unit: 'calendar_days', countFrom: 'same_day' }), start: { date: '2025-05-02' } },
      { dueDate: '2025-05-31', explanation: '30 календарных дней, считая день 02.05.2025 → 31.05.2025' },
    ],
    [
      'a month term starts on a day its last month does not have',
      { term: term({ length: 1, unit: 'months' }), start: { date: '2025-01-31' } },
      { dueDate: '2025-02-28', explanation: '1 месяц со дня, следующего за 31.01.2025 (такого числа в месяце нет — последний день месяца, ст. 192 ГК РФ) → 28.02.2025' },
    ],
    [
      'a month term ends on a transferred day off and rolls forward',
      { term: term({ length: 1, unit: 'months', rollForward: true }), start: { date: '2025-04-08' } },
      {
        dueDate: '2025-05-12',
        explanation: '1 месяц со дня, следующего за 08.04.2025; 08.05.2025 — нерабочий день (перенос выходного), окончание переносится на 12.05.2025 (ст. 193 ГК РФ) → 12.05.2025',
      },
    ],
    [
      'the clock was paused',
      { term: term({}), start: { date: '2025-04-29' }, pausedWorkingDays: 3 },
      { dueDate: '2025-05-22', explanation: '10 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни; приостанавливался на 3 рабочих дня → 22.05.2025' },
    ],
    [
      'the term was extended',
      { term: term({}), start: { date: '2025-04-29' }, extensionWorkingDays: 20 },
      { dueDate: '2025-06-18', explanation: '10 рабочих дней со дня, следующего за 29.04.2025; 01.05–02.05, 08.05–09.05, 12.06–13.06 — нерабочие дни; продлён на 20 рабочих дней → 18.06.2025' },
    ],
    [
      'a calendar-day term was extended by working days',
      { term: term({ length: 30, unit: 'calendar_days', rollForward: true }), start: { date: '2025-05-02' }, extensionWorkingDays: 10 },
      {
        dueDate: '2025-06-18',
        explanation:
          '30 календарных дней со дня, следующего за 02.05.2025; 01.06.2025 — выходной (воскресенье), окончание переносится на 02.06.2025 (ст. 193 ГК РФ); 12.06–13.06 — нерабочие дни; продлён на 10 рабочих дней → 18.06.2025',
      },
    ],
    [
      'a minutes term crosses midnight in Moscow',
      { term: term({ id: 'T16', length: 15, unit: 'minutes' }), start: { at: '2025-05-12T20:50:00Z' } },
      { dueDate: '2025-05-13', dueAt: '2025-05-12T21:05:00.000Z', explanation: '15 минут с 12.05.2025 23:50 → 13.05.2025 00:05 (Europe/Moscow)' },
    ],
    [
      'an hours term runs in Yekaterinburg',
      { term: term({ id: 'T24', length: 4, unit: 'hours' }), start: { at: '2025-05-12T17:30:00+05:00' }, timeZone: 'Asia/Yekaterinburg' },
      { dueDate: '2025-05-12', dueAt: '2025-05-12T16:30:00.000Z', explanation: '4 часа с 12.05.2025 17:30 → 12.05.2025 21:30 (Asia/Yekaterinburg)' },
    ],
    [
      'T22: the other term (T20 + 1 working day) ends earlier',
      { term: term({ id: 'T22', length: 5, notLaterThan: { termId: 'T20', plusWorkingDays: 1 } }), start: { date: '2025-05-14' }, dependencies: { T20: '2025-05-16' } },
      {
        dueDate: '2025-05-19',
        explanation:
          '5 рабочих дней со дня, следующего за 14.05.2025 → 21.05.2025; не позднее рабочего дня, следующего за окончанием срока T20 (16.05.2025) → 19.05.2025; применяется более ранний срок — по T20: 19.05.2025',
      },
    ],
    [
      'T22: its own 5 working days end earlier',
      { term: term({ id: 'T22', length: 5, notLaterThan: { termId: 'T20', plusWorkingDays: 1 } }), start: { date: '2025-05-14' }, dependencies: { T20: '2025-05-30' } },
      {
        dueDate: '2025-05-21',
        explanation:
          '5 рабочих дней со дня, следующего за 14.05.2025 → 21.05.2025; не позднее рабочего дня, следующего за окончанием срока T20 (30.05.2025) → 02.06.2025; применяется собственный срок T22: 21.05.2025',
      },
    ],
    [
      'the other term plus several working days crosses the May holidays',
      { term: term({ id: 'X', length: 20, notLaterThan: { termId: 'Y', plusWorkingDays: 2 } }), start: { date: '2025-04-25' }, dependencies: { Y: '2025-04-30' } },
      {
        dueDate: '2025-05-06',
        explanation:
          '20 рабочих дней со дня, следующего за 25.04.2025; 01.05–02.05, 08.05–09.05 — нерабочие дни → 29.05.2025; не позднее чем через 2 рабочих дня после окончания срока Y (30.04.2025) → 06.05.2025; применяется более ранний срок — по Y: 06.05.2025',
      },
    ],
  ])('should compute the due date when %s', (_, input, expected) => {
    expect(due(input)).toEqual(expected);
  });

  it.each<[string, Row[1], string]>([
    ['a day term is given an instant', { term: term({}), start: { at: '2025-05-12T10:00:00Z' } }, 'нужна дата начала (start.date)'],
    ['a minutes term is given a date', { term: term({ unit: 'minutes' }), start: { date: '2025-05-12' } }, 'нужен момент начала (start.at)'],
    ['the instant is not ISO 8601', { term: term({ unit: 'hours' }), start: { at: 'вчера' } }, 'некорректный момент начала «вчера»'],
    ['a minutes term is extended', { term: term({ unit: 'minutes' }), start: { at: '2025-05-12T10:00:00Z' }, extensionWorkingDays: 1 }, 'нельзя приостановить или продлить'],
    ['the pause is negative', { term: term({}), start: { date: '2025-05-12' }, pausedWorkingDays: -1 }, 'целым неотрицательным числом'],
    ['the other term is not given', { term: term({ id: 'T22', notLaterThan: { termId: 'T20', plusWorkingDays: 1 } }), start: { date: '2025-05-12' } }, 'передайте его дату окончания в dependencies'],
  ])('should throw when %s', (_, input, message) => {
    expect(() => due(input)).toThrow(message);
  });

  it('should throw CalendarRangeError when the due date falls in a year without a calendar', () => {
    expect(() => due({ term: term({}), start: { date: '2026-12-28' } })).toThrow('на 2027 год не загружен');
  });
});

describe('countRu', () => {
  it.each([
    [1, '1 рабочий день'],
    [2, '2 рабочих дня'],
    [5, '5 рабочих дней'],
    [11, '11 рабочих дней'],
    [12, '12 рабочих дней'],
    [21, '21 рабочий день'],
    [22, '22 рабочих дня'],
    [111, '111 рабочих дней'],
  ])('should write %i as «%s» when counting working days', (n, text) => {
    expect(countRu(n, ['рабочий день', 'рабочих дня', 'рабочих дней'])).toBe(text);
  });
});
