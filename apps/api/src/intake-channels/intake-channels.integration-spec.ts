import { createHash } from 'node:crypto';
import { snilsChecksum, type ChannelDeliveryInput, type ChannelDeliveryResponse } from '@casework/domain';
import { startTestSystem, type TestResponse, type TestSystem } from '../../test/harness';
import { housingPayload } from '../../test/fixtures';
import { AuditService } from '../audit/audit.service';
import { ChannelStatusSimulator } from './channel-status.simulator';
import { OutboxRelay } from './outbox-relay';

// the timer would race the test's own relayOnce calls; a key from the environment is registered at start-up
process.env.OUTBOX_RELAY = 'off';
const ENV_EPGU_SECRET = 'env-epgu-secret-0123456789abcdef';
process.env.CHANNEL_KEY_EPGU = ENV_EPGU_SECRET;

// Monday 06.10.2025, 10:00 in Yekaterinburg
const MONDAY = '2025-10-06T05:00:00Z';

const payload = { ...housingPayload, resultDelivery: 'epgu' };

let snilsSeq = 200_000_000;
const newSnils = (): string => {
  const nine = String((snilsSeq += 1_111));
  return `${nine}${String(snilsChecksum(nine)).padStart(2, '0')}`;
};

let refSeq = 0;
const epguBody = (over: Partial<ChannelDeliveryInput> = {}): ChannelDeliveryInput => ({
  serviceSlug: 'housing-utilities-compensation',
  authorityCode: 'SOSVA-CSK',
  channel: 'EPGU',
  channelReference: `EPGU-${(refSeq += 1)}`,
  submittedAt: '2025-10-06T09:00:00+05:00',
  applicant: { snils: newSnils(), lastName: 'Кузьмина', firstName: 'Вера', middleName: 'Ильинична', birthDate: '1955-02-11', sex: 'female', phone: '+7 343 000-11-22' },
  payload,
  documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }],
  esignature: 'simple',
  ...over,
});

const mfcBody = (over: Partial<ChannelDeliveryInput> = {}): ChannelDeliveryInput =>
  epguBody({ channel: 'MFC', channelReference: `MFC-${(refSeq += 1)}`, esignature: undefined, payload: { ...payload, resultDelivery: 'mfc' }, mfc: { workerName: 'Петрова Елена Викторовна', office: 'МФЦ, отдел в пгт Сосьва' }, ...over });

type CaseDetail = { id: string; state: string; version: number; channel: string; number: string | null; payload: Record<string, unknown> };
type OutboxItem = { id: string; caseId: string; event: string; statusCode: string; attempts: number; deliveredAt: string | null; lastError: string | null; nextAttemptAt: string; payload: Record<string, unknown> };
type KeyView = { id: string; channel: string; active: boolean; secret?: string; keyHash?: string };

