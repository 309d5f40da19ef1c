import type { LocalDate } from '../common/local-date';
import { bucketOfWorkingDaysLeft, compareOpenTerms, compliancePercent, openTermState, type OpenTermState, type SlaBucket } from './sla-bucket';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2025, 2026]);

describe('bucketOfWorkingDaysLeft', () => {
  it.each<[number, SlaBucket]>([
    [0, '1'],
    [1, '1'],
    [2, '2-3'],
    [3, '2-3'],
    [4, '4-5'],
    [5, '4-5'],
    [6, '6-10'],
    [10, '6-10'],
    [11, 'over-10'],
    [40, 'over-10'],
  ])('should put %i working days left into bucket %s when the term is still open', (left, bucket) => {
    expect(bucketOfWorkingDaysLeft(left)).toBe(bucket);
  });
});

describe('openTermState', () => {
  it.each<[string, { dueDate: LocalDate; today: LocalDate; lateByTime?: boolean }, OpenTermState]>([
    ['the due date is tomorrow', { dueDate: '2025-12-30', today: '2025-12-29' }, { status: 'open', workingDaysLeft: 1, bucket: '1' }],
    ['the due date is today', { dueDate: '2025-12-30', today: '2025-12-30' }, { status: 'due_today', workingDaysLeft: 0, bucket: 'today' }],
    ['a minute term is due today but its instant has passed', { dueDate: '2025-12-26', today: '2025-12-26', lateByTime: true }, { status: 'overdue', workingDaysLeft: 0, bucket: 'overdue' }],
    ['the due date was yesterday, a New Year day off', { dueDate: '2025-12-30', today: '2025-12-31' }, { status: 'overdue', workingDaysLeft: -1, bucket: 'overdue' }],
    ['the due date passed before the New Year holidays', { dueDate: '2025-12-30', today: '2026-01-12' }, { status: 'overdue', workingDaysLeft: -1, bucket: 'overdue' }],
    ['only the New Year holidays lie before the due date', { dueDate: '2026-01-12', today: '2025-12-30' }, { status: 'open', workingDaysLeft: 1, bucket: '1' }],
    ['three working days are left across a weekend', { dueDate: '2025-12-17', today: '2025-12-12' }, { status: 'open', workingDaysLeft: 3, bucket: '2-3' }],
    ['eight working days are left across the New Year holidays', { dueDate: '2026-01-21', today: '2025-12-30' }, { status: 'open', workingDaysLeft: 8, bucket: '6-10' }],
    ['five working days are left', { dueDate: '2025-12-08', today: '2025-12-01' }, { status: 'open', workingDaysLeft: 5, bucket: '4-5' }],
    ['eleven working days are left', { dueDate: '2025-12-16', today: '2025-12-01' }, { status: 'open', workingDaysLeft: 11, bucket: 'over-10' }],
  ])('should give the state and bucket when %s', (_, input, expected) => {
    expect(openTermState({ calendar, ...input })).toEqual(expected);
  });
});

describe('compliancePercent', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [3, 0, 100],
    [0, 2, 0],
    [2, 1, 66.7],
    [199, 1, 99.5],
  ])('should give %i met and %i breached as %p per cent when terms were completed', (met, breached, expected) => {
    expect(compliancePercent({ met, breached })).toBe(expected);
  });
});

describe('compareOpenTerms', () => {
  it('should order overdue first, then due today, then by working days left when sorting my terms', () => {
    const t = (status: OpenTermState['status'], workingDaysLeft: number, dueDate: LocalDate) => ({ status, workingDaysLeft, dueDate, bucket: 'over-10' as const });
    const sorted = [t('open', 4, '2025-12-05'), t('due_today', 0, '2025-12-01'), t('open', 1, '2025-12-02'), t('overdue', -1, '2025-11-28'), t('overdue', -3, '2025-11-26')].sort(compareOpenTerms);
    expect(sorted.map((s) => `${s.status}:${s.workingDaysLeft}`)).toEqual(['overdue:-3', 'overdue:-1', 'due_today:0', 'open:1', 'open:4']);
  });
});
