import { formatRuDate, isValidLocalDate, type LocalDate } from '@casework/domain/common/local-date';

const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

// dd.MM.yyyy as typed by a person (1.2.2025 too) → a legal date, or null when there is no such day.
export const parseRuDate = (text: string): LocalDate | null => {
  const m = RU_DATE.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isValidLocalDate(iso) ? iso : null;
};

export const ruDate = (date: LocalDate | '' | null | undefined): string => (date ? formatRuDate(date) : '');

export type PeriodErrors = { from?: string; to?: string };

// The period fields of the dashboard: both dates, in order.
export const checkPeriod = (fromText: string, toText: string): { from: LocalDate; to: LocalDate } | { errors: PeriodErrors } => {
  const from = parseRuDate(fromText);
  const to = parseRuDate(toText);
  const errors: PeriodErrors = {};
  if (!from) errors.from = 'Дата в формате дд.мм.гггг';
  if (!to) errors.to = 'Дата в формате дд.мм.гггг';
  if (from && to && from > to) errors.to = 'Конец периода раньше его начала';
  return from && to && !errors.to ? { from, to } : { errors };
};
