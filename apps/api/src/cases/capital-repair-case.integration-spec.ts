import { TermsSweepService } from '../jobs/terms-sweep.service';
import { startTestSystem, type TestResponse, type TestSystem } from '../../test/harness';
import { caseClient } from '../../test/case-client';
import { capitalRepairPayload } from '../../test/fixtures';
import { extractText } from '../../test/pdf-text';

type Term = { termId: string; status: string; dueDate: string; startedOn: string; explanation: string };
type Notice = { id: string; kind: string; number: string; delivery: string; status: string; pdfSha256: string };
type CaseDetail = {
  id: string;
  number: string | null;
  state: string;
  version: number;
  receivedOn: string;
  terms: Term[];
  interagency: { id: string; kind: string; status: string; late: boolean }[];
  decisions: { id: string; status: string; number: string | null; kind: string; grounds: { code: string }[]; draftedBy: string }[];
  notices: Notice[];
  events: { event: string; actorName: string | null }[];
};

// Neftekumsk keeps Moscow time (UTC+3): 07:00Z is 10:00 local
const at = (date: string, time = '07:00'): string => `${date}T${time}:00Z`;
const ALL_REQUESTS = ['MV-1', 'MV-2', 'MV-3', 'MV-7', 'MV-8', 'MV-9', 'MV-10'];

