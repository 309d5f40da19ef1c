import { CAPITAL_REPAIR_TEST_PARAMETERS } from '@casework/domain';
import { startTestSystem, type TestSystem } from '../../test/harness';

type ParameterSet = { validFrom: string; validTo: string | null; act: string; values: typeof CAPITAL_REPAIR_TEST_PARAMETERS; createdBy: string | null };

describe('effective-dated calculation parameters', () => {
  let sys: TestSystem;
  let admin: string;
  let clerk: string;
  const url = '/api/services/capital-repair-compensation/parameters';

  beforeAll(async () => {
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    [admin, clerk] = await Promise.all([sys.login('admin'), sys.login('clerk')]);
  });
  afterAll(() => sys.close());

  it('should let only the admin add a set, check its values field by field, and name the act', async () => {
    const next = { validFrom: '2026-01-01', act: 'Постановление Правительства Ставропольского края от 10.12.2025 № 700-п', values: { ...CAPITAL_REPAIR_TEST_PARAMETERS, benefitPercent: { age70: 50, age80: 100 }, contributionRateKopecksPerM2: { withLift: 13_50, withoutLift: 11_00 } } };
    expect((await sys.request('POST', url, { cookie: clerk, body: next })).status).toBe(403);
    const bad = await sys.request('POST', url, { cookie: admin, body: { ...next, values: { ...next.values, benefitPercent: { age70: 150, age80: 100 } } } });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Record<string, string> }).errors['values.benefitPercent.age70']).toMatch(/от 0 до 100/);
    const noAct = await sys.request('POST', url, { cookie: admin, body: { ...next, act: ' ' } });
    expect(noAct.status).toBe(400);
    expect((noAct.body as { errors: Record<string, string> }).errors.act).toMatch(/акт/);

    const created = await sys.request('POST', url, { cookie: admin, body: next });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ validFrom: '2026-01-01', validTo: null, createdBy: expect.any(String) });
  });

  it('should close the previous set the day before and give each date the values then in force', async () => {
    const list = (await sys.request('GET', url, { cookie: clerk })).body as { sets: ParameterSet[] };
    expect(list.sets.map((s) => [s.validFrom, s.validTo])).toEqual([
      ['2026-01-01', null],
      ['2025-01-01', '2025-12-31'],
    ]);
    const december = (await sys.request('GET', `${url}/in-force?on=2025-12-31`, { cookie: clerk })).body as ParameterSet;
    const january = (await sys.request('GET', `${url}/in-force?on=2026-01-01`, { cookie: clerk })).body as ParameterSet;
    expect(december.values.contributionRateKopecksPerM2.withLift).toBe(12_00);
    expect(january.values.contributionRateKopecksPerM2.withLift).toBe(13_50);
    // before the first set: nothing in force, said plainly
    const before = await sys.request('GET', `${url}/in-force?on=2024-06-01`, { cookie: clerk });
    expect(before.status).toBe(422);
  });

  it('should refuse a set that does not start after the latest one, and an unknown service', async () => {
    const r = await sys.request('POST', url, { cookie: admin, body: { validFrom: '2025-06-01', act: 'Акт', values: CAPITAL_REPAIR_TEST_PARAMETERS } });
    expect(r.status).toBe(422);
    expect((r.body as { errors: Record<string, string> }).errors.validFrom).toMatch(/2026-01-01/);
    // housing-utilities-compensation has its own parameters (§9.3, A13): the demo's set of test values
    const housing = await sys.request('GET', '/api/services/housing-utilities-compensation/parameters', { cookie: clerk });
    expect(housing.status).toBe(200);
    expect(housing.body).toMatchObject({ sets: [expect.objectContaining({ validFrom: '2025-01-01', act: expect.stringMatching(/не правовые/) })] });
    expect((await sys.request('GET', '/api/services/no-such-service/parameters', { cookie: clerk })).status).toBe(400);
  });
});
