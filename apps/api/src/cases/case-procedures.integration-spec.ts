import { isValidBankAccount } from '@casework/domain';
import { startTestSystem, type TestResponse, type TestSystem } from '../../test/harness';
import { caseClient } from '../../test/case-client';
import { housingPayload } from '../../test/fixtures';

type Term = { termId: string; status: string; dueDate: string; startedOn: string; explanation: string };
type Notice = { id: string; kind: string; number: string; delivery: string; status: string; pdfSha256: string; decisionId: string | null };
type CaseDetail = {
  id: string;
  number: string | null;
  state: string;
  version: number;
  payload: Record<string, unknown>;
  receivedOn: string;
  duplicateOf: { id: string; number: string | null } | null;
  terms: Term[];
  interagency: { id: string; kind: string; status: string; dueDate: string; late: boolean; reaskOf: string | null }[];
  decisions: { id: string; status: string; number: string | null; pdfSha256: string | null; kind: string }[];
  notices: Notice[];
  events: { event: string }[];
};

const payload = housingPayload;

// a second valid account at the same bank: the control key is the 9th digit
const otherAccount = (): string => {
  for (let d = 0; d <= 9; d += 1) {
    const account = `408178105${d}6540099999`;
    if (isValidBankAccount({ bik: '046577674', account })) return account;
  }
  throw new Error('no valid account');
};

// Sosva is UTC+5: 05:00Z is 10:00 local
const at = (date: string, time = '05:00'): string => `${date}T${time}:00Z`;

