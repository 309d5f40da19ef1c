import { addDays, localDateTimeIn, toUtcMidnight, type LocalDate } from '../common/local-date';

// An IANA zone name the runtime knows (Intl throws RangeError for an unknown one).
export const isValidTimeZone = (timeZone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
    return true;
  } catch {
    return false;
  }
};

// Offset of the zone from UTC at an instant, in ms (whole minutes: every zone in use has whole-minute offsets).
const offsetAt = (instant: number, timeZone: string): number => {
  const { date, time } = localDateTimeIn(new Date(instant), timeZone);
  const [h, m] = time.split(':').map(Number);
  const wall = toUtcMidnight(date) + (h * 60 + m) * 60_000;
  return wall - Math.floor(instant / 60_000) * 60_000;
};

// The instant a local day begins in a time zone: 06.10.2025 in Asia/Yekaterinburg → 2025-10-05T19:00:00Z.
export const startOfLocalDay = (date: LocalDate, timeZone: string): Date => {
  const wall = toUtcMidnight(date);
  const first = wall - offsetAt(wall, timeZone);
  // a second pass settles a day whose offset differs from the one at UTC midnight (daylight saving)
  return new Date(wall - offsetAt(first, timeZone));
};

export type AuditPeriodBounds = { fromInstant: Date | null; toInstant: Date | null };

// A period of whole local days, both ends inclusive, as a half-open range of instants [from, to).
export const auditPeriodBounds = ({ from, to, timeZone }: { from?: LocalDate | null; to?: LocalDate | null; timeZone: string }): AuditPeriodBounds => ({
  fromInstant: from ? startOfLocalDay(from, timeZone) : null,
  toInstant: to ? startOfLocalDay(addDays(to, 1), timeZone) : null,
});
