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

  const { ok, post, fireRaw, fire, term, noticePdf, pdf, simulate } = caseClient<CaseDetail>(
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
    // App 1 as taken, from the payload, the personal file and the registration, with its annex and tear-off receipt
    const application = await pdf(clerk, `/api/cases/${c.id}/application.pdf`);
    expect(application).toContain('ЗАЯВЛЕНИЕ № 1/2025');
    expect(application).toContain('от: Кравченко Петра Ивановича');
    expect(application).toContain('лицевой счет: 40817810680000012345');
    expect(application).toContain('через счет регионального оператора 40604810600000000001');
    expect(application).toContain('СНИЛС (заполняется по желанию гражданина): 156-234-789 79');
    expect(application).toContain('1. Заявление (приложение 1).');
    expect(application).toContain('Заявление приняла: Иванова М.С.');
    expect(application).toContain('Расписка-уведомление о приёме документов');
    expect(application).toContain('составляет 1 человек');
    // the receipt names the application as App 1 does
    const receipt = await pdf(clerk, `/api/cases/${c.id}/receipt.pdf`);
    expect(receipt).toContain('о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме отдельным категориям граждан и способе ее доставки');
    expect(receipt).toContain('за № 1/2025');
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
    // App 8 prints the two reasons of 2.4 as check boxes (no ground codes): EXT-02's is ticked, EXT-01's is not
    expect(extensionText).toContain('о продлении срока принятия решения о назначении компенсации');
    expect(extensionText).toContain('X непоступлением сведений (документов), запрашиваемых в рамках межведомственного электронного взаимодействия');
    expect(extensionText).not.toContain('X необходимостью проведения дополнительной проверки');
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
    // the rules with the parameter set in force (the demo's §9.5 fixtures, valid from 01.01.2025) grant: no comment needed
    const rules = ok(await post(clerk, `/api/cases/${c.id}/evaluate`, { facts: {} }), 'evaluate') as unknown as { outcome: string; amount: number; period: { from: string } };
    expect(rules).toMatchObject({ outcome: 'grant', amount: 396_00, period: { from: '2025-04-01' } });
    c = await fire(c, clerk, 'draft_decision', { outcome: 'grant' });
    expect(c.state).toBe('department_head_review_grant');
    // the preview is App 3 too, marked as a draft
    const preview = await pdf(head, `/api/decisions/${c.decisions.find((d) => d.status === 'draft')!.id}/pdf`);
    expect(preview).toContain('ПРОЕКТ');
    expect(preview).toContain('о назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме');
    expect(preview).toContain('396,00');
    c = await fire(c, deputy, 'sign_draft');
    expect((await fireRaw(c, deputy, 'approve_decision')).status).toBe(422);
    c = await fire(c, head, 'approve_decision');
    expect(c.state).toBe('granted');
    // App 3, rendered once at the signature: the figures of §9.4 from the stored evaluation, the amount in words, the
    // period, the bank of the payment lists and the three signatures
    const signed = c.decisions.find((d) => d.status === 'signed')!;
    const app3 = await pdf(clerk, `/api/decisions/${signed.id}/pdf`);
    expect(app3).not.toContain('ПРОЕКТ');
    expect(app3).toContain(`РЕШЕНИЕ от 27.05.2025 № ${signed.number}`);
    expect(app3).toContain('Заявка на компенсацию взноса от 30.04.2025 № 1/2025');
    expect(app3).toContain('(дата обращения 30.04.2025)');
    expect(app3).toContain('Закон Ставропольского края от 28.06.2013 № 57-кз');
    expect(app3).toContain('Гражданин: Кравченко Пётр Иванович');
    expect(app3).toContain('Категория льготника: A80_ALONE');
    expect(app3).toContain('общая площадь: 41,70 кв. м');
    expect(app3).toContain('РС площади: 33,00 кв. м');
    expect(app3).toContain('состав семьи: 1 чел.');
    expect(app3).toContain('доля в праве: 1/1');
    expect(app3).toContain('для расчета с учетом СН: 33,00 кв. м');
    expect(app3).toContain('компенсация расходов на уплату взноса на капитальный ремонт Д 1/1 12,00 396,00 100 % 396,00');
    expect(app3).toContain('Кравченко Петру Ивановичу в размере 396,00 руб. (триста девяносто шесть рублей 00 копеек) ежемесячно');
    expect(app3).toContain('с: 01.04.2025');
    expect(app3).toContain('Списки (банк): Ставропольское отделение № 5230 ПАО Сбербанк, БИК 040702615, л/с 40817810680000012345');
    expect(app3).toMatch(/Расчет произвел \(подпись\) М\.С\. Иванова/);
    expect(app3).toMatch(/Расчет проверил \(подпись\) И\.П\. Соловьёва/);
    expect(app3).toContain('А.Н. Петров');
    expect(app3).toContain('М.П.');
    expect(term(c, 'DL-24')).toMatchObject({ status: 'met' });
    // I-08: the notice within 1 working day, never after the 30-working-day maximum
    expect(term(c, 'DL-32')).toMatchObject({ status: 'running', dueDate: '2025-05-28' });

    sys.clock.set(at('2025-05-28'));
    c = await fire(c, clerk, 'send_copy');
    expect(c.state).toBe('notified');
    expect(term(c, 'DL-30')).toMatchObject({ status: 'met' });
    const decision = c.decisions.find((d) => d.status === 'issued')!;
    expect(decision.number).toMatch(/-р\/2025$/);
    // App 5: the day it is assigned from, the amount, the duty to report changes as approved (I-18), the two countersignatures
    const noticeText = await pdfText(c, c.notices.find((n) => n.kind === 'decision')!);
    expect(noticeText).toContain('о назначении компенсации расходов на уплату взноса на капитальный ремонт');
    expect(noticeText).toContain('принято решение от 27.05.2025 №');
    expect(noticeText).toContain('Вам назначена компенсация с 01.04.2025 в размере 396,00 руб. (триста девяносто шесть рублей 00 копеек) ежемесячно');
    expect(noticeText).toContain('в течение 2 недель');
    expect(noticeText).toContain('Расчет произвел');
    expect(noticeText).toContain('Расчет проверил');

    c = await fire(c, clerk, 'setup_payment', { amountKopecks: 39_600 });
    expect(c.state).toBe('in_payment');
    // 3.2.6: the list of recipients for May, a draft until the head approves it with the seal
    const created = await post(clerk, '/api/payment-registers', { authorityId: neftekumsk, period: '2025-05', method: 'bank' });
    expect(created.status).toBe(202);
    const registerId = (created.body as { id: string }).id;
    let register = { status: 'generating', version: 0 };
    for (let i = 0; i < 200 && register.status !== 'formed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      register = ((await sys.request('GET', `/api/payment-registers/${registerId}`, { cookie: clerk })).body as { register: typeof register }).register;
    }
    expect(await pdf(clerk, `/api/payment-registers/${registerId}/list.pdf`)).toContain('ПРОЕКТ');
    expect((await post(head, `/api/payment-registers/${registerId}/approve`, { expectedVersion: register.version })).status).toBe(200);
    const list = await pdf(clerk, `/api/payment-registers/${registerId}/list.pdf`);
    expect(list).not.toContain('ПРОЕКТ');
    // dated the head's approval (payment_register.approved_at is the database's time, not the test clock)
    expect(list).toMatch(/СПИСОК ПОЛУЧАТЕЛЕЙ № 1-в\/2025 от \d{2}\.\d{2}\.\d{4}/);
    expect(list).toContain('за май 2025');
    expect(list).toContain('Получатель платежа: Ставропольское отделение № 5230 ПАО Сбербанк, БИК 040702615');
    expect(list).toContain('Кравченко Пётр Иванович 156-234-789 79 40817810680000012345 396,00');
    expect(list).toContain('на сумму 396,00 руб. (триста девяносто шесть рублей 00 копеек)');
    expect(list).toContain('УТВЕРЖДАЮ');
    expect(list).toContain('А.Н. Петров');
    expect(list).toContain('Главный бухгалтер');
    expect((await sys.request('GET', `/api/payment-registers/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/list.pdf`, { cookie: clerk })).status).toBe(404);

    // App 9 and App 10 printed for the applicant to sign: the personal file, the application of the case, today's date
    const withdrawalForm = await pdf(clerk, `/api/cases/${c.id}/forms/withdrawal.pdf`);
    expect(withdrawalForm).toContain('об отзыве заявления');
    expect(withdrawalForm).toContain('поданное (направленное) мною 30.04.2025 (регистрационный № 1/2025)');
    expect(withdrawalForm).toContain('156-234-789 79');
    expect(withdrawalForm).toContain('серия 0704, № 123456');
    expect(withdrawalForm).toContain('28.05.2025');
    const noBank = await sys.request('GET', `/api/cases/${c.id}/forms/delivery-change.pdf`, { cookie: clerk });
    expect(noBank.status).toBe(400);
    expect((noBank.body as { errors: Record<string, string> }).errors).toHaveProperty('bik');
    const deliveryForm = await pdf(clerk, `/api/cases/${c.id}/forms/delivery-change.pdf?bankName=${encodeURIComponent('ПАО Сбербанк')}&bik=040702615&account=40817810680000012345`);
    expect(deliveryForm).toContain('об изменении способа доставки компенсации');
    expect(deliveryForm).toContain('ПАО Сбербанк');
    expect(deliveryForm).toContain('40817810680000012345');
    expect((await sys.request('GET', `/api/cases/${c.id}/forms/duplicate.pdf`, { cookie: clerk })).status).toBe(404);
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
    const noError = await pdfText(c, c.notices.find((n) => n.kind === 'no_error')!);
    expect(noError).toContain(`в решении № ${decision.number} от 27.05.2025 о назначении компенсации`);
    expect(noError).toContain('REF-01 — Отсутствие опечаток и (или) ошибок в выданном документе (п. 3.5.1 административного регламента');

    // a second request (App 11) without the correct wording is refused on TYPO-REF-02 with a written notice (3.5.1, I-48)
    c = await fire(c, clerk, 'register_correction_request', { typoLocation: 'в строке «Адрес регистрации» указана кв. 6 вместо кв. 5', correctText: 'кв. 5' });
    const correctionForm = await pdf(clerk, `/api/cases/${c.id}/forms/correction.pdf`);
    expect(correctionForm).toContain(`в решении от 27.05.2025 № ${decision.number} о назначении компенсации расходов`);
    expect(correctionForm).toContain('в строке «Адрес регистрации» указана кв. 6 вместо кв. 5');
    expect(correctionForm).toContain('Прошу изложить: кв. 5');
    expect((await fireRaw(c, clerk, 'refuse_correction', { groundCode: 'TYPO-REF-01' })).status).toBe(422);
    c = await fire(c, clerk, 'refuse_correction', { groundCode: 'TYPO-REF-02', delivery: 'post' });
    expect(c.state).toBe('correction_refused');
    const refusal = c.notices.find((n) => n.kind === 'correction_refusal')!;
    expect(refusal).toMatchObject({ delivery: 'post', status: 'sent' });
    const refusalText = await pdfText(c, refusal);
    expect(refusalText).toContain('об отказе в исправлении опечаток и (или) ошибок в выданном документе');
    expect(refusalText).toContain(`в решении № ${decision.number} от 27.05.2025 о назначении компенсации`);
    expect(refusalText).toContain('REF-02 — Заявление об исправлении не соответствует установленной форме и (или) содержанию (неполные сведения) (п. 3.5.1 административного регламента');
    expect(refusalText).toContain('направлено почтовым отправлением по адресу: 356880, Ставропольский край, г. Нефтекумск, ул. Ленина, д. 12, кв. 5');
    const [recorded] = (await sys.db.query(`SELECT data FROM case_event WHERE case_id = $1 AND event = 'refuse_correction'`, [c.id])) as { data: { ground: { code: string; clause: string } } }[];
    expect(recorded.data.ground).toMatchObject({ code: 'TYPO-REF-02', clause: 'п. 3.5.1' });

    // a complete request is granted: the corrected App 3 replaces the decision in force and says so (3.5.1)
    c = await fire(c, clerk, 'register_correction_request', { typoLocation: 'в строке «Адрес регистрации» указана кв. 6', correctText: 'кв. 5' });
    c = await fire(c, clerk, 'draft_correction', { outcome: 'grant' });
    c = await fire(c, deputy, 'sign_draft');
    c = await fire(c, head, 'replace_decision');
    expect(c.state).toBe('decision_replaced');
    const corrected = c.decisions.find((d) => d.status === 'signed')!;
    const correctedText = await pdf(clerk, `/api/decisions/${corrected.id}/pdf`);
    expect(correctedText).toContain(`(взамен решения от 27.05.2025 № ${decision.number})`);
    expect(correctedText).toContain(
      `Настоящее решение принято взамен решения от 27.05.2025 № ${decision.number} в связи с исправлением допущенных опечаток и (или) ошибок по заявлению об исправлении опечаток и (или) ошибок от 28.05.2025: в строке «Адрес регистрации» указана кв. 6; следует: «кв. 5».`,
    );
    expect(correctedText).toContain('РС площади: 33,00 кв. м');

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
      'register_correction_request',
      'refuse_correction',
      'register_correction_request',
      'draft_correction',
      'sign_draft',
      'replace_decision',
    ]);

    // the Journal (App 2) of the period: time, channel and the clerk who took it, the decision entered
    const journal = await pdf(clerk, `/api/journal.pdf?authorityId=${neftekumsk}&serviceSlug=capital-repair-compensation&from=2025-04-01&to=2025-05-31`);
    expect(journal).toContain('ЖУРНАЛ РЕГИСТРАЦИИ ЗАЯВЛЕНИЙ О НАЗНАЧЕНИИ КОМПЕНСАЦИИ');
    expect(journal).toContain('с 01.04.2025 по 31.05.2025');
    expect(journal).toContain('1 1/2025 30.04.2025 10:00 Кравченко Пётр Иванович');
    expect(journal).toContain('A80_ALONE Лично в органе соцзащиты Иванова М.С.');
    // the decision in force: the corrected one
    expect(journal).toContain(`назначена, № ${corrected.number} 28.05.2025`);
    expect((await sys.request('GET', `/api/journal.pdf?authorityId=${c.id}&serviceSlug=capital-repair-compensation&from=2025-04-01&to=2025-05-31`, { cookie: clerk })).status).toBe(404);
    expect((await sys.request('GET', `/api/cases/${neftekumsk}/application.pdf`, { cookie: clerk })).status).toBe(404);

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
    // App 4: «ОТКАЗАТЬ в назначении», the reason with its clause and the act (2.3.2); App 6 with the appeal sentence
    const refusal = c.decisions.find((d) => d.status === 'issued')!;
    const app4 = await pdf(clerk, `/api/decisions/${refusal.id}/pdf`);
    expect(app4).toContain('об отказе в назначении компенсации расходов на уплату взноса на капитальный ремонт');
    expect(app4).toContain('ОТКАЗАТЬ в назначении компенсации расходов на уплату взноса на капитальный ремонт общего имущества в многоквартирном доме гр. Беловой Нине Фёдоровне.');
    expect(app4).toContain(
      'Причина: REF-10 — Заявитель, подавший заявление через портал, не представил документы в течение 10 рабочих дней (п. 2.14.2 административного регламента, утвержденного постановлением администрации Нефтекумского муниципального округа Ставропольского края от 07.10.2024 № 1553)',
    );
    expect(app4).toContain('Расчет произвел');
    const app6 = await pdfText(c, c.notices.find((n) => n.kind === 'decision')!);
    expect(app6).toContain('об отказе в назначении компенсации');
    expect(app6).toContain('REF-10 — Заявитель, подавший заявление через портал, не представил документы в течение 10 рабочих дней (п. 2.14.2 административного регламента');
    expect(app6).toContain('Решение может быть обжаловано в установленном законодательством Российской Федерации порядке.');
    expect(app6).toContain('Расчет проверил');
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
    // App 13: the day the application was filed, the ground with its clause and the act, the documents returned
    const app13 = await pdfText(refused, refused.notices.find((n) => n.kind === 'acceptance_refusal')!);
    expect(app13).toContain('РЕШЕНИЕ об отказе в приёме документов, необходимых для назначения компенсации расходов на уплату взноса на капитальный ремонт');
    expect(app13).toContain('Поданные (направленные) Вами 31.10.2025 заявление и документы не приняты к рассмотрению по следующему основанию:');
    expect(app13).toContain('REJ-11 — Документы не подписаны простой электронной подписью');
    expect(app13).toContain('(п. 3.2.1.4 административного регламента, утвержденного постановлением администрации Нефтекумского муниципального округа');
    expect(app13).toContain('Представленные Вами документы возвращаются Вам лично: 1. Заявление (приложение 1).');
    expect(term(refused, 'DL-16')).toMatchObject({ status: 'met' });
    const mfc = ok(await intake(belova, { channel: 'MFC' }), 'mfc intake');
    const byMfc = await fireRaw(mfc, clerk, 'refuse_acceptance', { groundCode: 'REJ-01' });
    expect(byMfc.status).toBe(422);
    expect((byMfc.body as { message: string }).message).toMatch(/МФЦ не вправе/);
    // the MFC case is withdrawn before the decision (V2): the refusal names REF-11 only
    let w = await fire(mfc, clerk, 'register');
    w = await fire(w, clerk, 'register_withdrawal', { filedVia: 'MFC' });
    expect(term(w, 'DL-38')).toMatchObject({ status: 'running' });
    // the rules card shows the draft the withdrawal leads to: REF-11 alone, whatever facts the clerk confirms
    const ruled = await post(clerk, `/api/cases/${w.id}/evaluate`, { facts: { owner: false } });
    expect(ruled.status).toBe(200);
    expect((ruled.body as { outcome: string; grounds: { code: string }[] }).grounds.map((g) => g.code)).toEqual(['REF-11']);
    expect(ruled.body).toMatchObject({ outcome: 'refuse' });
    expect((await fireRaw(w, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-01'] })).status).toBe(422);
    w = await fire(w, clerk, 'draft_decision', { outcome: 'refuse', groundCodes: ['REF-11'] });
    w = await fire(w, deputy, 'sign_draft');
    w = await fire(w, head, 'approve_decision');
    expect(w.state).toBe('refused');
    // I-36: the withdrawal ends in App 4 with REF-11
    const withdrawn = await pdf(clerk, `/api/decisions/${w.decisions.find((d) => d.status === 'signed')!.id}/pdf`);
    expect(withdrawn).toContain('ОТКАЗАТЬ в назначении');
    expect(withdrawn).toContain('Причина: REF-11 — Отзыв заявления заявителем (пп. 2.3.1, 3.3.1 административного регламента');
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
