import { format, isValid, parseISO } from 'date-fns';
import { ru } from 'date-fns/locale/ru';
import { formatRubles, formatRuDate, localDateTimeIn } from '@casework/domain';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const toDate = (value: string | Date): Date | null => {
  const d = typeof value === 'string' ? parseISO(value) : value;
  return isValid(d) ? d : null;
};

// An instant in the authority's IANA zone (the domain's helper), so 23:30 in Yekaterinburg is not shown as Moscow time.
const zoned = (d: Date, timeZone: string): { date: string; time: string } | null => {
  try {
    return localDateTimeIn(d, timeZone);
  } catch {
    return null;
  }
};

// A legal date (YYYY-MM-DD) or an instant, shown as dd.MM.yyyy.
export const formatDate = (value: string | null | undefined, timeZone?: string): string => {
  if (!value) return '—';
  if (LOCAL_DATE.test(value)) return formatRuDate(value);
  const d = toDate(value);
  if (!d) return value;
  const z = timeZone ? zoned(d, timeZone) : null;
  return z ? formatRuDate(z.date) : format(d, 'dd.MM.yyyy', { locale: ru });
};

export const formatDateTime = (value: string | null | undefined, timeZone?: string): string => {
  if (!value) return '—';
  const d = toDate(value);
  if (!d) return value;
  const z = timeZone ? zoned(d, timeZone) : null;
  return z ? `${formatRuDate(z.date)} ${z.time}` : format(d, 'dd.MM.yyyy HH:mm', { locale: ru });
};

export const formatMonth = (value: string | null | undefined): string => {
  if (!value) return '—';
  const d = toDate(value.length === 7 ? `${value}-01` : value);
  return d ? format(d, 'LLLL yyyy', { locale: ru }) : value;
};

// «с ноября 2025»: the month after «с» takes the genitive.
export const fromMonth = (value: string): string => {
  const d = toDate(value.length === 7 ? `${value}-01` : value);
  return `с ${d ? format(d, 'MMMM yyyy', { locale: ru }) : value}`;
};

// 'Today' as a legal date in the browser's zone, for date inputs and defaults.
export const todayLocal = (): string => format(new Date(), 'yyyy-MM-dd');

export const formatSnils = (snils: string | null | undefined): string => {
  if (!snils) return '—';
  const d = snils.replace(/\D/g, '');
  return d.length === 11 ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}` : snils;
};

export const fullName = (p: { lastName: string; firstName: string; middleName?: string | null }): string =>
  [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

// Russian plural: 1 день, 2 дня, 5 дней.
export const plural = (n: number, one: string, few: string, many: string): string => {
  const a = Math.abs(n) % 100;
  const b = a % 10;
  if (a > 10 && a < 20) return many;
  if (b > 1 && b < 5) return few;
  if (b === 1) return one;
  return many;
};

export const workingDaysText = (n: number): string => `${n} раб. ${plural(n, 'день', 'дня', 'дней')}`;

// Money: the API counts integer kopecks, people read and type rubles.
export const formatMoney = (kopecks: number | null | undefined): string => (kopecks === null || kopecks === undefined ? '—' : formatRubles(kopecks));

// Typed rubles to kopecks, exactly: the digits are read as a string, never through a float (0.29 * 100 is 28.999…).
// Accepts «1 250,50», «1250.5», «1250»; null for anything else (a sign, letters, more than two decimals).
export const parseRubles = (text: string): number | null => {
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0\u202f]/g, ''));
  if (!m) return null;
  const kopecks = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(kopecks) ? kopecks : null;
};

// Kopecks as an input value in rubles: 125050 → «1250,50».
export const rublesInput = (kopecks: number): string => `${Math.floor(kopecks / 100)},${String(kopecks % 100).padStart(2, '0')}`;

// A bank account shown by its last four digits only.
export const maskAccount = (account: string | null | undefined): string => (account ? `•••• ${account.slice(-4)}` : '—');
