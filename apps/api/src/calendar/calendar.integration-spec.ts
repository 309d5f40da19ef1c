import { startTestSystem, type TestSystem } from '../../test/harness';

describe('production calendar API', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startTestSystem();
  });
  afterAll(() => sys.close());

  it.each([
    // the 10th working day after 06.05.2025 skips 08.05–11.05 (May holidays and the weekend)
    ['2025-05-06', 10, '2025-05-22'],
    // days=0 on a working day: the day itself
    ['2025-11-05', 0, '2025-11-05'],
    // days=0 on a holiday: the next working day
    ['2025-11-04', 0, '2025-11-05'],
    // Saturday 01.11.2025 is a working day
    ['2025-10-31', 1, '2025-11-01'],
    // New Year holidays 2026
    ['2025-12-30', 1, '2026-01-12'],
  ])('should give the working day %s + %i = %s', async (from, days, date) => {
    const r = await sys.request('GET', `/api/calendar/working-days?from=${from}&days=${days}`);
    expect(r).toMatchObject({ status: 200, body: { from, days, date } });
  });

  it.each([
    ['from=2025-02-30&days=1', 'from'],
    ['from=tomorrow&days=1', 'from'],
    ['from=2025-05-06&days=-1', 'days'],
    ['from=2025-05-06&days=abc', 'days'],
    ['days=3', 'from'],
  ])('should answer 400 naming the field when the query is %s', async (query, field) => {
    const r = await sys.request('GET', `/api/calendar/working-days?${query}`);
    expect(r.status).toBe(400);
    expect((r.body as { errors: Record<string, string> }).errors[field]).toEqual(expect.any(String));
  });

  it('should answer 422 when the year is not in the calendar', async () => {
    const r = await sys.request('GET', '/api/calendar/working-days?from=2031-03-03&days=1');
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'CALENDAR_NOT_LOADED' });
  });

  it('should let the admin make a day off and the arithmetic follow at once', async () => {
    const admin = await sys.login('admin');
    const before = await sys.request('GET', '/api/calendar/working-days?from=2027-06-01&days=1');
    expect((before.body as { date: string }).date).toBe('2027-06-02');
    const put = await sys.request('PUT', '/api/calendar/days/2027-06-02', { cookie: admin, body: { kind: 'holiday', holidayTitle: 'Региональный праздник' } });
    expect(put.status).toBe(200);
    const after = await sys.request('GET', '/api/calendar/working-days?from=2027-06-01&days=1');
    expect((after.body as { date: string }).date).toBe('2027-06-03');
    const year = await sys.request('GET', '/api/calendar/years/2027', { cookie: admin });
    expect((year.body as { days: { date: string; kind: string }[] }).days.find((d) => d.date === '2027-06-02')?.kind).toBe('holiday');
  });

  it('should refuse a calendar edit by a clerk', async () => {
    const clerk = await sys.login('clerk');
    const put = await sys.request('PUT', '/api/calendar/days/2027-06-04', { cookie: clerk, body: { kind: 'holiday' } });
    expect(put.status).toBe(403);
  });

  it('should import a year in the official XML format and reject a broken file with a reason', async () => {
    const admin = await sys.login('admin');
    const xml = `<?xml version="1.0" encoding="UTF-8"?><calendar year="2028" lang="ru" date="2027.09.01"><holidays><holiday id="1" title="Новогодние каникулы"/></holidays><days><day d="01.03" t="1" h="1"/><day d="01.10" t="3"/></days></calendar>`;
    const ok = await sys.request('POST', '/api/calendar/years/import', { cookie: admin, body: { xml } });
    expect(ok).toMatchObject({ status: 201, body: { year: 2028, days: 2 } });
    // 03.01.2028 is a Monday made a holiday; 10.01.2028 is a Monday anyway
    expect((await sys.request('GET', '/api/calendar/working-days?from=2028-01-02&days=1')).body).toMatchObject({ date: '2028-01-04' });
    const bad = await sys.request('POST', '/api/calendar/years/import', { cookie: admin, body: { xml: '<calendar><days><day d="13.45" t="1"/></days></calendar>' } });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { xml: string } }).errors.xml).toEqual(expect.any(String));
  });
});
