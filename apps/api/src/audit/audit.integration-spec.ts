import { localDateTimeIn, type AuditLogPage, type AuditUserActivity, type AuditVerifyResult } from '@casework/domain';
import { startTestSystem, type TestSystem } from '../../test/harness';
import { housingPayload } from '../../test/fixtures';
import { AuditLogService } from './audit-log.service';
import { AuditService } from './audit.service';

type Failure = Extract<AuditVerifyResult, { ok: false }>;
type Success = Extract<AuditVerifyResult, { ok: true }>;


describe('auditor tools: chain verification, the log and user activity', () => {
  let sys: TestSystem;
  let clerk: string;
  let auditor: string;
  let admin: string;
  let clerkId: string;
  let auditorId: string;
  let outsiderId: string;
  let sosva: string;
  let foreignAuthority: string;
  let personId: string;
  let caseId: string;
  let demoAuthorities: string[];

  const verify = async (cookie = auditor): Promise<AuditVerifyResult> => {
    const r = await sys.request('GET', '/api/audit/verify', { cookie });
    expect(r.status).toBe(200);
    return r.body as AuditVerifyResult;
  };
  const log = async (query: string, cookie = auditor): Promise<AuditLogPage> => {
    const r = await sys.request('GET', `/api/audit/log${query}`, { cookie });
    if (r.status !== 200) throw new Error(`log ${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as AuditLogPage;
  };
  // the database superuser, bypassing the append-only trigger in one transaction, as an intruder with server access would
  const asIntruder = (sql: string, params: unknown[]): Promise<void> =>
    sys.db.transaction(async (em) => {
      await em.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await em.query(sql, params);
      await em.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
  const ids = async (): Promise<number[]> => ((await sys.db.query(`SELECT id::int FROM audit_log ORDER BY id`)) as { id: number }[]).map((r) => r.id);

  beforeAll(async () => {
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    clerk = await sys.login('clerk');
    auditor = await sys.login('auditor');
    admin = await sys.login('admin');
    const users = (await sys.db.query(`SELECT id, login FROM app_user`)) as { id: string; login: string }[];
    clerkId = users.find((u) => u.login === 'clerk')!.id;
    auditorId = users.find((u) => u.login === 'auditor')!.id;
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    demoAuthorities = authorities.map((a) => a.id);
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;

    // real activity: a person created, the personal file read, an application taken in
    const person = await sys.request('POST', '/api/persons', { cookie: clerk, body: { lastName: 'Зайцева', firstName: 'Вера', birthDate: '1950-04-04', sex: 'female' } });
    expect(person.status).toBe(201);
    personId = (person.body as { id: string }).id;
    expect((await sys.request('GET', `/api/persons/${personId}`, { cookie: clerk })).status).toBe(200);
    const intake = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId: personId, payload: housingPayload } });
    expect(intake.status).toBe(201);
    caseId = (intake.body as { id: string }).id;

    // an authority none of the demo auditors works in, with its own clerk and its own audit rows
    [{ id: foreignAuthority }] = (await sys.db.query(
      `INSERT INTO authority (code, name, short_name, region, time_zone) VALUES ('FOREIGN', 'Чужой орган', 'Чужой', 'Иной регион', 'Europe/Moscow') RETURNING id`,
    )) as { id: string }[];
    [{ id: outsiderId }] = (await sys.db.query(`INSERT INTO app_user (login, full_name, password_hash) VALUES ('outsider', 'Чужой Пётр Петрович', 'x') RETURNING id`)) as { id: string }[];
    await sys.db.query(`INSERT INTO user_role (user_id, authority_id, role) VALUES ($1, $2, 'clerk')`, [outsiderId, foreignAuthority]);
    await sys.app.get(AuditService).write(sys.db.manager, { actorId: outsiderId, authorityId: foreignAuthority, action: 'case.intake', entity: 'case', entityId: 'foreign-case' });
  });
  afterAll(() => sys.close());

  it('should verify the whole chain and record the check when only real activity has been written', async () => {
    const [{ n, last }] = (await sys.db.query(`SELECT count(*)::int AS n, max(id)::int AS last FROM audit_log`)) as { n: number; last: number }[];
    const [{ hash }] = (await sys.db.query(`SELECT hash FROM audit_log WHERE id = $1`, [last])) as { hash: string }[];
    const actions = ((await sys.db.query(`SELECT DISTINCT action FROM audit_log`)) as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['auth.login', 'person.create', 'person.read', 'case.intake']));

    const result = await verify();
    expect(result).toEqual({ ok: true, rows: n, lastId: last, lastHash: hash, checkedAt: '2025-10-06T05:00:00.000Z' });
    const [own] = (await sys.db.query(`SELECT actor_id, action, entity, details FROM audit_log ORDER BY id DESC LIMIT 1`)) as { actor_id: string; action: string; entity: string; details: Record<string, unknown> }[];
    expect(own).toMatchObject({ actor_id: auditorId, action: 'audit.verify', entity: 'audit_log', details: { ok: true, rows: n, lastId: last } });
  });

  it('should verify across batch boundaries when the log is longer than one batch', async () => {
    const service = sys.app.get(AuditLogService);
    service.verifyBatchSize = 2;
    try {
      const total = (await ids()).length;
      expect(total).toBeGreaterThan(4);
      const result = (await verify()) as Success;
      expect(result.ok).toBe(true);
      expect(result.rows).toBe(total);
    } finally {
      service.verifyBatchSize = 5000;
    }
  });

  it('should describe the auditor tools in the OpenAPI document when it is generated', async () => {
    const r = await sys.request('GET', '/api/docs/openapi.json', { cookie: auditor });
    expect(r.status).toBe(200);
    const paths = (r.body as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> }).paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/audit/verify', '/api/audit/log', '/api/audit/users', '/api/audit/users/{userId}/activity']));
    expect(paths['/api/audit/log'].get?.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['actorId', 'action', 'from', 'to', 'timeZone']));
  });

  it('should refuse every auditor tool with 403 when the user is a clerk', async () => {
    for (const url of ['/api/audit/verify', '/api/audit/log', `/api/audit/users/${clerkId}/activity`]) {
      const r = await sys.request('GET', url, { cookie: clerk });
      expect(r.status).toBe(403);
      expect((r.body as { code: string }).code).toBe('FORBIDDEN');
    }
  });

  it('should refuse UPDATE, DELETE and TRUNCATE on the audit log when the append-only trigger is on', async () => {
    await expect(sys.db.query(`UPDATE audit_log SET details = '{"x":1}' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(sys.db.query(`DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)`)).rejects.toThrow(/append-only/);
    await expect(sys.db.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('should show an auditor only the rows of their authorities, newest first, with the actor name', async () => {
    const page = await log('?limit=200');
    expect(page.total).toBe(page.items.length);
    expect(page.items.length).toBeGreaterThan(0);
    // rows of the auditor's authorities, and rows without an authority (logins, personal-file reads) by his staff
    expect(page.items.every((i) => (i.authorityId !== null ? demoAuthorities.includes(i.authorityId) : i.actorLogin !== null && ['clerk', 'head', 'deputy', 'auditor', 'admin'].includes(i.actorLogin)))).toBe(true);
    expect(page.items.some((i) => i.action === 'person.read' && i.actorLogin === 'clerk')).toBe(true);
    const ids = page.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.items.find((i) => i.action === 'case.intake')).toMatchObject({ entityId: caseId, actorName: 'Иванова Мария Сергеевна', actorLogin: 'clerk', authorityId: sosva });
    // another authority's rows stay hidden
    expect(page.items.some((i) => i.entityId === 'foreign-case')).toBe(false);
    expect((await sys.request('GET', `/api/audit/log?authorityId=${foreignAuthority}`, { cookie: auditor })).status).toBe(404);
  });

  it('should show an admin the rows without an authority when listing the log', async () => {
    const reads = await log(`?action=person.read&entityId=${personId}`, admin);
    expect(reads.items).toHaveLength(1);
    expect(reads.items[0]).toMatchObject({ actorId: clerkId, actorName: 'Иванова Мария Сергеевна', entity: 'person', authorityId: null });
    // admin rights in the demo authorities do not open a foreign authority's rows
    expect((await log('?entityId=foreign-case', admin)).total).toBe(0);
  });

  it('should filter by user, action, action prefix, entity, record number and period when asked', async () => {
    const byUser = await log(`?actorId=${clerkId}&action=case.intake`);
    expect(byUser.items.map((i) => i.entityId)).toEqual([caseId]);
    expect((await log(`?actorId=${auditorId}&action=case.intake`)).total).toBe(0);
    const prefix = await log('?action=case.*');
    expect(prefix.items.length).toBeGreaterThan(0);
    expect(prefix.items.every((i) => i.action.startsWith('case.'))).toBe(true);
    // "_" in a prefix is a literal, not a LIKE wildcard
    expect((await log('?action=cas_.*')).total).toBe(0);
    const byEntity = await log(`?entity=case&entityId=${caseId}`);
    expect(byEntity.items.every((i) => i.entity === 'case' && i.entityId === caseId)).toBe(true);
    const one = await log(`?id=${byUser.items[0].id}`);
    expect(one.items.map((i) => i.id)).toEqual([byUser.items[0].id]);

    // the period is whole local days in the authority's zone (Sosva: Asia/Yekaterinburg)
    const { date } = localDateTimeIn(new Date(byUser.items[0].at), 'Asia/Yekaterinburg');
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await log(`?action=case.intake&authorityId=${sosva}&from=${date}&to=${date}`)).total).toBe(1);
    expect((await log(`?action=case.intake&authorityId=${sosva}&from=${next}`)).total).toBe(0);
    expect((await log(`?action=case.intake&authorityId=${sosva}&to=${date}&timeZone=Asia/Yekaterinburg`)).total).toBe(1);

    const paged = await log('?limit=1&offset=1', admin);
    expect(paged).toMatchObject({ limit: 1, offset: 1 });
    expect(paged.items).toHaveLength(1);
  });

  it('should answer 400 naming the fields when the filter is malformed', async () => {
    const r = await sys.request('GET', '/api/audit/log?actorId=nope&from=2025-13-01&limit=0', { cookie: auditor });
    expect(r.status).toBe(400);
    const body = r.body as { code: string; errors: Record<string, string> };
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(body.errors).sort()).toEqual(['actorId', 'from', 'limit']);
    const reversed = await sys.request('GET', `/api/audit/users/${clerkId}/activity?from=2025-10-10&to=2025-10-01`, { cookie: auditor });
    expect(reversed.status).toBe(400);
    expect((reversed.body as { errors: Record<string, string> }).errors.to).toMatch(/раньше/);
  });

  it('should count a user activity per action within the auditor scope when asked for a period', async () => {
    const r = await sys.request('GET', `/api/audit/users/${clerkId}/activity?timeZone=Asia/Yekaterinburg`, { cookie: auditor });
    expect(r.status).toBe(200);
    const activity = r.body as AuditUserActivity;
    expect(activity.user).toMatchObject({ id: clerkId, login: 'clerk', fullName: 'Иванова Мария Сергеевна' });
    expect(activity.counts).toContainEqual({ action: 'case.intake', count: 1 });
    // logins and personal-file reads carry no authority: an auditor gets them for his own staff
    expect(activity.counts).toContainEqual({ action: 'person.read', count: 1 });
    expect(activity.page.items.every((i) => i.actorId === clerkId)).toBe(true);

    const full = (await sys.request('GET', `/api/audit/users/${clerkId}/activity`, { cookie: admin })).body as AuditUserActivity;
    const counts = Object.fromEntries(full.counts.map((c) => [c.action, c.count]));
    expect(counts).toMatchObject({ 'auth.login': 1, 'person.create': 1, 'person.read': 1, 'case.intake': 1 });
    expect(full.page.total).toBe(full.counts.reduce((s, c) => s + c.count, 0));

    const empty = (await sys.request('GET', `/api/audit/users/${clerkId}/activity?from=2000-01-01&to=2000-01-31`, { cookie: admin })).body as AuditUserActivity;
    expect(empty.counts).toEqual([]);
    expect(empty.page.total).toBe(0);
  });

  it('should list the staff in the auditor scope when asked for users to filter by', async () => {
    const mine = (await sys.request('GET', '/api/audit/users', { cookie: auditor })).body as { login: string }[];
    expect(mine.map((u) => u.login)).toEqual(expect.arrayContaining(['admin', 'auditor', 'clerk', 'head']));
    expect(mine.map((u) => u.login)).not.toContain('outsider');
    const all = (await sys.request('GET', '/api/audit/users', { cookie: admin })).body as { login: string }[];
    expect(all.map((u) => u.login)).toContain('outsider');
    expect((await sys.request('GET', '/api/audit/users', { cookie: clerk })).status).toBe(403);
  });

  it('should answer 404 for a user outside the auditor authorities or unknown', async () => {
    expect((await sys.request('GET', `/api/audit/users/${outsiderId}/activity`, { cookie: auditor })).status).toBe(404);
    expect((await sys.request('GET', '/api/audit/users/00000000-0000-4000-8000-000000000000/activity', { cookie: admin })).status).toBe(404);
    expect((await sys.request('GET', '/api/audit/users/not-a-uuid/activity', { cookie: admin })).status).toBe(404);
  });

  describe('tampering', () => {
    let middle: number;
    let following: number;

    beforeAll(async () => {
      const all = await ids();
      middle = all[Math.floor(all.length / 2)];
      following = all[all.indexOf(middle) + 1];
      sys.app.get(AuditLogService).verifyBatchSize = 3;
    });

    it('should name exactly the edited row with hash_mismatch when a row details were changed', async () => {
      const [{ details }] = (await sys.db.query(`SELECT details FROM audit_log WHERE id = $1`, [middle])) as { details: Record<string, unknown> }[];
      await asIntruder(`UPDATE audit_log SET details = details || '{"tampered": true}' WHERE id = $1`, [middle]);
      const position = (await ids()).indexOf(middle) + 1;

      const result = (await verify()) as Failure;
      expect(result.ok).toBe(false);
      expect(result.firstBroken).toMatchObject({ id: middle, reason: 'hash_mismatch' });
      expect(result.rows).toBe(position);
      expect(result.message).toContain(`№ ${middle}`);
      const [own] = (await sys.db.query(`SELECT action, details FROM audit_log ORDER BY id DESC LIMIT 1`)) as { action: string; details: Record<string, unknown> }[];
      expect(own).toEqual({ action: 'audit.verify', details: { ok: false, rows: position, brokenId: middle, reason: 'hash_mismatch' } });

      // restored byte for byte, the chain holds again
      await asIntruder(`UPDATE audit_log SET details = $2 WHERE id = $1`, [middle, JSON.stringify(details)]);
      expect((await verify()).ok).toBe(true);
    });

    it('should name the next row with prev_hash_mismatch when a row was edited and its own hash recomputed', async () => {
      const [{ details, hash }] = (await sys.db.query(`SELECT details, hash FROM audit_log WHERE id = $1`, [middle])) as { details: Record<string, unknown>; hash: string }[];
      // two statements: in one UPDATE the hash expression would still see the old details
      await asIntruder(`UPDATE audit_log SET details = '{"forged": true}' WHERE id = $1`, [middle]);
      await asIntruder(`UPDATE audit_log SET hash = audit_log_hash(prev_hash, id, at, actor_id, authority_id, action, entity, entity_id, details) WHERE id = $1`, [middle]);

      const result = (await verify()) as Failure;
      expect(result.firstBroken).toMatchObject({ id: following, reason: 'prev_hash_mismatch' });

      await asIntruder(`UPDATE audit_log SET details = $2, hash = $3 WHERE id = $1`, [middle, JSON.stringify(details), hash]);
      expect((await verify()).ok).toBe(true);
    });

    it('should report a gap on the next row when a row in the middle was deleted', async () => {
      await asIntruder(`DELETE FROM audit_log WHERE id = $1`, [middle]);
      const result = (await verify()) as Failure;
      expect(result.firstBroken).toMatchObject({ id: following, reason: 'gap' });
      expect(result.message).toMatch(/удалены/);
    });
  });
});