describe('case procedures of housing-utilities-compensation over HTTP', () => {
  let sys: TestSystem;
  let clerk: string;
  let deputy: string;
  let head: string;
  let admin: string;
  let sosva: string;
  let sokolova: string;
  let volkov: string;

  beforeAll(async () => {
    // Friday 26.12.2025, 10:00 in Yekaterinburg: the New Year holidays follow
    sys = await startTestSystem({ now: at('2025-12-26') });
    [clerk, deputy, head, admin] = await Promise.all(['clerk', 'deputy', 'head', 'admin'].map((l) => sys.login(l)));
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    const person = async (snils: string): Promise<string> => ((await sys.request('GET', `/api/persons?snils=${snils}`, { cookie: clerk })).body as { id: string }[])[0].id;
    sokolova = await person('11223344595');
    volkov = await person('08765430300');
  });
  afterAll(() => sys.close());

  const { ok, post, fireRaw, fire, term, noticePdf: pdfOf, simulate } = caseClient<CaseDetail>(
    () => sys,
    () => clerk,
    () => admin,
  );
  const intake = async (applicantId: string, extra: Record<string, unknown> = {}): Promise<TestResponse> =>
    post(clerk, '/api/cases', { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload, documents: [{ code: 'APPLICATION', title: 'Заявление', providedBy: 'applicant' }], ...extra });

  it('should run a whole case: intake, registration, interagency re-ask and late answer, decision, signature, notice, payment details, typo correction', async () => {
    let c = ok(await intake(sokolova), 'intake');
    c = await fire(c, clerk, 'register');
    // T20: 10 working days from the day after 26.12.2025: 29.12, 30.12, then 31.12–11.01 are days off
    expect(term(c, 'T20')).toMatchObject({ status: 'running', dueDate: '2026-01-21' });
    expect(term(c, 'T20')!.explanation).toContain('31.12.2025–09.01.2026 — нерабочие дни');

    await simulate('D4', 'incomplete');
    c = await fire(c, clerk, 'send_interagency_requests', { kinds: ['D1', 'D4'] });
    // the decision clock waits for the answers (A2)
    expect(term(c, 'T20')).toMatchObject({ status: 'paused' });

    sys.clock.set(at('2025-12-29'));
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    expect(c.interagency.map((r) => [r.kind, r.status])).toEqual([
      ['D1', 'answered'],
      ['D4', 'incomplete'],
    ]);
    // an incomplete answer keeps the case waiting
    expect(c.state).toBe('interagency_pending');

    // asked again; this time the agency answers only after its term
    await simulate('D4', 'late');
    const incomplete = c.interagency.find((r) => r.kind === 'D4')!;
    const answered = c.interagency.find((r) => r.kind === 'D1')!;
    expect((await fireRaw(c, clerk, 'reask_interagency', { requestIds: [answered.id] })).status).toBe(422);
    c = await fire(c, clerk, 'reask_interagency', { requestIds: [incomplete.id] });
    expect(c.state).toBe('interagency_pending');
    const reasked = c.interagency.find((r) => r.reaskOf === incomplete.id)!;
    // 5 working days from 29.12.2025: 30.12, 12.01, 13.01, 14.01, 15.01
    expect(reasked).toMatchObject({ kind: 'D4', status: 'sent', dueDate: '2026-01-15' });
    expect(c.interagency.find((r) => r.id === incomplete.id)!.status).toBe('superseded');

    sys.clock.set(at('2026-01-15'));
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    expect(c.state).toBe('interagency_pending');
    sys.clock.set(at('2026-01-16'));
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    // the late answer is marked late and still completes the set (never a refusal ground)
    expect(c.interagency.find((r) => r.id === reasked.id)).toMatchObject({ status: 'answered', late: true });
    expect(c.state).toBe('ready_for_review');
    // T20 starts anew on the day the last answer arrived (A2): 16.01.2026 + 10 working days
    expect(term(c, 'T20')).toMatchObject({ status: 'running', startedOn: '2026-01-16', dueDate: '2026-01-30' });

    c = await fire(c, clerk, 'start_review');
    c = await fire(c, clerk, 'draft_decision', { outcome: 'grant' });
    c = await fire(c, deputy, 'sign_draft');
    // four eyes: the deputy who checked the draft cannot approve it
    const self = await fireRaw(c, deputy, 'approve_decision');
    expect(self.status).toBe(422);
    sys.clock.set(at('2026-01-19'));
    c = await fire(c, head, 'approve_decision');
    expect(c.state).toBe('approved_grant');
    expect(term(c, 'T20')).toMatchObject({ status: 'met' });
    // T21: 5 calendar days from 19.01.2026 → 24.01 is a Saturday → 26.01 (A1)
    expect(term(c, 'T21')).toMatchObject({ status: 'running', dueDate: '2026-01-26' });

    sys.clock.set(at('2026-01-20'));
    c = await fire(c, clerk, 'send_copy');
    const decision = c.decisions.find((d) => d.status === 'issued')!;
    expect(decision.number).toMatch(/-р\/2026$/);
    expect(term(c, 'T21')).toMatchObject({ status: 'met' });
    const decisionNotice = c.notices.find((n) => n.kind === 'decision')!;
    expect(decisionNotice).toMatchObject({ decisionId: decision.id, delivery: 'in_person', status: 'sent' });
    await pdfOf(c, decisionNotice);
    // issued, the decision still cannot change: only signed → issued was allowed
    await expect(sys.db.query(`UPDATE decision SET grounds = '[]' WHERE id = $1`, [decision.id])).rejects.toThrow(/signed/);
    await expect(sys.db.query(`UPDATE notice SET delivery = 'post' WHERE id = $1`, [decisionNotice.id])).rejects.toThrow(/immutable/);

    c = await fire(c, clerk, 'setup_payment', { amountKopecks: 123456 });
    expect(c.state).toBe('paying');

    // new payment details: checked by the application's own rules, the old ones stay in the timeline
    const bad = await fireRaw(c, clerk, 'change_payment_details', { paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '046577674', account: '40817810516540099990' } });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { errors: Record<string, string> }).errors)).toContain('paymentMethod.account');
    const account = otherAccount();
    c = await fire(c, clerk, 'change_payment_details', { paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '046577674', account } });
    expect(c.state).toBe('paying');
    expect((c.payload.paymentMethod as { account: string }).account).toBe(account);
    await pdfOf(c, c.notices.find((n) => n.kind === 'payment_details_change')!);

    // typo correction (cl. 95): registered, reviewed within 3 working days, "no error" notice
    c = await fire(c, clerk, 'register_correction_request');
    expect(term(c, 'T29')).toMatchObject({ status: 'running', dueDate: '2026-01-23' });
    c = await fire(c, clerk, 'notify_no_error', { comment: 'Сведения решения соответствуют паспорту заявителя' });
    expect(c.state).toBe('no_error_notified');
    expect(term(c, 'T29')).toMatchObject({ status: 'met' });
    await pdfOf(c, c.notices.find((n) => n.kind === 'no_error')!);

    expect(c.events.map((e) => e.event)).toEqual([
      'receive',
      'register',
      'send_interagency_requests',
      'reask_interagency',
      'interagency_completed',
      'start_review',
      'draft_decision',
      'sign_draft',
      'approve_decision',
      'send_copy',
      'setup_payment',
      'change_payment_details',
      'register_correction_request',
      'notify_no_error',
    ]);

    // pre-trial complaint against the decision (210-FZ art. 11.2, A15): 15 working days, the head's reply as a PDF
    const complaint = await post(clerk, '/api/complaints', {
      authorityId: sosva,
      caseId: c.id,
      complainantPersonId: sokolova,
      channel: 'in_person',
      subject: 'decision',
      text: 'Не согласна с датой начала выплаты компенсации.',
      against: { body: 'INSTITUTION' },
    });
    expect(complaint.status).toBe(201);
    const registered = complaint.body as { id: string; version: number; registeredOn: string; terms: { review: { dueDate: string } } };
    // registered 20.01.2026 (Tuesday) + 15 working days
    expect(registered).toMatchObject({ registeredOn: '2026-01-20', terms: { review: { dueDate: '2026-02-10' } } });
    const decided = await post(head, `/api/complaints/${registered.id}/decision`, { outcome: 'rejected', reasons: 'Выплата назначена с месяца, следующего за месяцем подачи заявления (п. 14).', expectedVersion: registered.version });
    expect(decided.status).toBe(201);
    const reply = await sys.request('GET', `/api/complaints/${registered.id}/reply.pdf`, { cookie: clerk });
    expect(reply.raw.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('should replace an issued decision through the approval chain and keep the old one unchanged', async () => {
    sys.clock.set(at('2026-02-02'));
    let c = ok(await intake(volkov), 'intake');
    c = await fire(c, clerk, 'register');
    c = await fire(c, clerk, 'send_interagency_requests', { kinds: ['D1'] });
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    c = await fire(c, clerk, 'start_review');
    c = await fire(c, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF_01'] });
    c = await fire(c, deputy, 'sign_draft');
    c = await fire(c, head, 'approve_decision');
    c = await fire(c, clerk, 'send_copy', { delivery: 'post' });
    expect(c.notices.find((n) => n.kind === 'decision')).toMatchObject({ delivery: 'post' });
    const original = c.decisions.find((d) => d.status === 'issued')!;

    c = await fire(c, clerk, 'register_correction_request');
    c = await fire(c, clerk, 'draft_correction', { outcome: 'refuse', groundCodes: ['REF_01'], comment: 'Исправлена дата рождения' });
    c = await fire(c, deputy, 'sign_draft');
    c = await fire(c, head, 'replace_decision');
    expect(c.state).toBe('decision_replaced');
    const replacement = c.decisions.find((d) => d.status === 'signed')!;
    expect(replacement.id).not.toBe(original.id);
    expect((await sys.db.query(`SELECT supersedes_id FROM decision WHERE id = $1`, [replacement.id]))[0].supersedes_id).toBe(original.id);
    expect(c.decisions.find((d) => d.id === original.id)).toMatchObject({ status: 'issued', pdfSha256: original.pdfSha256 });
    c = await fire(c, clerk, 'send_corrected_decision', { method: 'registered_mail' });
    expect(c.state).toBe('corrected_decision_sent');
    expect(c.decisions.find((d) => d.id === replacement.id)!.status).toBe('issued');
  });

  it('should withdraw an application before the decision with a notice, and refuse a withdrawal after it', async () => {
    sys.clock.set(at('2026-02-03'));
    let c = ok(await intake(sokolova), 'intake');
    c = await fire(c, clerk, 'register');
    c = await fire(c, clerk, 'withdraw', { withdrawnOn: '2026-02-03' });
    expect(c.state).toBe('withdrawn');
    expect(term(c, 'T20')).toMatchObject({ status: 'met' });
    const notice = c.notices.find((n) => n.kind === 'withdrawal')!;
    expect(notice.number).toMatch(/-у\/2026$/);
    await pdfOf(c, notice);

    const future = await fireRaw(ok(await intake(volkov), 'intake'), clerk, 'withdraw', { withdrawnOn: '2026-03-01' });
    expect([400, 422]).toContain(future.status);
    const decided = (await sys.db.query(`SELECT id, version FROM "case" WHERE state = 'no_error_notified' LIMIT 1`)) as { id: string; version: number }[];
    const late = await post(clerk, `/api/cases/${decided[0].id}/events`, { event: 'withdraw', data: {}, expectedVersion: decided[0].version });
    expect(late.status).toBe(422);
    expect((late.body as { message: string }).message).toMatch(/недоступно/);
  });

  it('should name the pending case on a duplicate application and register it only with a reason', async () => {
    sys.clock.set(at('2026-02-04'));
    const pending = (await sys.db.query(`SELECT id, number FROM "case" WHERE applicant_id = $1 AND state = 'received' LIMIT 1`, [volkov])) as { id: string; number: string | null }[];
    expect(pending).toHaveLength(1);
    const dup = await intake(volkov);
    expect(dup.status).toBe(409);
    expect((dup.body as { errors: Record<string, string> }).errors.duplicateReason).toMatch(/в работе/);
    const before = Number((await sys.db.query(`SELECT count(*) FROM "case"`))[0].count);
    const withReason = ok(await intake(volkov, { duplicateReason: 'Заявитель подаёт новое заявление с другими документами' }), 'duplicate');
    expect(withReason.duplicateOf).toMatchObject({ id: pending[0].id });
    expect(Number((await sys.db.query(`SELECT count(*) FROM "case"`))[0].count)).toBe(before + 1);
  });

  it('should refuse to accept documents with a ground valid for the channel and make the refusal notice', async () => {
    sys.clock.set(at('2026-02-05'));
    const volkovCases = (await sys.db.query(`SELECT id FROM "case" WHERE applicant_id = $1 AND state = 'received' ORDER BY received_at`, [volkov])) as { id: string }[];
    let c = ok(await sys.request('GET', `/api/cases/${volkovCases[0].id}`, { cookie: clerk }), 'case');
    const mfcOnly = await fireRaw(c, clerk, 'refuse_acceptance', { groundCode: 'ACC_REJ_MFC_04' });
    expect(mfcOnly.status).toBe(422);
    c = await fire(c, clerk, 'refuse_acceptance', { groundCode: 'ACC_REJ_01' });
    expect(c.state).toBe('acceptance_refused');
    const notice = c.notices.find((n) => n.kind === 'acceptance_refusal')!;
    expect(notice.delivery).toBe('in_person');
    expect((await pdfOf(c, notice)).length).toBeGreaterThan(1000);
    c = await fire(c, clerk, 'return_documents');
    expect(term(c, 'T10')).toMatchObject({ status: 'breached' });
  });

  it('should answer a JSON 404, not a broken PDF, when a document does not exist', async () => {
    const c = ok(await intake(sokolova, { duplicateReason: 'Проверка отсутствующих документов' }), 'intake');
    const receipt = await sys.request('GET', `/api/cases/${c.id}/receipt.pdf`, { cookie: clerk });
    expect(receipt.status).toBe(404);
    expect(String(receipt.headers['content-type'])).toMatch(/json/);
    const notice = await sys.request('GET', `/api/cases/${c.id}/notices/00000000-0000-4000-8000-000000000000/pdf`, { cookie: clerk });
    expect(notice.status).toBe(404);
    const decision = await sys.request('GET', `/api/decisions/00000000-0000-4000-8000-000000000000/pdf`, { cookie: clerk });
    expect(decision.status).toBe(404);
  });
});
