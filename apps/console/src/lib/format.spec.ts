import { describe, expect, it } from '@jest/globals';
import { formatDate, formatDateTime, formatSnils, plural, workingDaysText } from './format';

describe('formatDate', () => {
  it('should show a legal date as dd.MM.yyyy without any time-zone shift', () => {
    expect(formatDate('2025-05-01')).toBe('01.05.2025');
  });

  it('should show an instant as the date in the authority time zone', () => {
    // 20:30 UTC on 31 December is already 1 January in Yekaterinburg (UTC+5)
    expect(formatDate('2025-12-31T20:30:00Z', 'Asia/Yekaterinburg')).toBe('01.01.2026');
    expect(formatDate('2025-12-31T20:30:00Z', 'Europe/Moscow')).toBe('31.12.2025');
  });

  it('should show a dash when there is no date', () => {
    expect(formatDate(null)).toBe('—');
  });
});

describe('formatDateTime', () => {
  it('should show dd.MM.yyyy HH:mm in the given time zone', () => {
    expect(formatDateTime('2025-05-12T04:05:00Z', 'Asia/Yekaterinburg')).toBe('12.05.2025 09:05');
  });
});

describe('formatSnils', () => {
  it('should group the 11 digits as XXX-XXX-XXX YY', () => {
    expect(formatSnils('11223344595')).toBe('112-233-445 95');
  });
});

describe('plural', () => {
  it.each([
    [1, 'день'],
    [2, 'дня'],
    [5, 'дней'],
    [11, 'дней'],
    [21, 'день'],
    [24, 'дня'],
  ])('should say %i %s', (n, word) => {
    expect(plural(n, 'день', 'дня', 'дней')).toBe(word);
  });

  it('should write working days in short form', () => {
    expect(workingDaysText(3)).toBe('3 раб. дня');
  });
});
