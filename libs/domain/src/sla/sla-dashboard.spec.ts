import { addSlaCounts, defaultSlaPeriod, emptySlaStats, slaDashboardQuerySchema } from './sla-dashboard';

describe('slaDashboardQuerySchema', () => {
  it('should accept a period in local dates when from is not after to', () => {
    expect(slaDashboardQuerySchema.parse({ from: '2025-12-01', to: '2025-12-31' })).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it.each<[string, Record<string, string>, string]>([
    ['the end is before the start', { from: '2025-12-31', to: '2025-12-01' }, 'to'],
    ['a date does not exist', { from: '2025-02-30' }, 'from'],
    ['the date is written dd.MM.yyyy', { to: '31.12.2025' }, 'to'],
    ['the period is longer than three years', { from: '2020-01-01', to: '2025-01-01' }, 'from'],
    ['the authority is not a uuid', { authorityId: 'sosva' }, 'authorityId'],
  ])('should reject the query with an error on the field when %s', (_, query, field) => {
    const result = slaDashboardQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });
});

describe('defaultSlaPeriod', () => {
  it.each<[string, { from?: string; to?: string }, { from: string; to: string }]>([
    ['no period is given', {}, { from: '2025-12-01', to: '2025-12-30' }],
    ['only the start is given', { from: '2025-11-15' }, { from: '2025-11-15', to: '2025-12-30' }],
    ['only a future start is given', { from: '2026-01-15' }, { from: '2026-01-15', to: '2026-01-15' }],
    ['only the end is given', { to: '2025-10-20' }, { from: '2025-10-01', to: '2025-10-20' }],
  ])('should fill the period when %s', (_, query, expected) => {
    expect(defaultSlaPeriod('2025-12-30', query)).toEqual(expected);
  });
});

describe('addSlaCounts', () => {
  it('should keep the open total and compliance consistent when counts are added twice', () => {
    const stats = emptySlaStats();
    addSlaCounts(stats, { met: 2, breached: 1, open: { today: 2, '6-10': 1 } });
    addSlaCounts(stats, { cancelled: 3, paused: 1, open: { overdue: 1 } });
    expect(stats).toMatchObject({ met: 2, breached: 1, cancelled: 3, paused: 1, compliance: 66.7, openTotal: 4 });
    expect(stats.open).toEqual({ overdue: 1, today: 2, '1': 0, '2-3': 0, '4-5': 0, '6-10': 1, 'over-10': 0 });
  });
});
