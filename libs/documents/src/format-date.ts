import type { LocalDate } from '@casework/domain';

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const parts = (date: LocalDate): { year: number; month: number; day: number } => {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`no such calendar day: "${date}"`);
  }
  return { year, month, day };
};

// '2025-10-01' → '01.10.2025'
export const formatDate = (date: LocalDate): string => {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
};

const MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];
const YEAR_MONTH_RE = /^(\d{4})-(\d{2})$/;

// '2025-04' → 'апрель 2025 г.': the month a register or list pays for
export const formatMonthYear = (yearMonth: string): string => {
  const m = YEAR_MONTH_RE.exec(yearMonth);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new RangeError(`expected a YYYY-MM month, got "${yearMonth}"`);
  return `${MONTHS_NOMINATIVE[month - 1]} ${m[1]}\u00a0г.`;
};

// '2025-10-01' → '1 октября 2025 г.'
export const formatDateLong = (date: LocalDate): string => {
  const { year, month, day } = parts(date);
  return `${day} ${MONTHS_GENITIVE[month - 1]} ${year}\u00a0г.`;
};

// The PDF's CreationDate: the document's own legal date at UTC midnight, so the bytes depend only on the data.
export const documentTimestamp = (date: LocalDate): Date => {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day));
};
