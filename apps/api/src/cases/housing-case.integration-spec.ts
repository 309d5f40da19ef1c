import { startTestSystem, type TestSystem } from '../../test/harness';
import { caseClient } from '../../test/case-client';
import { housingPayload } from '../../test/fixtures';

type CaseDetail = {
  id: string;
  number: string | null;
  state: string;
  version: number;
  terms: { termId: string; status: string; dueDate: string; explanation: string; urgency: string }[];
  interagency: { kind: string; status: string; dueDate: string }[];
  decisions: { id: string; status: string; number: string | null; pdfSha256: string | null; paymentStartMonth: string | null; amountKopecks: number | null }[];
  actions: { event: string }[];
  events: { event: string; actorName: string | null }[];
};

const payload = housingPayload;

describe('housing-utilities-compensation: intake to a signed decision over HTTP', () => {
  let sys: TestSystem;
  let clerk: string;
  let head: string;
  let deputy: string;
  let sosva: string;
  let applicantId: string;

  beforeAll(async () => {
    // Monday 06.10.2025, 10:00 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    clerk = await sys.login('clerk');
    head = await sys.login('head');
    deputy = await sys.login('deputy');
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    const persons = (await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as { id: string }[];
    applicantId = persons[0].id;
  });
  afterAll(() => sys.close());

  const { pdf } = caseClient<CaseDetail>(
    () => sys,
    () => clerk,
    () => clerk,
  );

  const fire = async (c: CaseDetail, cookie: string, event: string, data: Record<string, unknown> = {}): Promise<CaseDetail> => {
    const r = await sys.request('POST', `/api/cases/${c.id}/events`, { cookie, body: { event, data, expectedVersion: c.version } });
    if (r.status !== 201) throw new Error(`${event}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as CaseDetail;
  };

  it('should reject an application with a field-level error when a category is unknown', async () => {
    const r = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload: { ...payload, categories: ['C99_NOPE'] } } });
    expect(r.status).toBe(400);
    expect(Object.keys((r.body as { errors: Record<string, string> }).errors)[0]).toMatch(/^payload\.categories/);
  });

  it('should answer with the id alone and still write the whole case when the client prefers a minimal answer', async () => {
    // Волков, so that the whole-case test below meets no pending application of its applicant
    const applicant = ((await sys.request('GET', '/api/persons?snils=087-654-303%2000', { cookie: clerk })).body as { id: string }[])[0].id;
    const r = await sys.request('POST', '/api/cases', {
      cookie: clerk,
      headers: { prefer: 'return=minimal' },
      body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId: applicant, payload, documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }] },
    });
    expect(r.status).toBe(201);
    const { id } = r.body as { id: string };
    expect(Object.keys(r.body as object)).toEqual(['id']);
    const c = (await sys.request('GET', `/api/cases/${id}`, { cookie: clerk })).body as CaseDetail & { documents: { code: string }[] };
    expect(c).toMatchObject({ state: 'received', version: 1 });
    expect(c.events.map((e) => e.event)).toEqual(['receive']);
    expect(c.documents.map((d) => d.code)).toEqual(['APPLICATION']);
    expect(c.terms.filter((t) => t.status === 'running').length).toBeGreaterThan(0);
    const [row] = (await sys.db.query(
      `SELECT c.next_due_date AS "nextDue", (SELECT min(due_date) FROM case_term t WHERE t.case_id = c.id AND t.status = 'running') AS "runningMin",
              (SELECT count(*)::int FROM audit_log a WHERE a.entity = 'case' AND a.entity_id = c.id::text AND a.action = 'case.intake') AS audited
         FROM "case" c WHERE c.id = $1`,
      [id],
    )) as { nextDue: string; runningMin: string; audited: number }[];
    expect(row.nextDue).toBe(row.runningMin);
    expect(row.audited).toBe(1);
  });

  it('should take a case from intake through interagency requests to a signed, immutable decision', async () => {
    const intake = await sys.request('POST', '/api/cases', {
      cookie: clerk,
      body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload, documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }] },
    });
    expect(intake.status).toBe(201);
    let c = intake.body as CaseDetail;
    expect(c.state).toBe('received');

    c = await fire(c, clerk, 'register');
    expect(c.number).toBe('1/2025');
    // T20: 10 working days from the day after acceptance 06.10.2025 → 20.10.2025
    expect(c.terms.find((t) => t.termId === 'T20')).toMatchObject({ status: 'running', dueDate: '2025-10-20' });
    // documents are returned only after a refusal: registration cancels T10
    expect(c.terms.find((t) => t.termId === 'T10')).toMatchObject({ status: 'cancelled' });
    const receipt = await sys.request('GET', `/api/cases/${c.id}/receipt.pdf`, { cookie: clerk });
    expect(receipt.status).toBe(200);
    expect(receipt.raw.subarray(0, 5).toString()).toBe('%PDF-');
    // the application as taken: the personal file, the category claimed, the payment method, the registration (cl. 43)
    const application = await pdf(clerk, `/api/cases/${c.id}/application.pdf`);
    expect(application).toContain('о назначении компенсации расходов на оплату жилого помещения и коммунальных услуг');
    expect(application).toContain('Соколова');
    expect(application).toContain('C30_LABOUR_VETERAN');
    expect(application).toContain('40817810516540012345');
    expect(application).toContain('1/2025');
    // App 9–11 are capital repair's forms: housing has none
    expect((await sys.request('GET', `/api/cases/${c.id}/forms/withdrawal.pdf`, { cookie: clerk })).status).toBe(404);

    // a stale version is a 409 and changes nothing
    const stale = await sys.request('POST', `/api/cases/${c.id}/events`, { cookie: clerk, body: { event: 'send_interagency_requests', data: { kinds: ['D1'] }, expectedVersion: c.version - 1 } });
    expect(stale.status).toBe(409);

    c = await fire(c, clerk, 'send_interagency_requests', { kinds: ['D1', 'D3', 'D4'] });
    expect(c.state).toBe('interagency_pending');
    expect(c.interagency).toHaveLength(3);
    // 210-FZ art. 7.2 (A7): answers due in 5 working days
    expect(c.interagency[0]).toMatchObject({ status: 'sent', dueDate: '2025-10-13' });

    const polled = await sys.request('POST', `/api/cases/${c.id}/interagency/poll`, { cookie: clerk });
    c = polled.body as CaseDetail;
    expect(c.interagency.every((r) => r.status === 'answered')).toBe(true);
    expect(c.state).toBe('ready_for_review');

    c = await fire(c, clerk, 'start_review');
    // the clerk cannot approve a decision
    const forbidden = await sys.request('POST', `/api/cases/${c.id}/events`, { cookie: clerk, body: { event: 'approve_decision', expectedVersion: c.version } });
    expect([403, 422]).toContain(forbidden.status);

    c = await fire(c, clerk, 'draft_decision', { outcome: 'grant' });
    expect(c.decisions[0]).toMatchObject({ status: 'draft' });
    const preview = await sys.request('GET', `/api/decisions/${c.decisions[0].id}/pdf`, { cookie: head });
    expect(preview.status).toBe(200);

    c = await fire(c, deputy, 'sign_draft');
    c = await fire(c, head, 'approve_decision');
    expect(c.state).toBe('approved_grant');
    const decision = c.decisions.find((d) => d.status === 'signed')!;
    expect(decision.number).toBe('1-р/2025');
    // T24: paid from the month after the month of submission (06.10.2025)
    expect(decision.paymentStartMonth).toBe('2025-11');
    expect(decision.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.terms.find((t) => t.termId === 'T20')).toMatchObject({ status: 'met' });

    const signed = await sys.request('GET', `/api/decisions/${decision.id}/pdf`, { cookie: clerk });
    expect(signed.status).toBe(200);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(signed.raw).digest('hex')).toBe(decision.pdfSha256);
    // the rules' calculation (A13: charged × persons counted × the category's percentage) and their explanation
    const text = await pdf(clerk, `/api/decisions/${decision.id}/pdf`);
    expect(decision.amountKopecks).toBe(2040_95);
    expect(text).toContain('Расчёт размера компенсации за сентябрь 2025');
    expect(text).toContain('Плата за жилое помещение и коммунальные услуги 6 123,45 1 из 1 чел.: 6 123,45 руб.; 33,33 % 2 040,95');
    expect(text).toContain('Итого размер компенсации: 2 040,95 руб. (две тысячи сорок рублей 95 копеек)');
    expect(text).toContain('Обоснование решения');
    expect(text).toContain('Выплата производится с месяца, следующего за месяцем подачи заявления');

    // the database itself refuses to change or delete a signed decision
    await expect(sys.db.query(`UPDATE decision SET grounds = '[]' WHERE id = $1`, [decision.id])).rejects.toThrow(/signed/);
    await expect(sys.db.query(`DELETE FROM decision WHERE id = $1`, [decision.id])).rejects.toThrow(/signed/);
    // and the timeline is append-only
    await expect(sys.db.query(`UPDATE case_event SET event = 'x' WHERE case_id = $1`, [c.id])).rejects.toThrow(/append-only/);

    expect(c.events.map((e) => e.event)).toEqual(['receive', 'register', 'send_interagency_requests', 'interagency_completed', 'start_review', 'draft_decision', 'sign_draft', 'approve_decision']);
  });

  it('should keep the audit log as an unbroken hash chain', async () => {
    const rows = (await sys.db.query(`SELECT id, prev_hash, hash, audit_log_hash(prev_hash, id, at, actor_id, authority_id, action, entity, entity_id, details) AS recomputed FROM audit_log ORDER BY id`)) as { prev_hash: string; hash: string; recomputed: string }[];
    expect(rows.length).toBeGreaterThan(10);
    rows.forEach((row, i) => {
      expect(row.hash).toBe(row.recomputed);
      if (i > 0) expect(row.prev_hash).toBe(rows[i - 1].hash);
    });
  });

  it('should list the case in the queue with its next term in working days', async () => {
    const r = await sys.request('GET', `/api/cases?authorityId=${sosva}`, { cookie: clerk });
    expect(r.status).toBe(200);
    const body = r.body as { total: number; items: { number: string; nextTerm: { termId: string; workingDaysLeft: number } | null }[] };
    expect(body.total).toBeGreaterThanOrEqual(1);
    const next = body.items[0].nextTerm as unknown as { dueDate: string; workingDaysLeft: number; status: string };
    // after approval the copy (T21) and the payment setup (T23) are running
    expect(next.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof next.workingDaysLeft).toBe('number');
  });
});