// The capital-repair regulation (spec capital-repair-compensation.md) on the case engine: its own terms, the extension
// with its notice (App 8), the rework pause under the 30-working-day ceiling, the portal applicant's 10 working days and
// the missing-documents wait whose lapse the terms sweep turns into a refusal draft.
describe('capital-repair-compensation over HTTP', () => {
  let sys: TestSystem;
  let clerk: string;
  let deputy: string;
  let head: string;
  let admin: string;
  let neftekumsk: string;
  let kravchenko: string;
  let belova: string;

  beforeAll(async () => {
    // Wednesday 30.04.2025, 10:00 in Neftekumsk: the May holidays follow (01–04.05 and 08–11.05)
    sys = await startTestSystem({ now: at('2025-04-30') });
    [clerk, deputy, head, admin] = await Promise.all(['clerk', 'deputy', 'head', 'admin'].map((l) => sys.login(l)));
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    neftekumsk = authorities.find((a) => a.code === 'NEFTEKUMSK-USZN')!.id;
    const person = async (snils: string): Promise<string> => ((await sys.request('GET', `/api/persons?snils=${snils}`, { cookie: clerk })).body as { id: string }[])[0].id;
    kravchenko = await person('15623478979');
    belova = await person('20134876532');
  });
  afterAll(() => sys.close());

  const { ok, post, fireRaw, fire, term, noticePdf, simulate } = caseClient<CaseDetail>(
    () => sys,
    () => clerk,
    () => admin,
  );
  const reload = async (c: CaseDetail): Promise<CaseDetail> => ok(await sys.request('GET', `/api/cases/${c.id}`, { cookie: clerk }), 'case');
  const intake = (applicantId: string, extra: Record<string, unknown> = {}): Promise<TestResponse> =>
    post(clerk, '/api/cases', {
      serviceSlug: 'capital-repair-compensation',
      authorityId: neftekumsk,
      channel: 'IN_PERSON_BODY',
      variant: 'V1_GRANT',
      applicantId,
      payload: capitalRepairPayload,
      documents: [{ code: 'APPLICATION', title: 'Заявление (приложение 1)', providedBy: 'applicant' }],
      ...extra,
    });
  const pdfText = async (c: CaseDetail, n: Notice): Promise<string> => extractText(await noticePdf(c, n)).text;
  const sweepAt = async (instant: string) => {
    sys.clock.set(instant);
    return (await sys.app.get(TermsSweepService).sweepTerms(sys.clock.now(), { trigger: 'schedule' })).counts;
  };

  it('should run a whole case: intake, registration, interagency, extension, rework, decision, signature, notice, payment, typo correction, complaint', async () => {
    let c = ok(await intake(kravchenko), 'intake');
    expect(c.receivedOn).toBe('2025-04-30');
    c = await fire(c, clerk, 'register');
    expect(c.state).toBe('registered');
    // I-02: registered in person the same day
    expect(term(c, 'DL-02')).toMatchObject({ status: 'met' });
    // DL-24: 10 working days after 30.04.2025 — 05–07.05, 12–16.05, 19–20.05 (01–04.05 and 08–11.05 are days off)
    expect(term(c, 'DL-24')).toMatchObject({ status: 'running', dueDate: '2025-05-20' });
    // DL-30: 30 working days; 12.06 is a holiday and 13.06 a day off transferred from 03.08
    expect(term(c, 'DL-30')).toMatchObject({ status: 'running', dueDate: '2025-06-19' });

    // the tax service of debts (GIS ЖКХ) keeps silent: a missing answer is no refusal ground, but it is EXT-02
    await simulate('MV-9', 'silent');
    c = await fire(c, clerk, 'send_interagency_requests', { kinds: ALL_REQUESTS });
    expect(term(c, 'DL-17')).toMatchObject({ status: 'met' });
    sys.clock.set(at('2025-05-14'));
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    expect(c.state).toBe('interagency_pending');
    expect(c.interagency.filter((r) => r.status === 'answered').map((r) => r.kind).sort()).toEqual(ALL_REQUESTS.filter((k) => k !== 'MV-9').sort());

    // day 10 of the decision term: the head extends it once by 20 working days (I-07, I-11) and the App 8 notice goes out
    sys.clock.set(at('2025-05-20'));
    const byClerk = await fireRaw(c, clerk, 'extend_term', { groundCode: 'EXT-02' });
    expect(byClerk.status).toBe(403);
    const noGround = await fireRaw(c, head, 'extend_term', { groundCode: 'REF-01' });
    expect(noGround.status).toBe(422);
    c = await fire(c, head, 'extend_term', { groundCode: 'EXT-02' });
    expect(c.state).toBe('interagency_pending');
    expect(term(c, 'DL-24')).toMatchObject({ status: 'running', dueDate: '2025-06-19' });
    const extension = c.notices.find((n) => n.kind === 'extension')!;
    expect(extension.status).toBe('sent');
    const extensionText = await pdfText(c, extension);
    expect(extensionText).toContain('20.05.2025');
    expect(extensionText).toContain('19.06.2025');
    expect(extensionText).toContain('EXT-02');
    // once only
    const again = await fireRaw(c, head, 'extend_term', { groundCode: 'EXT-01' });
    expect(again.status).toBe(422);
    expect((again.body as { message: string }).message).toMatch(/уже продлевался/);

    await simulate('MV-9', 'answer');
    sys.clock.set(at('2025-05-21'));
    c = ok(await post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    expect(c.state).toBe('ready_for_review');
    c = await fire(c, clerk, 'start_review');

    // rework (SUS-02): the clock pauses; the applicant has 5 working days (DL-29)
    sys.clock.set(at('2025-05-22'));
    c = await fire(c, clerk, 'return_documents_for_rework', { groundCode: 'SUS-02', items: [{ document: 'Заявление', correction: 'Указать номер счета регионального оператора полностью' }] });
    expect(c.state).toBe('returned_for_rework');
    expect(term(c, 'DL-24')).toMatchObject({ status: 'paused' });
    expect(term(c, 'DL-29')).toMatchObject({ status: 'running', dueDate: '2025-05-29' });
    expect(c.notices.some((n) => n.kind === 'rework_return')).toBe(true);
    sys.clock.set(at('2025-05-26'));
    c = await fire(c, clerk, 'rework_received');
    // two working days of pause would move the term to 23.06, but the 30-working-day maximum holds it at 19.06 (I-07)
    expect(term(c, 'DL-24')).toMatchObject({ status: 'running', dueDate: '2025-06-19' });
    expect(term(c, 'DL-29')).toMatchObject({ status: 'met' });

    sys.clock.set(at('2025-05-27'));
    const withdrawalGround = await fireRaw(c, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-11'] });
    expect(withdrawalGround.status).toBe(422);
    c = await fire(c, clerk, 'draft_decision', { outcome: 'grant' });
    expect(c.state).toBe('department_head_review_grant');
    c = await fire(c, deputy, 'sign_draft');
    expect((await fireRaw(c, deputy, 'approve_decision')).status).toBe(422);
    c = await fire(c, head, 'approve_decision');
    expect(c.state).toBe('granted');
    expect(term(c, 'DL-24')).toMatchObject({ status: 'met' });
    // I-08: the notice within 1 working day, never after the 30-working-day maximum
    expect(term(c, 'DL-32')).toMatchObject({ status: 'running', dueDate: '2025-05-28' });

    sys.clock.set(at('2025-05-28'));
    c = await fire(c, clerk, 'send_copy');
    expect(c.state).toBe('notified');
    expect(term(c, 'DL-30')).toMatchObject({ status: 'met' });
    const decision = c.decisions.find((d) => d.status === 'issued')!;
    expect(decision.number).toMatch(/-р\/2025$/);
    const noticeText = await pdfText(c, c.notices.find((n) => n.kind === 'decision')!);
    expect(noticeText).toContain('капитальный ремонт');

    c = await fire(c, clerk, 'setup_payment', { amountKopecks: 39_600 });
    expect(c.state).toBe('in_payment');
    // V3: new bank details; the application's own rules check them
    const badAccount = await fireRaw(c, clerk, 'change_payment_details', { paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '040702615', account: '40817810680000012346' } });
    expect(badAccount.status).toBe(400);
    c = await fire(c, clerk, 'change_payment_details', { paymentMethod: { kind: 'post', postOffice: 'ОПС Нефтекумск 356880' } });
    expect(c.state).toBe('in_payment');

    // V4: typo correction within 5 working days (DL-44), answered "no error" (TYPO-REF-01)
    c = await fire(c, clerk, 'register_correction_request');
    expect(term(c, 'DL-44')).toMatchObject({ status: 'running', dueDate: '2025-06-04' });
    c = await fire(c, clerk, 'notify_no_error', { comment: 'Фамилия в решении совпадает с паспортом' });
    expect(c.state).toBe('no_error_notified');
    expect(term(c, 'DL-44')).toMatchObject({ status: 'met' });

    expect(c.events.map((e) => e.event)).toEqual([
      'receive',
      'register',
      'send_interagency_requests',
      'extend_term',
      'interagency_completed',
      'start_review',
      'return_documents_for_rework',
      'rework_received',
      'draft_decision',
      'sign_draft',
      'approve_decision',
      'send_copy',
      'setup_payment',
      'change_payment_details',
      'register_correction_request',
      'notify_no_error',
    ]);

    // I-30: the complaint terms are configuration (15 working days from registration on 28.05.2025; 12–13.06 days off)
    const complaint = await post(clerk, '/api/complaints', {
      authorityId: neftekumsk,
      caseId: c.id,
      complainantPersonId: kravchenko,
      channel: 'in_person',
      subject: 'decision',
      text: 'Прошу пересчитать компенсацию с учетом доли в праве.',
      against: { body: 'BODY' },
    });
    expect(complaint.status).toBe(201);
    expect(complaint.body).toMatchObject({ registeredOn: '2025-05-28', terms: { review: { dueDate: '2025-06-20' } } });
  });

  it('should count a portal application from the next working day and draft the refusal REF-10 when the applicant never comes', async () => {
    // Sunday 02.11.2025: 03.11 and 04.11 are days off too, so the application counts from Wednesday 05.11
    sys.clock.set(at('2025-11-05'));
    let c = ok(await intake(belova, { channel: 'EPGU', receivedAt: at('2025-11-02'), payload: { ...capitalRepairPayload, esignature: 'simple' } }), 'intake');
    expect(c.receivedOn).toBe('2025-11-05');
    // MFC and portal grounds differ: a portal-only ground is refused for nothing else; an unsigned portal form cannot be registered
    c = await fire(c, clerk, 'register');
    expect(c.state).toBe('awaiting_originals');
    // DL-07 (I-12): 10 working days from registration — 06–07.11, 10–14.11, 17–19.11
    expect(term(c, 'DL-07')).toMatchObject({ status: 'running', dueDate: '2025-11-19' });
    expect(term(c, 'DL-24')).toBeUndefined();

    expect((await sweepAt(at('2025-11-19'))).expiredWaits).toBe(0);
    expect((await reload(c)).state).toBe('awaiting_originals');
    // the first working day after the lapse: the system drafts the refusal, the term ends cancelled, not breached
    const counts = await sweepAt(at('2025-11-20', '06:00'));
    expect(counts).toMatchObject({ expiredWaits: 1, expiryFailures: 0 });
    c = await reload(c);
    expect(c.state).toBe('department_head_review_refusal');
    expect(term(c, 'DL-07')).toMatchObject({ status: 'cancelled' });
    const [row] = (await sys.db.query(`SELECT breached_at FROM case_term WHERE case_id = $1 AND term_id = 'DL-07'`, [c.id])) as { breached_at: Date | null }[];
    expect(row.breached_at).toBeNull();
    const draft = c.decisions.find((d) => d.status === 'draft')!;
    expect(draft).toMatchObject({ kind: 'refuse', grounds: [expect.objectContaining({ code: 'REF-10' })] });
    expect(c.events.at(-1)).toMatchObject({ event: 'originals_not_presented', actorName: 'Система (автоматические действия по срокам)' });
    // the refusal follows the ordinary chain: department head, head, notice
    c = await fire(c, deputy, 'sign_draft');
    c = await fire(c, head, 'approve_decision');
    c = await fire(c, clerk, 'send_copy');
    expect(c.state).toBe('refusal_notified');
    // a second sweep finds nothing more to do
    expect((await sweepAt(at('2025-11-21'))).expiredWaits).toBe(0);
  });

  it('should take an e-application after office hours as received on the next working day, a transferred Saturday', async () => {
    // Friday 31.10.2025, 19:00 in Neftekumsk; Saturday 01.11.2025 is a working day (the transfer from 03.11)
    sys.clock.set(at('2025-11-05'));
    const c = ok(await intake(kravchenko, { channel: 'RPGU', receivedAt: at('2025-10-31', '16:00'), payload: { ...capitalRepairPayload, esignature: 'simple' } }), 'intake');
    expect(c.receivedOn).toBe('2025-11-01');
    // 3.2.1.1, NC-01: a repeat application while this one is pending is not considered
    const repeat = await intake(kravchenko);
    expect(repeat.status).toBe(409);
    expect((repeat.body as { message: string }).message).toContain('NC-01');
    // 2.2: the MFC never refuses to accept; portal-only grounds apply to portal applications only
    expect((await fireRaw(c, clerk, 'refuse_acceptance', { groundCode: 'REF-01' })).status).toBe(422);
    const refused = await fire(c, clerk, 'refuse_acceptance', { groundCode: 'REJ-11' });
    expect(refused.state).toBe('acceptance_refused');
    expect(term(refused, 'DL-16')).toMatchObject({ status: 'met' });
    const mfc = ok(await intake(belova, { channel: 'MFC' }), 'mfc intake');
    const byMfc = await fireRaw(mfc, clerk, 'refuse_acceptance', { groundCode: 'REJ-01' });
    expect(byMfc.status).toBe(422);
    expect((byMfc.body as { message: string }).message).toMatch(/МФЦ не вправе/);
    // the MFC case is withdrawn before the decision (V2): the refusal names REF-11 only
    let w = await fire(mfc, clerk, 'register');
    w = await fire(w, clerk, 'register_withdrawal', { filedVia: 'MFC' });
    expect(term(w, 'DL-38')).toMatchObject({ status: 'running' });
    expect((await fireRaw(w, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-01'] })).status).toBe(422);
    w = await fire(w, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-11'] });
    w = await fire(w, deputy, 'sign_draft');
    w = await fire(w, head, 'approve_decision');
    expect(w.state).toBe('refused');
    expect(term(w, 'DL-38')).toMatchObject({ status: 'met' });
  });

  it('should restart the decision term when missing documents arrive and draft the refusal REF-09 when they never do', async () => {
    // Monday 01.12.2025
    sys.clock.set(at('2025-12-01'));
    let c = ok(await intake(kravchenko), 'intake');
    c = await fire(c, clerk, 'register');
    c = await fire(c, clerk, 'request_missing_documents', { documents: [{ title: 'Согласие на обработку персональных данных', issue: 'missing' }] });
    expect(c.state).toBe('awaiting_missing_documents');
    // I-05: the decision clock does not run while the applicant is asked for documents
    expect(term(c, 'DL-24')).toMatchObject({ status: 'cancelled' });
    expect(term(c, 'DL-14')).toMatchObject({ status: 'met' });
    // DL-15 (I-04): 20 working days from 01.12.2025 — 02–05, 08–12, 15–19, 22–26 and 29.12
    const wait = term(c, 'DL-15')!;
    expect(wait).toMatchObject({ status: 'running', dueDate: '2025-12-29' });
    const notice = c.notices.find((n) => n.kind === 'missing_documents')!;
    expect(await pdfText(c, notice)).toContain('29.12.2025');

    expect((await sweepAt(at('2025-12-29'))).expiredWaits).toBe(0);
    const counts = await sweepAt(at('2025-12-30'));
    expect(counts.expiredWaits).toBe(1);
    c = await reload(c);
    expect(c.state).toBe('department_head_review_refusal');
    expect(c.decisions.find((d) => d.status === 'draft')).toMatchObject({ kind: 'refuse', grounds: [expect.objectContaining({ code: 'REF-09' })] });
    expect(term(c, 'DL-15')).toMatchObject({ status: 'cancelled' });
    // the department head checks the system's draft within 5 working days (DL-31): 31.12.2025–11.01.2026 are days off
    expect(term(c, 'DL-31')).toMatchObject({ status: 'running', dueDate: '2026-01-16' });

    // brought in time: the decision term and the 30-day maximum start afresh, in full, from that day (I-05)
    sys.clock.set(at('2025-12-02'));
    let b = ok(await intake(belova), 'intake');
    b = await fire(b, clerk, 'register');
    b = await fire(b, clerk, 'request_missing_documents', { documents: [{ title: 'Паспорт члена семьи', issue: 'invalid', details: 'Копия нечитаема' }] });
    sys.clock.set(at('2025-12-26'));
    b = await fire(b, clerk, 'missing_documents_received');
    expect(b.state).toBe('documents_received');
    expect(term(b, 'DL-15')).toMatchObject({ status: 'met' });
    // 26.12.2025 + 10 working days: 29.12, 30.12, then 12.01–16.01 and 19.01–21.01.2026 after the New Year days off
    expect(term(b, 'DL-24')).toMatchObject({ status: 'running', startedOn: '2025-12-26', dueDate: '2026-01-21' });
    expect(term(b, 'DL-30')).toMatchObject({ status: 'running', startedOn: '2025-12-26' });
    expect(term(b, 'DL-17')).toMatchObject({ status: 'running', startedOn: '2025-12-26' });
  });
});
