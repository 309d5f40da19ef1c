import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addMonths,
  monthOfDate,
  monthSchema,
  monthStart,
  settleRecalculation,
  settleTermination,
  type AssignmentStatus,
  type Month,
  type PaidMonth,
  type RecalculateRequest,
  type RecoveryPlan,
  type RefundRequest,
  type ResumeRequest,
  type Role,
  type SuspendRequest,
  type TerminateRequest,
} from '@casework/domain';
import { ApiException, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { AuditService } from '../audit/audit.service';
import { assertRoleIn, authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import type { CaseTransition, CaseTransitionListener } from '../cases/case-transition-hooks';
import { CaseTransitionHooks } from '../cases/case-transition-hooks';

const READ_ROLES: Role[] = ['clerk', 'head', 'auditor', 'admin'];

export type AssignmentRow = {
  id: string;
  authorityId: string;
  personId: string;
  caseId: string;
  decisionId: string;
  serviceSlug: string;
  status: AssignmentStatus;
  amountKopecks: number | null;
  firstMonth: Month;
  lastMonth: Month | null;
  suspendedFrom: Month | null;
  arrearsFrom: Month | null;
  method: 'bank' | 'post';
  bankName: string | null;
  bik: string | null;
  account: string | null;
  postOffice: string | null;
  version: number;
};

const ASSIGNMENT_COLUMNS = `a.id, a.authority_id AS "authorityId", a.person_id AS "personId", a.case_id AS "caseId", a.decision_id AS "decisionId",
  a.service_slug AS "serviceSlug", a.status, a.amount_kopecks::int AS "amountKopecks", to_char(a.first_month, 'YYYY-MM') AS "firstMonth",
  to_char(a.last_month, 'YYYY-MM') AS "lastMonth", to_char(a.suspended_from, 'YYYY-MM') AS "suspendedFrom", to_char(a.arrears_from, 'YYYY-MM') AS "arrearsFrom",
  a.method, a.bank_name AS "bankName", a.bik, a.account, a.post_office AS "postOffice", a.version`;

type PaymentMethodPayload = { kind?: unknown; bankName?: unknown; bik?: unknown; account?: unknown; postOffice?: unknown };

const requisitesOf = (payload: Record<string, unknown>): { method: 'bank' | 'post'; bankName: string | null; bik: string | null; account: string | null; postOffice: string | null } | null => {
  const m = (payload.paymentMethod ?? null) as PaymentMethodPayload | null;
  if (m?.kind === 'bank' && typeof m.bik === 'string' && typeof m.account === 'string')
    return { method: 'bank', bankName: typeof m.bankName === 'string' ? m.bankName : null, bik: m.bik, account: m.account, postOffice: null };
  if (m?.kind === 'post' && typeof m.postOffice === 'string') return { method: 'post', bankName: null, bik: null, account: null, postOffice: m.postOffice };
  return null;
};

const optionalMonth = (value: unknown, field: string): Month | null => {
  if (value === undefined || value === null || value === '') return null;
  const parsed = monthSchema.safeParse(value);
  if (!parsed.success) throw new ApiException('VALIDATION_FAILED', 'Месяц в формате ГГГГ-ММ', { [field]: 'Месяц в формате ГГГГ-ММ' });
  return parsed.data;
};

// Payment assignments (ARCHITECTURE 5): made by a signed grant decision, started by the payment set-up of the case,
// then suspended, resumed, terminated or recalculated by the clerk with a reason and a document. Money is in kopecks.
const PAYMENT_EFFECTS: readonly string[] = ['sign_decision', 'setup_payment', 'change_payment_details'];

@Injectable()
export class PaymentAssignmentsService implements CaseTransitionListener {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    hooks: CaseTransitionHooks,
  ) {
    hooks.register(this);
  }

  // --- the case engine's side: same transaction as the state change ------------------------------------------------

  writesOn(t: CaseTransition): boolean {
    return (t.effects ?? []).some((e) => PAYMENT_EFFECTS.includes(e));
  }

  async onTransition(em: EntityManager, t: CaseTransition): Promise<void> {
    const effects = t.effects ?? [];
    if (effects.includes('sign_decision') && typeof t.recorded?.decisionId === 'string') await this.onDecisionSigned(em, t, t.recorded.decisionId);
    if (effects.includes('setup_payment')) await this.onPaymentSetup(em, t);
    if (effects.includes('change_payment_details')) await this.onDetailsChanged(em, t);
  }

  private async onDecisionSigned(em: EntityManager, t: CaseTransition, decisionId: string): Promise<void> {
    const [decision] = (await em.query(`SELECT kind, payment_start_month AS "startMonth", decision_date AS "decisionDate", supersedes_id AS "supersedesId" FROM decision WHERE id = $1`, [decisionId])) as {
      kind: string;
      startMonth: string | null;
      decisionDate: string;
      supersedesId: string | null;
    }[];
    if (decision?.kind !== 'grant') return;
    // a corrected decision replaces the one in force: the assignment goes on under the new decision
    if (decision.supersedesId) {
      const moved = (await em.query(`UPDATE payment_assignment SET decision_id = $1, version = version + 1, updated_at = now() WHERE decision_id = $2 RETURNING id`, [decisionId, decision.supersedesId])) as [{ id: string }[], number];
      const rows = moved[0];
      for (const r of rows) await this.event(em, r.id, { kind: 'details_changed', reason: 'Решение заменено исправленным', data: { decisionId }, actorId: t.actorId ?? null });
      if (rows.length > 0) return;
    }
    const requisites = requisitesOf(t.caseRow.payload);
    if (!requisites) throw ruleViolation('В заявлении не указан способ выплаты: выплату назначить нельзя', { paymentMethod: 'Укажите способ выплаты' });
    const firstMonth = decision.startMonth ?? monthOfDate(decision.decisionDate);
    const [{ id }] = (await em.query(
      `INSERT INTO payment_assignment (authority_id, person_id, case_id, decision_id, service_slug, status, first_month, method, bank_name, bik, account, post_office)
       VALUES ($1, $2, $3, $4, $5, 'pending', $6, $7, $8, $9, $10, $11) RETURNING id`,
      [t.caseRow.authorityId, t.caseRow.applicantId, t.caseRow.id, decisionId, t.caseRow.serviceSlug, monthStart(firstMonth), requisites.method, requisites.bankName, requisites.bik, requisites.account, requisites.postOffice],
    )) as { id: string }[];
    await this.event(em, id, { kind: 'created', effectiveMonth: firstMonth, reason: 'Решение о назначении подписано', data: { decisionId }, actorId: t.actorId ?? null });
  }

  private async onPaymentSetup(em: EntityManager, t: CaseTransition): Promise<void> {
    const data = t.data ?? {};
    const rows = (await em.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM payment_assignment a WHERE a.case_id = $1 ORDER BY a.created_at DESC FOR UPDATE`, [t.caseRow.id])) as AssignmentRow[];
    const pending = rows.find((r) => r.status === 'pending');
    // the amount the signed decision calculated by the rules, unless the clerk enters the one АСКВ gives (A13)
    const [decided] = pending ? ((await em.query(`SELECT amount_kopecks::int AS amount FROM decision WHERE id = $1`, [pending.decisionId])) as { amount: number | null }[]) : [];
    const amount = data.amountKopecks ?? decided?.amount ?? undefined;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) throw new ApiException('VALIDATION_FAILED', 'Укажите сумму выплаты в копейках', { amountKopecks: 'Целое положительное число копеек' });
    if (!pending) throw ruleViolation(rows.length > 0 ? 'Выплата по делу уже назначена' : 'Нет подписанного решения о назначении: выплату назначить нельзя');
    // I-26 (capital repair): the start and end months are the clerk's where the service has no rule for them
    const firstMonth = optionalMonth(data.firstMonth, 'firstMonth') ?? pending.firstMonth;
    const lastMonth = optionalMonth(data.lastMonth, 'lastMonth');
    if (lastMonth !== null && lastMonth < firstMonth) throw new ApiException('VALIDATION_FAILED', 'Месяц окончания раньше месяца начала выплаты', { lastMonth: 'Раньше месяца начала' });
    await em.query(
      `UPDATE payment_assignment SET status = 'active', amount_kopecks = $2, first_month = $3, last_month = $4, arrears_from = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [pending.id, amount, monthStart(firstMonth), lastMonth ? monthStart(lastMonth) : null],
    );
    await em.query(`INSERT INTO payment_amount_period (assignment_id, from_month, amount_kopecks) VALUES ($1, $2, $3)`, [pending.id, monthStart(firstMonth), amount]);
    await this.event(em, pending.id, { kind: 'activated', effectiveMonth: firstMonth, reason: 'Выплата организована', data: { amountKopecks: amount, lastMonth }, actorId: t.actorId ?? null });
  }

  private async onDetailsChanged(em: EntityManager, t: CaseTransition): Promise<void> {
    const payload = (t.recorded?.payloadUpdate ?? null) as Record<string, unknown> | null;
    const next = payload ? requisitesOf(payload) : null;
    if (!next) return;
    const rows = (await em.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM payment_assignment a WHERE a.case_id = $1 AND a.status <> 'terminated' FOR UPDATE`, [t.caseRow.id])) as AssignmentRow[];
    // lines already in a register keep the details they were made with; the next register takes the new ones
    const fromMonth = t.legalDate ? addMonths(monthOfDate(t.legalDate), 1) : null;
    for (const a of rows) {
      await em.query(`UPDATE payment_assignment SET method = $2, bank_name = $3, bik = $4, account = $5, post_office = $6, version = version + 1, updated_at = now() WHERE id = $1`, [
        a.id,
        next.method,
        next.bankName,
        next.bik,
        next.account,
        next.postOffice,
      ]);
      await this.event(em, a.id, {
        kind: 'details_changed',
        effectiveMonth: fromMonth,
        reason: 'Изменен способ выплаты (реквизиты)',
        data: { from: { method: a.method, bik: a.bik, account: a.account, postOffice: a.postOffice }, to: next },
        actorId: t.actorId ?? null,
      });
    }
  }

  // --- the clerk's operations ------------------------------------------------------------------------------------

  async suspend(id: string, input: SuspendRequest, user: CurrentUserInfo): Promise<AssignmentRow> {
    return this.change(id, input.expectedVersion, user, async (em, a) => {
      if (a.status !== 'active') throw ruleViolation('Приостановить можно только выплачиваемую выплату');
      const lastInRegister = await this.lastMonthInRegister(em, a.id);
      const earliest = lastInRegister && lastInRegister >= a.firstMonth ? addMonths(lastInRegister, 1) : a.firstMonth;
      if (input.fromMonth < earliest)
        throw ruleViolation(`Выплата за ${lastInRegister ?? a.firstMonth} уже включена в реестр: приостановить можно с ${earliest}`, { fromMonth: `Не раньше ${earliest}` });
      await em.query(`UPDATE payment_assignment SET status = 'suspended', suspended_from = $2 WHERE id = $1`, [a.id, monthStart(input.fromMonth)]);
      await em.query(`INSERT INTO payment_suspension (assignment_id, from_month) VALUES ($1, $2)`, [a.id, monthStart(input.fromMonth)]);
      await this.event(em, a.id, { kind: 'suspended', effectiveMonth: input.fromMonth, reason: input.reason, basis: input.basis, actorId: user.id });
    });
  }

  async resume(id: string, input: ResumeRequest, user: CurrentUserInfo): Promise<AssignmentRow> {
    return this.change(id, input.expectedVersion, user, async (em, a) => {
      if (a.status !== 'suspended' || a.suspendedFrom === null) throw ruleViolation('Возобновить можно только приостановленную выплату');
      if (input.fromMonth < a.suspendedFrom) throw new ApiException('VALIDATION_FAILED', 'Возобновить можно не раньше месяца приостановления', { fromMonth: `Не раньше ${a.suspendedFrom}` });
      await em.query(`UPDATE payment_suspension SET until_month = $2, restored = $3 WHERE assignment_id = $1 AND until_month IS NULL`, [a.id, monthStart(input.fromMonth), input.restoreMissed]);
      // restored: the months of the suspension are paid in the next register, one line per month as usual
      const arrears = input.restoreMissed ? (a.arrearsFrom !== null && a.arrearsFrom < a.suspendedFrom ? a.arrearsFrom : a.suspendedFrom) : a.arrearsFrom;
      await em.query(`UPDATE payment_assignment SET status = 'active', suspended_from = NULL, arrears_from = $2 WHERE id = $1`, [a.id, arrears ? monthStart(arrears) : null]);
      await this.event(em, a.id, { kind: 'resumed', effectiveMonth: input.fromMonth, reason: input.reason, basis: input.basis, data: { restoreMissed: input.restoreMissed, suspendedFrom: a.suspendedFrom }, actorId: user.id });
    });
  }

  async terminate(id: string, input: TerminateRequest, user: CurrentUserInfo): Promise<AssignmentRow> {
    return this.change(id, input.expectedVersion, user, async (em, a) => {
      if (a.status === 'terminated') throw ruleViolation('Выплата уже прекращена');
      if (a.status === 'pending') throw ruleViolation('Выплата еще не назначена: прекращать нечего');
      if (input.lastMonth < addMonths(a.firstMonth, -1)) throw new ApiException('VALIDATION_FAILED', 'Последний месяц выплаты раньше ее начала', { lastMonth: `Не раньше ${addMonths(a.firstMonth, -1)}` });
      const settlement = settleTermination({ paid: await this.paidMonths(em, a.id), lastMonth: input.lastMonth });
      await em.query(`UPDATE payment_assignment SET status = 'terminated', last_month = $2, suspended_from = NULL WHERE id = $1`, [a.id, monthStart(input.lastMonth)]);
      await em.query(`UPDATE payment_suspension SET until_month = greatest(from_month, $2::date + interval '1 month') WHERE assignment_id = $1 AND until_month IS NULL`, [a.id, monthStart(input.lastMonth)]);
      const eventId = await this.event(em, a.id, { kind: 'terminated', effectiveMonth: input.lastMonth, reason: input.reason, basis: input.basis, data: { settlement }, actorId: user.id });
      // no payments follow a termination: an overpayment is refunded voluntarily (or through the court)
      if (settlement.overpaymentKopecks > 0) await this.adjustment(em, a.id, 'overpayment', settlement.overpaymentKopecks, `Переплата после прекращения выплаты: ${input.reason}`, { method: 'voluntary', percent: 20 }, eventId, user);
    });
  }

  async recalculate(id: string, input: RecalculateRequest, user: CurrentUserInfo): Promise<AssignmentRow> {
    return this.change(id, input.expectedVersion, user, async (em, a) => {
      if (a.status === 'pending' || a.status === 'terminated') throw ruleViolation('Перерасчет возможен только по назначенной и не прекращенной выплате');
      if (input.fromMonth < a.firstMonth) throw new ApiException('VALIDATION_FAILED', 'Перерасчет не может начинаться раньше первого месяца выплаты', { fromMonth: `Не раньше ${a.firstMonth}` });
      const settlement = settleRecalculation({ paid: await this.paidMonths(em, a.id), fromMonth: input.fromMonth, newAmountKopecks: input.amountKopecks });
      await em.query(`DELETE FROM payment_amount_period WHERE assignment_id = $1 AND from_month >= $2`, [a.id, monthStart(input.fromMonth)]);
      await em.query(`INSERT INTO payment_amount_period (assignment_id, from_month, amount_kopecks) VALUES ($1, $2, $3)`, [a.id, monthStart(input.fromMonth), input.amountKopecks]);
      await em.query(`UPDATE payment_assignment SET amount_kopecks = $2 WHERE id = $1`, [a.id, input.amountKopecks]);
      const eventId = await this.event(em, a.id, {
        kind: 'recalculated',
        effectiveMonth: input.fromMonth,
        reason: input.reason,
        basis: input.basis,
        data: { fromAmountKopecks: a.amountKopecks, toAmountKopecks: input.amountKopecks, settlement },
        actorId: user.id,
      });
      if (settlement.additionalKopecks > 0) await this.adjustment(em, a.id, 'additional', settlement.additionalKopecks, `Доплата по перерасчету с ${input.fromMonth}: ${input.reason}`, null, eventId, user);
      if (settlement.overpaymentKopecks > 0)
        await this.adjustment(em, a.id, 'overpayment', settlement.overpaymentKopecks, `Переплата по перерасчету с ${input.fromMonth}: ${input.reason}`, input.recovery ?? { method: 'deduction', percent: 20 }, eventId, user);
    });
  }

  // A voluntary refund of an overpayment (or a part of it): the balance goes down by the sum paid back.
  async refund(id: string, adjustmentId: string, input: RefundRequest, user: CurrentUserInfo): Promise<AssignmentRow> {
    return this.db.transaction(async (em) => {
      const a = await this.lockedAssignment(em, id, user);
      const [adj] = (await em.query(`SELECT id, kind, status, balance_kopecks::int AS balance FROM payment_adjustment WHERE id = $1 AND assignment_id = $2 FOR UPDATE`, [adjustmentId, a.id])) as {
        id: string;
        kind: string;
        status: string;
        balance: number;
      }[];
      if (!adj || adj.kind !== 'overpayment') throw notFound('Переплата');
      if (adj.status !== 'open') throw ruleViolation('Переплата уже погашена');
      if (input.amountKopecks > adj.balance) throw new ApiException('VALIDATION_FAILED', 'Сумма возврата больше остатка переплаты', { amountKopecks: `Не больше остатка: ${adj.balance} коп.` });
      await em.query(`INSERT INTO payment_recovery (adjustment_id, kind, amount_kopecks, paid_on, document, created_by) VALUES ($1, 'refund', $2, $3, $4, $5)`, [adj.id, input.amountKopecks, input.paidOn, input.document, user.id]);
      await em.query(`UPDATE payment_adjustment SET balance_kopecks = balance_kopecks - $2, status = CASE WHEN balance_kopecks - $2 = 0 THEN 'settled' ELSE status END WHERE id = $1`, [adj.id, input.amountKopecks]);
      await this.event(em, a.id, { kind: 'refund', reason: 'Добровольный возврат переплаты', basis: input.document, data: { adjustmentId: adj.id, amountKopecks: input.amountKopecks, paidOn: input.paidOn }, actorId: user.id });
      await em.query(`UPDATE payment_assignment SET version = version + 1, updated_at = now() WHERE id = $1`, [a.id]);
      await this.audit.write(em, { actorId: user.id, authorityId: a.authorityId, action: 'payment.refund', entity: 'payment_assignment', entityId: a.id, details: { adjustmentId: adj.id, amountKopecks: input.amountKopecks } });
      return this.row(em, a.id);
    });
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  async assignment(id: string, user: CurrentUserInfo) {
    const [a] = (await this.db.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM payment_assignment a WHERE a.id = $1 AND a.authority_id = ANY($2)`, [id, authoritiesWithRole(user, READ_ROLES)])) as AssignmentRow[];
    if (!a) throw notFound('Выплата');
    return (await this.details([a]))[0];
  }

  // The payments of a person's file: every assignment with its history, amounts, adjustments and its lines month by month.
  async personPayments(personId: string, user: CurrentUserInfo) {
    const rows = (await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, c.number AS "caseNumber" FROM payment_assignment a JOIN "case" c ON c.id = a.case_id
        WHERE a.person_id = $1 AND a.authority_id = ANY($2) ORDER BY a.created_at DESC`,
      [personId, authoritiesWithRole(user, READ_ROLES)],
    )) as (AssignmentRow & { caseNumber: string | null })[];
    return { assignments: await this.details(rows) };
  }

  private async details<T extends AssignmentRow>(rows: T[]) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [periods, events, adjustments, recoveries, lines] = (await Promise.all([
      this.db.query(`SELECT assignment_id AS "assignmentId", to_char(from_month, 'YYYY-MM') AS "fromMonth", amount_kopecks::int AS "amountKopecks" FROM payment_amount_period WHERE assignment_id = ANY($1) ORDER BY from_month`, [ids]),
      this.db.query(
        `SELECT e.id, e.assignment_id AS "assignmentId", e.kind, to_char(e.effective_month, 'YYYY-MM') AS "effectiveMonth", e.reason, e.basis, e.data, e.at, coalesce(u.full_name, 'система') AS "actor"
           FROM payment_assignment_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.assignment_id = ANY($1) ORDER BY e.at, e.id`,
        [ids],
      ),
      this.db.query(
        `SELECT id, assignment_id AS "assignmentId", kind, amount_kopecks::int AS "amountKopecks", balance_kopecks::int AS "balanceKopecks", recovery_method AS "recoveryMethod",
                deduction_percent AS "deductionPercent", status, reason, created_at AS "createdAt" FROM payment_adjustment WHERE assignment_id = ANY($1) ORDER BY created_at, id`,
        [ids],
      ),
      this.db.query(
        `SELECT r.id, r.adjustment_id AS "adjustmentId", r.kind, r.amount_kopecks::int AS "amountKopecks", r.paid_on AS "paidOn", r.document, r.created_at AS "createdAt", l.line_no AS "lineNo", g.number AS "registerNumber"
           FROM payment_recovery r JOIN payment_adjustment j ON j.id = r.adjustment_id
           LEFT JOIN payment_register_line l ON l.id = r.line_id LEFT JOIN payment_register g ON g.id = l.register_id
          WHERE j.assignment_id = ANY($1) ORDER BY r.created_at, r.id`,
        [ids],
      ),
      this.db.query(
        `SELECT l.id, l.assignment_id AS "assignmentId", to_char(l.period, 'YYYY-MM') AS period, l.line_no AS "lineNo", l.reissue_of AS "reissueOf", l.amount_kopecks::int AS "amountKopecks",
                l.additional_kopecks::int AS "additionalKopecks", l.deduction_kopecks::int AS "deductionKopecks", l.total_kopecks::int AS "totalKopecks", l.status, l.result_on AS "resultOn",
                l.return_reason AS "returnReason", l.method, l.bik, l.account, l.post_office AS "postOffice", g.id AS "registerId", g.number AS "registerNumber", g.status AS "registerStatus", to_char(g.period, 'YYYY-MM') AS "registerPeriod"
           FROM payment_register_line l JOIN payment_register g ON g.id = l.register_id WHERE l.assignment_id = ANY($1) ORDER BY l.period DESC, l.id DESC`,
        [ids],
      ),
    ])) as [{ assignmentId: string }[], { assignmentId: string }[], { assignmentId: string; id: string }[], { adjustmentId: string }[], { assignmentId: string }[]];
    const of = <R extends { assignmentId: string }>(list: R[], id: string) => list.filter((r) => r.assignmentId === id);
    return rows.map((a) => ({
      ...a,
      amountPeriods: of(periods, a.id),
      events: of(events, a.id),
      adjustments: of(adjustments, a.id).map((j) => ({ ...j, recoveries: recoveries.filter((r) => String(r.adjustmentId) === String(j.id)) })),
      lines: of(lines, a.id),
    }));
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private async lockedAssignment(em: EntityManager, id: string, user: CurrentUserInfo): Promise<AssignmentRow> {
    const [a] = (await em.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM payment_assignment a WHERE a.id = $1 FOR UPDATE`, [id])) as AssignmentRow[];
    if (!a || !authoritiesWithRole(user, READ_ROLES).includes(a.authorityId)) throw notFound('Выплата');
    assertRoleIn(user, a.authorityId, ['clerk']);
    return a;
  }

  private async change(id: string, expectedVersion: number, user: CurrentUserInfo, apply: (em: EntityManager, a: AssignmentRow) => Promise<void>): Promise<AssignmentRow> {
    return this.db.transaction(async (em) => {
      const a = await this.lockedAssignment(em, id, user);
      if (a.version !== expectedVersion) throw versionConflict();
      // a register being generated reads the assignment as it was: changing it now could pay a month twice or not at all
      const [generating] = (await em.query(`SELECT number, to_char(period, 'YYYY-MM') AS period FROM payment_register WHERE authority_id = $1 AND method = $2 AND status = 'generating' LIMIT 1`, [
        a.authorityId,
        a.method,
      ])) as { number: string; period: string }[];
      if (generating) throw ruleViolation(`Идет формирование реестра № ${generating.number} за ${generating.period}: повторите после его окончания`);
      await apply(em, a);
      await em.query(`UPDATE payment_assignment SET version = version + 1, updated_at = now() WHERE id = $1`, [a.id]);
      const after = await this.row(em, a.id);
      await this.audit.write(em, { actorId: user.id, authorityId: a.authorityId, action: 'payment.change', entity: 'payment_assignment', entityId: a.id, details: { from: a.status, to: after.status, version: after.version } });
      return after;
    });
  }

  private async row(em: EntityManager, id: string): Promise<AssignmentRow> {
    const [a] = (await em.query(`SELECT ${ASSIGNMENT_COLUMNS} FROM payment_assignment a WHERE a.id = $1`, [id])) as AssignmentRow[];
    return a;
  }

  // months already paid or on their way (lines not returned), with the regular amount each carried
  private async paidMonths(em: EntityManager, assignmentId: string): Promise<PaidMonth[]> {
    return (await em.query(`SELECT to_char(period, 'YYYY-MM') AS month, amount_kopecks::int AS "amountKopecks" FROM payment_register_line WHERE assignment_id = $1 AND status <> 'returned'`, [
      assignmentId,
    ])) as PaidMonth[];
  }

  private async lastMonthInRegister(em: EntityManager, assignmentId: string): Promise<Month | null> {
    const [r] = (await em.query(`SELECT to_char(max(period), 'YYYY-MM') AS month FROM payment_register_line WHERE assignment_id = $1`, [assignmentId])) as { month: string | null }[];
    return r?.month ?? null;
  }

  private async adjustment(em: EntityManager, assignmentId: string, kind: 'additional' | 'overpayment', amount: number, reason: string, recovery: RecoveryPlan | null, eventId: string, user: CurrentUserInfo): Promise<void> {
    await em.query(
      `INSERT INTO payment_adjustment (assignment_id, kind, amount_kopecks, balance_kopecks, recovery_method, deduction_percent, reason, event_id, created_by) VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)`,
      [assignmentId, kind, amount, recovery?.method ?? null, recovery?.method === 'deduction' ? recovery.percent : null, reason, eventId, user.id],
    );
  }

  private async event(
    em: EntityManager,
    assignmentId: string,
    e: { kind: string; effectiveMonth?: Month | null; reason?: string; basis?: string; data?: Record<string, unknown>; actorId: string | null },
  ): Promise<string> {
    const [{ id }] = (await em.query(
      `INSERT INTO payment_assignment_event (assignment_id, kind, effective_month, reason, basis, data, actor_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [assignmentId, e.kind, e.effectiveMonth ? monthStart(e.effectiveMonth) : null, e.reason ?? null, e.basis ?? null, JSON.stringify(e.data ?? {}), e.actorId],
    )) as { id: string }[];
    return id;
  }
}
