// migrations/ is the top-level folder of the layout (ARCHITECTURE 2), not an Nx project
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BenchIndexes1764700000000 } from '../../../../migrations/1764700000000-bench-indexes';
import { housingPayload } from '../../test/fixtures';
import { startTestSystem, type TestSystem } from '../../test/harness';

type CaseDetail = { id: string; version: number; state: string; terms: { termId: string; status: string; dueDate: string }[] };

describe('migration BenchIndexes1764700000000: the nearest running term kept on the case', () => {
  let sys: TestSystem;
  let clerk: string;
  let sosva: string;
  let applicantId: string;
  const migration = new BenchIndexes1764700000000();

  const nextDue = async (caseId: string): Promise<string | null> => ((await sys.db.query(`SELECT next_due_date AS d FROM "case" WHERE id = $1`, [caseId])) as { d: string | null }[])[0].d;
  const runningMin = (c: CaseDetail): string | null =>
    c.terms
      .filter((t) => t.status === 'running')
      .map((t) => t.dueDate)
      .sort()[0] ?? null;
  const fire = async (c: CaseDetail, event: string, data: Record<string, unknown> = {}): Promise<CaseDetail> => {
    const r = await sys.request('POST', `/api/cases/${c.id}/events`, { cookie: clerk, body: { event, data, expectedVersion: c.version } });
    if (r.status !== 201) throw new Error(`${event}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as CaseDetail;
  };

  beforeAll(async () => {
    // Monday 06.10.2025, 10:00 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    clerk = await sys.login('clerk');
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    applicantId = ((await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as { id: string }[])[0].id;
  });
  afterAll(() => sys.close());

  it('should follow the running terms of a case through intake and its events, whoever writes them', async () => {
    const intake = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload: housingPayload } });
    expect(intake.status).toBe(201);
    let c = intake.body as CaseDetail;
    expect(runningMin(c)).not.toBeNull();
    expect(await nextDue(c.id)).toBe(runningMin(c));

    c = await fire(c, 'register');
    // T20: 10 working days from the day after registration on 06.10.2025
    expect(c.terms.find((t) => t.termId === 'T20')).toMatchObject({ status: 'running', dueDate: '2025-10-20' });
    expect(await nextDue(c.id)).toBe(runningMin(c));

    // a writer outside the engine (a correction by hand, a sweep): the database still keeps the case right
    await sys.db.query(`UPDATE case_term SET status = 'cancelled' WHERE case_id = $1 AND status = 'running'`, [c.id]);
    expect(await nextDue(c.id)).toBeNull();
    await sys.db.query(`UPDATE case_term SET status = 'running', due_date = '2025-10-09' WHERE case_id = $1 AND term_id = 'T20'`, [c.id]);
    expect(await nextDue(c.id)).toBe('2025-10-09');
  });

  it('should read the queue page in index order for one authority and the person search without sorting its matches', async () => {
    const plan = async (sql: string, params: unknown[]): Promise<string> =>
      ((await sys.db.query(`EXPLAIN ${sql}`, params)) as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    await sys.db.query(`SET enable_seqscan = off`);
    try {
      const queue = await plan(`SELECT id FROM "case" c WHERE c.authority_id = $1 ORDER BY c.next_due_date NULLS LAST, c.received_at DESC LIMIT 25`, [sosva]);
      expect(queue).toMatch(/IDX_case_queue_due/);
      expect(queue).not.toMatch(/Sort/);
      const search = await plan(`SELECT id FROM person p WHERE p.merged_into_id IS NULL AND lower(p.last_name) LIKE 'сок%' ORDER BY lower(p.last_name), p.first_name LIMIT 50`, []);
      expect(search).toMatch(/IDX_person_name_first/);
      expect(search).not.toMatch(/Sort/);
    } finally {
      await sys.db.query(`RESET enable_seqscan`);
    }
  });

  it('should take everything away on the way down and fill the column again on the way up', async () => {
    await migration.down(sys.db.createQueryRunner());
    const left = (await sys.db.query(
      `SELECT (SELECT count(*)::int FROM information_schema.columns WHERE table_name = 'case' AND column_name = 'next_due_date') AS columns,
              (SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE 'case_term_next_due_%') AS triggers,
              (SELECT count(*)::int FROM pg_indexes WHERE indexname IN ('IDX_case_queue_due', 'IDX_case_queue_state_due', 'IDX_case_term_running_case', 'IDX_person_name_first')) AS indexes`,
    )) as { columns: number; triggers: number; indexes: number }[];
    expect(left[0]).toEqual({ columns: 0, triggers: 0, indexes: 0 });
    await migration.up(sys.db.createQueryRunner());
    const [{ mismatches, filled }] = (await sys.db.query(
      `SELECT count(*) FILTER (WHERE c.next_due_date IS DISTINCT FROM (SELECT min(t.due_date) FROM case_term t WHERE t.case_id = c.id AND t.status = 'running'))::int AS mismatches,
              count(c.next_due_date)::int AS filled FROM "case" c`,
    )) as { mismatches: number; filled: number }[];
    expect(mismatches).toBe(0);
    expect(filled).toBeGreaterThan(0);
  });
});
