import { receiptDate } from './receipt-date';
import { seedCalendar } from '../../test/seed-calendar';

const calendar = seedCalendar([2025, 2026]);
const electronic = { nonWorkingDayToNext: true, afterHoursToNext: true };

describe('receiptDate', () => {
  it.each([
    ['a Saturday of the May break moves to the next working day', '2025-05-03T07:00:00Z', 'Europe/Moscow', '2025-05-05'],
    ['after 18:00 on a working day moves to the next working day', '2025-05-06T15:30:00Z', 'Europe/Moscow', '2025-05-07'],
    ['17:59 on a working day stays that day', '2025-05-06T14:59:00Z', 'Europe/Moscow', '2025-05-06'],
    ['17:30 on the short day 30.04.2025 is after hours and moves past the May holidays', '2025-04-30T14:30:00Z', 'Europe/Moscow', '2025-05-05'],
    ['18:05 in Yekaterinburg on 30.12.2025 moves past the New Year holidays', '2025-12-30T13:05:00Z', 'Asia/Yekaterinburg', '2026-01-12'],
    ['the zone decides the day: 23:30 UTC on 09.01.2026 is already 10.01 in Yekaterinburg, a day off', '2026-01-09T23:30:00Z', 'Asia/Yekaterinburg', '2026-01-12'],
  ])('should count %s', (_name, arrivedAt, timeZone, receivedOn) => {
    const r = receiptDate({ arrivedAt: new Date(arrivedAt), timeZone, calendar, rule: electronic, officeClosesAt: '18:00:00' });
    expect(r.receivedOn).toBe(receivedOn);
    expect(r.note === null).toBe(r.arrivedOn === receivedOn);
  });

  it('should keep the arrival day when the channel has no rule, even on a Saturday', () => {
    const r = receiptDate({ arrivedAt: new Date('2025-05-03T07:00:00Z'), timeZone: 'Europe/Moscow', calendar, officeClosesAt: '18:00' });
    expect(r).toEqual({ arrivedOn: '2025-05-03', arrivedTime: '10:00', receivedOn: '2025-05-03', note: null });
  });

  it('should explain the move in Russian with both dates', () => {
    const r = receiptDate({ arrivedAt: new Date('2025-05-03T07:00:00Z'), timeZone: 'Europe/Moscow', calendar, rule: electronic, officeClosesAt: '18:00' });
    expect(r.note).toBe('поступило в нерабочий день 03.05.2025 — считается поступившим 05.05.2025');
  });
});
