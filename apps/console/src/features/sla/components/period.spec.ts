import { describe, expect, it } from '@jest/globals';
import { checkPeriod, parseRuDate, ruDate } from './period';

describe('parseRuDate', () => {
  it.each([
    ['31.12.2025', '2025-12-31'],
    ['1.2.2026', '2026-02-01'],
    [' 09.01.2026 ', '2026-01-09'],
    ['29.02.2025', null],
    ['2025-12-31', null],
    ['31/12/2025', null],
    ['', null],
  ])('should read %p as %p when a date is typed', (text, expected) => {
    expect(parseRuDate(text)).toBe(expected);
  });
});

describe('checkPeriod', () => {
  it('should give the period in ISO dates when both dates are valid and in order', () => {
    expect(checkPeriod('01.12.2025', '31.12.2025')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(ruDate('2025-12-01')).toBe('01.12.2025');
  });

  it('should name the field when a date is wrong or the end comes before the start', () => {
    expect(checkPeriod('32.12.2025', '31.12.2025')).toEqual({ errors: { from: 'Дата в формате дд.мм.гггг' } });
    expect(checkPeriod('31.12.2025', '01.12.2025')).toEqual({ errors: { to: 'Конец периода раньше его начала' } });
  });
});
