import { inflateRawSync } from 'node:zlib';
import { startTestSystem, type TestSystem } from '../../test/harness';
import { caseClient } from '../../test/case-client';
import { housingPayload } from '../../test/fixtures';
import { JobsService } from '../jobs/jobs.service';
import { PaymentRegistersService } from './payment-registers.service';

type CaseDetail = { id: string; state: string; version: number; terms: { termId: string; status: string }[] };
type Register = { id: string; number: string; status: string; version: number; lineCount: number; totalKopecks: number; expectedLines: number };
type Line = { lineNo: number; period: string; reissue: boolean; amountKopecks: number; additionalKopecks: number; deductionKopecks: number; totalKopecks: number; status: string; returnReason: string | null };
type RegisterView = { register: Register; totals: { status: string; lines: number; totalKopecks: number }[]; lines: { items: Line[]; total: number } };
type Adjustment = { id: string; kind: string; amountKopecks: number; balanceKopecks: number; status: string; recoveryMethod: string | null };
type Assignment = {
  id: string;
  status: string;
  version: number;
  amountKopecks: number | null;
  firstMonth: string;
  lastMonth: string | null;
  events: { kind: string }[];
  adjustments: Adjustment[];
  lines: { period: string; status: string; totalKopecks: number; registerNumber: string }[];
};

// Reads the one sheet of an xlsx written by xlsx.ts (a zip of deflated parts).
const sheetOf = (xlsx: Buffer): string => {
  let at = 0;
  while (at < xlsx.length && xlsx.readUInt32LE(at) === 0x04034b50) {
    const size = xlsx.readUInt32LE(at + 18);
    const nameLength = xlsx.readUInt16LE(at + 26);
    const name = xlsx.subarray(at + 30, at + 30 + nameLength).toString();
    const data = xlsx.subarray(at + 30 + nameLength, at + 30 + nameLength + size);
    if (name === 'xl/worksheets/sheet1.xml') return inflateRawSync(data).toString();
    at += 30 + nameLength + size;
  }
  throw new Error('no sheet');
};

