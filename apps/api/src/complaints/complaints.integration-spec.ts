import { createHash } from 'node:crypto';
import { startTestSystem, type TestSystem } from '../../test/harness';
import { housingPayload } from '../../test/fixtures';
import { extractText } from '../../test/pdf-text';
import { hashPassword } from '../auth/auth.service';
import { DEMO_PASSWORD } from '../demo/demo-data';

type Term = { termId: string; dueDate: string; explanation: string; status: string; workingDaysLeft: number | null; completedOn: string | null };

type Complaint = {
  id: string;
  number: string;
  version: number;
  status: string;
  caseId: string | null;
  caseNumber: string | null;
  complainantName: string;
  complainantAddress: string | null;
  registeredOn: string;
  shortTerm: boolean;
  terms: { review: Term; reply: Term | null };
  outcome: { outcome: string; reasons: string; remedy: { kind: string } | null } | null;
  decidedOn: string | null;
  replySha256: string | null;
  repliedOn: string | null;
  replyWithinTerm: boolean | null;
  reviewWithinTerm: boolean | null;
  actions: { decide: boolean; replySent: boolean };
};

type ListPage = { total: number; items: { id: string; number: string; status: string; nextTerm: { termId: string; dueDate: string; workingDaysLeft: number | null; status: string } | null }[] };

type ErrorBody = { code: string; message: string; errors?: Record<string, string> };

const pdfText = (pdf: Buffer): string => extractText(pdf).text;

