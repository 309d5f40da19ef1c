import { advanceClocks, TermRuleError, type TermClock } from './term-clock';
import type { TermDefinition } from './term-definition';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2024, 2025, 2026]);

// The capital-repair decision clock (spec DL-24, DL-26, DL-28; I-05, I-06, I-07): 10 working days, paused by rework
// (at most 5), extended once by 20, restarted by missing documents, never beyond 30 working days in all.
const decision: TermDefinition = {
  id: 'DL-24',
  title: 'Решение',
  length: 10,
  unit: 'working_days',
  countFrom: 'next_day',
  startsOn: ['register'],
  endsOn: ['sign'],
  pausesOn: ['return_for_rework'],
  resumesOn: ['rework_received'],
  maxPauseWorkingDays: 5,
  restartsOn: ['missing_documents_received'],
  extension: { on: ['extend'], workingDays: 20 },
  ceilingWorkingDays: 30,
  clause: 'п. 2.4',
};
const payment: TermDefinition = { id: 'PAY', title: 'Выплата', length: 1, unit: 'working_days', countFrom: 'next_day', startsOn: ['sign'], startsInto: ['granted'], endsOn: ['pay'], clause: 'п. 63' };
const counter: TermDefinition = { id: 'T05', title: 'Регистрация', length: 5, unit: 'minutes', countFrom: 'same_day', startsOn: ['receive'], endsOn: ['register'], pausesOn: ['return_for_rework'], clause: 'п. 43' };

type Step = { event: string; on: string; toState?: string; ground?: string };

// Runs events in order over the clocks, as the engine does, and returns the last state of every clock.
const run = (steps: Step[], terms: TermDefinition[] = [decision, payment]): Map<string, TermClock> => {
  const clocks = new Map<string, TermClock>();
  for (const s of steps) {
    const changed = advanceClocks({
      terms,
      channel: 'IN_PERSON',
      clocks: [...clocks.values()],
      change: { event: s.event, on: s.on, at: `${s.on}T07:00:00.000Z`, toState: s.toState ?? 'any', ...(s.ground ? { extensionGround: s.ground } : {}) },
      calendar,
      timeZone: 'Europe/Moscow',
    });
    for (const c of changed) clocks.set(c.termId, c);
  }
  return clocks;
};

const clock = (steps: Step[], id = 'DL-24'): TermClock => {
  const c = run(steps).get(id);
  if (!c) throw new Error(`${id} did not start`);
  return c;
};

