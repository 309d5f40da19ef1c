import { z } from 'zod';

// СНИЛС: 9 digits of the number and 2 check digits, written 'XXX-XXX-XXX YY'.
export const SNILS_LENGTH_MESSAGE = 'СНИЛС должен содержать 11 цифр';
export const SNILS_CHECKSUM_MESSAGE = 'Неверная контрольная сумма СНИЛС';

const ELEVEN_DIGITS = /^\d{11}$/;
// Numbers up to 001-001-998 were issued before check digits existed and are not checked.
const LAST_UNCHECKED_NUMBER = 1_001_998;

// Removes spaces and dashes: '112-233-445 95' → '11223344595'. Other characters are kept, so validation still fails on them.
export const normalizeSnils = (input: string): string => input.replace(/[\s\-\u2010-\u2015]/g, '');

// Pension Fund rule: sum of digit × weight (9..1) over the first 9 digits; < 100 → the sum; 100, 101 → 00; > 101 → sum mod 101 (100 → 00).
export const snilsChecksum = (nineDigits: string): number => {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * (9 - i);
  if (sum < 100) return sum;
  if (sum <= 101) return 0;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
};

export const isValidSnils = (input: string): boolean => {
  const digits = normalizeSnils(input);
  if (!ELEVEN_DIGITS.test(digits)) return false;
  if (Number(digits.slice(0, 9)) <= LAST_UNCHECKED_NUMBER) return true;
  return snilsChecksum(digits) === Number(digits.slice(9));
};

export const formatSnils = (input: string): string => {
  const digits = normalizeSnils(input);
  if (!ELEVEN_DIGITS.test(digits)) throw new RangeError(`${SNILS_LENGTH_MESSAGE}: «${input}»`);
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
};

// Accepts any usual spelling, yields the 11 digits that are stored.
export const snilsSchema = z
  .string({ error: 'Укажите СНИЛС' })
  .transform(normalizeSnils)
  .superRefine((digits, ctx) => {
    if (!ELEVEN_DIGITS.test(digits)) ctx.addIssue({ code: 'custom', message: SNILS_LENGTH_MESSAGE });
    else if (!isValidSnils(digits)) ctx.addIssue({ code: 'custom', message: SNILS_CHECKSUM_MESSAGE });
  });
