import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  deductionFor,
  localDateTimeIn,
  monthStart,
  parseReconciliation,
  REGISTER_COLUMNS,
  registerCsv,
  registerRow,
  type ReconciliationImport,
  type RegisterFileLine,
  type RegisterQuery,
  type RegisterRequest,
  type Role,
} from '@casework/domain';
import { compensationRegisterDocument, formatMonthYear, recipientListDocument, type Official, type PaymentListLine, type Signature } from '@casework/documents';
import { ApiException, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import { assertRoleIn, authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import { isCapitalRepair, localDate, official } from '../documents/document-data';
import { renderPdf } from '../documents/pdf-renderer';
import { serviceOrThrow } from '../services/service-lookup';
import { xlsxWorkbook } from './xlsx';

const READ_ROLES: Role[] = ['clerk', 'head', 'auditor', 'admin'];

export type RegisterStatus = 'generating' | 'formed' | 'approved' | 'exported' | 'reconciled';

export type RegisterRow = {
  id: string;
  authorityId: string;
  authorityName: string;
  period: string;
  method: 'bank' | 'post';
  number: string;
  status: RegisterStatus;
  stage: string | null;
  expectedLines: number;
  lineCount: number;
  totalKopecks: number;
  startedAt: Date;
  formedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  exportedAt: Date | null;
  reconciledAt: Date | null;
  error: string | null;
  version: number;
};

const REGISTER_COLUMNS_SQL = `g.id, g.authority_id AS "authorityId", au.name AS "authorityName", to_char(g.period, 'YYYY-MM') AS period, g.method, g.number, g.status, g.stage,
  g.expected_lines AS "expectedLines", g.line_count AS "lineCount", g.total_kopecks::float8 AS "totalKopecks", g.started_at AS "startedAt", g.formed_at AS "formedAt",
  g.approved_at AS "approvedAt", ua.full_name AS "approvedBy", g.exported_at AS "exportedAt", g.reconciled_at AS "reconciledAt", g.error, g.version`;
const REGISTER_FROM = `payment_register g JOIN authority au ON au.id = g.authority_id LEFT JOIN app_user ua ON ua.id = g.approved_by`;

// Test and operations hooks: a batch is one transaction; a fault between or inside batches is a crash of the job.
export type GenerationFaults = {
  // after a batch of the main pass was committed
  afterBatch?: (batch: number) => Promise<void> | void;
  // inside a batch's transaction, after its lines were inserted and before the progress is written
  insideBatch?: (em: EntityManager, batch: number) => Promise<void>;
};

// Where generation runs: the background queue (pg-boss) when it is up, else in this process right away.
export type GenerationDispatcher = (registerId: string) => Promise<void>;

const ELIGIBLE = `a.authority_id = $1 AND a.method = $2 AND a.status <> 'pending' AND a.first_month <= $3::date
  AND (a.last_month IS NULL OR a.last_month >= $3::date) AND (a.suspended_from IS NULL OR a.suspended_from > $3::date)`;
const AMOUNT_FOR = (month: string) =>
  `(SELECT p.amount_kopecks FROM payment_amount_period p WHERE p.assignment_id = a.id AND p.from_month <= ${month} ORDER BY p.from_month DESC LIMIT 1)`;

// Monthly payment registers (ARCHITECTURE 5): one per authority, month and method. The generation walks the payable
// assignments in id order, a batch per transaction; the unique key (assignment, month) makes a re-run or a crash at any
// point unable to put a second line for the same month. Then the head approves, the file goes to the bank or the post,
// and the reconciliation comes back (paid / returned with a reason); returned lines are re-issued in a later register.
@Injectable()
export class PaymentRegistersService {
  private readonly logger = new Logger('PaymentRegisters');
  private dispatcher: GenerationDispatcher = async (id) => {
    // no queue: generate in this process, in the background of the request
    setImmediate(() => void this.generate(id).catch((error: unknown) => this.logger.error(`register ${id}: ${error instanceof Error ? error.message : String(error)}`)));
  };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  useDispatcher(dispatcher: GenerationDispatcher | null): void {
    this.dispatcher =
      dispatcher ??
      (async (id) => {
        setImmediate(() => void this.generate(id).catch((error: unknown) => this.logger.error(`register ${id}: ${error instanceof Error ? error.message : String(error)}`)));
      });
  }

  async create(input: RegisterRequest, user: CurrentUserInfo): Promise<RegisterRow> {
    assertRoleIn(user, input.authorityId, ['clerk']);
    const id = await this.db.transaction(async (em) => {
      const [existing] = (await em.query(`SELECT id, number, status FROM payment_register WHERE authority_id = $1 AND period = $2 AND method = $3 FOR UPDATE`, [
        input.authorityId,
        monthStart(input.period),
        input.method,
      ])) as { id: string; number: string; status: RegisterStatus }[];
      // an interrupted generation is resumed, never started twice
      if (existing?.status === 'generating') return existing.id;
      if (existing) throw new ApiException('ALREADY_EXISTS', `Реестр за этот месяц уже сформирован: № ${existing.number}`, { period: `Реестр № ${existing.number} уже есть` });
      const [{ timeZone }] = (await em.query(`SELECT time_zone AS "timeZone" FROM authority WHERE id = $1`, [input.authorityId])) as { timeZone: string }[];
      const year = localDateTimeIn(this.clock.now(), timeZone).date.slice(0, 4);
      const [{ last_number }] = (await em.query(
        `INSERT INTO journal_counter (authority_id, journal, year, last_number) VALUES ($1, 'payment_register', $2, 1)
         ON CONFLICT (authority_id, journal, year) DO UPDATE SET last_number = journal_counter.last_number + 1 RETURNING last_number`,
        [input.authorityId, Number(year)],
      )) as { last_number: number }[];
      const [{ id: created }] = (await em.query(`INSERT INTO payment_register (authority_id, period, method, number, generated_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        input.authorityId,
        monthStart(input.period),
        input.method,
        `${last_number}-в/${year}`,
        user.id,
      ])) as { id: string }[];
      await this.audit.write(em, { actorId: user.id, authorityId: input.authorityId, action: 'payment_register.create', entity: 'payment_register', entityId: created, details: { period: input.period, method: input.method } });
      return created;
    });
    await this.dispatcher(id);
    return this.get(id, user);
  }

  // Resumes an interrupted generation (after a crash, a restart or a failed job).
  async resume(id: string, user: CurrentUserInfo): Promise<RegisterRow> {
    const register = await this.get(id, user);
    assertRoleIn(user, register.authorityId, ['clerk']);
    if (register.status !== 'generating') throw ruleViolation('Реестр уже сформирован');
    await this.dispatcher(id);
    return register;
  }

  // The generation itself; safe to run again at any point. Several passes, each idempotent:
  // main (this month), arrears (earlier months still owed), re-issues (returned lines), adjustments (доплата, удержание).
  async generate(registerId: string, options: { batchSize?: number; faults?: GenerationFaults } = {}): Promise<void> {
    const batchSize = options.batchSize ?? Number(process.env.REGISTER_BATCH_SIZE ?? 20_000);
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      // one generator per register at a time, across replicas
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext('payment_register'), hashtext($1)) AS locked`, [registerId])) as { locked: boolean }[];
      if (!locked) return;
      try {
        await this.generateLocked(registerId, batchSize, options.faults ?? {});
      } catch (error) {
        await this.db.query(`UPDATE payment_register SET error = $2 WHERE id = $1 AND status = 'generating'`, [registerId, error instanceof Error ? error.message.slice(0, 1000) : String(error)]).catch(() => undefined);
        throw error;
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('payment_register'), hashtext($1))`, [registerId]).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  private async generateLocked(registerId: string, batchSize: number, faults: GenerationFaults): Promise<void> {
    const [reg] = (await this.db.query(`SELECT id, authority_id AS "authorityId", method, period, status, cursor FROM payment_register WHERE id = $1`, [registerId])) as {
      id: string;
      authorityId: string;
      method: string;
      period: string;
      status: RegisterStatus;
      cursor: string | null;
    }[];
    if (!reg) throw new Error(`register ${registerId} not found`);
    if (reg.status !== 'generating') return;
    const args = [reg.authorityId, reg.method, reg.period];
    await this.db.query(`UPDATE payment_register SET error = NULL, stage = 'main' WHERE id = $1`, [registerId]);
    if (reg.cursor === null) {
      const [{ n }] = (await this.db.query(`SELECT count(*)::int AS n FROM payment_assignment a WHERE ${ELIGIBLE}`, args)) as { n: number }[];
      await this.db.query(`UPDATE payment_register SET expected_lines = $2 WHERE id = $1`, [registerId, n]);
    }

    // main pass: this month for every payable assignment, in id order from the committed cursor
    let cursor = reg.cursor;
    for (let batch = 1; ; batch++) {
      const seen = await this.db.transaction(async (em) => {
        const [{ base }] = (await em.query(`SELECT line_count AS base FROM payment_register WHERE id = $1 FOR UPDATE`, [registerId])) as { base: number }[];
        const [result] = (await em.query(
          `WITH batch AS (
             SELECT a.id, a.method, a.bik, a.account, a.post_office, ${AMOUNT_FOR('$3::date')} AS amount
               FROM payment_assignment a WHERE ${ELIGIBLE} AND ($4::uuid IS NULL OR a.id > $4::uuid) ORDER BY a.id LIMIT $5),
           ins AS (
             INSERT INTO payment_register_line (register_id, line_no, assignment_id, period, amount_kopecks, total_kopecks, method, bik, account, post_office)
             SELECT $6, $7 + row_number() OVER (ORDER BY id), id, $3::date, amount, amount, method, bik, account, post_office FROM batch WHERE amount IS NOT NULL
             ON CONFLICT (assignment_id, period) WHERE reissue_of IS NULL DO NOTHING RETURNING line_no)
           SELECT (SELECT count(*)::int FROM batch) AS seen, (SELECT id FROM batch ORDER BY id DESC LIMIT 1) AS last,
                  (SELECT count(*)::int FROM ins) AS inserted, (SELECT coalesce(max(line_no), $7) FROM ins) AS top`,
          [...args, cursor, batchSize, registerId, base],
        )) as { seen: number; last: string | null; inserted: number; top: number }[];
        await faults.insideBatch?.(em, batch);
        if (result.seen > 0) {
          await em.query(`UPDATE payment_register SET cursor = $2, line_count = greatest(line_count, $3) WHERE id = $1`, [registerId, result.last, result.top]);
          cursor = result.last;
        }
        return result.seen;
      });
      if (seen > 0) await faults.afterBatch?.(batch);
      if (seen < batchSize) break;
    }

    await this.db.query(`UPDATE payment_register SET stage = 'arrears' WHERE id = $1`, [registerId]);
    await this.db.transaction(async (em) => {
      const [{ base }] = (await em.query(`SELECT line_count AS base FROM payment_register WHERE id = $1 FOR UPDATE`, [registerId])) as { base: number }[];
      // earlier months an assignment is owed (activated after its first month's register, resumed with the missed months)
      const [top] = (await em.query(
        `WITH owed AS (
           SELECT a.id, m::date AS month, a.method, a.bik, a.account, a.post_office, ${AMOUNT_FOR('m::date')} AS amount
             FROM payment_assignment a CROSS JOIN LATERAL generate_series(a.arrears_from, $3::date - interval '1 month', interval '1 month') m
            WHERE a.authority_id = $1 AND a.method = $2 AND a.arrears_from IS NOT NULL AND a.arrears_from < $3::date AND a.status <> 'pending'
              AND m >= a.first_month AND (a.last_month IS NULL OR m <= a.last_month)
              AND NOT EXISTS (SELECT 1 FROM payment_suspension s WHERE s.assignment_id = a.id AND NOT s.restored AND m >= s.from_month AND (s.until_month IS NULL OR m < s.until_month))),
         ins AS (
           INSERT INTO payment_register_line (register_id, line_no, assignment_id, period, amount_kopecks, total_kopecks, method, bik, account, post_office)
           SELECT $4, $5 + row_number() OVER (ORDER BY id, month), id, month, amount, amount, method, bik, account, post_office FROM owed WHERE amount IS NOT NULL
           ON CONFLICT (assignment_id, period) WHERE reissue_of IS NULL DO NOTHING RETURNING line_no)
         SELECT coalesce(max(line_no), $5) AS top FROM ins`,
        [...args, registerId, base],
      )) as { top: number }[];
      await em.query(`UPDATE payment_assignment SET arrears_from = NULL WHERE authority_id = $1 AND method = $2 AND arrears_from IS NOT NULL AND arrears_from <= $3::date AND status <> 'pending'`, args);
      await em.query(`UPDATE payment_register SET line_count = greatest(line_count, $2) WHERE id = $1`, [registerId, top.top]);
    });

    await this.db.query(`UPDATE payment_register SET stage = 'reissue' WHERE id = $1`, [registerId]);
    await this.db.transaction(async (em) => {
      const [{ base }] = (await em.query(`SELECT line_count AS base FROM payment_register WHERE id = $1 FOR UPDATE`, [registerId])) as { base: number }[];
      // a returned payment goes out again with the assignment's current details
      const [top] = (await em.query(
        `WITH returned AS (
           SELECT l.id, l.assignment_id, l.period, l.amount_kopecks, l.additional_kopecks, l.deduction_kopecks, l.total_kopecks, a.method, a.bik, a.account, a.post_office
             FROM payment_register_line l JOIN payment_register g ON g.id = l.register_id JOIN payment_assignment a ON a.id = l.assignment_id
            WHERE l.status = 'returned' AND g.authority_id = $1 AND a.method = $2 AND g.id <> $3
              AND NOT EXISTS (SELECT 1 FROM payment_register_line r WHERE r.reissue_of = l.id)),
         ins AS (
           INSERT INTO payment_register_line (register_id, line_no, assignment_id, period, reissue_of, amount_kopecks, additional_kopecks, deduction_kopecks, total_kopecks, method, bik, account, post_office)
           SELECT $3, $4 + row_number() OVER (ORDER BY id), assignment_id, period, id, amount_kopecks, additional_kopecks, deduction_kopecks, total_kopecks, method, bik, account, post_office FROM returned
           ON CONFLICT (reissue_of) WHERE reissue_of IS NOT NULL DO NOTHING RETURNING line_no)
         SELECT coalesce(max(line_no), $4) AS top FROM ins`,
        [reg.authorityId, reg.method, registerId, base],
      )) as { top: number }[];
      await em.query(`UPDATE payment_register SET line_count = greatest(line_count, $2) WHERE id = $1`, [registerId, top.top]);
    });

    await this.db.query(`UPDATE payment_register SET stage = 'adjustments' WHERE id = $1`, [registerId]);
    await this.applyAdjustments(registerId);

    await this.db.query(
      `UPDATE payment_register g SET status = 'formed', stage = NULL, formed_at = now(), version = version + 1,
              line_count = s.n, total_kopecks = s.total
         FROM (SELECT count(*)::int AS n, coalesce(sum(total_kopecks), 0) AS total FROM payment_register_line WHERE register_id = $1) s
        WHERE g.id = $1 AND g.status = 'generating'`,
      [registerId],
    );
  }

  // Additional payments are added to the month's line; overpayments recovered by deduction take their share of it.
  // Each adjustment is settled in its own transaction, guarded so a re-run never applies it twice.
  private async applyAdjustments(registerId: string): Promise<void> {
    const open = (await this.db.query(
      `SELECT j.id, j.kind, l.id AS "lineId"
         FROM payment_adjustment j
         JOIN LATERAL (SELECT l.id FROM payment_register_line l WHERE l.register_id = $1 AND l.assignment_id = j.assignment_id AND l.reissue_of IS NULL ORDER BY l.period DESC LIMIT 1) l ON true
        WHERE j.status = 'open' AND (j.kind = 'additional' OR j.recovery_method = 'deduction')
          AND j.assignment_id IN (SELECT assignment_id FROM payment_register_line WHERE register_id = $1)
        ORDER BY (j.kind = 'additional') DESC, j.id`,
      [registerId],
    )) as { id: string; kind: 'additional' | 'overpayment'; lineId: string }[];
    for (const j of open) {
      await this.db.transaction(async (em) => {
        const [adj] = (await em.query(`SELECT balance_kopecks::int AS balance, deduction_percent AS percent, status FROM payment_adjustment WHERE id = $1 FOR UPDATE`, [j.id])) as {
          balance: number;
          percent: number | null;
          status: string;
        }[];
        if (adj.status !== 'open') return;
        const [line] = (await em.query(`SELECT amount_kopecks::int AS amount, additional_kopecks::int AS additional FROM payment_register_line WHERE id = $1 FOR UPDATE`, [j.lineId])) as {
          amount: number;
          additional: number;
        }[];
        if (j.kind === 'additional') {
          await em.query(`UPDATE payment_register_line SET additional_kopecks = additional_kopecks + $2, total_kopecks = total_kopecks + $2 WHERE id = $1`, [j.lineId, adj.balance]);
          await em.query(`UPDATE payment_adjustment SET balance_kopecks = 0, status = 'settled', settled_line_id = $2 WHERE id = $1`, [j.id, j.lineId]);
          return;
        }
        const [{ taken }] = (await em.query(`SELECT coalesce(sum(deduction_kopecks), 0)::int AS taken FROM payment_register_line WHERE id = $1`, [j.lineId])) as { taken: number }[];
        const deduction = Math.min(deductionFor({ paymentKopecks: line.amount + line.additional, balanceKopecks: adj.balance, percent: adj.percent ?? 20 }), line.amount + line.additional - taken);
        if (deduction <= 0) return;
        const inserted = (await em.query(`INSERT INTO payment_recovery (adjustment_id, kind, amount_kopecks, line_id) VALUES ($1, 'deduction', $2, $3) ON CONFLICT DO NOTHING RETURNING id`, [j.id, deduction, j.lineId])) as unknown[];
        if (inserted.length === 0) return;
        await em.query(`UPDATE payment_register_line SET deduction_kopecks = deduction_kopecks + $2, total_kopecks = total_kopecks - $2 WHERE id = $1`, [j.lineId, deduction]);
        await em.query(`UPDATE payment_adjustment SET balance_kopecks = balance_kopecks - $2, status = CASE WHEN balance_kopecks - $2 = 0 THEN 'settled' ELSE 'open' END WHERE id = $1`, [j.id, deduction]);
      });
    }
  }

  // --- approval, files, reconciliation ------------------------------------------------------------------------------

  async approve(id: string, expectedVersion: number, user: CurrentUserInfo): Promise<RegisterRow> {
    await this.db.transaction(async (em) => {
      const reg = await this.locked(em, id, user);
      // cl. 67 (housing): the registers are approved by the head
      assertRoleIn(user, reg.authorityId, ['head']);
      if (reg.version !== expectedVersion) throw versionConflict();
      if (reg.status !== 'formed') throw ruleViolation(reg.status === 'generating' ? 'Реестр еще формируется' : 'Реестр уже утвержден');
      await em.query(`UPDATE payment_register SET status = 'approved', approved_by = $2, approved_at = now(), version = version + 1 WHERE id = $1`, [id, user.id]);
      await this.audit.write(em, { actorId: user.id, authorityId: reg.authorityId, action: 'payment_register.approve', entity: 'payment_register', entityId: id, details: { number: reg.number } });
    });
    return this.get(id, user);
  }

  async exportFile(id: string, format: 'csv' | 'xlsx', user: CurrentUserInfo): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const reg = await this.get(id, user);
    assertRoleIn(user, reg.authorityId, ['clerk', 'head']);
    if (reg.status === 'generating' || reg.status === 'formed') throw ruleViolation('Выгрузить можно только утвержденный руководителем реестр');
    const lines = await this.fileLines(id);
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE payment_register SET status = CASE WHEN status = 'approved' THEN 'exported' ELSE status END, exported_at = coalesce(exported_at, now()), version = version + CASE WHEN status = 'approved' THEN 1 ELSE 0 END WHERE id = $1`, [id]);
      await this.audit.write(em, { actorId: user.id, authorityId: reg.authorityId, action: 'payment_register.export', entity: 'payment_register', entityId: id, details: { format, lines: lines.length } });
    });
    const name = `reestr-${reg.number.replace(/[^0-9A-Za-zА-Яа-я-]+/g, '-')}`;
    if (format === 'csv') return { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: Buffer.from(registerCsv(lines), 'utf8') };
    const rows = [[...REGISTER_COLUMNS] as (string | number)[], ...lines.map(registerRow)];
    return { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxWorkbook(`Реестр ${reg.number}`, rows, [4, 5, 6, 7]) };
  }

  private async fileLines(id: string): Promise<RegisterFileLine[]> {
    return (await this.db.query(
      `SELECT l.line_no AS "lineNo", p.snils, concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "fullName", to_char(l.period, 'YYYY-MM') AS period,
              l.amount_kopecks::int AS "amountKopecks", l.additional_kopecks::int AS "additionalKopecks", l.deduction_kopecks::int AS "deductionKopecks", l.total_kopecks::int AS "totalKopecks",
              l.bik, l.account, l.post_office AS "postOffice", coalesce(p.actual_address, p.registration_address) AS address
         FROM payment_register_line l JOIN payment_assignment a ON a.id = l.assignment_id JOIN person p ON p.id = a.person_id
        WHERE l.register_id = $1 ORDER BY l.line_no`,
      [id],
    )) as RegisterFileLine[];
  }

  // The bank's (post's) answer: every row checked against the register first; one bad row and nothing is applied.
  async reconcile(id: string, input: ReconciliationImport, user: CurrentUserInfo): Promise<RegisterRow & { applied: { paid: number; returned: number } }> {
    const parsed = parseReconciliation(input.csv);
    if (Object.keys(parsed.errors).length > 0) throw new ApiException('VALIDATION_FAILED', 'Файл сверки содержит ошибки: ничего не загружено', parsed.errors);
    const applied = await this.db.transaction(async (em) => {
      const reg = await this.locked(em, id, user);
      assertRoleIn(user, reg.authorityId, ['clerk']);
      if (reg.version !== input.expectedVersion) throw versionConflict();
      if (reg.status !== 'exported') throw ruleViolation(reg.status === 'reconciled' ? 'Реестр уже полностью сверен' : 'Сверку загружают по реестру, выгруженному в банк (почту)');
      const lines = (await em.query(`SELECT id, line_no AS "lineNo", total_kopecks::int AS total, status FROM payment_register_line WHERE register_id = $1 AND line_no = ANY($2)`, [
        id,
        parsed.rows.map((r) => r.lineNo),
      ])) as { id: string; lineNo: number; total: number; status: string }[];
      const byNo = new Map(lines.map((l) => [l.lineNo, l]));
      const errors: Record<string, string> = {};
      for (const r of parsed.rows) {
        const line = byNo.get(r.lineNo);
        if (!line) errors[`rows.${r.row}.lineNo`] = `Строка ${r.row}: в реестре нет строки № ${r.lineNo}`;
        else if (line.total !== r.totalKopecks) errors[`rows.${r.row}.total`] = `Строка ${r.row}: сумма не совпадает с реестром (${(line.total / 100).toFixed(2)})`;
        else if (line.status !== 'included') errors[`rows.${r.row}.status`] = `Строка ${r.row}: результат по строке № ${r.lineNo} уже загружен`;
      }
      if (Object.keys(errors).length > 0) throw new ApiException('VALIDATION_FAILED', 'Файл сверки не совпадает с реестром: ничего не загружено', errors);
      await em.query(
        `UPDATE payment_register_line l SET status = u.status, result_on = u.result_on::date, return_reason = u.reason
           FROM unnest($2::int[], $3::text[], $4::text[], $5::text[]) AS u(line_no, status, result_on, reason) WHERE l.register_id = $1 AND l.line_no = u.line_no`,
        [id, parsed.rows.map((r) => r.lineNo), parsed.rows.map((r) => r.status), parsed.rows.map((r) => r.on), parsed.rows.map((r) => r.reason)],
      );
      const [{ open }] = (await em.query(`SELECT count(*)::int AS open FROM payment_register_line WHERE register_id = $1 AND status = 'included'`, [id])) as { open: number }[];
      await em.query(`UPDATE payment_register SET status = CASE WHEN $2 THEN 'reconciled' ELSE status END, reconciled_at = CASE WHEN $2 THEN now() ELSE reconciled_at END, version = version + 1 WHERE id = $1`, [id, open === 0]);
      const result = { paid: parsed.rows.filter((r) => r.status === 'paid').length, returned: parsed.rows.filter((r) => r.status === 'returned').length };
      await this.audit.write(em, { actorId: user.id, authorityId: reg.authorityId, action: 'payment_register.reconcile', entity: 'payment_register', entityId: id, details: result });
      return result;
    });
    return { ...(await this.get(id, user)), applied };
  }

  // --- the payment document -------------------------------------------------------------------------------------

  // GET /api/payment-registers/:id/list.pdf: the list of recipients (capital repair 3.2.6) or the register of
  // compensations (housing cl. 67) of one service's lines; approved by the head, a draft until then.
  async listPdf(id: string, serviceSlug: string | undefined, user: CurrentUserInfo): Promise<{ number: string; pdf: Buffer }> {
    const register = await this.get(id, user);
    if (register.status === 'generating') throw ruleViolation('Реестр еще формируется');
    const [meta] = (await this.db.query(
      `SELECT au.name, au.address, au.time_zone AS "timeZone", au.head_name AS "headName", au.deputy_head_name AS "deputyHeadName",
              ug.full_name AS "compiledBy", ug.position AS "compiledByPosition", ua.full_name AS "approvedBy", ua.position AS "approvedByPosition"
         FROM payment_register g JOIN authority au ON au.id = g.authority_id LEFT JOIN app_user ug ON ug.id = g.generated_by LEFT JOIN app_user ua ON ua.id = g.approved_by
        WHERE g.id = $1`,
      [id],
    )) as {
      name: string;
      address: string | null;
      timeZone: string;
      headName: string | null;
      deputyHeadName: string | null;
      compiledBy: string | null;
      compiledByPosition: string | null;
      approvedBy: string | null;
      approvedByPosition: string | null;
    }[];
    const lines = (await this.db.query(
      `SELECT l.line_no AS "lineNo", to_char(l.period, 'YYYY-MM') AS period, l.total_kopecks::float8 AS "totalKopecks", l.bik, l.account, l.post_office AS "postOffice",
              a.service_slug AS "serviceSlug", a.bank_name AS "bankName", p.last_name AS "lastName", p.first_name AS "firstName", p.middle_name AS "middleName", p.sex, p.snils,
              coalesce(p.actual_address, p.registration_address) AS address
         FROM payment_register_line l JOIN payment_assignment a ON a.id = l.assignment_id JOIN person p ON p.id = a.person_id
        WHERE l.register_id = $1 ORDER BY l.line_no`,
      [id],
    )) as {
      lineNo: number;
      period: string;
      totalKopecks: number;
      bik: string | null;
      account: string | null;
      postOffice: string | null;
      serviceSlug: string;
      bankName: string | null;
      lastName: string;
      firstName: string;
      middleName: string | null;
      sex: 'male' | 'female';
      snils: string | null;
      address: string | null;
    }[];
    // a register is one authority, month and method; the document is one service's (its lines may be several services')
    const slugs = [...new Set(lines.map((l) => l.serviceSlug))];
    const slug = serviceSlug ?? (slugs.length === 1 ? slugs[0] : undefined);
    if (!slug) throw new ApiException('VALIDATION_FAILED', `В реестре выплаты нескольких услуг: укажите услугу (${slugs.join(', ')})`, { serviceSlug: 'Укажите услугу' });
    const service = serviceOrThrow(slug);
    // a line fully withheld (удержание) pays nothing: it is not a payment of the list
    const paid = lines.filter((l) => l.serviceSlug === slug && l.totalKopecks > 0);
    if (paid.length === 0) throw ruleViolation('В реестре нет выплат по этой услуге');
    const capitalRepair = isCapitalRepair(service);
    const documentLines: PaymentListLine[] = paid.map((l) => {
      // arrears and re-issues pay an earlier month: the line says which
      const month = l.period === register.period ? undefined : `выплата за ${formatMonthYear(l.period)}`;
      const address = [capitalRepair ? undefined : l.address, month].filter((part): part is string => Boolean(part)).join('; ');
      return {
        recipient: { lastName: l.lastName, firstName: l.firstName, ...(l.middleName ? { middleName: l.middleName } : {}), sex: l.sex },
        ...(l.snils ? { snils: l.snils } : {}),
        ...(l.account ? { account: l.account } : {}),
        ...(l.postOffice ? { postOffice: l.postOffice } : {}),
        ...(address ? { address } : {}),
        amountKopecks: l.totalKopecks,
      };
    });
    const banks = [...new Set(paid.map((l) => (l.bik ? `${l.bankName ?? 'кредитная организация'}, БИК ${l.bik}` : null)).filter((b): b is string => b !== null))];
    const payee = register.method === 'post' ? 'организация почтовой связи (отделения почтовой связи по строкам списка)' : banks.join('; ') || 'кредитная организация';
    const tz = meta.timeZone;
    const date = localDate(register.approvedAt ?? register.formedAt ?? register.startedAt, tz);
    const person = (fullName: string | null, position: string | null) => (fullName ? { fullName, position } : null);
    // the head approves with the signature and the seal (3.2.6, cl. 67); before that the list is a draft
    const approvedBy: Signature = {
      official: official(person(register.approvedBy, meta.approvedByPosition), 'Руководитель', meta.headName),
      ...(register.approvedAt ? { date: localDate(register.approvedAt, tz) } : {}),
    };
    const compiledBy: Signature = { official: official(person(meta.compiledBy, meta.compiledByPosition), 'Специалист'), ...(register.formedAt ? { date: localDate(register.formedAt, tz) } : {}) };
    const base = {
      authority: { name: meta.name, ...(meta.address ? { address: meta.address } : {}) },
      number: register.number,
      date,
      month: register.period,
      payee,
      lines: documentLines,
      approvedBy,
      ...(register.status === 'formed' ? { draft: true } : {}),
    };
    const chiefAccountant: Official = official(null, 'Главный бухгалтер');
    const pdf = await renderPdf(
      capitalRepair
        ? recipientListDocument({ ...base, compiledBy, chiefAccountant: { official: chiefAccountant } })
        : compensationRegisterDocument({ ...base, agreedBy: { official: official(null, 'Заместитель главы', meta.deputyHeadName) }, compiledBy }),
    );
    return { number: register.number, pdf };
  }

  // --- reading --------------------------------------------------------------------------------------------------

  async list(query: RegisterQuery, user: CurrentUserInfo): Promise<RegisterRow[]> {
    const authorities = authoritiesWithRole(user, READ_ROLES).filter((a) => !query.authorityId || a === query.authorityId);
    return (await this.db.query(`SELECT ${REGISTER_COLUMNS_SQL} FROM ${REGISTER_FROM} WHERE g.authority_id = ANY($1) AND ($2::date IS NULL OR g.period = $2::date) ORDER BY g.period DESC, g.method LIMIT 200`, [
      authorities,
      query.period ? monthStart(query.period) : null,
    ])) as RegisterRow[];
  }

  async get(id: string, user: CurrentUserInfo): Promise<RegisterRow> {
    const [reg] = (await this.db.query(`SELECT ${REGISTER_COLUMNS_SQL} FROM ${REGISTER_FROM} WHERE g.id = $1 AND g.authority_id = ANY($2)`, [id, authoritiesWithRole(user, READ_ROLES)])) as RegisterRow[];
    if (!reg) throw notFound('Реестр');
    return reg;
  }

  // The head's view: totals by line status (and what was added or withheld), then the lines page by page.
  async view(id: string, page: { offset: number; limit: number; status?: string }, user: CurrentUserInfo) {
    const register = await this.get(id, user);
    const [totals, lines, [{ total }]] = (await Promise.all([
      this.db.query(
        `SELECT status, count(*)::int AS lines, coalesce(sum(total_kopecks), 0)::float8 AS "totalKopecks", coalesce(sum(additional_kopecks), 0)::float8 AS "additionalKopecks",
                coalesce(sum(deduction_kopecks), 0)::float8 AS "deductionKopecks", count(*) FILTER (WHERE reissue_of IS NOT NULL)::int AS reissues
           FROM payment_register_line WHERE register_id = $1 GROUP BY status ORDER BY status`,
        [id],
      ),
      this.db.query(
        `SELECT l.id, l.line_no AS "lineNo", to_char(l.period, 'YYYY-MM') AS period, l.reissue_of IS NOT NULL AS reissue, l.amount_kopecks::int AS "amountKopecks", l.additional_kopecks::int AS "additionalKopecks",
                l.deduction_kopecks::int AS "deductionKopecks", l.total_kopecks::int AS "totalKopecks", l.status, l.result_on AS "resultOn", l.return_reason AS "returnReason",
                l.bik, l.account, l.post_office AS "postOffice", p.id AS "personId", concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "fullName", p.snils, c.id AS "caseId", c.number AS "caseNumber"
           FROM payment_register_line l JOIN payment_assignment a ON a.id = l.assignment_id JOIN person p ON p.id = a.person_id JOIN "case" c ON c.id = a.case_id
          WHERE l.register_id = $1 AND ($4::text IS NULL OR l.status = $4) ORDER BY l.line_no OFFSET $2 LIMIT $3`,
        [id, page.offset, page.limit, page.status ?? null],
      ),
      this.db.query(`SELECT count(*)::int AS total FROM payment_register_line WHERE register_id = $1 AND ($2::text IS NULL OR status = $2)`, [id, page.status ?? null]),
    ])) as [unknown[], unknown[], { total: number }[]];
    return { register, totals, lines: { items: lines, total, offset: page.offset, limit: page.limit } };
  }

  private async locked(em: EntityManager, id: string, user: CurrentUserInfo): Promise<{ authorityId: string; status: RegisterStatus; version: number; number: string }> {
    const [reg] = (await em.query(`SELECT authority_id AS "authorityId", status, version, number FROM payment_register WHERE id = $1 FOR UPDATE`, [id])) as {
      authorityId: string;
      status: RegisterStatus;
      version: number;
      number: string;
    }[];
    if (!reg || !authoritiesWithRole(user, READ_ROLES).includes(reg.authorityId)) throw notFound('Реестр');
    return reg;
  }
}
