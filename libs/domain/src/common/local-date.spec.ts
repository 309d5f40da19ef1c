import { addDays, dayOfWeek, isValidLocalDate, localDateTimeIn, monthAfter } from './local-date';

describe('local dates', () => {
  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-12-31', true],
  ])('should say %s valid = %s', (d, ok) => expect(isValidLocalDate(d)).toBe(ok));

  it('should add days across a month end', () => expect(addDays('2025-01-30', 3)).toBe('2025-02-02'));
  it('should give Saturday for 2025-11-01', () => expect(dayOfWeek('2025-11-01')).toBe(6));
  it('should give the Yekaterinburg date of an instant that is still yesterday in UTC', () =>
    expect(localDateTimeIn(new Date('2025-05-12T20:30:00Z'), 'Asia/Yekaterinburg')).toEqual({ date: '2025-05-13', time: '01:30' }));
});

describe('monthAfter', () => {
  it.each([
    ['2025-10-06', '2025-11'],
    ['2025-12-31', '2026-01'],
    ['2024-02-29', '2024-03'],
  ])('should give the month after %s as %s', (date, month) => {
    expect(monthAfter(date)).toBe(month);
  });
});
