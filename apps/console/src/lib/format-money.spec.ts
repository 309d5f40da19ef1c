import { describe, expect, it } from '@jest/globals';
import { formatMoney, maskAccount, parseRubles, rublesInput } from './format';

describe('parseRubles', () => {
  it.each([
    ['1250,50', 125050],
    ['1 250,50', 125050],
    ['1\u00a0250.5', 125050],
    ['0,29', 29],
    ['0.07', 7],
    ['1150.10', 115010],
    ['4.35', 435],
    ['1500', 150000],
    [' 12 ', 1200],
  ])('should read «%s» as %d kopecks exactly when typed in rubles', (text, kopecks) => {
    expect(parseRubles(text)).toBe(kopecks);
  });

  it('should read every two-decimal amount up to 100 000 rubles without a float error', () => {
    // the float way, Math.floor(Number(s) * 100), is off by one kopeck for 0.29, 4.35, 1150.10 and many more
    for (let k = 0; k <= 10_000_000; k += 7919) expect(parseRubles(`${Math.floor(k / 100)},${String(k % 100).padStart(2, '0')}`)).toBe(k);
  });

  it.each([['-5'], ['1,234'], ['12,5,0'], ['abc'], [''], ['1e3'], ['12 руб.'], ['99999999999999999999']])('should refuse «%s» when it is not an amount in rubles', (text) => {
    expect(parseRubles(text)).toBeNull();
  });
});

describe('money shown to people', () => {
  it('should show kopecks as rubles with a thousands space and «руб.», and a dash for nothing', () => {
    expect(formatMoney(150000)).toBe('1\u00a0500,00\u00a0руб.');
    expect(formatMoney(7)).toBe('0,07\u00a0руб.');
    expect(formatMoney(null)).toBe('—');
  });

  it('should prefill an input with rubles that parse back to the same kopecks', () => {
    expect(rublesInput(125050)).toBe('1250,50');
    expect(rublesInput(5)).toBe('0,05');
    expect(parseRubles(rublesInput(98765432))).toBe(98765432);
  });

  it('should show only the last four digits of a bank account', () => {
    expect(maskAccount('40817810516540012345')).toBe('•••• 2345');
    expect(maskAccount(null)).toBe('—');
  });
});
