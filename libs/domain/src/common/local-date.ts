import { z } from 'zod';

// A legal date: a calendar day in the authority's time zone, written YYYY-MM-DD.
export type LocalDate = string;

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isValidLocalDate = (value: string): boolean => {
  const m = LOCAL_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
};

export const localDateSchema = z
  .string({ error: 'Укажите дату' })
  .refine(isValidLocalDate, { message: 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре' });

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

// Pure day arithmetic on UTC midnights: no time zone can shift a legal date.
export const toUtcMidnight = (date: LocalDate): number => {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
};

export const fromUtcMidnight = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: LocalDate, days: number): LocalDate => fromUtcMidnight(toUtcMidnight(date) + days * 86_400_000);

// 'YYYY-MM' of the month after the date's month
export const monthAfter = (date: LocalDate): string => {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export const dayOfWeek = (date: LocalDate): number => new Date(toUtcMidnight(date)).getUTCDay();

export const compareLocalDates = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);

export const formatRuDate = (date: LocalDate): string => {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
};

// The local date and time of an instant in an IANA time zone, via Intl (no I/O, no clock).
export const localDateTimeIn = (instant: Date, timeZone: string): { date: LocalDate; time: string } => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};
