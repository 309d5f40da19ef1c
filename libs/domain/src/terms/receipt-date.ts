import { formatRuDate, localDateTimeIn, type LocalDate } from '../common/local-date';
import type { ProductionCalendar } from '../calendar/production-calendar';

// When an application counts as received, per channel, as the regulation says (e.g. capital repair 2.11, 2.14.2:
// an electronic application received on a non-working day counts from the first working day after it).
export type ReceiptRule = {
  // received on a weekend, a holiday or a transferred day off → the next working day
  nonWorkingDayToNext?: boolean;
  // received on a working day after the office closed → the next working day
  afterHoursToNext?: boolean;
};

export type ReceiptDate = {
  // the local date of the arrival in the authority's zone
  arrivedOn: LocalDate;
  arrivedTime: string;
  // the legal date the terms count from
  receivedOn: LocalDate;
  // why receivedOn differs from arrivedOn; null when it does not
  note: string | null;
};

// Short pre-holiday days end one hour earlier (Labour Code art. 95).
const closingTime = (calendar: ProductionCalendar, date: LocalDate, officeClosesAt: string): string => {
  if (!calendar.isShortDay(date)) return officeClosesAt;
  const [h, m] = officeClosesAt.split(':').map(Number);
  return `${String(h - 1).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
};

export const receiptDate = ({ arrivedAt, timeZone, calendar, rule, officeClosesAt }: { arrivedAt: Date; timeZone: string; calendar: ProductionCalendar; rule?: ReceiptRule; officeClosesAt: string }): ReceiptDate => {
  const local = localDateTimeIn(arrivedAt, timeZone);
  const base = { arrivedOn: local.date, arrivedTime: local.time, receivedOn: local.date, note: null };
  if (!rule) return base;
  if (rule.nonWorkingDayToNext && !calendar.isWorkingDay(local.date)) {
    const next = calendar.nextWorkingDay(local.date);
    return { ...base, receivedOn: next, note: `поступило в нерабочий день ${formatRuDate(local.date)} — считается поступившим ${formatRuDate(next)}` };
  }
  const closes = closingTime(calendar, local.date, officeClosesAt.slice(0, 5));
  if (rule.afterHoursToNext && calendar.isWorkingDay(local.date) && local.time >= closes) {
    const next = calendar.nextWorkingDay(local.date);
    return { ...base, receivedOn: next, note: `поступило ${formatRuDate(local.date)} в ${local.time}, после окончания рабочего дня (${closes}) — считается поступившим ${formatRuDate(next)}` };
  }
  return base;
};
