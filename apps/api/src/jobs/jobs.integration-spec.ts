import type { MyTerms, SlaDashboard, SlaSweepCounts } from '@casework/domain';
import { DataSource } from 'typeorm';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BackgroundJobs1764400000000 } from '../../../../migrations/1764400000000-background-jobs';
import { createTestDatabase, startTestSystem, type TestSystem } from '../../test/harness';
import { housingPayload } from '../../test/fixtures';
import { dataSourceOptions } from '../database/data-source-options';
import { JobsService } from './jobs.service';
import { TermsSweepService } from './terms-sweep.service';

type CaseDetail = { id: string; number: string | null; version: number; terms: { termId: string; status: string; dueDate: string }[] };
type TermRow = { alert: string | null; alert_on: string | null; breached_at: Date | null; status: string };

const payload = housingPayload;

const NONE = { dueToday: 0, overdue: 0, breached: 0, cleared: 0 };

describe('background jobs: the terms sweep and the SLA views', () => {
  let sys: TestSystem;
  let sweeper: TermsSweepService;
  let clerk: string;
  let head: string;
  let admin: string;
  let sosva: string;
  let neftekumsk: string;
  let sokolova: string;
  let volkov: string;
  // Sosva (Asia/Yekaterinburg, UTC+5): A registered within five minutes, B late; Neftekumsk (Europe/Moscow, UTC+3): C on time
  let a: CaseDetail;
  let b: CaseDetail;
  let c: CaseDetail;

  beforeAll(async () => {
    // Friday 26.12.2025, 10:00 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-12-26T05:00:00Z' });
    sweeper = sys.app.get(TermsSweepService);
    [clerk, head, admin] = await Promise.all([sys.login('clerk'), sys.login('head'), sys.login('admin')]);
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((x) => x.code === 'SOSVA-CSK')!.id;
    neftekumsk = authorities.find((x) => x.code === 'NEFTEKUMSK-USZN')!.id;
    const find = async (snils: string): Promise<string> => ((await sys.request('GET', `/api/persons?snils=${encodeURIComponent(snils)}`, { cookie: clerk })).body as { id: string }[])[0].id;
    sokolova = await find('112-233-445 95');
    volkov = await find('087-654-303 00');
  });
  afterAll(() => sys.close());

  const intake = async (authorityId: string, applicantId: string): Promise<CaseDetail> => {
    const r = await sys.request('POST', '/api/cases', {
      cookie: clerk,
      body: { serviceSlug: 'housing-utilities-compensation', authorityId, channel: 'IN_PERSON', applicantId, payload, documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }] },
    });
    if (r.status !== 201) throw new Error(`intake: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as CaseDetail;
  };
  const register = async (x: CaseDetail): Promise<CaseDetail> => {
    const r = await sys.request('POST', `/api/cases/${x.id}/events`, { cookie: clerk, body: { event: 'register', data: {}, expectedVersion: x.version } });
    if (r.status !== 201) throw new Error(`register: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as CaseDetail;
  };
  const sweepAt = async (at: string): Promise<SlaSweepCounts> => {
    sys.clock.set(at);
    return (await sweeper.sweepTerms(sys.clock.now(), { trigger: 'schedule' })).counts;
  };
  const term = async (x: CaseDetail, termId: string): Promise<TermRow> =>
    ((await sys.db.query(`SELECT alert, alert_on, breached_at, status FROM case_term WHERE case_id = $1 AND term_id = $2`, [x.id, termId])) as TermRow[])[0];
  const auditRows = async (): Promise<{ actor_id: string | null; details: Record<string, unknown> }[]> =>
    sys.db.query(`SELECT actor_id, details FROM audit_log WHERE action = 'jobs.terms_sweep' ORDER BY id`);
  const dashboard = async (query: string, cookie = head): Promise<SlaDashboard> => {
    const r = await sys.request('GET', `/api/sla/dashboard${query}`, { cookie });
    if (r.status !== 200) throw new Error(`dashboard: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as SlaDashboard;
  };

  it('should mark the in-person registration term due today, then overdue, then clear it when its five minutes pass and registration ends it', async () => {
    a = await intake(sosva, sokolova);
    b = await intake(sosva, volkov);
    c = await intake(neftekumsk, sokolova);
    sys.clock.set('2025-12-26T05:01:00Z');
    a = await register(a);
    c = await register(c);

    // B's T05 (5 minutes, п. 43) ends at 05:05: on its due date, not late yet
    expect(await sweepAt('2025-12-26T05:02:00Z')).toMatchObject({ ...NONE, dueToday: 1, totals: { dueToday: 1, overdue: 0 } });
    expect(await term(b, 'T05')).toMatchObject({ alert: 'due_today', alert_on: '2025-12-26', breached_at: null });
    expect(await term(a, 'T05')).toMatchObject({ status: 'met', alert: null });

    expect(await sweepAt('2025-12-26T05:10:00Z')).toMatchObject({ ...NONE, overdue: 1, breached: 1 });
    expect(await term(b, 'T05')).toMatchObject({ alert: 'overdue', alert_on: '2025-12-26', breached_at: new Date('2025-12-26T05:10:00Z') });
    // T10 (return of documents, 1 working day) is due on Monday 29.12: no alert yet
    expect(await term(b, 'T10')).toMatchObject({ status: 'running', alert: null });

    sys.clock.set('2025-12-26T05:20:00Z');
    b = await register(b);
    expect(await sweepAt('2025-12-26T05:20:00Z')).toMatchObject({ ...NONE, cleared: 1, totals: { dueToday: 0, overdue: 0 } });
    // the breach is history: the alert goes, the moment the sweep first saw it stays
    expect(await term(b, 'T05')).toMatchObject({ status: 'breached', alert: null, alert_on: null, breached_at: new Date('2025-12-26T05:10:00Z') });

    const audit = await auditRows();
    expect(audit).toHaveLength(3);
    expect(audit.every((r) => r.actor_id === null)).toBe(true);
    expect(audit[1].details).toMatchObject({ trigger: 'schedule', overdue: 1, breached: 1 });
  });

  it('should mark T15 due today and then overdue at each authority\'s local midnight, auditing only changes, when the clock crosses 30.12.2025', async () => {
    // T15: 2 working days from the day after registration on 26.12.2025 → 29.12, 30.12
    for (const x of [a, b, c]) expect(x.terms.find((t) => t.termId === 'T15')).toMatchObject({ status: 'running', dueDate: '2025-12-30' });
    const auditBefore = (await auditRows()).length;
    const runsBefore = ((await sys.db.query(`SELECT count(*)::int AS n FROM job_run`)) as { n: number }[])[0].n;

    expect(await sweepAt('2025-12-29T05:00:00Z')).toMatchObject(NONE);
    expect((await auditRows()).length).toBe(auditBefore);

    // 09:00 in Yekaterinburg, 07:00 in Moscow
    expect(await sweepAt('2025-12-30T04:00:00Z')).toMatchObject({ ...NONE, dueToday: 3 });
    expect(await term(a, 'T15')).toMatchObject({ alert: 'due_today', alert_on: '2025-12-30' });

    // 23:59 in Yekaterinburg: still the due date
    expect(await sweepAt('2025-12-30T18:59:00Z')).toMatchObject(NONE);

    // 00:30 on 31.12 (a New Year day off) in Yekaterinburg, 22:30 on 30.12 in Moscow
    expect(await sweepAt('2025-12-30T19:30:00Z')).toMatchObject({ ...NONE, overdue: 2, breached: 2, totals: { dueToday: 1, overdue: 2 } });
    expect(await term(a, 'T15')).toMatchObject({ alert: 'overdue', alert_on: '2025-12-31', breached_at: new Date('2025-12-30T19:30:00Z') });
    expect(await term(b, 'T15')).toMatchObject({ alert: 'overdue', alert_on: '2025-12-31' });
    expect(await term(c, 'T15')).toMatchObject({ alert: 'due_today', alert_on: '2025-12-30' });

    expect((await auditRows()).length).toBe(auditBefore + 2);
    const runs = (await sys.db.query(`SELECT trigger, started_at, finished_at, counts, error FROM job_run ORDER BY id`)) as { trigger: string; started_at: Date; finished_at: Date; counts: SlaSweepCounts; error: string | null }[];
    expect(runs).toHaveLength(runsBefore + 4);
    expect(runs[runs.length - 1]).toMatchObject({ trigger: 'schedule', started_at: new Date('2025-12-30T19:30:00Z'), error: null, counts: { overdue: 2 } });
    expect(runs[runs.length - 1].finished_at.getTime()).toBeGreaterThanOrEqual(runs[runs.length - 1].started_at.getTime());
  });

  it("should list the clerk's running terms overdue first, then due today, then by working days left when the clerk opens my terms", async () => {
    sys.clock.set('2025-12-30T19:30:00Z');
    const r = await sys.request('GET', '/api/sla/my-terms', { cookie: clerk });
    expect(r.status).toBe(200);
    const body = r.body as MyTerms;
    expect(body.items.map((t) => `${t.status}:${t.termId}:${t.workingDaysLeft}`)).toEqual([
      'overdue:T15:-1',
      'overdue:T15:-1',
      'due_today:T15:0',
      // T17 due 12.01.2026, T20 due 21.01.2026: the New Year holidays are not counted
      'open:T17:1',
      'open:T17:1',
      'open:T17:1',
      'open:T20:8',
      'open:T20:8',
      'open:T20:8',
    ]);
    expect(body.items.slice(0, 2).map((t) => t.caseId).sort()).toEqual([a.id, b.id].sort());
    expect(body.items.find((t) => t.caseId === a.id)).toMatchObject({ caseNumber: a.number, applicantName: 'Соколова Анна Петровна', title: 'Направление межведомственных запросов', dueDate: '2025-12-30', alert: 'overdue', serviceSlug: 'housing-utilities-compensation' });
    expect(body.items[2]).toMatchObject({ caseId: c.id, caseNumber: c.number, authorityId: neftekumsk });
    expect(body.lastSweep).toMatchObject({ startedAt: '2025-12-30T19:30:00.000Z' });

    // a head holds no clerk role
    expect((await sys.request('GET', '/api/sla/my-terms', { cookie: head })).status).toBe(403);
  });

  it('should show a second clerk only the terms of cases assigned to them when a case is reassigned', async () => {
    await sys.db.query(`INSERT INTO app_user (login, full_name, password_hash) SELECT 'clerk2', 'Абрамова Елена Викторовна', password_hash FROM app_user WHERE login = 'clerk'`);
    await sys.db.query(`INSERT INTO user_role (user_id, authority_id, role) SELECT id, $1, 'clerk' FROM app_user WHERE login = 'clerk2'`, [neftekumsk]);
    const clerk2 = await sys.login('clerk2');
    expect(((await sys.request('GET', '/api/sla/my-terms', { cookie: clerk2 })).body as MyTerms).items).toEqual([]);

    await sys.db.query(`UPDATE "case" SET assignee_id = (SELECT id FROM app_user WHERE login = 'clerk2') WHERE id = $1`, [c.id]);
    const mine = (await sys.request('GET', '/api/sla/my-terms', { cookie: clerk2 })).body as MyTerms;
    expect(mine.items.map((t) => t.termId).sort()).toEqual(['T15', 'T17', 'T20']);
    expect(mine.items.every((t) => t.caseId === c.id)).toBe(true);
    // the clerk who took the application still sees it
    expect(((await sys.request('GET', '/api/sla/my-terms', { cookie: clerk })).body as MyTerms).items).toHaveLength(9);
  });

  it('should count met, breached and cancelled terms and bucket open terms by working days left when a head opens the dashboard', async () => {
    sys.clock.set('2025-12-30T19:30:00Z');
    const d = await dashboard('?from=2025-12-01&to=2025-12-31');
    expect(d).toMatchObject({ from: '2025-12-01', to: '2025-12-31', authorityId: null, serviceSlug: null });
    // T05: A and C registered within five minutes, B late; T10 cancelled by every registration
    expect(d.total).toMatchObject({ met: 2, breached: 1, cancelled: 3, compliance: 66.7, openTotal: 9, paused: 0 });
    expect(d.total.open).toEqual({ overdue: 2, today: 1, '1': 3, '2-3': 0, '4-5': 0, '6-10': 3, 'over-10': 0 });

    const bySosva = d.byAuthority.find((x) => x.authorityId === sosva)!.stats;
    expect(bySosva).toMatchObject({ met: 1, breached: 1, cancelled: 2, compliance: 50, openTotal: 6 });
    expect(bySosva.open).toMatchObject({ overdue: 2, today: 0, '1': 2, '6-10': 2 });
    const byNeftekumsk = d.byAuthority.find((x) => x.authorityId === neftekumsk)!.stats;
    expect(byNeftekumsk).toMatchObject({ met: 1, breached: 0, compliance: 100, openTotal: 3 });
    expect(byNeftekumsk.open).toMatchObject({ overdue: 0, today: 1 });
    // every authority of the user is listed, with or without terms
    expect(d.byAuthority).toHaveLength(4);

    expect(d.byService).toEqual([{ serviceSlug: 'housing-utilities-compensation', title: expect.any(String), stats: d.total }]);
    // the assignee counts, else the clerk who took the application
    expect(d.byClerk.map((x) => [x.fullName, x.stats.met, x.stats.breached, x.stats.openTotal])).toEqual([
      ['Абрамова Елена Викторовна', 1, 0, 3],
      ['Иванова Мария Сергеевна', 1, 1, 6],
    ]);
    expect(d.lastSweep).toMatchObject({ trigger: 'schedule', startedAt: '2025-12-30T19:30:00.000Z', error: null });

    const onlySosva = await dashboard(`?authorityId=${sosva}&serviceSlug=housing-utilities-compensation&from=2025-12-01&to=2025-12-31`);
    expect(onlySosva.total).toEqual(bySosva);
    expect(onlySosva.byAuthority).toHaveLength(1);

    // nothing completed in January yet; the open terms are the same
    const january = await dashboard('?from=2026-01-01&to=2026-01-31', admin);
    expect(january.total).toMatchObject({ met: 0, breached: 0, cancelled: 0, compliance: null, openTotal: 9 });
  });

  it('should answer 403 to a clerk and 400 or 404 with field errors when the dashboard query is wrong', async () => {
    expect((await sys.request('GET', '/api/sla/dashboard', { cookie: clerk })).status).toBe(403);

    const reversed = await sys.request('GET', '/api/sla/dashboard?from=2025-12-31&to=2025-12-01', { cookie: head });
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: { to: 'Конец периода раньше его начала' } });

    const badDate = await sys.request('GET', '/api/sla/dashboard?from=31.12.2025', { cookie: head });
    expect(badDate.status).toBe(400);
    expect(Object.keys((badDate.body as { errors: Record<string, string> }).errors)).toEqual(['from']);

    const unknownService = await sys.request('GET', '/api/sla/dashboard?serviceSlug=nope', { cookie: head });
    expect(unknownService.status).toBe(400);
    expect(unknownService.body).toMatchObject({ errors: { serviceSlug: 'Неизвестная услуга' } });

    const foreign = await sys.request('GET', '/api/sla/dashboard?authorityId=00000000-0000-4000-8000-000000000000', { cookie: head });
    expect(foreign.status).toBe(404);
  });

  it('should leave alerts unchanged during the New Year holidays and mark T17 due today when the first working day after them comes', async () => {
    // midnight in Moscow: C's T15 is overdue too
    expect(await sweepAt('2025-12-30T21:00:00Z')).toMatchObject({ ...NONE, overdue: 1, breached: 1 });
    const auditBefore = (await auditRows()).length;
    expect(await sweepAt('2026-01-09T05:00:00Z')).toMatchObject({ ...NONE, totals: { dueToday: 0, overdue: 3 } });
    expect((await auditRows()).length).toBe(auditBefore);

    // Monday 12.01.2026, 08:00 in Yekaterinburg, 06:00 in Moscow
    expect(await sweepAt('2026-01-12T03:00:00Z')).toMatchObject({ ...NONE, dueToday: 3, totals: { dueToday: 3, overdue: 3 } });
    expect(await term(a, 'T17')).toMatchObject({ alert: 'due_today', alert_on: '2026-01-12' });
    expect(await term(a, 'T20')).toMatchObject({ alert: null });
    // an overdue alert is not rewritten day after day: alert_on keeps the day it was marked
    expect(await term(a, 'T15')).toMatchObject({ alert: 'overdue', alert_on: '2025-12-31' });
  });

  it('should run the sweep directly for an admin when pg-boss is off, and refuse it to a clerk', async () => {
    const r = await sys.request('POST', '/api/sla/sweep', { cookie: admin });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ mode: 'direct', status: 'completed', result: { counts: { ...NONE, totals: { dueToday: 3, overdue: 3 } } } });
    const [run] = (await sys.db.query(`SELECT trigger, requested_by FROM job_run ORDER BY id DESC LIMIT 1`)) as { trigger: string; requested_by: string }[];
    expect(run.trigger).toBe('manual');
    expect(run.requested_by).toMatch(/^[0-9a-f-]{36}$/);

    expect((await sys.request('POST', '/api/sla/sweep', { cookie: clerk })).status).toBe(403);
  });

  it('should run terms-sweep jobs through a real pg-boss and record each run when the job runner starts', async () => {
    const jobs = sys.app.get(JobsService);
    await jobs.start();
    try {
      expect(jobs.running).toBe(true);
      const r = await sys.request('POST', '/api/sla/sweep', { cookie: admin });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ mode: 'pg-boss', status: 'completed', jobId: expect.any(String), result: { counts: { totals: { dueToday: 3, overdue: 3 } } } });
      const jobId = (r.body as { jobId: string }).jobId;
      const runs = (await sys.db.query(`SELECT trigger, job_id FROM job_run WHERE job_id IS NOT NULL ORDER BY id`)) as { trigger: string; job_id: string }[];
      // the start itself queued one sweep, and the admin's job ran after it
      expect(runs.map((x) => x.trigger)).toEqual(['startup', 'manual']);
      expect(runs[1].job_id).toBe(jobId);
      const [schedule] = (await sys.db.query(`SELECT cron, timezone FROM pgboss.schedule WHERE name = 'terms-sweep'`)) as { cron: string; timezone: string }[];
      expect(schedule).toEqual({ cron: '*/15 * * * *', timezone: 'UTC' });
    } finally {
      await jobs.stop();
    }
    expect(jobs.running).toBe(false);
  });
});

describe('background-jobs migration', () => {
  it('should remove the alert columns and job_run and add them again when the migration goes down and up', async () => {
    const ds = await new DataSource(dataSourceOptions(await createTestDatabase())).initialize();
    const runner = ds.createQueryRunner();
    const columns = async (): Promise<string[]> =>
      ((await ds.query(`SELECT column_name FROM information_schema.columns WHERE table_name IN ('case_term', 'job_run') AND column_name IN ('alert', 'alert_on', 'breached_at', 'trigger') ORDER BY 1`)) as { column_name: string }[]).map((r) => r.column_name);
    try {
      expect(await columns()).toEqual(['alert', 'alert_on', 'breached_at', 'trigger']);
      await new BackgroundJobs1764400000000().down(runner);
      expect(await columns()).toEqual([]);
      await new BackgroundJobs1764400000000().up(runner);
      expect(await columns()).toEqual(['alert', 'alert_on', 'breached_at', 'trigger']);
    } finally {
      await runner.release();
      await ds.destroy();
    }
  });
});
