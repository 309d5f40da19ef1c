import { HOUSING_TEST_PARAMETER_SET } from '@casework/domain';
import { housingPayload } from '../../test/fixtures';
import { startTestSystem, type TestSystem } from '../../test/harness';

type EvaluationBody = {
  outcome: 'grant' | 'refuse';
  outcomeTitle: string;
  grounds: { code: string; clause: string; title: string }[];
  amount?: number;
  period?: { from: string };
  explanation: { rule: string; clause: string; result: unknown }[];
  parameters?: { validFrom: string; act: string };
  calculation?: { label: string; value: string }[];
  rulesVersion: string;
  facts: Record<string, unknown>;
};

const url = '/api/services/housing-utilities-compensation/evaluate';
// a labour veteran (C30) established in every fact the rules read: 3 registered persons, 4 500,00 ₽ charged in September
const established = {
  hasRightToMeasure: true,
  livesInDistrict: true,
  receivesOtherMeasure: false,
  debt: { exists: false },
  charges: { month: '2025-09', chargedKopecks: 450_000 },
  registeredPersons: 3,
};
const woman = { birthDate: '1962-04-10', sex: 'female' };

describe('the rules of a service at the counter: POST /api/services/:slug/evaluate', () => {
  let sys: TestSystem;
  let clerk: string;
  let admin: string;

  beforeAll(async () => {
    // Monday 06.10.2025, 10:00 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    clerk = await sys.login('clerk');
    admin = await sys.login('admin');
  });
  afterAll(() => sys.close());

  const evaluate = async (body: Record<string, unknown>, cookie = clerk) => sys.request('POST', url, { cookie, body });

  it('should grant with every rule and its clause but no amount when no parameter set is in force', async () => {
    // the demo set starts on 01.01.2025: an application of 20.11.2024 is paid from December, when none is in force
    const r = await evaluate({ application: housingPayload, applicant: woman, facts: { ...established, charges: { month: '2024-10', chargedKopecks: 450_000 } }, asOf: '2024-11-20', submittedOn: '2024-11-20' });
    expect(r.status).toBe(200);
    const e = r.body as EvaluationBody;
    expect(e).toMatchObject({ outcome: 'grant', outcomeTitle: 'Предоставить', grounds: [], period: { from: '2024-12-01' } });
    expect(e.amount).toBeUndefined();
    expect(e.rulesVersion).toMatch(/^housing-utilities-compensation\//);
    expect(e.explanation.length).toBeGreaterThan(3);
    expect(e.explanation.every((s) => typeof s.clause === 'string' && s.clause.length > 0)).toBe(true);
    // nothing was stored: no case, no audit row for an anonymous citizen
    const [{ n }] = (await sys.db.query(`SELECT count(*)::int AS n FROM "case"`)) as { n: number }[];
    expect(n).toBe(0);
  });

  it('should calculate the amount from the charges of the reference month with the set in force', async () => {
    const e = (await evaluate({ application: housingPayload, applicant: woman, facts: established, asOf: '2025-10-06' })).body as EvaluationBody;
    // the demo set (test values): C30 at 33.33 % of the applicant's share: 4 500,00 ₽ / 3 persons = 1 500,00 ₽ → 499,95 ₽
    expect(e.amount).toBe(49_995);
    expect(e.parameters).toMatchObject({ validFrom: '2025-01-01', act: expect.stringMatching(/не правовые/) });
    expect(e.calculation?.length).toBeGreaterThan(0);
    // a later set in force from 01.10.2025 (100 % for C30) is what a calculation on 06.10.2025 uses
    const values = { ...HOUSING_TEST_PARAMETER_SET.values, categoryRules: { ...HOUSING_TEST_PARAMETER_SET.values.categoryRules, C30_LABOUR_VETERAN: { percent: 100, basis: 'APPLICANT_SHARE' } } };
    const created = await sys.request('POST', '/api/services/housing-utilities-compensation/parameters', { cookie: admin, body: { validFrom: '2025-10-01', act: 'Тестовый акт от 25.09.2025', values } });
    expect(created.status).toBe(201);
    const later = (await evaluate({ application: housingPayload, applicant: woman, facts: established, asOf: '2025-10-06' })).body as EvaluationBody;
    expect(later.amount).toBe(150_000);
    expect(later.parameters).toMatchObject({ validFrom: '2025-10-01', act: 'Тестовый акт от 25.09.2025' });
  });

  it.each([
    { name: 'a debt without a repayment agreement', facts: { ...established, debt: { exists: true, agreement: 'none' } }, code: 'REF_03' },
    { name: 'a debt whose agreement is broken', facts: { ...established, debt: { exists: true, agreement: 'broken' } }, code: 'REF_03' },
    { name: 'support on another ground', facts: { ...established, receivesOtherMeasure: true }, code: 'REF_02' },
    { name: 'no right confirmed by D1', facts: { ...established, hasRightToMeasure: false }, code: 'REF_01' },
  ])('should refuse with $code and its clause when the facts show $name', async ({ facts, code }) => {
    const e = (await evaluate({ application: housingPayload, applicant: woman, facts, asOf: '2025-10-06' })).body as EvaluationBody;
    expect(e.outcome).toBe('refuse');
    expect(e.grounds).toEqual([expect.objectContaining({ code, clause: expect.stringMatching(/21/) })]);
    expect(e.grounds[0].title.length).toBeGreaterThan(5);
  });

  it('should grant when a debt has a repayment agreement that is kept', async () => {
    const e = (await evaluate({ application: housingPayload, applicant: woman, facts: { ...established, debt: { exists: true, agreement: 'kept' } }, asOf: '2025-10-06' })).body as EvaluationBody;
    expect(e.outcome).toBe('grant');
  });

  it.each([
    { name: 'the application breaks its schema', body: { application: { ...housingPayload, categories: ['C99_NOPE'] }, applicant: woman, facts: {}, asOf: '2025-10-06' }, field: /^application\.categories/ },
    { name: 'a fact has the wrong type', body: { application: housingPayload, applicant: woman, facts: { registeredPersons: 'three' }, asOf: '2025-10-06' }, field: /^facts\.registeredPersons$/ },
    { name: 'the citizen is not given', body: { application: housingPayload, facts: {}, asOf: '2025-10-06' }, field: /^applicant$/ },
    { name: 'the date does not exist', body: { application: housingPayload, applicant: woman, asOf: '2025-02-30' }, field: /^asOf$/ },
  ])('should answer 400 naming the field when $name', async ({ body, field }) => {
    const r = await evaluate(body);
    expect(r.status).toBe(400);
    expect(Object.keys((r.body as { errors: Record<string, string> }).errors)).toEqual(expect.arrayContaining([expect.stringMatching(field)]));
  });

  it('should answer 400 for an unknown service and 401 without a session', async () => {
    expect((await sys.request('POST', '/api/services/no-such-service/evaluate', { cookie: clerk, body: { application: {}, applicant: woman, asOf: '2025-10-06' } })).status).toBe(400);
    expect((await sys.request('POST', url, { body: { application: housingPayload, applicant: woman, asOf: '2025-10-06' } })).status).toBe(401);
  });

  it('should take the birth date and sex from a personal file and log the read', async () => {
    const [person] = (await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as { id: string }[];
    const r = await evaluate({ application: housingPayload, applicantId: person.id, facts: established, asOf: '2025-10-06' });
    expect(r.status).toBe(200);
    const [{ n }] = (await sys.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'person.read' AND entity_id = $1 AND details->>'purpose' = 'evaluate'`, [person.id])) as { n: number }[];
    expect(n).toBe(1);
    expect((await evaluate({ application: housingPayload, applicantId: '00000000-0000-4000-8000-000000000000', asOf: '2025-10-06' })).status).toBe(404);
  });
});