describe('advanceClocks', () => {
  it('should count 10 working days across both May breaks of 2025 when the case is registered on 29.04.2025', () => {
    const c = clock([{ event: 'register', on: '2025-04-29' }]);
    expect(c).toMatchObject({ status: 'running', startedOn: '2025-04-29', dueDate: '2025-05-19' });
    expect(c.explanation).toContain('01.05–02.05, 08.05–09.05 — нерабочие дни');
  });

  it('should keep the days used before a rework pause and add the paused working days when the documents come back', () => {
    // paused 06.05, back 14.05: 07.05, 12.05, 13.05, 14.05 — 4 working days (08.05–11.05 are days off)
    const c = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'return_for_rework', on: '2025-05-06' },
      { event: 'rework_received', on: '2025-05-14' },
    ]);
    expect(c).toMatchObject({ status: 'running', pausedWorkingDays: 4, pausedOn: null, dueDate: '2025-05-23' });
    expect(c.explanation).toContain('приостанавливался на 4 рабочих дня');
  });

  it('should show the latest possible due date while paused and credit at most 5 working days when the rework comes back late', () => {
    const paused = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'return_for_rework', on: '2025-05-06' },
    ]);
    expect(paused).toMatchObject({ status: 'paused', pausedOn: '2025-05-06', dueDate: '2025-05-26' });
    const back = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'return_for_rework', on: '2025-05-06' },
      { event: 'rework_received', on: '2025-05-22' },
    ]);
    expect(back).toMatchObject({ status: 'running', pausedWorkingDays: 5, dueDate: '2025-05-26' });
  });

  it('should add 20 working days to the original due date when the term is extended on a ground, across the June holidays', () => {
    const c = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'extend', on: '2025-05-15', ground: 'EXT-02' },
    ]);
    // 19.05 + 20 working days; 12.06 and 13.06 are days off
    expect(c).toMatchObject({ extensionWorkingDays: 20, extensionGround: 'EXT-02', dueDate: '2025-06-18' });
    expect(c.explanation).toContain('продлён на 20 рабочих дней');
  });

  it('should cap the due date at 30 working days from the start when a pause and an extension together go beyond it', () => {
    const c = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'return_for_rework', on: '2025-05-06' },
      { event: 'rework_received', on: '2025-05-14' },
      { event: 'extend', on: '2025-05-15', ground: 'EXT-01' },
    ]);
    // 10 + 4 + 20 = 34 working days, the ceiling is the 30th working day after 29.04.2025
    expect(c.dueDate).toBe('2025-06-18');
    expect(c.explanation).toContain('не более 30 рабочих дней');
  });

  it('should refuse a second extension when the term was already extended', () => {
    expect(() =>
      run([
        { event: 'register', on: '2025-04-29' },
        { event: 'extend', on: '2025-05-15', ground: 'EXT-02' },
        { event: 'extend', on: '2025-05-16', ground: 'EXT-01' },
      ]),
    ).toThrow(TermRuleError);
  });

  it('should restart the full term from the day the missing documents arrive after the New Year holidays', () => {
    const before = clock([{ event: 'register', on: '2025-12-26' }]);
    // 29.12, 30.12, then 31.12–11.01 are days off: the 3rd working day is 12.01.2026
    expect(before.dueDate).toBe('2026-01-21');
    const c = clock([
      { event: 'register', on: '2025-12-26' },
      { event: 'missing_documents_received', on: '2026-01-12' },
    ]);
    expect(c).toMatchObject({ status: 'running', startedOn: '2026-01-12', dueDate: '2026-01-26' });
    expect(c.explanation).toContain('заново');
  });

  it('should end the clock as met when the decision is signed on the due date and as breached the next working day', () => {
    expect(clock([{ event: 'register', on: '2025-04-29' }, { event: 'sign', on: '2025-05-19' }])).toMatchObject({ status: 'met', completedOn: '2025-05-19' });
    expect(clock([{ event: 'register', on: '2025-04-29' }, { event: 'sign', on: '2025-05-20' }])).toMatchObject({ status: 'breached' });
  });

  it('should credit a running pause when the clock ends during it', () => {
    const c = clock([
      { event: 'register', on: '2025-04-29' },
      { event: 'return_for_rework', on: '2025-05-06' },
      { event: 'sign', on: '2025-05-21' },
    ]);
    // 10 working days paused, 5 credited: due 26.05, signed 21.05 — in time
    expect(c).toMatchObject({ status: 'met', pausedWorkingDays: 5, dueDate: '2025-05-26' });
  });

  it('should start a term only when the event leads into one of its states', () => {
    expect(run([{ event: 'register', on: '2025-04-29' }, { event: 'sign', on: '2025-05-05', toState: 'refused' }]).has('PAY')).toBe(false);
    expect(clock([{ event: 'register', on: '2025-04-29' }, { event: 'sign', on: '2025-05-05', toState: 'granted' }], 'PAY')).toMatchObject({ dueDate: '2025-05-06' });
  });

  it('should apply a limit by another term only when that term runs on the case', () => {
    // DL-32: 1 working day after the decision, never after DL-30 (I-07, I-08)
    const notice: TermDefinition = { id: 'DL-32', title: 'Уведомление', length: 1, unit: 'working_days', countFrom: 'next_day', startsOn: ['sign'], endsOn: ['notify'], notLaterThan: { termId: 'DL-30', plusWorkingDays: 0 }, clause: 'п. 2.4' };
    const ceiling: TermDefinition = { id: 'DL-30', title: 'Максимальный срок', length: 30, unit: 'working_days', countFrom: 'next_day', startsOn: ['register'], endsOn: ['notify'], clause: 'п. 2.4' };
    // signed on 20.06.2025, a day after DL-30 (19.06): the notice is due that same day at the latest
    const limited = run([{ event: 'register', on: '2025-04-30' }, { event: 'sign', on: '2025-06-20' }], [notice, ceiling]).get('DL-32')!;
    expect(limited).toMatchObject({ dueDate: '2025-06-19' });
    expect(limited.explanation).toContain('DL-30');
    // DL-30 never started (a portal application refused before its documents came): DL-32 keeps its own 1 working day
    const own = run([{ event: 'sign', on: '2025-06-20' }], [notice, ceiling]).get('DL-32')!;
    expect(own).toMatchObject({ status: 'running', dueDate: '2025-06-23' });
    expect(own.explanation).not.toContain('DL-30');
  });

  it('should refuse to pause a term counted in minutes', () => {
    expect(() => run([{ event: 'receive', on: '2025-04-29' }, { event: 'return_for_rework', on: '2025-04-29' }], [counter])).toThrow(TermRuleError);
  });
});