describe('pre-trial complaints over HTTP', () => {
  let sys: TestSystem;
  let clerk: string;
  let head: string;
  let auditor: string;
  let admin: string;
  let sosvaClerk: string;
  let neftekumskHead: string;
  let sosva: string;
  let neftekumsk: string;
  let personId: string;
  let caseId: string;
  let caseNumber: string;
  let foreignCaseId: string;
  let standard: Complaint;
  let short: Complaint;
  let neftekumskComplaint: Complaint;

  const register = (cookie: string, body: Record<string, unknown>) => sys.request('POST', '/api/complaints', { cookie, body });

  const base = (): Record<string, unknown> => ({
    authorityId: sosva,
    channel: 'post',
    subject: 'decision',
    text: 'Не согласна с отказом в назначении компенсации: доход посчитан неверно.',
    against: { body: 'INSTITUTION', official: 'специалист Иванова М.С.' },
  });

  const addUser = async (login: string, fullName: string, grants: { authorityId: string; role: string }[]): Promise<string> => {
    const [{ id }] = (await sys.db.query(`INSERT INTO app_user (login, full_name, position, password_hash) VALUES ($1, $2, 'Специалист', $3) RETURNING id`, [login, fullName, await hashPassword(DEMO_PASSWORD)])) as { id: string }[];
    for (const g of grants) await sys.db.query(`INSERT INTO user_role (user_id, authority_id, role) VALUES ($1, $2, $3)`, [id, g.authorityId, g.role]);
    return sys.login(login);
  };

  // a registered housing case through the engine's own API
  const addCase = async (authorityId: string): Promise<{ id: string; number: string }> => {
    const payload = housingPayload;
    const intake = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId, channel: 'IN_PERSON', applicantId: personId, payload } });
    if (intake.status !== 201) throw new Error(`intake: ${intake.status} ${JSON.stringify(intake.body)}`);
    const c = intake.body as { id: string; version: number };
    const registered = await sys.request('POST', `/api/cases/${c.id}/events`, { cookie: clerk, body: { event: 'register', data: {}, expectedVersion: c.version } });
    if (registered.status !== 201) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
    return registered.body as { id: string; number: string };
  };

  beforeAll(async () => {
    // Monday 29.12.2025 20:00 UTC is Tuesday 30.12.2025 01:00 in Yekaterinburg: the registration day is the 30th there
    sys = await startTestSystem({ now: '2025-12-29T20:00:00Z' });
    [clerk, head, auditor, admin] = await Promise.all(['clerk', 'head', 'auditor', 'admin'].map((l) => sys.login(l)));
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    neftekumsk = authorities.find((a) => a.code === 'NEFTEKUMSK-USZN')!.id;
    personId = ((await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as { id: string }[])[0].id;
    ({ id: caseId, number: caseNumber } = await addCase(sosva));
    foreignCaseId = (await addCase(neftekumsk)).id;
    sosvaClerk = await addUser('sosva-clerk', 'Орлова Нина Павловна', [{ authorityId: sosva, role: 'clerk' }]);
    neftekumskHead = await addUser('neft-head', 'Белов Сергей Иванович', [{ authorityId: neftekumsk, role: 'head' }]);
  });
  afterAll(() => sys.close());

  it('should count 15 working days from the registration day in Yekaterinburg when a decision is appealed across the New Year holidays', async () => {
    const r = await register(clerk, { ...base(), caseId, complainantPersonId: personId });
    expect(r.status).toBe(201);
    standard = r.body as Complaint;
    expect(standard).toMatchObject({ number: 'Ж-1/2025', status: 'registered', caseId, caseNumber, registeredOn: '2025-12-30', complainantName: 'Соколова Анна Петровна', shortTerm: false, version: 1 });
    // the address comes from the person's record
    expect(standard.complainantAddress).toContain('пгт Сосьва');
    // 15 working days from the day after 30.12.2025; 31.12.2025–09.01.2026 are not working days → 30.01.2026 (in UTC it would be the 29th)
    expect(standard.terms.review).toMatchObject({ termId: 'COMPLAINT_REVIEW', dueDate: '2026-01-30', status: 'open', workingDaysLeft: 15 });
    expect(standard.terms.review.explanation).toContain('15 рабочих дней со дня, следующего за 30.12.2025; 31.12.2025–09.01.2026 — нерабочие дни → 30.01.2026');
    expect(standard.terms.reply).toBeNull();
    expect(standard.actions).toEqual({ decide: false, replySent: false });
    const audit = (await sys.db.query(`SELECT action, details FROM audit_log WHERE entity = 'complaint' AND entity_id = $1`, [standard.id])) as { action: string; details: { reviewDue: string } }[];
    expect(audit).toEqual([{ action: 'complaint.registered', details: expect.objectContaining({ reviewDue: '2026-01-30' }) }]);
  });

  it('should count 5 working days when a refusal to accept documents is appealed across the New Year holidays', async () => {
    const r = await register(clerk, { ...base(), serviceSlug: 'housing-utilities-compensation', subject: 'refusal_to_accept', complainantName: 'Волков Игорь Андреевич', complainantAddress: 'пгт Сосьва, ул. Толмачёва, д. 5', receivedAt: '2025-12-29T09:00:00+05:00' });
    expect(r.status).toBe(201);
    short = r.body as Complaint;
    expect(short).toMatchObject({ number: 'Ж-2/2025', shortTerm: true, caseId: null, registeredOn: '2025-12-30' });
    // 12.01–16.01.2026 are the first five working days after 30.12.2025
    expect(short.terms.review.dueDate).toBe('2026-01-16');
    expect(short.terms.review.explanation).toMatch(/^Сокращённый срок рассмотрения — обжалуется: отказ в приёме документов: 5 рабочих дней/);
  });

  it('should number complaints per authority when another authority registers one', async () => {
    const r = await register(clerk, { ...base(), authorityId: neftekumsk, serviceSlug: 'housing-utilities-compensation', complainantName: 'Петров Пётр Петрович' });
    expect(r.status).toBe(201);
    neftekumskComplaint = r.body as Complaint;
    expect(neftekumskComplaint.number).toBe('Ж-1/2025');
    // Moscow: still 29.12.2025 23:00 → 15 working days from the day after 29.12 → 29.01.2026
    expect(neftekumskComplaint).toMatchObject({ registeredOn: '2025-12-29', terms: { review: { dueDate: '2026-01-29' } } });
  });

  it('should apply the 210-FZ terms and bodies when the complaint names neither a case nor a service', async () => {
    const r = await register(clerk, { ...base(), authorityId: neftekumsk, subject: 'fee', complainantName: 'ООО «Управляющая компания»', against: { body: 'AUTHORITY' } });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ number: 'Ж-2/2025', serviceSlug: null, terms: { review: { dueDate: '2026-01-29' } } });
    expect((r.body as Complaint).terms.review.explanation).toContain('ч. 6, 8 ст. 11.2 Федерального закона от 27.07.2010 № 210-ФЗ)');
  });

  it.each<[string, () => Record<string, unknown>, Record<string, string>]>([
    ['the body is empty', () => ({}), { authorityId: 'Выберите орган', channel: 'Выберите способ поступления жалобы', subject: 'Выберите предмет жалобы', text: 'Изложите суть жалобы' }],
    ['no complainant is given', () => base(), { complainantName: 'Укажите заявителя: выберите гражданина или введите фамилию, имя и отчество' }],
    ['the body complained about is not in the regulation', () => ({ ...base(), complainantName: 'Волков Игорь', against: { body: 'GOVERNOR' } }), { 'against.body': 'Нет в перечне регламента' }],
    ['the case belongs to another authority', () => ({ ...base(), complainantName: 'Волков Игорь', caseId: foreignCaseId }), { caseId: 'Дело не найдено в этом органе' }],
    ['the receipt time is in the future', () => ({ ...base(), complainantName: 'Волков Игорь', receivedAt: '2026-01-05T10:00:00+05:00' }), { receivedAt: 'Время поступления в будущем' }],
    ['the subject is unknown', () => ({ ...base(), complainantName: 'Волков Игорь', subject: 'weather' }), { subject: 'Выберите предмет жалобы' }],
  ])('should answer 400 with Russian field errors when %s', async (_name, body, errors) => {
    const r = await register(clerk, body());
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'VALIDATION_FAILED', errors });
  });

  it('should answer 403 for a foreign authority filter and 404 for a foreign complaint when a clerk of one authority reads', async () => {
    const mine = await sys.request('GET', '/api/complaints', { cookie: sosvaClerk });
    expect(mine.status).toBe(200);
    expect((mine.body as ListPage).items.map((i) => i.number).sort()).toEqual(['Ж-1/2025', 'Ж-2/2025']);
    expect((await sys.request('GET', `/api/complaints?authorityId=${neftekumsk}`, { cookie: sosvaClerk })).status).toBe(403);
    expect((await sys.request('GET', `/api/complaints/${neftekumskComplaint.id}`, { cookie: sosvaClerk })).status).toBe(404);
    expect((await sys.request('GET', `/api/complaints/${neftekumskComplaint.id}/reply.pdf`, { cookie: sosvaClerk })).status).toBe(404);
    expect((await sys.request('GET', `/api/complaints/${standard.id}`, { cookie: auditor })).status).toBe(200);
    // an administrator manages the system, not complaints
    expect((await sys.request('GET', '/api/complaints', { cookie: admin })).status).toBe(403);
  });

  it('should answer 403 when anyone but a clerk registers or anyone but the head decides', async () => {
    expect((await register(sosvaClerk, { ...base(), authorityId: neftekumsk, complainantName: 'Волков Игорь' })).status).toBe(403);
    expect((await register(head, { ...base(), complainantName: 'Волков Игорь' })).status).toBe(403);
    const byClerk = await sys.request('POST', `/api/complaints/${standard.id}/decision`, { cookie: clerk, body: { outcome: 'rejected', reasons: 'Нет оснований', expectedVersion: 1 } });
    expect(byClerk.status).toBe(403);
    const byAuditor = await sys.request('POST', `/api/complaints/${standard.id}/decision`, { cookie: auditor, body: { outcome: 'rejected', reasons: 'Нет оснований', expectedVersion: 1 } });
    expect(byAuditor.status).toBe(403);
    // a head of another authority does not see this complaint at all
    const foreignHead = await sys.request('POST', `/api/complaints/${standard.id}/decision`, { cookie: neftekumskHead, body: { outcome: 'rejected', reasons: 'Нет оснований', expectedVersion: 1 } });
    expect(foreignHead.status).toBe(404);
  });

  it('should count the working days left when the list is filtered by case and status', async () => {
    const byCase = (await sys.request('GET', `/api/complaints?authorityId=${sosva}&caseId=${caseId}`, { cookie: head })).body as ListPage;
    expect(byCase.items.map((i) => i.id)).toEqual([standard.id]);
    expect(byCase.items[0].nextTerm).toEqual({ termId: 'COMPLAINT_REVIEW', title: 'Рассмотрение жалобы', dueDate: '2026-01-30', status: 'open', workingDaysLeft: 15 });
    const upheld = (await sys.request('GET', `/api/complaints?authorityId=${sosva}&status=upheld`, { cookie: head })).body as ListPage;
    expect(upheld.total).toBe(0);
    const bad = await sys.request('GET', `/api/complaints?status=lost`, { cookie: head });
    expect(bad.status).toBe(400);
    expect((bad.body as ErrorBody).errors).toHaveProperty('status');
  });

  it('should answer 404 for the reply PDF when no decision is taken yet', async () => {
    const r = await sys.request('GET', `/api/complaints/${standard.id}/reply.pdf`, { cookie: clerk });
    expect(r.status).toBe(404);
    expect((r.body as ErrorBody).code).toBe('NOT_FOUND');
  });

  it('should ask for the remedy with a field error when an upheld decision has none', async () => {
    const r = await sys.request('POST', `/api/complaints/${short.id}/decision`, { cookie: head, body: { outcome: 'upheld', reasons: 'Отказ не основан на регламенте', expectedVersion: 1 } });
    expect(r.status).toBe(400);
    expect((r.body as ErrorBody).errors).toEqual({ 'remedy.kind': 'Выберите, в какой форме жалоба удовлетворена' });
  });

  it('should reject a complaint with a stored, hashed reply PDF and start the reply term when the head decides', async () => {
    // Monday 12.01.2026, 11:00 in Yekaterinburg: the first working day after the holidays
    sys.clock.set('2026-01-12T06:00:00Z');
    const r = await sys.request('POST', `/api/complaints/${standard.id}/decision`, {
      cookie: head,
      body: { outcome: 'rejected', reasons: 'Доход семьи рассчитан по сведениям СФР верно, основание отказа REF_02 подтверждено.', expectedVersion: 1 },
    });
    expect(r.status).toBe(201);
    const c = r.body as Complaint;
    expect(c).toMatchObject({ status: 'rejected', version: 2, decidedOn: '2026-01-12', reviewWithinTerm: true, outcome: { outcome: 'rejected', remedy: null } });
    expect(c.terms.review).toMatchObject({ status: 'met', completedOn: '2026-01-12' });
    // the reply: no later than the working day after the decision
    expect(c.terms.reply).toMatchObject({ termId: 'COMPLAINT_REPLY', dueDate: '2026-01-13', status: 'open', workingDaysLeft: 1 });
    expect(c.replySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(c.actions).toEqual({ decide: false, replySent: false });

    const pdf = await sys.request('GET', `/api/complaints/${standard.id}/reply.pdf`, { cookie: auditor });
    expect(pdf.status).toBe(200);
    expect(pdf.raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(createHash('sha256').update(pdf.raw).digest('hex')).toBe(c.replySha256);
    expect(pdf.headers['x-content-sha256']).toBe(c.replySha256);
    const text = pdfText(pdf.raw);
    expect(text).toContain('Соколовой Анне Петровне');
    expect(text).toContain('Ж-1/2025');
    expect(text).toContain('в удовлетворении жалобы отказать');
    expect(text).toContain('12.01.2026');

    // the database keeps the decided complaint as it was
    await expect(sys.db.query(`UPDATE complaint SET outcome = '{}' WHERE id = $1`, [standard.id])).rejects.toThrow(/decided/);
    await expect(sys.db.query(`DELETE FROM complaint WHERE id = $1`, [standard.id])).rejects.toThrow(/decided/);
    const audit = (await sys.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [standard.id])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['complaint.registered', 'complaint.decided']);
  });

  it('should answer 409 and change nothing when the decision carries a stale version', async () => {
    const r = await sys.request('POST', `/api/complaints/${short.id}/decision`, { cookie: head, body: { outcome: 'rejected', reasons: 'Нет оснований', expectedVersion: 2 } });
    expect(r.status).toBe(409);
    expect((r.body as ErrorBody).code).toBe('VERSION_CONFLICT');
    const after = (await sys.request('GET', `/api/complaints/${short.id}`, { cookie: head })).body as Complaint;
    expect(after).toMatchObject({ status: 'registered', version: 1, replySha256: null });
  });

  it('should answer 422 when a decision is taken a second time', async () => {
    const r = await sys.request('POST', `/api/complaints/${standard.id}/decision`, { cookie: head, body: { outcome: 'upheld', reasons: 'Передумали', remedy: { kind: 'decision_cancelled' }, expectedVersion: 2 } });
    expect(r.status).toBe(422);
    expect((r.body as ErrorBody).code).toBe('RULE_VIOLATION');
  });

  it('should record the reply as within the term and refuse a second mark when the clerk marks it sent', async () => {
    sys.clock.set('2026-01-13T04:00:00Z');
    const stale = await sys.request('POST', `/api/complaints/${standard.id}/reply-sent`, { cookie: clerk, body: { expectedVersion: 1 } });
    expect(stale.status).toBe(409);
    expect((await sys.request('POST', `/api/complaints/${standard.id}/reply-sent`, { cookie: head, body: { expectedVersion: 2 } })).status).toBe(403);
    const r = await sys.request('POST', `/api/complaints/${standard.id}/reply-sent`, { cookie: clerk, body: { expectedVersion: 2, method: 'post' } });
    expect(r.status).toBe(201);
    const c = r.body as Complaint;
    expect(c).toMatchObject({ version: 3, repliedOn: '2026-01-13', replyWithinTerm: true });
    expect(c.terms.reply).toMatchObject({ status: 'met', completedOn: '2026-01-13' });
    const again = await sys.request('POST', `/api/complaints/${standard.id}/reply-sent`, { cookie: clerk, body: { expectedVersion: 3 } });
    expect(again.status).toBe(422);
    // the stored reply is untouched by the mark
    const pdf = await sys.request('GET', `/api/complaints/${standard.id}/reply.pdf`, { cookie: clerk });
    expect(createHash('sha256').update(pdf.raw).digest('hex')).toBe(c.replySha256);
  });

  it('should flag both terms as breached when the head upholds late and the reply goes out late', async () => {
    // 19.01.2026: past the 16.01 review due date
    sys.clock.set('2026-01-19T06:00:00Z');
    const decided = await sys.request('POST', `/api/complaints/${short.id}/decision`, {
      cookie: head,
      body: { outcome: 'upheld', reasons: 'Отказ в приёме не основан на регламенте.', remedy: { kind: 'decision_cancelled', details: 'отказ в приёме отменён' }, nextSteps: 'обратиться за услугой повторно', expectedVersion: 1 },
    });
    expect(decided.status).toBe(201);
    const c = decided.body as Complaint;
    expect(c).toMatchObject({ status: 'upheld', reviewWithinTerm: false, outcome: { remedy: { kind: 'decision_cancelled' } } });
    expect(c.terms.review.status).toBe('breached');
    expect(pdfText((await sys.request('GET', `/api/complaints/${short.id}/reply.pdf`, { cookie: clerk })).raw)).toContain('Волкову Игорю Андреевичу');

    sys.clock.set('2026-01-22T06:00:00Z');
    const list = (await sys.request('GET', `/api/complaints?authorityId=${sosva}&status=upheld`, { cookie: clerk })).body as ListPage;
    expect(list.items[0].nextTerm).toMatchObject({ termId: 'COMPLAINT_REPLY', dueDate: '2026-01-20', status: 'overdue', workingDaysLeft: -2 });
    const sent = await sys.request('POST', `/api/complaints/${short.id}/reply-sent`, { cookie: clerk, body: { expectedVersion: 2 } });
    expect(sent.body).toMatchObject({ repliedOn: '2026-01-22', replyWithinTerm: false, terms: { reply: { status: 'breached' } } });
  });

  it('should describe the complaint endpoints with their request schemas when the OpenAPI document is built', async () => {
    const r = await sys.request('GET', '/api/docs/openapi.json', { cookie: clerk });
    expect(r.status).toBe(200);
    const paths = (r.body as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> } }>> }).paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/complaints', '/api/complaints/{id}', '/api/complaints/{id}/decision', '/api/complaints/{id}/reply-sent', '/api/complaints/{id}/reply.pdf']));
    expect(Object.keys(paths['/api/complaints/{id}/decision'].post.requestBody!.content['application/json'].schema.properties ?? {})).toEqual(expect.arrayContaining(['outcome', 'reasons', 'remedy', 'expectedVersion']));
  });
});