describe('intake channels: deliveries from the Unified Portal and the MFC', () => {
  let sys: TestSystem;
  let admin: string;
  let clerk: string;
  let auditor: string;
  let sosva: string;
  let neftekumsk: string;
  let epguSecret: string;
  let mfcSecret: string;
  let simulator: ChannelStatusSimulator;
  let relay: OutboxRelay;

  const deliver = (secret: string | null, idempotencyKey: string | null, body: unknown): Promise<TestResponse> =>
    sys.request('POST', '/api/intake/applications', {
      body,
      headers: { ...(secret !== null ? { authorization: `ApiKey ${secret}` } : {}), ...(idempotencyKey !== null ? { 'idempotency-key': idempotencyKey } : {}) },
    });
  const count = async (sql: string, params: unknown[] = []): Promise<number> => ((await sys.db.query(sql, params)) as { n: number }[])[0].n;
  const caseCount = (): Promise<number> => count(`SELECT count(*)::int AS n FROM "case"`);
  const createKey = async (body: Record<string, unknown>): Promise<KeyView> => {
    const r = await sys.request('POST', '/api/admin/channel-keys', { cookie: admin, body });
    if (r.status !== 201) throw new Error(`key: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as KeyView;
  };
  const caseDetail = async (id: string): Promise<CaseDetail> => (await sys.request('GET', `/api/cases/${id}`, { cookie: clerk })).body as CaseDetail;
  const fire = async (id: string, event: string, data: Record<string, unknown> = {}): Promise<TestResponse> => {
    const c = await caseDetail(id);
    return sys.request('POST', `/api/cases/${id}/events`, { cookie: clerk, body: { event, data, expectedVersion: c.version } });
  };
  const outboxOf = async (caseId: string): Promise<OutboxItem[]> => {
    const r = await sys.request('GET', `/api/intake/outbox?caseId=${caseId}`, { cookie: auditor });
    if (r.status !== 200) throw new Error(`outbox: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as OutboxItem[];
  };
  const delivered = async (body: ChannelDeliveryInput = epguBody()): Promise<ChannelDeliveryResponse> => {
    const r = await deliver(epguSecret, `k-${body.channelReference}`, body);
    if (r.status !== 201) throw new Error(`delivery: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as ChannelDeliveryResponse;
  };

  beforeAll(async () => {
    sys = await startTestSystem({ now: MONDAY });
    admin = await sys.login('admin');
    clerk = await sys.login('clerk');
    auditor = await sys.login('auditor');
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    neftekumsk = authorities.find((a) => a.code === 'NEFTEKUMSK-USZN')!.id;
    epguSecret = (await createKey({ channel: 'EPGU', name: 'ЕПГУ (СМЭВ-адаптер)' })).secret!;
    mfcSecret = (await createKey({ channel: 'MFC', name: 'ГБУ СО «МФЦ»', authorityIds: [sosva] })).secret!;
    simulator = sys.app.get(ChannelStatusSimulator);
    relay = sys.app.get(OutboxRelay);
  });
  afterAll(() => sys.close());
  afterEach(() => {
    sys.clock.set(MONDAY);
    simulator.failWith(null);
  });

  describe('channel keys', () => {
    it('should show the secret once and keep only its SHA-256 when the admin creates a key', async () => {
      const key = await createKey({ channel: 'MFC_COMPLEX', name: 'МФЦ, комплексные запросы' });
      expect(key.secret).toMatch(/^ck_[A-Za-z0-9_-]{40,}$/);
      const [row] = (await sys.db.query(`SELECT key_hash FROM channel_api_key WHERE id = $1`, [key.id])) as { key_hash: string }[];
      expect(row.key_hash).toBe(createHash('sha256').update(key.secret!).digest('hex'));
      const list = (await sys.request('GET', '/api/admin/channel-keys', { cookie: admin })).body as KeyView[];
      const listed = list.find((k) => k.id === key.id)!;
      expect(listed).toMatchObject({ channel: 'MFC_COMPLEX', active: true });
      expect(listed.secret).toBeUndefined();
      expect(listed.keyHash).toBeUndefined();
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'channel_key.created' AND entity_id = $1`, [key.id])).toBe(1);
    });

    it('should answer 401 when a revoked key delivers, and 200 to the revocation itself', async () => {
      const key = await createKey({ channel: 'EPGU', name: 'Временный ключ' });
      expect((await deliver(key.secret!, 'revoke-1', epguBody())).status).toBe(201);
      const revoked = await sys.request('POST', `/api/admin/channel-keys/${key.id}/revoke`, { cookie: admin });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ id: key.id, active: false });
      const after = await deliver(key.secret!, 'revoke-2', epguBody());
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('should answer 403 when a clerk tries to manage keys', async () => {
      expect((await sys.request('POST', '/api/admin/channel-keys', { cookie: clerk, body: { channel: 'EPGU', name: 'x' } })).status).toBe(403);
      expect((await sys.request('GET', '/api/admin/channel-keys', { cookie: clerk })).status).toBe(403);
    });

    it('should answer 400 with the field when the key request is invalid', async () => {
      const r = await sys.request('POST', '/api/admin/channel-keys', { cookie: admin, body: { channel: 'POST', name: '' } });
      expect(r.status).toBe(400);
      expect(Object.keys((r.body as { errors: Record<string, string> }).errors).sort()).toEqual(['channel', 'name']);
    });

    it('should document the intake endpoint with its headers when the OpenAPI document is requested', async () => {
      const doc = (await sys.request('GET', '/api/docs/openapi.json')).body as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
      const post = doc.paths['/api/intake/applications'].post;
      expect(post.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(['Authorization', 'Idempotency-Key']));
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/admin/channel-keys', '/api/admin/channel-keys/{id}/revoke', '/api/intake/outbox']));
    });

    it('should answer 401 when the Authorization header is missing, malformed or the key is unknown', async () => {
      const variants: Record<string, string>[] = [{}, { authorization: `Bearer ${epguSecret}` }, { authorization: 'ApiKey ck_unknown' }];
      for (const headers of variants) {
        const r = await sys.request('POST', '/api/intake/applications', { body: epguBody(), headers: { 'idempotency-key': 'x-401', ...headers } });
        expect(r.status).toBe(401);
      }
    });

    it('should answer 403 when the body is of another channel or outside the key’s authorities', async () => {
      const wrongChannel = await deliver(mfcSecret, 'x-403-1', epguBody());
      expect(wrongChannel.status).toBe(403);
      const otherAuthority = await deliver(mfcSecret, 'x-403-2', mfcBody({ authorityCode: undefined, authorityId: neftekumsk }));
      expect(otherAuthority.status).toBe(403);
    });

    it('should accept the key from CHANNEL_KEY_EPGU when it was set at start-up', async () => {
      const r = await deliver(ENV_EPGU_SECRET, 'env-key-1', epguBody());
      expect(r.status).toBe(201);
      const [row] = (await sys.db.query(`SELECT name, authority_ids FROM channel_api_key WHERE key_hash = $1`, [createHash('sha256').update(ENV_EPGU_SECRET).digest('hex')])) as { name: string; authority_ids: string[] | null }[];
      expect(row).toEqual({ name: 'Ключ из переменной окружения CHANNEL_KEY_EPGU', authority_ids: null });
    });
  });

  describe('deliveries', () => {
    it('should answer 400 when the Idempotency-Key header is missing or longer than 200 characters', async () => {
      const missing = await deliver(epguSecret, null, epguBody());
      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: { 'Idempotency-Key': expect.any(String) } });
      expect((await deliver(epguSecret, 'k'.repeat(201), epguBody())).status).toBe(400);
    });

    it('should answer 400 with field errors in Russian when the applicant’s SNILS is wrong', async () => {
      const body = epguBody();
      const r = await deliver(epguSecret, 'bad-snils', { ...body, applicant: { ...body.applicant, snils: '112-233-445 96' } });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ errors: { 'applicant.snils': 'Неверная контрольная сумма СНИЛС' } });
    });

    it('should open a ЕПГУ case in the initial state with a newly registered applicant when the portal delivers', async () => {
      const body = epguBody();
      const before = await caseCount();
      const r = await deliver(epguSecret, 'first-delivery', body);
      expect(r.status).toBe(201);
      const response = r.body as ChannelDeliveryResponse;
      expect(response).toEqual({ caseId: expect.any(String), channelReference: body.channelReference, state: 'received', receivedOn: '2025-10-06', warnings: [] });
      expect(await caseCount()).toBe(before + 1);
      const [row] = (await sys.db.query(
        `SELECT c.channel, c.state, c.submitted_on AS "submittedOn", c.payload->>'esignature' AS esignature, u.login, u.active, p.snils, p.last_name AS "lastName"
           FROM "case" c JOIN app_user u ON u.id = c.created_by JOIN person p ON p.id = c.applicant_id WHERE c.id = $1`,
        [response.caseId],
      )) as Record<string, unknown>[];
      expect(row).toEqual({ channel: 'EPGU', state: 'received', submittedOn: '2025-10-06', esignature: 'simple', login: 'epgu-gateway', active: false, snils: body.applicant.snils, lastName: 'Кузьмина' });
      const [link] = (await sys.db.query(`SELECT channel, channel_reference AS ref FROM channel_case WHERE case_id = $1`, [response.caseId])) as { channel: string; ref: string }[];
      expect(link).toEqual({ channel: 'EPGU', ref: body.channelReference });
      expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'intake.channel_delivery' AND entity_id = $1`, [response.caseId])).toBe(1);
      expect((await outboxOf(response.caseId)).map((o) => o.statusCode)).toEqual(['received']);
      // the technical account never logs in
      expect((await sys.request('POST', '/api/auth/login', { body: { login: 'epgu-gateway', password: '!' } })).status).toBe(401);
    });

    it('should return the same response and create nothing when the same delivery is repeated', async () => {
      const body = epguBody();
      const first = await deliver(epguSecret, 'repeat-1', body);
      expect(first.status).toBe(201);
      const [cases, persons, outbox] = [await caseCount(), await count(`SELECT count(*)::int AS n FROM person`), await count(`SELECT count(*)::int AS n FROM channel_outbox`)];
      const again = await deliver(epguSecret, 'repeat-1', body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await caseCount()).toBe(cases);
      expect(await count(`SELECT count(*)::int AS n FROM person`)).toBe(persons);
      expect(await count(`SELECT count(*)::int AS n FROM channel_outbox`)).toBe(outbox);
    });

    it('should answer 409 IDEMPOTENCY_KEY_REUSED and create nothing when the same key comes with another body', async () => {
      const body = epguBody();
      expect((await deliver(epguSecret, 'reused-1', body)).status).toBe(201);
      const cases = await caseCount();
      const r = await deliver(epguSecret, 'reused-1', { ...body, submittedAt: '2025-10-06T09:30:00+05:00' });
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await caseCount()).toBe(cases);
    });

    it('should answer 409 ALREADY_EXISTS when the same portal number comes again under a new key', async () => {
      const body = epguBody();
      expect((await deliver(epguSecret, 'ref-1', body)).status).toBe(201);
      const r = await deliver(epguSecret, 'ref-2', body);
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ code: 'ALREADY_EXISTS', errors: { channelReference: expect.any(String) } });
    });

    it('should open a second case marked as a repeat when the applicant already has one pending', async () => {
      const first = epguBody();
      expect((await deliver(epguSecret, 'dup-1', first)).status).toBe(201);
      const r = await deliver(epguSecret, 'dup-2', epguBody({ applicant: first.applicant }));
      expect(r.status).toBe(201);
      expect((r.body as ChannelDeliveryResponse).warnings.map((w) => w.code)).toEqual(['DUPLICATE_PENDING']);
    });

    it('should create one case and one person when three identical deliveries race', async () => {
      const body = epguBody();
      const cases = await caseCount();
      const responses = await Promise.all([1, 2, 3].map(() => deliver(epguSecret, 'race-1', body)));
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(responses.map((r) => (r.body as ChannelDeliveryResponse).caseId)).size).toBe(1);
      expect(await caseCount()).toBe(cases + 1);
      expect(await count(`SELECT count(*)::int AS n FROM person WHERE snils = $1`, [body.applicant.snils])).toBe(1);
    });

    it('should use the registered person and flag the difference when the SNILS is already known', async () => {
      const persons = await count(`SELECT count(*)::int AS n FROM person`);
      const body = epguBody();
      const r = await deliver(epguSecret, 'known-person', { ...body, applicant: { ...body.applicant, snils: '112-233-445 95', lastName: 'Соколова-Иванова' } });
      expect(r.status).toBe(201);
      const response = r.body as ChannelDeliveryResponse;
      expect(response.warnings.map((w) => w.code)).toEqual(['APPLICANT_DATA_DIFFERS']);
      const [row] = (await sys.db.query(`SELECT p.last_name AS "lastName" FROM "case" c JOIN person p ON p.id = c.applicant_id WHERE c.id = $1`, [response.caseId])) as { lastName: string }[];
      expect(row.lastName).toBe('Соколова');
      expect(await count(`SELECT count(*)::int AS n FROM person`)).toBe(persons);
    });

    it('should accept an unsigned portal application with a warning and let the clerk only refuse it on ACC_REJ_02', async () => {
      const response = await delivered(epguBody({ esignature: 'none' }));
      expect(response.warnings.map((w) => w.code)).toEqual(['ESIGNATURE_MISSING']);
      const register = await fire(response.caseId, 'register');
      expect(register.status).toBe(422);
      const refuse = await fire(response.caseId, 'refuse_acceptance', { groundCode: 'ACC_REJ_02' });
      expect(refuse.status).toBe(201);
      const rows = await outboxOf(response.caseId);
      expect(rows.map((o) => o.statusCode)).toEqual(['received', 'refused_acceptance']);
      expect(rows[1].payload).toMatchObject({ ground: { code: 'ACC_REJ_02' }, statusTitle: 'Отказано в приеме документов' });
    });

    it('should answer 422 and create nothing when an MFC delivery carries a refusal', async () => {
      const cases = await caseCount();
      const r = await deliver(mfcSecret, 'mfc-refused', mfcBody({ mfc: { workerName: 'Петрова Елена Викторовна', outcome: 'refused', refusalGroundCode: 'ACC_REJ_MFC_04' } }));
      expect(r.status).toBe(422);
      expect(r.body).toMatchObject({ code: 'RULE_VIOLATION', errors: { 'mfc.refusalGroundCode': expect.stringContaining('МФЦ') } });
      expect(await caseCount()).toBe(cases);
    });

    it('should answer 400 with the payload field when the application itself is invalid, and register no person', async () => {
      const body = epguBody({ payload: { ...payload, categories: ['C99_NOPE'] } });
      const r = await deliver(epguSecret, 'bad-payload', body);
      expect(r.status).toBe(400);
      expect(Object.keys((r.body as { errors: Record<string, string> }).errors)[0]).toMatch(/^payload\.categories/);
      expect(await count(`SELECT count(*)::int AS n FROM person WHERE snils = $1`, [body.applicant.snils])).toBe(0);
    });
  });

  describe('MFC transfer terms (T12, cl. 33, 88)', () => {
    const mfcDelivery = async (now: string, submittedAt: string): Promise<ChannelDeliveryResponse> => {
      sys.clock.set(now);
      const body = mfcBody({ submittedAt });
      const r = await deliver(mfcSecret, `k-${body.channelReference}`, body);
      if (r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(r.body)}`);
      return r.body as ChannelDeliveryResponse;
    };

    it('should record T12 as met when the MFC accepted on Friday and the delivery arrives on Monday', async () => {
      const r = await mfcDelivery(MONDAY, '2025-10-03T16:00:00+05:00');
      expect(r.transferTerm).toMatchObject({ termId: 'T12', met: true, dueDate: '2025-10-06' });
      const [link] = (await sys.db.query(`SELECT transfer_term, mfc_worker_name AS worker FROM channel_case WHERE case_id = $1`, [r.caseId])) as { transfer_term: { met: boolean; startedOn: string }; worker: string }[];
      expect(link).toMatchObject({ transfer_term: { met: true, startedOn: '2025-10-03' }, worker: 'Петрова Елена Викторовна' });
    });

    it('should record T12 as breached when the MFC accepted on Thursday and the delivery arrives on Monday', async () => {
      const r = await mfcDelivery(MONDAY, '2025-10-02T16:00:00+05:00');
      expect(r.transferTerm).toMatchObject({ termId: 'T12', met: false, dueDate: '2025-10-03' });
      expect(r.warnings.map((w) => w.code)).toContain('TRANSFER_TERM_BREACHED');
    });

    it('should count over the May holidays when the MFC accepted on 30.04 and the delivery arrives on 05.05', async () => {
      const r = await mfcDelivery('2025-05-05T06:00:00Z', '2025-04-30T15:00:00+05:00');
      expect(r.transferTerm).toMatchObject({ termId: 'T12', met: true, dueDate: '2025-05-05' });
      // A4: the month of submission (April) differs from the month of receipt
      expect(r.warnings.map((w) => w.code)).toEqual(['SUBMISSION_MONTH_DIFFERS']);
      const [row] = (await sys.db.query(`SELECT submitted_on AS "submittedOn" FROM "case" WHERE id = $1`, [r.caseId])) as { submittedOn: string }[];
      expect(row.submittedOn).toBe('2025-04-30');
    });

    it('should record T12 as breached when the same acceptance arrives on 06.05', async () => {
      const r = await mfcDelivery('2025-05-06T06:00:00Z', '2025-04-30T15:00:00+05:00');
      expect(r.transferTerm).toMatchObject({ termId: 'T12', met: false, dueDate: '2025-05-05' });
    });
  });

  describe('status outbox and relay', () => {
    const myRows = async (caseId: string): Promise<OutboxItem[]> => outboxOf(caseId);

    it('should write a status row in the same transaction when the clerk registers a delivered case, and deliver it', async () => {
      const { caseId } = await delivered();
      await relay.relayOnce();
      const c = await caseDetail(caseId);
      const r = await sys.request('POST', `/api/cases/${caseId}/events`, { cookie: clerk, body: { event: 'register', data: {}, expectedVersion: c.version } });
      expect(r.status).toBe(201);
      const rows = await myRows(caseId);
      expect(rows.map((o) => [o.statusCode, o.deliveredAt === null])).toEqual([
        ['received', false],
        ['registered', true],
      ]);
      const result = await relay.relayOnce();
      expect(result).toEqual({ delivered: 1, failed: 0 });
      const sent = simulator.delivered.filter((m) => m.caseId === caseId);
      expect(sent.map((m) => m.status)).toEqual(['received', 'registered']);
      expect(sent[1].payload).toMatchObject({ caseNumber: (r.body as CaseDetail).number, statusTitle: 'Заявление принято и зарегистрировано' });
      expect((await myRows(caseId)).every((o) => o.deliveredAt !== null)).toBe(true);
    });

    it('should write no status row when a stale event is rejected', async () => {
      const { caseId } = await delivered();
      const c = await caseDetail(caseId);
      const stale = await sys.request('POST', `/api/cases/${caseId}/events`, { cookie: clerk, body: { event: 'register', data: {}, expectedVersion: c.version + 1 } });
      expect(stale.status).toBe(409);
      expect((await myRows(caseId)).map((o) => o.statusCode)).toEqual(['received']);
    });

    it('should keep a failed row pending with attempts and the error, hold the case’s later rows, and deliver each once after the backoff', async () => {
      await relay.relayOnce();
      const { caseId } = await delivered();
      simulator.failWith('ЕПГУ недоступен (503)');
      expect(await relay.relayOnce()).toEqual({ delivered: 0, failed: 1 });
      expect((await fire(caseId, 'register')).status).toBe(201);
      expect(await relay.relayOnce()).toEqual({ delivered: 0, failed: 0 });
      let rows = await myRows(caseId);
      expect(rows.map((o) => ({ status: o.statusCode, attempts: o.attempts, lastError: o.lastError, delivered: o.deliveredAt !== null }))).toEqual([
        { status: 'received', attempts: 1, lastError: 'ЕПГУ недоступен (503)', delivered: false },
        { status: 'registered', attempts: 0, lastError: null, delivered: false },
      ]);
      expect(new Date(rows[0].nextAttemptAt).getTime()).toBe(new Date(MONDAY).getTime() + 10_000);

      simulator.failWith(null);
      // still inside the backoff
      expect(await relay.relayOnce()).toEqual({ delivered: 0, failed: 0 });
      sys.clock.set('2025-10-06T05:01:00Z');
      expect(await relay.relayOnce()).toEqual({ delivered: 2, failed: 0 });
      expect(await relay.relayOnce()).toEqual({ delivered: 0, failed: 0 });
      rows = await myRows(caseId);
      expect(rows.map((o) => [o.attempts, o.lastError, o.deliveredAt !== null])).toEqual([
        [2, null, true],
        [1, null, true],
      ]);
      expect(simulator.delivered.filter((m) => m.caseId === caseId).map((m) => m.status)).toEqual(['received', 'registered']);
    });

    it('should deliver every row exactly once when two relays and a freshly started one run at the same time', async () => {
      await relay.relayOnce();
      const caseIds = (await Promise.all([1, 2, 3, 4, 5].map(() => delivered()))).map((r) => r.caseId);
      const pending = await count(`SELECT count(*)::int AS n FROM channel_outbox WHERE delivered_at IS NULL`);
      expect(pending).toBe(5);
      const before = simulator.delivered.length;
      // a new instance knows only the table: what a restarted API would see
      const restarted = new OutboxRelay(sys.db, simulator, sys.clock, new AuditService());
      const results = await Promise.all([relay.relayOnce(), relay.relayOnce(), restarted.relayOnce()]);
      expect(results.reduce((n, r) => n + r.delivered, 0)).toBe(5);
      const ids = simulator.delivered.slice(before).map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(simulator.delivered.slice(before).map((m) => m.caseId).sort()).toEqual([...caseIds].sort());
    });

    it('should let the auditor read the outbox and keep it from the clerk', async () => {
      expect((await sys.request('GET', '/api/intake/outbox', { cookie: auditor })).status).toBe(200);
      expect((await sys.request('GET', '/api/intake/outbox', { cookie: clerk })).status).toBe(403);
      expect((await sys.request('GET', '/api/intake/outbox?caseId=00000000-0000-4000-8000-000000000000', { cookie: auditor })).status).toBe(404);
    });
  });
});