describe('payments: from a signed grant to a paid line in an approved and reconciled register', () => {
  let sys: TestSystem;
  let clerk: string;
  let head: string;
  let deputy: string;
  let sosva: string;
  let applicantId: string;
  let assignment: Assignment;
  const api = caseClient<CaseDetail>(
    () => sys,
    () => clerk,
    () => clerk,
  );

  beforeAll(async () => {
    // Monday 06.10.2025 in Yekaterinburg
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    [clerk, head, deputy] = await Promise.all([sys.login('clerk'), sys.login('head'), sys.login('deputy')]);
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    applicantId = ((await sys.request('GET', '/api/persons?snils=112-233-445%2095', { cookie: clerk })).body as { id: string }[])[0].id;
  });
  afterAll(() => sys.close());

  const grantedCase = async (): Promise<CaseDetail> => {
    const intake = await sys.request('POST', '/api/cases', { cookie: clerk, body: { serviceSlug: 'housing-utilities-compensation', authorityId: sosva, channel: 'IN_PERSON', applicantId, payload: housingPayload } });
    let c = api.ok(intake, 'intake');
    c = await api.fire(c, clerk, 'register');
    c = await api.fire(c, clerk, 'send_interagency_requests', { kinds: ['D1', 'D3', 'D4'] });
    c = api.ok(await api.post(clerk, `/api/cases/${c.id}/interagency/poll`), 'poll');
    c = await api.fire(c, clerk, 'start_review');
    c = await api.fire(c, clerk, 'draft_decision', { outcome: 'grant' });
    c = await api.fire(c, deputy, 'sign_draft');
    return api.fire(c, head, 'approve_decision');
  };

  const payments = async (): Promise<Assignment[]> => {
    const r = await sys.request('GET', `/api/persons/${applicantId}/payments`, { cookie: clerk });
    expect(r.status).toBe(200);
    return (r.body as { assignments: Assignment[] }).assignments;
  };

  const view = async (id: string): Promise<RegisterView> => {
    const r = await sys.request('GET', `/api/payment-registers/${id}`, { cookie: head });
    expect(r.status).toBe(200);
    return r.body as RegisterView;
  };

  // POST starts the background generation; the register shows its progress until it is formed
  const formedRegister = async (period: string, method: 'bank' | 'post' = 'bank'): Promise<RegisterView> => {
    const r = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period, method } });
    expect(r.status).toBe(202);
    const id = (r.body as Register).id;
    for (let i = 0; i < 200; i++) {
      const v = await view(id);
      if (v.register.status === 'formed') return v;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('register not formed');
  };

  const approveAndExport = async (reg: Register): Promise<Register> => {
    const approved = await sys.request('POST', `/api/payment-registers/${reg.id}/approve`, { cookie: head, body: { expectedVersion: reg.version } });
    expect(approved.status).toBe(200);
    expect((await sys.request('GET', `/api/payment-registers/${reg.id}/export?format=csv`, { cookie: clerk })).status).toBe(200);
    return (await view(reg.id)).register;
  };

  const reconcile = async (reg: Register, returned: number[] = []) => {
    const file = await sys.request('GET', `/api/payment-registers/${reg.id}/bank-simulator/reconciliation${returned.length ? `?returned=${returned.join(',')}` : ''}`, { cookie: clerk });
    expect(file.status).toBe(200);
    return sys.request('POST', `/api/payment-registers/${reg.id}/reconciliation`, { cookie: clerk, body: { csv: file.raw.toString('utf8'), expectedVersion: reg.version } });
  };

  it('should make a pending assignment when the grant is signed and start it with the amount from АСКВ', async () => {
    let c = await grantedCase();
    expect(c.state).toBe('approved_grant');
    [assignment] = await payments();
    // T24: from the month after the month of submission (06.10.2025)
    expect(assignment).toMatchObject({ status: 'pending', firstMonth: '2025-11', amountKopecks: null });
    expect(assignment.events.map((e) => e.kind)).toEqual(['created']);

    const noAmount = await api.fireRaw(c, clerk, 'setup_payment', {});
    expect(noAmount.status).toBe(422);
    c = await api.fire(c, clerk, 'setup_payment', { amountKopecks: 1500_00 });
    expect(c.state).toBe('payment_setup');
    [assignment] = await payments();
    expect(assignment).toMatchObject({ status: 'active', amountKopecks: 1500_00, firstMonth: '2025-11' });
  });

  it('should generate the register in the background, approve it, export CSV and xlsx, and reconcile the bank answer', async () => {
    const { register, lines } = await formedRegister('2025-11');
    expect(register).toMatchObject({ lineCount: 1, totalKopecks: 1500_00, expectedLines: 1 });
    expect(lines.items[0]).toMatchObject({ lineNo: 1, period: '2025-11', amountKopecks: 1500_00, totalKopecks: 1500_00, status: 'included' });

    // a second register for the same month and method is refused
    const again = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period: '2025-11', method: 'bank' } });
    expect(again.status).toBe(409);
    // bad input names the field
    const bad = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period: '2025-13', method: 'bank' } });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: Record<string, string> }).errors.period).toMatch(/ГГГГ-ММ/);

    // not exported before the head approves; the clerk cannot approve; a stale version is a conflict
    expect((await sys.request('GET', `/api/payment-registers/${register.id}/export?format=csv`, { cookie: clerk })).status).toBe(422);
    expect((await sys.request('POST', `/api/payment-registers/${register.id}/approve`, { cookie: clerk, body: { expectedVersion: register.version } })).status).toBe(403);
    expect((await sys.request('POST', `/api/payment-registers/${register.id}/approve`, { cookie: head, body: { expectedVersion: register.version - 1 } })).status).toBe(409);
    expect((await sys.request('POST', `/api/payment-registers/${register.id}/approve`, { cookie: head, body: { expectedVersion: register.version } })).status).toBe(200);

    const csv = await sys.request('GET', `/api/payment-registers/${register.id}/export?format=csv`, { cookie: clerk });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = csv.raw.toString('utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe('1;11223344595;Соколова Анна Петровна;2025-11;1500.00;0.00;0.00;1500.00;046577674;40817810516540012345;;624971, Свердловская обл., пгт Сосьва, ул. Ленина, д. 10, кв. 3');

    const xlsx = await sys.request('GET', `/api/payment-registers/${register.id}/export?format=xlsx`, { cookie: head });
    expect(xlsx.status).toBe(200);
    expect(xlsx.raw.subarray(0, 2).toString()).toBe('PK');
    const sheet = sheetOf(xlsx.raw);
    expect(sheet).toContain('<t xml:space="preserve">Соколова Анна Петровна</t>');
    // amounts are numbers the bank can sum, the account stays text
    expect(sheet).toContain('<v>1500.00</v>');
    expect(sheet).toContain('<t xml:space="preserve">40817810516540012345</t>');

    let reg = (await view(register.id)).register;
    expect(reg.status).toBe('exported');
    // a file that does not match the register changes nothing
    const wrong = await sys.request('POST', `/api/payment-registers/${reg.id}/reconciliation`, {
      cookie: clerk,
      body: { csv: '№;сумма;результат;дата;причина\n1;1499.00;выплачено;10.11.2025;\n2;1.00;выплачено;10.11.2025;\n', expectedVersion: reg.version },
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { errors: Record<string, string> }).errors).toEqual({ 'rows.2.total': expect.stringMatching(/не совпадает/), 'rows.3.lineNo': expect.stringMatching(/нет строки № 2/) });
    expect((await view(reg.id)).lines.items[0].status).toBe('included');

    // the bank returns the payment: the line is returned with its reason, the register is fully reconciled
    const answered = await reconcile(reg, [1]);
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'reconciled', applied: { paid: 0, returned: 1 } });
    const after = await view(reg.id);
    expect(after.lines.items[0]).toMatchObject({ status: 'returned', returnReason: 'Счет получателя закрыт' });
    reg = after.register;
    // once reconciled, the same answer cannot be loaded twice
    expect((await reconcile(reg)).status).toBe(422);
  });

  it('should re-issue the returned payment in the next register beside the month due, and show the months in the personal file', async () => {
    const { register, lines } = await formedRegister('2025-12');
    expect(lines.items.map((l) => [l.period, l.reissue, l.totalKopecks])).toEqual([
      ['2025-12', false, 1500_00],
      ['2025-11', true, 1500_00],
    ]);
    // cl. 67: the register of compensations, a draft until the head approves it
    expect(await api.pdf(clerk, `/api/payment-registers/${register.id}/list.pdf`)).toContain('ПРОЕКТ');
    const reg = await approveAndExport(register);
    const list = await api.pdf(head, `/api/payment-registers/${register.id}/list.pdf`);
    expect(list).not.toContain('ПРОЕКТ');
    expect(list).toContain(`РЕЕСТР № ${register.number} от `);
    expect(list).toContain('предоставления компенсаций расходов на оплату жилого помещения и коммунальных услуг за декабрь 2025');
    expect(list).toContain('СОГЛАСОВАНО');
    expect(list).toContain('УТВЕРЖДАЮ');
    // the re-issued November payment says which month it pays
    expect(list).toContain('выплата за ноябрь 2025');
    expect(list).toContain('Соколова Анна Петровна');
    expect(list).toContain('112-233-445 95');
    expect(list).toContain('Итого 3 000,00');
    expect(list).toContain('на сумму 3 000,00 руб. (три тысячи рублей 00 копеек)');
    const answered = await reconcile(reg);
    expect(answered.body).toMatchObject({ status: 'reconciled', applied: { paid: 2, returned: 0 } });
    [assignment] = await payments();
    expect(assignment.lines.map((l) => [l.period, l.status])).toEqual([
      ['2025-12', 'paid'],
      ['2025-11', 'paid'],
      ['2025-11', 'returned'],
    ]);
  });

  it('should recalculate with retroactive effect into an overpayment recovered by deduction, suspend, resume with the missed month, and terminate', async () => {
    // stale version: 409, nothing changes
    const stale = await sys.request('POST', `/api/payment-assignments/${assignment.id}/recalculate`, {
      cookie: clerk,
      body: { amountKopecks: 1200_00, fromMonth: '2025-11', reason: 'Изменение размера', basis: 'Решение № 5', expectedVersion: assignment.version - 1 },
    });
    expect(stale.status).toBe(409);
    const recalculated = await sys.request('POST', `/api/payment-assignments/${assignment.id}/recalculate`, {
      cookie: clerk,
      body: { amountKopecks: 1200_00, fromMonth: '2025-11', reason: 'Уточнены начисления за ЖКУ', basis: 'Сведения управляющей компании от 20.12.2025', expectedVersion: assignment.version, recovery: { method: 'deduction', percent: 20 } },
    });
    expect(recalculated.status).toBe(200);
    [assignment] = await payments();
    // November (re-issued) and December were paid at 1500.00: 2 × 300.00 overpaid
    expect(assignment.adjustments).toEqual([expect.objectContaining({ kind: 'overpayment', amountKopecks: 600_00, balanceKopecks: 600_00, status: 'open', recoveryMethod: 'deduction' })]);

    const january = await formedRegister('2026-01');
    // 20 % of 1200.00 withheld
    expect(january.lines.items).toEqual([expect.objectContaining({ period: '2026-01', amountKopecks: 1200_00, deductionKopecks: 240_00, totalKopecks: 960_00 })]);
    await reconcile(await approveAndExport(january.register));

    [assignment] = await payments();
    const early = await sys.request('POST', `/api/payment-assignments/${assignment.id}/suspend`, { cookie: clerk, body: { fromMonth: '2026-01', reason: 'Проверка сведений', basis: 'Служебная записка № 1', expectedVersion: assignment.version } });
    expect(early.status).toBe(422);
    expect((early.body as { errors: Record<string, string> }).errors.fromMonth).toMatch(/2026-02/);
    expect((await sys.request('POST', `/api/payment-assignments/${assignment.id}/suspend`, { cookie: clerk, body: { fromMonth: '2026-02', reason: 'Проверка сведений', basis: 'Служебная записка № 1', expectedVersion: assignment.version } })).status).toBe(200);
    const february = await formedRegister('2026-02');
    expect(february.lines.total).toBe(0);

    [assignment] = await payments();
    expect((await sys.request('POST', `/api/payment-assignments/${assignment.id}/resume`, { cookie: clerk, body: { fromMonth: '2026-03', restoreMissed: true, reason: 'Сведения подтверждены', basis: 'Ответ СФР', expectedVersion: assignment.version } })).status).toBe(200);
    const march = await formedRegister('2026-03');
    // March, and February restored; the deduction is taken once, from the month's line
    expect(march.lines.items.map((l) => [l.period, l.totalKopecks])).toEqual([
      ['2026-03', 960_00],
      ['2026-02', 1200_00],
    ]);

    [assignment] = await payments();
    const overpayment = assignment.adjustments[0];
    expect(overpayment.balanceKopecks).toBe(120_00);
    const tooMuch = await sys.request('POST', `/api/payment-assignments/${assignment.id}/adjustments/${overpayment.id}/refunds`, { cookie: clerk, body: { amountKopecks: 200_00, paidOn: '2026-03-10', document: 'Платежное поручение № 7' } });
    expect(tooMuch.status).toBe(400);
    expect((await sys.request('POST', `/api/payment-assignments/${assignment.id}/adjustments/${overpayment.id}/refunds`, { cookie: clerk, body: { amountKopecks: 120_00, paidOn: '2026-03-10', document: 'Платежное поручение № 7' } })).status).toBe(200);
    [assignment] = await payments();
    expect(assignment.adjustments[0]).toMatchObject({ balanceKopecks: 0, status: 'settled' });

    // terminated after February: March, already in a register, is an overpayment to be refunded
    const terminated = await sys.request('POST', `/api/payment-assignments/${assignment.id}/terminate`, { cookie: clerk, body: { lastMonth: '2026-02', reason: 'Снятие с регистрационного учета', basis: 'Сведения МВД от 01.03.2026', expectedVersion: assignment.version } });
    expect(terminated.status).toBe(200);
    [assignment] = await payments();
    expect(assignment).toMatchObject({ status: 'terminated', lastMonth: '2026-02' });
    expect(assignment.adjustments[1]).toMatchObject({ kind: 'overpayment', amountKopecks: 1200_00, recoveryMethod: 'voluntary' });
    const april = await formedRegister('2026-04');
    expect(april.lines.total).toBe(0);
    expect(assignment.events.map((e) => e.kind)).toEqual(['created', 'activated', 'recalculated', 'suspended', 'resumed', 'refund', 'terminated']);
  });
});

