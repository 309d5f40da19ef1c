import { auditActivityQuerySchema, auditLogQuerySchema } from './audit-api.schema';
import { auditPeriodBounds, isValidTimeZone, startOfLocalDay } from './audit-period';

describe('audit period in an authority time zone', () => {
  it.each([
    ['2025-10-06', 'Asia/Yekaterinburg', '2025-10-05T19:00:00.000Z'],
    ['2025-10-06', 'Europe/Moscow', '2025-10-05T21:00:00.000Z'],
    ['2025-10-06', 'UTC', '2025-10-06T00:00:00.000Z'],
    // daylight saving: Berlin is UTC+2 on 30.03.2025 (the switch happened at 01:00 UTC that night, after midnight)
    ['2025-03-30', 'Europe/Berlin', '2025-03-29T23:00:00.000Z'],
    ['2025-03-31', 'Europe/Berlin', '2025-03-30T22:00:00.000Z'],
  ])('should start the local day %s in %s at %s', (date, zone, instant) => {
    expect(startOfLocalDay(date, zone).toISOString()).toBe(instant);
  });

  it('should make the last day of the period inclusive when both ends are given', () => {
    const b = auditPeriodBounds({ from: '2025-12-31', to: '2025-12-31', timeZone: 'Asia/Yekaterinburg' });
    expect(b.fromInstant?.toISOString()).toBe('2025-12-30T19:00:00.000Z');
    expect(b.toInstant?.toISOString()).toBe('2025-12-31T19:00:00.000Z');
  });

  it('should leave an end open when it is not given', () => {
    expect(auditPeriodBounds({ timeZone: 'Europe/Moscow' })).toEqual({ fromInstant: null, toInstant: null });
  });

  it('should reject an unknown time zone name when validating', () => {
    expect(isValidTimeZone('Europe/Moscow')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('audit query schemas', () => {
  it('should treat empty parameters as absent when a form sends blanks', () => {
    const q = auditLogQuerySchema.parse({ actorId: '', action: '', from: '', limit: '20' });
    expect(q).toEqual({ limit: 20 });
  });

  it.each([
    [{ actorId: 'nope' }, 'actorId'],
    [{ from: '2025-02-30' }, 'from'],
    [{ from: '2025-10-10', to: '2025-10-01' }, 'to'],
    [{ action: 'case.register; drop' }, 'action'],
    [{ limit: '500' }, 'limit'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ id: '-1' }, 'id'],
  ])('should name the field when the query is %j', (input, field) => {
    const r = auditLogQuerySchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual([field]);
  });

  it('should accept a prefix action when it ends with a star', () => {
    expect(auditLogQuerySchema.parse({ action: 'case.*' }).action).toBe('case.*');
  });

  it('should reject a reversed period when asking for a user activity', () => {
    expect(auditActivityQuerySchema.safeParse({ from: '2025-10-02', to: '2025-10-01' }).success).toBe(false);
  });
});