describe('payments: a register generation killed mid-way and run again pays every assignment once', () => {
  let sys: TestSystem;
  let clerk: string;
  let registers: PaymentRegistersService;
  let sosva: string;

  beforeAll(async () => {
    sys = await startTestSystem({ now: '2025-10-06T05:00:00Z' });
    clerk = await sys.login('clerk');
    registers = sys.app.get(PaymentRegistersService);
    // the test drives the generation itself
    registers.useDispatcher(async () => undefined);
    const authorities = (await sys.request('GET', '/api/authorities', { cookie: clerk })).body as { id: string; code: string }[];
    sosva = authorities.find((a) => a.code === 'SOSVA-CSK')!.id;
    // seven active post-office assignments, each with its own case and decision (copies of a demo applicant's)
    const [person] = (await sys.db.query(`SELECT id FROM person WHERE snils = '11223344595'`)) as { id: string }[];
    const [{ id: userId }] = (await sys.db.query(`SELECT id FROM app_user WHERE login = 'clerk'`)) as { id: string }[];
    for (let i = 1; i <= 7; i++) {
      const [{ id: caseId }] = (await sys.db.query(
        `INSERT INTO "case" (authority_id, service_slug, variant, applicant_id, channel, state, payload, received_at, received_on, submitted_on, accepted_on, created_by)
         VALUES ($1, 'housing-utilities-compensation', 'V1', $2, 'IN_PERSON', 'paying', '{}', now(), '2025-10-01', '2025-10-01', '2025-10-01', $3) RETURNING id`,
        [sosva, person.id, userId],
      )) as { id: string }[];
      const [{ id: decisionId }] = (await sys.db.query(`INSERT INTO decision (case_id, authority_id, kind, status, drafted_by) VALUES ($1, $2, 'grant', 'returned', $3) RETURNING id`, [caseId, sosva, userId])) as { id: string }[];
      const [{ id }] = (await sys.db.query(
        `INSERT INTO payment_assignment (authority_id, person_id, case_id, decision_id, service_slug, status, amount_kopecks, first_month, method, post_office)
         VALUES ($1, $2, $3, $4, 'housing-utilities-compensation', 'active', $5, '2025-11-01', 'post', '624971 Сосьва') RETURNING id`,
        [sosva, person.id, caseId, decisionId, 1000_00 + i],
      )) as { id: string }[];
      await sys.db.query(`INSERT INTO payment_amount_period (assignment_id, from_month, amount_kopecks) VALUES ($1, '2025-11-01', $2)`, [id, 1000_00 + i]);
    }
  });
  afterAll(() => sys.close());

  const lines = async (registerId: string) =>
    (await sys.db.query(`SELECT assignment_id AS "assignmentId", line_no AS "lineNo" FROM payment_register_line WHERE register_id = $1 ORDER BY line_no`, [registerId])) as { assignmentId: string; lineNo: number }[];

  it('should keep the committed batches of a crashed run, lose the batch a dead connection was writing, and finish on a re-run with no second line', async () => {
    const created = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period: '2025-11', method: 'post' } });
    expect(created.status).toBe(202);
    const id = (created.body as Register).id;

    // the process dies after its second batch (two lines each) was committed
    await expect(
      registers.generate(id, {
        batchSize: 2,
        faults: {
          afterBatch: (batch) => {
            if (batch === 2) throw new Error('killed');
          },
        },
      }),
    ).rejects.toThrow('killed');
    expect(await lines(id)).toHaveLength(4);
    type Progress = { status: string; error: string | null; lineCount: number; total?: number };
    let [reg] = (await sys.db.query(`SELECT status, error, line_count AS "lineCount" FROM payment_register WHERE id = $1`, [id])) as Progress[];
    expect(reg).toMatchObject({ status: 'generating', error: 'killed', lineCount: 4 });

    // the next run loses its database connection in the middle of a batch: that batch is rolled back whole
    await expect(
      registers.generate(id, {
        batchSize: 2,
        faults: {
          insideBatch: async (em) => {
            await em.query(`SELECT pg_terminate_backend(pg_backend_pid())`);
          },
        },
      }),
    ).rejects.toThrow();
    expect(await lines(id)).toHaveLength(4);

    // resumed through the API as a clerk would; here the test runs the job itself
    expect((await sys.request('POST', `/api/payment-registers/${id}/resume`, { cookie: clerk })).status).toBe(202);
    await registers.generate(id, { batchSize: 2 });
    const done = await lines(id);
    expect(done).toHaveLength(7);
    expect(new Set(done.map((l) => l.assignmentId)).size).toBe(7);
    expect(done.map((l) => l.lineNo)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    [reg] = (await sys.db.query(`SELECT status, error, line_count AS "lineCount", total_kopecks::int AS total FROM payment_register WHERE id = $1`, [id])) as Progress[];
    expect(reg).toMatchObject({ status: 'formed', error: null, lineCount: 7, total: 7 * 1000_00 + 28 });

    // running it once more (a retried job) changes nothing
    await registers.generate(id, { batchSize: 2 });
    expect(await lines(id)).toHaveLength(7);
    // and the database itself refuses a second line for the same assignment and month
    const [first] = done;
    await expect(
      sys.db.query(`INSERT INTO payment_register_line (register_id, line_no, assignment_id, period, amount_kopecks, total_kopecks, method, post_office) VALUES ($1, 99, $2, '2025-11-01', 1, 1, 'post', 'x')`, [id, first.assignmentId]),
    ).rejects.toThrow(/UQ_payment_line_assignment_period/);
  });

  it('should let only one of two concurrent runs generate a register', async () => {
    const created = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period: '2025-12', method: 'post' } });
    const id = (created.body as Register).id;
    await Promise.all([registers.generate(id, { batchSize: 1 }), registers.generate(id, { batchSize: 1 })]);
    const done = await lines(id);
    expect(done).toHaveLength(7);
    expect(done.map((l) => l.lineNo)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('should generate a register through the pg-boss queue when the job runner is up', async () => {
    const jobs = sys.app.get(JobsService);
    await jobs.start();
    try {
      const created = await sys.request('POST', '/api/payment-registers', { cookie: clerk, body: { authorityId: sosva, period: '2026-01', method: 'post' } });
      expect(created.status).toBe(202);
      const id = (created.body as Register).id;
      let status = '';
      for (let i = 0; i < 120 && status !== 'formed'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        [{ status }] = (await sys.db.query(`SELECT status FROM payment_register WHERE id = $1`, [id])) as { status: string }[];
      }
      expect(status).toBe('formed');
      expect(await lines(id)).toHaveLength(7);
      const [job] = (await sys.db.query(`SELECT state FROM pgboss.job WHERE name = 'payment-register' AND data->>'registerId' = $1`, [id])) as { state: string }[];
      expect(job.state).toBe('completed');
    } finally {
      await jobs.stop();
    }
  });
});
