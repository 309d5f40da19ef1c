import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  availableEvents,
  checkEvent,
  draftDeviates,
  mergeFacts,
  eventData,
  presetDraftFacts,
  getService,
  localDateTimeIn,
  monthAfter,
  noticeDeliveryOf,
  receiptDate,
  type NoticeDelivery,
  targetState,
  TermRuleError,
  type ReceiptDate,
  termStatus,
  type CaseEventRequest,
  type CaseEvaluateRequest,
  type CaseQueueQuery,
  type IntakeRequest,
  type LocalDate,
  type ProductionCalendar,
  type Role,
  type ServiceDefinition,
  type Transition,
} from '@casework/domain';
import { ApiException, forbidden, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { zodFieldErrors } from '../common/zod.pipe';
import { auditInsertSql, AuditService } from '../audit/audit.service';
import { insertSql } from '../common/entity-sql';
import { assertRoleIn, authoritiesWithRole, rolesIn, type CurrentUserInfo } from '../auth/current-user';
import { AppUser } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { calendarError, CalendarService } from '../calendar/calendar.service';
import { DocumentsService, type FormInput } from '../documents/documents.service';
import { InteragencyGateway } from '../interagency/interagency.gateway';
import { Person } from '../persons/person.entity';
import { CaseDocumentRow, CaseEventRow, CaseRow, CaseTermRow, DecisionRow, InteragencyRequestRow, NoticeRow } from './case.entity';
import { NOTICE_TITLES, NoticesService, type IssuedDecisionRef, type NoticeContent, type NoticeKind } from '../documents/notices.service';
import { termChangesFor, type TermChange } from './case-terms';
import { CaseTransitionHooks, type CaseTransition } from './case-transition-hooks';
import { serviceOrThrow } from '../services/service-lookup';
import { EvaluationsService, type EvaluationResult } from '../evaluations/evaluations.service';

const READ_ROLES: Role[] = ['clerk', 'head', 'auditor', 'admin'];
const QUEUE_COUNT_CAP = 10_000;
const AUTHORITY_CACHE_MS = 60_000;



const stateTitle = (service: ServiceDefinition, state: string | null): string | null => (state === null ? null : (service.workflow.states.find((s) => s.code === state)?.title ?? state));

type EffectContext = {
  em: EntityManager;
  row: CaseRow;
  service: ServiceDefinition;
  authority: Authority;
  transition: Transition;
  data: Record<string, unknown>;
  user: CurrentUserInfo;
  at: Date;
  legalDate: LocalDate;
  calendar: ProductionCalendar;
  // notices the effects ask for; made after the clocks move, so a notice can print a due date
  notices: PendingNotice[];
};

type PaymentPayload = { kind?: string; bankName?: string; bik?: string; account?: string; postOffice?: string; organisation?: string };

type PendingNotice = { delivery: NoticeDelivery; build: (terms: Map<string, TermChange>) => NoticeContent };

@Injectable()
export class CasesService {
  private readonly authorities = new Map<string, { authority: Authority; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly gateway: InteragencyGateway,
    private readonly documents: DocumentsService,
    private readonly hooks: CaseTransitionHooks,
    private readonly noticeService: NoticesService,
    private readonly evaluations: EvaluationsService,
  ) {}

  // Intake: the clerk takes an application; the case starts in the workflow's initial state with its first clocks.
  async intake(input: IntakeRequest, user: CurrentUserInfo): Promise<string> {
    assertRoleIn(user, input.authorityId, ['clerk']);
    const service = serviceOrThrow(input.serviceSlug);
    if (!service.channels.some((c) => c.code === input.channel)) throw new ApiException('VALIDATION_FAILED', 'Способ подачи не предусмотрен регламентом', { channel: 'Недопустимый способ подачи' });
    if (!service.variants.some((v) => v.code === input.variant)) throw new ApiException('VALIDATION_FAILED', 'Неизвестный вариант услуги', { variant: 'Неизвестный вариант' });
    const parsed = service.applicationSchema.safeParse(input.payload);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(zodFieldErrors(parsed.error)).map(([k, v]) => [`payload.${k}`, v]));
      throw new ApiException('VALIDATION_FAILED', 'Проверьте сведения заявления', errors);
    }
    const authority = await this.authority(input.authorityId);
    const at = input.receivedAt ? new Date(input.receivedAt) : this.clock.now();
    if (at.getTime() > this.clock.now().getTime() + 5 * 60_000) throw new ApiException('VALIDATION_FAILED', 'Время поступления не может быть в будущем', { receivedAt: 'Время в будущем' });
    const calendar = await this.calendars.calendar(authority.calendarCode);
    const channel = service.channels.find((c) => c.code === input.channel)!;
    const receipt = this.receipt(() => receiptDate({ arrivedAt: at, timeZone: authority.timeZone, calendar, rule: channel.receipt, officeClosesAt: authority.officeClosesAt }));
    // terms count from the legal day of receipt; the arrival day stays the day of submission unless told otherwise
    const legalDate = receipt.receivedOn;
    const submittedOn = input.submittedOn ?? receipt.arrivedOn;
    if (submittedOn > receipt.arrivedOn) throw new ApiException('VALIDATION_FAILED', 'Дата подачи позже даты поступления', { submittedOn: 'Позже даты поступления' });
    const initialEvent = service.workflow.initialEvent ?? 'receive';
    const row = this.db.getRepository(CaseRow).create({
      id: randomUUID(),
      number: null,
      authorityId: authority.id,
      serviceSlug: service.slug,
      variant: input.variant,
      applicantId: input.applicantId,
      representative: null,
      channel: input.channel,
      state: service.workflow.initial,
      payload: parsed.data as Record<string, unknown>,
      receivedAt: at,
      submittedOn,
      receivedOn: legalDate,
      receivedOnNote: receipt.note,
      duplicateOf: null,
      duplicateReason: null,
      createdBy: user.id,
      version: 1,
    });
    const open = async (em: EntityManager): Promise<void> => {
      const duplicateOf = await this.checkApplicant(em, { service, authorityId: authority.id, applicantId: input.applicantId, duplicateReason: input.duplicateReason });
      row.duplicateOf = duplicateOf;
      row.duplicateReason = duplicateOf ? (input.duplicateReason ?? null) : null;
      const terms = this.computeTerms({ service, event: initialEvent, toState: row.state, row, legalDate, at, existing: [], calendar, timeZone: authority.timeZone });
      // written with the case, the database's own rule (the nearest running term) has nothing left to update
      row.nextDueDate = terms.filter((t) => t.status === 'running').reduce<string | null>((min, t) => (min === null || t.dueDate < min ? t.dueDate : min), null);
      const eventData = { channel: input.channel, ...(receipt.note ? { receivedOnNote: receipt.note } : {}), ...(duplicateOf ? { duplicateOf, duplicateReason: input.duplicateReason } : {}) };
      // the busiest write of the system in one statement: the case, its documents, its first clocks, the first event of
      // its timeline and the audit row (data-modifying CTEs; the foreign keys are checked at the end of the statement)
      const params: unknown[] = [];
      const parts = [
        insertSql(em.connection.getMetadata(CaseRow), [row], params),
        ...(input.documents.length > 0 ? [insertSql(em.connection.getMetadata(CaseDocumentRow), input.documents.map((d) => ({ caseId: row.id, code: d.code, title: d.title, providedBy: d.providedBy, status: 'presented' })), params)] : []),
        ...(terms.length > 0 ? [insertSql(em.connection.getMetadata(CaseTermRow), terms.map((t) => ({ ...t, caseId: row.id })), params)] : []),
        insertSql(em.connection.getMetadata(CaseEventRow), [{ caseId: row.id, seq: 1, event: initialEvent, fromState: null, toState: row.state, actorId: user.id, actorRole: 'clerk', at, legalDate, data: eventData, terms: terms.map((t) => ({ termId: t.termId, dueDate: t.dueDate, status: t.status })) }], params),
      ];
      const audit = auditInsertSql({ actorId: user.id, authorityId: authority.id, action: 'case.intake', entity: 'case', entityId: row.id, details: { service: service.slug, channel: input.channel, ...(duplicateOf ? { duplicateOf } : {}) } }, params);
      await em.query(`WITH ${parts.map((sql, i) => `w${i} AS (${sql})`).join(', ')} ${audit}`, params);
    };
    const transition: CaseTransition = { caseRow: row, event: initialEvent, fromState: null, toState: row.state, at, version: row.version };
    // A listener that writes (a channel delivery's idempotency key and status) joins one transaction with the case.
    // Otherwise the statement that writes the case is a transaction by itself: the applicant check before it runs
    // under READ COMMITTED either way and holds no lock, so a transaction around both would guard nothing more.
    if (this.hooks.writesOn(transition)) {
      await this.db.transaction(async (em) => {
        await open(em);
        await this.hooks.emit(em, transition);
      });
    } else {
      await open(this.db.manager);
    }
    return row.id;
  }

  private receipt(compute: () => ReceiptDate): ReceiptDate {
    try {
      return compute();
    } catch (error) {
      throw calendarError(error, 'receivedAt');
    }
  }

  // The applicant exists and is a live file, and ARCHITECTURE 4: a second application while one is pending for the same
  // person and service. The pending case is named; the clerk registers the new one only with a reason (or not at all
  // where the regulation makes it a refusal). One query for both.
  private async checkApplicant(em: EntityManager, args: { service: ServiceDefinition; authorityId: string; applicantId: string; duplicateReason?: string }): Promise<string | null> {
    const finals = args.service.workflow.states.filter((s) => s.final || s.decided).map((s) => s.code);
    const [found] = (await em.query(
      `SELECT p.merged_into_id AS "mergedIntoId", d.id, d.number, d.state
         FROM person p
         LEFT JOIN LATERAL (SELECT c.id, c.number, c.state FROM "case" c
                             WHERE c.applicant_id = p.id AND c.service_slug = $2 AND c.authority_id = $3 AND NOT (c.state = ANY($4)) ORDER BY c.received_at LIMIT 1) d ON true
        WHERE p.id = $1`,
      [args.applicantId, args.service.slug, args.authorityId, finals],
    )) as { mergedIntoId: string | null; id: string | null; number: string | null; state: string }[];
    if (!found) throw new ApiException('VALIDATION_FAILED', 'Заявитель не найден', { applicantId: 'Заявитель не найден' });
    // a merged file is closed: the case goes to the file that took its place
    if (found.mergedIntoId) throw new ApiException('VALIDATION_FAILED', 'Личное дело заявителя объединено с другим: выберите действующее личное дело', { applicantId: 'Личное дело объединено с другим' });
    if (found.id === null) return null;
    const named = `${found.number ? `№ ${found.number}` : 'без номера'} («${stateTitle(args.service, found.state)}»)`;
    if (args.service.duplicates?.policy === 'refuse')
      throw new ApiException('ALREADY_EXISTS', `У заявителя уже есть заявление на эту услугу в работе: дело ${named}${args.service.duplicates.clause ? ` (${args.service.duplicates.clause})` : ''}`, { applicantId: `Заявление в работе: дело ${named}` });
    if (!args.duplicateReason)
      throw new ApiException('ALREADY_EXISTS', `У заявителя уже есть заявление на эту услугу в работе: дело ${named}. Чтобы принять повторное заявление, укажите причину.`, { duplicateReason: `Заявление в работе: дело ${named}. Укажите причину повторного заявления` });
    return found.id;
  }

  // One state change = one transaction: role, guard, effects, timeline, clocks, audit; a stale version changes nothing.
  async fire(caseId: string, request: CaseEventRequest, user: CurrentUserInfo, options: { system?: boolean } = {}): Promise<void> {
    await this.db.transaction(async (em) => {
      const row = await em.getRepository(CaseRow).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound('Дело');
      const roles = rolesIn(user, row.authorityId);
      if (roles.length === 0) throw notFound('Дело');
      if (row.version !== request.expectedVersion) throw versionConflict();
      const service = serviceOrThrow(row.serviceSlug);
      const check = checkEvent({ workflow: service.workflow, state: row.state, event: request.event, roles, payload: row.payload, data: request.data, channel: row.channel });
      if (!check.ok) {
        if (check.reason === 'forbidden') throw forbidden(check.message);
        if (check.reason === 'unknown_event') throw new ApiException('VALIDATION_FAILED', check.message, { event: check.message });
        throw ruleViolation(check.message);
      }
      if (check.transition.automatic && !options.system) throw ruleViolation(`Действие «${check.transition.title}» выполняется системой автоматически`);
      const authority = await this.authority(row.authorityId, em);
      const at = this.clock.now();
      const legalDate = localDateTimeIn(at, authority.timeZone).date;
      const calendar = await this.calendars.calendar(authority.calendarCode);
      const ctx: EffectContext = { em, row, service, authority, transition: check.transition, data: eventData(check.transition, request.data), user, at, legalDate, calendar, notices: [] };
      const recorded = await this.applyEffects(ctx);
      await this.recordTransition(ctx, roles, recorded);
    });
  }

  private async recordTransition(ctx: EffectContext, roles: Role[], recorded: Record<string, unknown>): Promise<void> {
    const { em, row, service, transition, at, legalDate, calendar, authority, user } = ctx;
    const toState = targetState(transition, row.state);
    const existing = await em.getRepository(CaseTermRow).find({ where: { caseId: row.id } });
    const extensionGround = typeof recorded.extensionGround === 'string' ? recorded.extensionGround : undefined;
    const terms = this.computeTerms({ service, event: transition.event, toState, row, legalDate, at, existing, calendar, timeZone: authority.timeZone, ...(extensionGround ? { extensionGround } : {}) });
    await this.saveTerms(em, row.id, terms);
    if (ctx.notices.length > 0) {
      const all = new Map<string, TermChange>(existing.map((t) => [t.termId, t]));
      for (const t of terms) all.set(t.termId, t);
      const actor = await em.getRepository(AppUser).findOneOrFail({ where: { id: user.id } });
      const made = [];
      for (const pending of ctx.notices) {
        const number = await this.nextNumber(em, row.authorityId, 'notice', legalDate, (y, n) => `${n}-у/${y}`);
        made.push(await this.noticeService.prepare(em, { caseRow: row, authority, service, content: pending.build(all), delivery: pending.delivery, user: actor, at, legalDate, number }));
      }
      recorded.notices = made;
    }
    const fromState = row.state;
    const update = await em
      .createQueryBuilder()
      .update(CaseRow)
      .set({ state: toState, version: () => 'version + 1', updatedAt: at, ...(recorded.caseUpdate as Partial<Pick<CaseRow, 'number' | 'registeredAt' | 'acceptedOn' | 'decidedOn'>> | undefined) })
      .where('id = :id AND version = :version', { id: row.id, version: row.version })
      .execute();
    if (update.affected !== 1) throw versionConflict();
    const { seq } = (await em.query(`SELECT coalesce(max(seq), 0) + 1 AS seq FROM case_event WHERE case_id = $1`, [row.id]))[0] as { seq: number };
    const { caseUpdate: _omit, payloadUpdate, ...eventData } = recorded;
    if (payloadUpdate) await em.query(`UPDATE "case" SET payload = $2 WHERE id = $1`, [row.id, JSON.stringify(payloadUpdate)]);
    const actorRole = transition.roles.find((r) => roles.includes(r)) ?? null;
    await em.getRepository(CaseEventRow).insert({ caseId: row.id, seq, event: transition.event, fromState, toState, actorId: user.id, actorRole, at, legalDate, data: { ...ctx.data, ...eventData }, terms: terms.map((t) => ({ termId: t.termId, dueDate: t.dueDate, status: t.status })) });
    await this.audit.write(em, { actorId: user.id, authorityId: row.authorityId, action: `case.${transition.event}`, entity: 'case', entityId: row.id, details: { from: fromState, to: toState, version: row.version + 1 } });
    await this.hooks.emit(em, { caseRow: row, event: transition.event, fromState, toState, at, version: row.version + 1, effects: transition.effects ?? [], data: ctx.data, recorded, actorId: user.id, legalDate });
  }

  private computeTerms(args: { service: ServiceDefinition; event: string; toState: string; row: CaseRow; legalDate: LocalDate; at: Date; existing: CaseTermRow[]; calendar: ProductionCalendar; timeZone: string; extensionGround?: string }) {
    try {
      return termChangesFor({ ...args, channel: args.row.channel });
    } catch (error) {
      if (error instanceof TermRuleError) throw ruleViolation(error.message);
      throw calendarError(error, 'event');
    }
  }

  private async saveTerms(em: EntityManager, caseId: string, terms: ReturnType<typeof termChangesFor>): Promise<void> {
    if (terms.length === 0) return;
    await em.getRepository(CaseTermRow).upsert(
      terms.map((t) => ({ ...t, caseId })),
      ['caseId', 'termId'],
    );
  }

  // Generic procedures of the engine; the transition of the service's workflow says which ones run.
  private async applyEffects(ctx: EffectContext): Promise<Record<string, unknown>> {
    const recorded: Record<string, unknown> = {};
    for (const effect of ctx.transition.effects ?? []) {
      switch (effect) {
        case 'register': {
          const number = await this.nextNumber(ctx.em, ctx.row.authorityId, `case:${ctx.service.slug}`, ctx.legalDate, (y, n) => `${n}/${y}`);
          recorded.caseUpdate = { number, registeredAt: ctx.at, acceptedOn: ctx.legalDate };
          recorded.number = number;
          break;
        }
        case 'refuse_acceptance': {
          const ground = this.ground(ctx, ctx.data.groundCode, 'refuse_accept');
          recorded.ground = ground;
          ctx.notices.push({ delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery), build: () => ({ kind: 'acceptance_refusal', grounds: [ground] }) });
          break;
        }
        case 'reask_interagency':
          recorded.requests = await this.reaskInteragency(ctx);
          break;
        case 'request_missing_documents':
          this.requestMissingDocuments(ctx);
          break;
        case 'return_for_rework':
          this.returnForRework(ctx);
          break;
        case 'extend_term':
          recorded.extensionGround = this.extendTerm(ctx);
          break;
        case 'withdraw_application': {
          const withdrawnOn = this.optionalDate(ctx.data.withdrawnOn, 'withdrawnOn') ?? ctx.legalDate;
          if (withdrawnOn > ctx.legalDate) throw new ApiException('VALIDATION_FAILED', 'Дата заявления об отзыве не может быть в будущем', { withdrawnOn: 'Дата в будущем' });
          recorded.withdrawnOn = withdrawnOn;
          ctx.notices.push({ delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery), build: () => ({ kind: 'withdrawal', withdrawnOn }) });
          break;
        }
        case 'notify_no_error': {
          const { decision, requestedOn } = await this.correctionRequest(ctx);
          const finding = typeof ctx.data.comment === 'string' && ctx.data.comment.trim() !== '' ? ctx.data.comment.trim().slice(0, 2000) : undefined;
          // capital repair names it TYPO-REF-01 (3.5.1); a service without such a ground sends the notice without one
          const ground = ctx.service.grounds.find((g) => g.code === ctx.data.groundCode && g.kind === 'refuse_correction');
          ctx.notices.push({
            delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery),
            build: () => ({ kind: 'no_error', decision, correctionRequestedOn: requestedOn, ...(finding ? { finding } : {}), ...(ground ? { ground: { code: ground.code, title: ground.title, clause: ground.clause } } : {}) }),
          });
          break;
        }
        case 'refuse_correction': {
          // 3.5.1 (TYPO-REF-02, TYPO-REF-03): the ground is recorded with the event and named in the written refusal
          const ground = this.ground(ctx, ctx.data.groundCode, 'refuse_correction');
          const { decision, requestedOn } = await this.correctionRequest(ctx);
          recorded.ground = ground;
          ctx.notices.push({ delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery), build: () => ({ kind: 'correction_refusal', decision, correctionRequestedOn: requestedOn, ground }) });
          break;
        }
        case 'change_payment_details':
          recorded.payloadUpdate = this.changePaymentDetails(ctx);
          break;
        case 'setup_payment':
          // the payments module activates the assignment of the signed grant (a transition listener, same transaction)
          recorded.amountKopecks = ctx.data.amountKopecks;
          break;

        case 'send_interagency_requests':
          recorded.requests = await this.sendInteragency(ctx);
          break;
        case 'draft_decision':
          recorded.decisionId = await this.draftDecision(ctx);
          break;
        case 'initial_decision':
          recorded.decisionId = await this.initialDecision(ctx);
          break;
        case 'sign_decision': {
          const signed = await this.signDecision(ctx);
          recorded.decisionId = signed.id;
          recorded.decisionNumber = signed.number;
          recorded.caseUpdate = { decidedOn: ctx.legalDate };
          break;
        }
        case 'return_decision':
          recorded.decisionId = await this.returnDecision(ctx);
          break;
        case 'send_copy': {
          const decision = await this.issueDecision(ctx);
          recorded.decisionId = decision.id;
          ctx.notices.push({ delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery), build: () => ({ kind: 'decision', decision }) });
          break;
        }
        default: {
          const unreachable: never = effect;
          throw new Error(`unknown effect ${String(unreachable)}`);
        }
      }
    }
    return recorded;
  }

  private ground(ctx: EffectContext, code: unknown, kind: 'refuse_accept' | 'refuse' | 'refuse_correction'): { code: string; title: string; clause: string } {
    const ground = ctx.service.grounds.find((g) => g.code === code && g.kind === kind);
    if (!ground) throw new ApiException('VALIDATION_FAILED', 'Выберите основание из перечня регламента', { groundCode: 'Нет такого основания' });
    if (ground.channels && !ground.channels.includes(ctx.row.channel)) throw ruleViolation(`Основание ${ground.code} не применяется при этом способе подачи`, { groundCode: 'Не применяется при этом способе подачи' });
    return { code: ground.code, title: ground.title, clause: ground.clause };
  }

  private async nextNumber(em: EntityManager, authorityId: string, journal: string, legalDate: LocalDate, format: (year: number, n: number) => string): Promise<string> {
    const year = Number(legalDate.slice(0, 4));
    const [{ last_number }] = (await em.query(
      `INSERT INTO journal_counter (authority_id, journal, year, last_number) VALUES ($1, $2, $3, 1)
       ON CONFLICT (authority_id, journal, year) DO UPDATE SET last_number = journal_counter.last_number + 1
       RETURNING last_number`,
      [authorityId, journal, year],
    )) as { last_number: number }[];
    return format(year, last_number);
  }

  private async sendInteragency(ctx: EffectContext, reaskOf: Map<string, string> = new Map()): Promise<{ kind: string; number: string }[]> {
    const kinds = Array.isArray(ctx.data.kinds) ? (ctx.data.kinds as unknown[]) : [];
    if (kinds.length === 0) throw new ApiException('VALIDATION_FAILED', 'Выберите сведения для запроса', { kinds: 'Выберите хотя бы один вид сведений' });
    const applicant = await ctx.em.getRepository(Person).findOneOrFail({ where: { id: ctx.row.applicantId } });
    const sent: { kind: string; number: string }[] = [];
    for (const kind of new Set(kinds)) {
      const def = ctx.service.interagency.find((d) => d.code === kind);
      if (!def) throw new ApiException('VALIDATION_FAILED', `Неизвестный вид сведений «${String(kind)}»`, { kinds: `Неизвестный вид сведений ${String(kind)}` });
      const number = await this.nextNumber(ctx.em, ctx.row.authorityId, 'interagency', ctx.legalDate, (y, n) => `МВ-${n}/${y}`);
      const outgoing = { number, kind: def.code, title: def.title, agency: def.agency, subject: { snils: applicant.snils, lastName: applicant.lastName, firstName: applicant.firstName, middleName: applicant.middleName, birthDate: applicant.birthDate } };
      const { externalId } = await this.gateway.send(outgoing);
      await ctx.em.getRepository(InteragencyRequestRow).insert({
        caseId: ctx.row.id,
        kind: def.code,
        agency: def.agency,
        number,
        externalId,
        status: 'sent',
        sentAt: ctx.at,
        sentOn: ctx.legalDate,
        dueDate: ctx.calendar.addWorkingDays(ctx.legalDate, def.responseWorkingDays),
        reaskOf: reaskOf.get(def.code) ?? null,
      });
      sent.push({ kind: def.code, number });
    }
    return sent;
  }

  private async currentDecision(ctx: EffectContext, status: DecisionRow['status']): Promise<DecisionRow> {
    const decision = await ctx.em.getRepository(DecisionRow).findOne({ where: { caseId: ctx.row.id, status }, order: { draftedAt: 'DESC' } });
    if (!decision) throw ruleViolation(status === 'draft' ? 'Нет проекта решения' : 'Нет проекта решения, проверенного заместителем');
    return decision;
  }

  private async draftDecision(ctx: EffectContext): Promise<string> {
    const outcome = ctx.data.outcome;
    if (outcome !== 'grant' && outcome !== 'refuse') throw new ApiException('VALIDATION_FAILED', 'Выберите вид решения', { outcome: 'Предоставить или отказать' });
    const codes = Array.isArray(ctx.data.groundCodes) ? (ctx.data.groundCodes as unknown[]) : [];
    if (outcome === 'refuse' && codes.length === 0) throw new ApiException('VALIDATION_FAILED', 'Для отказа укажите основание из перечня регламента', { groundCodes: 'Укажите основание отказа' });
    if (outcome === 'grant' && codes.length > 0) throw new ApiException('VALIDATION_FAILED', 'Решение о предоставлении не содержит оснований отказа', { groundCodes: 'Уберите основания отказа' });
    const grounds = codes.map((c) => this.ground(ctx, c, 'refuse'));
    const comment = typeof ctx.data.comment === 'string' && ctx.data.comment.trim() !== '' ? ctx.data.comment.slice(0, 2000) : null;
    // ARCHITECTURE 3: the rules of the service decide with their clauses; the clerk may decide otherwise only with a
    // stated reason, and the draft keeps both for the deputy and the head
    const evaluation = ctx.service.evaluation ? await this.evaluationOf(ctx.em, ctx.row, this.factsOf(ctx.data.facts), ctx.legalDate) : null;
    if (evaluation) {
      if (draftDeviates({ ruled: evaluation, outcome, groundCodes: codes.map(String) }) && comment === null) {
        const ruling = evaluation.outcome === 'grant' ? 'предоставить' : `отказать (${evaluation.grounds.map((g) => g.code).join(', ')})`;
        throw ruleViolation(`По правилам регламента следует ${ruling}. Чтобы подготовить другое решение, укажите причину в комментарии`, { comment: 'Укажите, почему решение расходится с расчетом' });
      }
    }
    // a new draft replaces one still in the approval chain (a withdrawal while the head has the draft, an automatic refusal)
    await ctx.em.getRepository(DecisionRow).update({ caseId: ctx.row.id, status: In(['draft', 'initialled']) }, { status: 'returned' });
    // a corrected decision replaces the one in force; the old one is kept unchanged
    const inForce = await ctx.em.getRepository(DecisionRow).findOne({ where: [{ caseId: ctx.row.id, status: 'issued' }, { caseId: ctx.row.id, status: 'signed' }], order: { signedAt: 'DESC' } });
    const result = await ctx.em.getRepository(DecisionRow).insert({
      supersedesId: inForce?.id ?? null,
      caseId: ctx.row.id,
      authorityId: ctx.row.authorityId,
      kind: outcome,
      status: 'draft',
      grounds,
      evaluation,
      paymentStartMonth: outcome === 'grant' ? (ctx.service.paymentStartMonth?.({ submittedOn: ctx.row.submittedOn }) ?? null) : null,
      amountKopecks: outcome === 'grant' && evaluation?.outcome === 'grant' ? (evaluation.amount ?? null) : null,
      comment,
      draftedBy: ctx.user.id,
      draftedAt: ctx.at,
      version: 1,
    });
    return String(result.identifiers[0].id);
  }

  private async initialDecision(ctx: EffectContext): Promise<string> {
    const decision = await this.currentDecision(ctx, 'draft');
    await ctx.em.getRepository(DecisionRow).update({ id: decision.id }, { status: 'initialled', initialledBy: ctx.user.id, initialledAt: ctx.at, version: decision.version + 1 });
    return decision.id;
  }

  private async returnDecision(ctx: EffectContext): Promise<string | null> {
    const decision = (await ctx.em.getRepository(DecisionRow).findOne({ where: [{ caseId: ctx.row.id, status: 'draft' }, { caseId: ctx.row.id, status: 'initialled' }] })) ?? null;
    if (!decision) return null;
    const comment = typeof ctx.data.comment === 'string' ? ctx.data.comment.slice(0, 2000) : decision.comment;
    await ctx.em.getRepository(DecisionRow).update({ id: decision.id }, { status: 'returned', comment, version: decision.version + 1 });
    return decision.id;
  }

  // The head's approval: the decision gets its number and date, the PDF is rendered once, hashed and stored; the database keeps it unchanged from now on.
  private async signDecision(ctx: EffectContext): Promise<{ id: string; number: string }> {
    const decision = await this.currentDecision(ctx, 'initialled');
    // four eyes: the one who checked the draft as deputy does not approve it as head
    if (decision.initialledBy === ctx.user.id) throw ruleViolation('Вы проверили и подписали проект как заместитель; утвердить решение должен другой руководитель');
    const number = await this.nextNumber(ctx.em, ctx.row.authorityId, 'decision', ctx.legalDate, (y, n) => `${n}-р/${y}`);
    const signed: DecisionRow = { ...decision, number, decisionDate: ctx.legalDate, signedBy: ctx.user.id, signedAt: ctx.at, status: 'signed' };
    const pdf = await this.documents.decisionPdf(ctx.em, { decision: signed, caseRow: ctx.row, authority: ctx.authority, service: ctx.service });
    await ctx.em.getRepository(DecisionRow).update({ id: decision.id }, { number, decisionDate: ctx.legalDate, signedBy: ctx.user.id, signedAt: ctx.at, status: 'signed', pdf: pdf.bytes, pdfSha256: pdf.sha256, version: decision.version + 1 });
    return { id: decision.id, number };
  }

  private optionalDate(value: unknown, field: string): LocalDate | null {
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
      throw new ApiException('VALIDATION_FAILED', 'Дата в формате ГГГГ-ММ-ДД', { [field]: 'Дата в формате ГГГГ-ММ-ДД' });
    return value;
  }

  private text(value: unknown, field: string, message: string): string {
    if (typeof value !== 'string' || value.trim() === '') throw new ApiException('VALIDATION_FAILED', message, { [field]: message });
    return value.trim().slice(0, 2000);
  }

  // Missing or wrongly drawn documents: the notice lists them with the deadline of the waiting term; the decision
  // clock waits (the service's terms say so) and restarts in full when they are brought.
  private requestMissingDocuments(ctx: EffectContext): void {
    const config = ctx.service.procedures?.missingDocuments?.find((m) => m.event === ctx.transition.event);
    if (!config) throw ruleViolation('Регламент услуги не предусматривает уведомление о недостающих документах');
    const raw = Array.isArray(ctx.data.documents) ? (ctx.data.documents as unknown[]) : [];
    if (raw.length === 0) throw new ApiException('VALIDATION_FAILED', 'Перечислите недостающие документы', { documents: 'Укажите хотя бы один документ' });
    const documents = raw.map((d, i) => {
      const item = (d ?? {}) as { title?: unknown; issue?: unknown; details?: unknown };
      const title = this.text(item.title, `documents.${i}.title`, 'Укажите документ');
      const issue = item.issue === 'invalid' ? 'invalid' : 'missing';
      return { title, issue, ...(typeof item.details === 'string' && item.details.trim() ? { details: item.details.trim().slice(0, 1000) } : {}) } as const;
    });
    const wait = ctx.service.terms.find((t) => t.id === config.waitTermId);
    const consequence = ctx.service.grounds.find((g) => g.code === config.refusalGround);
    if (!wait || !consequence) throw new Error(`service ${ctx.service.slug}: missingDocuments refers to an unknown term or ground`);
    ctx.notices.push({
      delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery),
      build: (terms) => {
        const clock = terms.get(config.waitTermId);
        if (!clock) throw new Error(`the event ${ctx.transition.event} does not start ${config.waitTermId}`);
        return {
          kind: 'missing_documents',
          documents,
          deadline: clock.dueDate,
          deadlineBasis: `${wait.length} раб. дн. со дня направления уведомления, ${wait.clause}`,
          consequence: { code: consequence.code, title: consequence.title, clause: consequence.clause },
          termRestartsOnSubmission: config.restartsDecisionTerm,
        };
      },
    });
  }

  private returnForRework(ctx: EffectContext): void {
    const config = ctx.service.procedures?.rework;
    if (!config) throw ruleViolation('Регламент услуги не предусматривает возврат документов на доработку');
    const raw = Array.isArray(ctx.data.items) ? (ctx.data.items as unknown[]) : [];
    const items = raw.map((d, i) => {
      const item = (d ?? {}) as { document?: unknown; correction?: unknown };
      return { document: this.text(item.document, `items.${i}.document`, 'Укажите документ'), correction: this.text(item.correction, `items.${i}.correction`, 'Укажите, что исправить') };
    });
    if (items.length === 0) throw new ApiException('VALIDATION_FAILED', 'Укажите, что нужно доработать', { items: 'Укажите хотя бы один документ и что в нем исправить' });
    const ground = typeof ctx.data.groundCode === 'string' ? ctx.service.grounds.find((g) => g.code === ctx.data.groundCode && g.kind === 'suspend') : undefined;
    ctx.notices.push({
      delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery),
      build: () => ({ kind: 'rework_return', items, returnWithinWorkingDays: config.returnWithinWorkingDays, ...(ground ? { ground: { code: ground.code, title: ground.title, clause: ground.clause } } : {}) }),
    });
  }

  // One extension on a ground of kind 'extend'; the clocks add it (a second one is refused by the term rules).
  private extendTerm(ctx: EffectContext): string {
    const config = ctx.service.procedures?.extension;
    if (!config) throw ruleViolation('Регламент услуги не предусматривает продление срока');
    const ground = ctx.service.grounds.find((g) => g.code === ctx.data.groundCode && g.kind === 'extend');
    if (!ground) throw new ApiException('VALIDATION_FAILED', 'Выберите основание продления из перечня регламента', { groundCode: 'Нет такого основания продления' });
    ctx.notices.push({
      delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery),
      build: (terms) => {
        const clock = terms.get(config.termId);
        const term = ctx.service.terms.find((t) => t.id === config.termId);
        if (!clock || !term?.extension) throw new Error(`service ${ctx.service.slug}: ${config.termId} cannot be extended`);
        const previous = ctx.calendar.addWorkingDays(clock.dueDate, -clock.extensionWorkingDays);
        return { kind: 'extension', workingDays: term.extension.workingDays, reason: { code: ground.code, title: ground.title, clause: ground.clause }, previousDueDate: previous, newDueDate: clock.dueDate };
      },
    });
    return ground.code;
  }

  // New payment details, checked by the service's own application schema; the old ones stay in the case timeline.
  private changePaymentDetails(ctx: EffectContext): Record<string, unknown> {
    const next = { ...ctx.row.payload, paymentMethod: ctx.data.paymentMethod };
    const parsed = ctx.service.applicationSchema.safeParse(next);
    if (!parsed.success) {
      const errors = zodFieldErrors(parsed.error);
      const own = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('paymentMethod')));
      throw new ApiException('VALIDATION_FAILED', 'Проверьте новые реквизиты', Object.keys(own).length > 0 ? own : { paymentMethod: 'Укажите способ выплаты и реквизиты' });
    }
    const previous = ctx.row.payload.paymentMethod as PaymentPayload | undefined;
    const requestedOn = this.optionalDate(ctx.data.requestedOn, 'requestedOn') ?? ctx.legalDate;
    // new details apply from the month after the change: the current month's payment may already be in a register
    const fromMonth = monthAfter(ctx.legalDate);
    const details = (p: PaymentPayload | undefined) => ({
      kind: (p?.kind === 'post' || p?.kind === 'delivery_organisation' || p?.kind === 'unified_social_card' ? p.kind : 'bank') as 'bank' | 'post' | 'delivery_organisation' | 'unified_social_card',
      ...((p?.bankName ?? p?.postOffice ?? p?.organisation) ? { organisation: (p?.bankName ?? p?.postOffice ?? p?.organisation)! } : {}),
      ...(p?.bik ? { bik: p.bik } : {}),
      ...(p?.account ? { account: p.account } : {}),
    });
    ctx.notices.push({ delivery: noticeDeliveryOf(ctx.row, ctx.data.delivery), build: () => ({ kind: 'payment_details_change', requestedOn, previous: details(previous), next: details(ctx.data.paymentMethod as PaymentPayload), fromMonth }) });
    return parsed.data as Record<string, unknown>;
  }

  // The decision reaches the applicant: signed → issued (the one change the database allows a signed decision).
  private async issueDecision(ctx: EffectContext): Promise<DecisionRow> {
    const decision = await ctx.em.getRepository(DecisionRow).findOne({ where: { caseId: ctx.row.id, status: 'signed' }, order: { signedAt: 'DESC' } });
    if (!decision) throw ruleViolation('Нет подписанного решения для направления заявителю');
    await ctx.em.getRepository(DecisionRow).update({ id: decision.id }, { status: 'issued', issuedAt: ctx.at, issuedBy: ctx.user.id, version: decision.version + 1 });
    return { ...decision, status: 'issued', issuedAt: ctx.at, issuedBy: ctx.user.id };
  }

  private async lastIssuedDecision(ctx: EffectContext): Promise<DecisionRow> {
    const decision = await ctx.em.getRepository(DecisionRow).findOne({ where: [{ caseId: ctx.row.id, status: 'issued' }, { caseId: ctx.row.id, status: 'signed' }], order: { signedAt: 'DESC' } });
    if (!decision) throw ruleViolation('По делу нет выданного решения');
    return decision;
  }

  // The answer to a correction request names the decision in force and the day the request was registered.
  private async correctionRequest(ctx: EffectContext): Promise<{ decision: IssuedDecisionRef; requestedOn: LocalDate }> {
    const decision = await this.lastIssuedDecision(ctx);
    const requested = (await ctx.em.query(`SELECT legal_date AS "on" FROM case_event WHERE case_id = $1 AND event = 'register_correction_request' ORDER BY seq DESC LIMIT 1`, [ctx.row.id])) as { on: string }[];
    return { decision: { number: decision.number ?? '—', date: decision.decisionDate ?? ctx.legalDate, outcome: decision.kind }, requestedOn: requested[0]?.on ?? ctx.legalDate };
  }

  // An incomplete or failed answer is asked again; the old request stays as it was, superseded.
  private async reaskInteragency(ctx: EffectContext): Promise<{ kind: string; number: string }[]> {
    const ids = Array.isArray(ctx.data.requestIds) ? (ctx.data.requestIds as unknown[]).filter((x): x is string => typeof x === 'string') : [];
    if (ids.length === 0) throw new ApiException('VALIDATION_FAILED', 'Выберите запросы для повторного направления', { requestIds: 'Выберите хотя бы один запрос' });
    const rows = await ctx.em.getRepository(InteragencyRequestRow).find({ where: ids.map((id) => ({ id, caseId: ctx.row.id })) });
    if (rows.length !== new Set(ids).size) throw new ApiException('VALIDATION_FAILED', 'Запрос не найден в деле', { requestIds: 'Запрос не найден в деле' });
    const wrong = rows.filter((r) => r.status !== 'incomplete' && r.status !== 'failed');
    if (wrong.length > 0) throw ruleViolation(`Повторно направляется только запрос с неполным ответом или ошибкой: ${wrong.map((r) => r.number).join(', ')}`);
    for (const r of rows) await ctx.em.getRepository(InteragencyRequestRow).update({ id: r.id }, { status: 'superseded' });
    return this.sendInteragency({ ...ctx, data: { ...ctx.data, kinds: rows.map((r) => r.kind) } }, new Map(rows.map((r) => [r.kind, r.id])));
  }

  // Polls the gateway for answers to the case's open requests; when all are in, the system moves the case on.
  async pollInteragency(caseId: string, user: CurrentUserInfo): Promise<void> {
    const row = await this.caseFor(caseId, user);
    assertRoleIn(user, row.authorityId, ['clerk']);
    const authority = await this.authority(row.authorityId);
    const requests = await this.db.getRepository(InteragencyRequestRow).find({ where: { caseId, status: 'sent' } });
    const applicant = await this.db.getRepository(Person).findOneOrFail({ where: { id: row.applicantId } });
    const service = serviceOrThrow(row.serviceSlug);
    for (const r of requests) {
      const def = service.interagency.find((d) => d.code === r.kind);
      const answer = await this.gateway.fetch({ externalId: r.externalId ?? '', dueDate: r.dueDate, number: r.number, kind: r.kind, title: def?.title ?? r.kind, agency: r.agency, subject: { snils: applicant.snils, lastName: applicant.lastName, firstName: applicant.firstName, middleName: applicant.middleName, birthDate: applicant.birthDate } });
      if (answer.status === 'pending') continue;
      const at = this.clock.now();
      await this.db.getRepository(InteragencyRequestRow).update(
        { id: r.id, status: 'sent' },
        {
          status: answer.status,
          answeredAt: at,
          answeredOn: localDateTimeIn(at, authority.timeZone).date,
          answer: answer.status === 'failed' ? { error: answer.reason } : answer.status === 'incomplete' ? { ...answer.answer, missing: answer.missing } : answer.answer,
        },
      );
    }
    // every request answered in full (or asked again and that one answered): a late answer is still an answer
    const open = await this.db.getRepository(InteragencyRequestRow).count({ where: [{ caseId, status: 'sent' }, { caseId, status: 'incomplete' }, { caseId, status: 'failed' }] });
    if (open > 0) return;
    const fresh = await this.caseFor(caseId, user);
    const completion = service.workflow.transitions.find((t) => t.automatic && t.from.includes(fresh.state) && t.event === 'interagency_completed');
    if (completion) await this.fire(caseId, { event: completion.event, data: {}, expectedVersion: fresh.version }, user, { system: true });
  }

  async noticePdf(caseId: string, noticeId: string, user: CurrentUserInfo): Promise<{ number: string; pdf: Buffer }> {
    await this.caseFor(caseId, user);
    const notice = await this.db.getRepository(NoticeRow).createQueryBuilder('n').addSelect('n.pdf').where('n.id = :noticeId AND n.case_id = :caseId', { noticeId, caseId }).getOne();
    if (!notice) throw notFound('Уведомление');
    return { number: notice.number, pdf: notice.pdf };
  }

  // The application as taken (App 1 of capital repair, the housing application).
  async applicationPdf(caseId: string, user: CurrentUserInfo): Promise<{ name: string; pdf: Buffer }> {
    const row = await this.caseFor(caseId, user);
    return { name: row.number ?? row.id, pdf: await this.documents.applicationPdf(row) };
  }

  // App 9, 10, 11 for the applicant to sign, dated the authority's day of printing.
  async formPdf(caseId: string, form: string, input: FormInput, user: CurrentUserInfo): Promise<{ name: string; pdf: Buffer }> {
    const row = await this.caseFor(caseId, user);
    const authority = await this.authority(row.authorityId);
    const today = localDateTimeIn(this.clock.now(), authority.timeZone).date;
    return { name: `${form}-${row.number ?? row.id}`, pdf: await this.documents.formPdf(row, form, input, today) };
  }

  // POST /api/cases/:id/evaluate: the case's application through its service's rules, as a draft decision would take it.
  async evaluateCase(caseId: string, request: CaseEvaluateRequest, user: CurrentUserInfo): Promise<EvaluationResult> {
    const row = await this.caseFor(caseId, user);
    const authority = await this.authority(row.authorityId);
    // the facts the draft from this state would take: after a withdrawal (V2) its preset fact, not the clerk's
    const facts = presetDraftFacts(serviceOrThrow(row.serviceSlug).workflow, row.state) ?? request.facts;
    return this.evaluationOf(this.db.manager, row, facts, request.asOf ?? localDateTimeIn(this.clock.now(), authority.timeZone).date);
  }

  // The applicant from the personal file; the facts the interagency answers establish, with the clerk's over them.
  private async evaluationOf(em: EntityManager, row: CaseRow, facts: Record<string, unknown>, asOf: LocalDate): Promise<EvaluationResult> {
    const service = serviceOrThrow(row.serviceSlug);
    const [applicant] = (await em.query(`SELECT birth_date AS "birthDate", sex FROM person WHERE id = $1`, [row.applicantId])) as { birthDate: LocalDate; sex: 'male' | 'female' }[];
    const answered = (await em.query(`SELECT kind, answer FROM interagency_request WHERE case_id = $1 AND status = 'answered' ORDER BY answered_at`, [row.id])) as { kind: string; answer: Record<string, unknown> | null }[];
    const answers = Object.fromEntries(answered.filter((a) => a.answer !== null).map((a) => [a.kind, a.answer!]));
    const derived = service.evaluation?.factsFromInteragency?.(answers) ?? {};
    return this.evaluations.evaluate({
      service,
      application: row.payload,
      applicant,
      facts: mergeFacts(derived, facts),
      asOf,
      submittedOn: row.submittedOn,
      ...(row.acceptedOn ? { registeredOn: row.acceptedOn } : {}),
      parameterSets: await this.evaluations.parameterSets(service.slug, em),
      fieldPrefix: 'payload',
    });
  }

  private factsOf(value: unknown): Record<string, unknown> {
    if (value === undefined || value === null) return {};
    if (typeof value !== 'object' || Array.isArray(value)) throw new ApiException('VALIDATION_FAILED', 'Установленные сведения — объект «поле: значение»', { facts: 'Объект «поле: значение»' });
    return value as Record<string, unknown>;
  }

  async caseFor(caseId: string, user: CurrentUserInfo): Promise<CaseRow> {
    const row = await this.db.getRepository(CaseRow).findOne({ where: { id: caseId } });
    if (!row || rolesIn(user, row.authorityId).length === 0) throw notFound('Дело');
    return row;
  }

  // Outside a transaction an authority (reference data: time zone, calendar, office hours) is read at most once a
  // minute per process, as the production calendar is.
  private async authority(id: string, em?: EntityManager): Promise<Authority> {
    const cached = em ? undefined : this.authorities.get(id);
    if (cached && Date.now() - cached.at < AUTHORITY_CACHE_MS) return cached.authority;
    const authority = await (em ?? this.db.manager).getRepository(Authority).findOne({ where: { id } });
    if (!authority) throw new ApiException('VALIDATION_FAILED', 'Орган не найден', { authorityId: 'Орган не найден' });
    this.authorities.set(id, { authority, at: Date.now() });
    return authority;
  }

  async detail(caseId: string, user: CurrentUserInfo) {
    const row = await this.caseFor(caseId, user);
    const service = serviceOrThrow(row.serviceSlug);
    const authority = await this.authority(row.authorityId);
    const calendar = await this.calendars.calendar(authority.calendarCode);
    const today = localDateTimeIn(this.clock.now(), authority.timeZone).date;
    const [applicant, terms, events, documents, interagency, decisions, notices, duplicate] = await Promise.all([
      this.db.getRepository(Person).findOneOrFail({ where: { id: row.applicantId } }),
      this.db.getRepository(CaseTermRow).find({ where: { caseId }, order: { startedAt: 'ASC', termId: 'ASC' } }),
      this.db.query(
        `SELECT e.seq, e.event, e.from_state AS "fromState", e.to_state AS "toState", e.at, e.legal_date AS "legalDate", e.data, e.terms, e.actor_role AS "actorRole", u.full_name AS "actorName"
           FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = $1 ORDER BY e.seq`,
        [caseId],
      ) as Promise<{ seq: number; event: string; fromState: string | null; toState: string; at: Date; legalDate: string; data: Record<string, unknown>; actorName: string | null; actorRole: string | null }[]>,
      this.db.getRepository(CaseDocumentRow).find({ where: { caseId }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(InteragencyRequestRow).find({ where: { caseId }, order: { sentAt: 'ASC', number: 'ASC' } }),
      this.db.query(
        `SELECT d.id, d.kind, d.status, d.number, d.decision_date AS "decisionDate", d.grounds, d.payment_start_month AS "paymentStartMonth", d.comment, d.pdf_sha256 AS "pdfSha256",
                d.amount_kopecks::int AS "amountKopecks", d.evaluation,
                d.drafted_at AS "draftedAt", d.signed_at AS "signedAt", ud.full_name AS "draftedBy", ui.full_name AS "initialledBy", us.full_name AS "signedBy"
           FROM decision d JOIN app_user ud ON ud.id = d.drafted_by LEFT JOIN app_user ui ON ui.id = d.initialled_by LEFT JOIN app_user us ON us.id = d.signed_by
          WHERE d.case_id = $1 ORDER BY d.drafted_at`,
        [caseId],
      ) as Promise<Record<string, unknown>[]>,
      this.db.query(
        `SELECT n.id, n.kind, n.number, n.notice_date AS "noticeDate", n.delivery, n.status, n.decision_id AS "decisionId", n.pdf_sha256 AS "pdfSha256", n.sent_at AS "sentAt", u.full_name AS "sentBy"
           FROM notice n LEFT JOIN app_user u ON u.id = n.sent_by WHERE n.case_id = $1 ORDER BY n.created_at, n.number`,
        [caseId],
      ) as Promise<{ kind: NoticeKind }[]>,
      row.duplicateOf ? (this.db.query(`SELECT id, number, state FROM "case" WHERE id = $1`, [row.duplicateOf]) as Promise<{ id: string; number: string | null; state: string }[]>) : Promise.resolve([]),
    ]);
    const roles = rolesIn(user, row.authorityId);
    const titleOfEvent = (event: string): string => (event === 'receive' ? 'Поступление заявления' : (service.workflow.transitions.find((t) => t.event === event)?.title ?? event));
    return {
      id: row.id,
      number: row.number,
      serviceSlug: row.serviceSlug,
      serviceTitle: service.title,
      variant: row.variant,
      channel: row.channel,
      channelTitle: service.channels.find((c) => c.code === row.channel)?.title ?? row.channel,
      state: row.state,
      stateTitle: stateTitle(service, row.state),
      version: row.version,
      payload: row.payload,
      representative: row.representative,
      receivedAt: row.receivedAt,
      submittedOn: row.submittedOn,
      receivedOn: row.receivedOn,
      receivedOnNote: row.receivedOnNote,
      duplicateOf: duplicate[0] ? { ...duplicate[0], stateTitle: stateTitle(service, duplicate[0].state) } : null,
      duplicateReason: row.duplicateReason,
      acceptedOn: row.acceptedOn,
      registeredAt: row.registeredAt,
      decidedOn: row.decidedOn,
      today,
      authority: { id: authority.id, name: authority.name, shortName: authority.shortName, timeZone: authority.timeZone },
      applicant,
      terms: terms.map((t) => {
        const s = termStatusSafe(calendar, t, today);
        return {
          termId: t.termId,
          title: t.title,
          clause: t.clause,
          status: t.status,
          startedOn: t.startedOn,
          dueDate: t.dueDate,
          dueAt: t.dueAt,
          completedOn: t.completedOn,
          explanation: t.explanation,
          pausedOn: t.pausedOn,
          pausedWorkingDays: t.pausedWorkingDays,
          extensionWorkingDays: t.extensionWorkingDays,
          extensionGround: t.extensionGround,
          workingDaysLeft: s.workingDaysLeft,
          urgency: s.urgency,
        };
      }),
      events: events.map((e) => ({ ...e, title: titleOfEvent(e.event), fromStateTitle: stateTitle(service, e.fromState), toStateTitle: stateTitle(service, e.toState) })),
      documents,
      // a late answer is marked, never held against the applicant (cl. 18)
      interagency: interagency.map((r) => ({ ...r, title: service.interagency.find((d) => d.code === r.kind)?.title ?? r.kind, late: r.answeredOn !== null ? r.answeredOn > r.dueDate : today > r.dueDate })),
      decisions,
      notices: notices.map((n) => ({ ...n, title: NOTICE_TITLES[n.kind] ?? n.kind })),
      grounds: service.grounds.map((g) => ({ code: g.code, kind: g.kind, title: g.title, clause: g.clause, ...(g.channels ? { channels: g.channels } : {}) })),
      actions: availableEvents({ workflow: service.workflow, state: row.state, roles }).filter((t) => !t.automatic).map((t) => ({ event: t.event, title: t.title, effects: t.effects ?? [] })),
    };
  }

  async queue(query: CaseQueueQuery, user: CurrentUserInfo) {
    const allowed = authoritiesWithRole(user, READ_ROLES);
    const authorityIds = query.authorityId ? allowed.filter((a) => a === query.authorityId) : allowed;
    if (query.authorityId && authorityIds.length === 0) throw forbidden('Нет доступа к делам этого органа');
    // one authority: an equality, so the page is read in the order of IDX_case_queue_due instead of sorting them all
    const params: unknown[] = [authorityIds.length === 1 ? authorityIds[0] : authorityIds];
    const where: string[] = [authorityIds.length === 1 ? 'c.authority_id = $1' : 'c.authority_id = ANY($1)'];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.state) add('c.state = ?', query.state);
    if (query.serviceSlug) add('c.service_slug = ?', query.serviceSlug);
    if (query.mine === 'true') {
      params.push(user.id);
      where.push(`(c.assignee_id = $${params.length} OR c.created_by = $${params.length})`);
    }
    const joins: string[] = [];
    if (query.q) {
      params.push(`${query.q.toLowerCase().replace(/[%_]/g, '')}%`, query.q);
      joins.push('JOIN person p ON p.id = c.applicant_id');
      where.push(`(lower(p.last_name) LIKE $${params.length - 1} OR c.number = $${params.length})`);
    }
    if (query.term === 'overdue' || query.term === 'due_today') {
      // "today" is the local date of each case's authority
      params.push(this.clock.now().toISOString());
      joins.push('JOIN authority a ON a.id = c.authority_id');
      where.push(`c.next_due_date ${query.term === 'overdue' ? '<' : '='} ($${params.length}::timestamptz AT TIME ZONE a.time_zone)::date`);
    }
    if (query.term === 'open') where.push('c.next_due_date IS NOT NULL');
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    // c.next_due_date is the nearest running term, kept by the database (migration 1764700000000): the page comes from
    // an index, and only its rows are joined to the applicant and their term
    const from = `FROM "case" c ${joins.join(' ')} WHERE ${where.join(' AND ')}`;
    const [rows, total] = await Promise.all([
      this.db.query(
        `WITH page AS (SELECT c.id, c.next_due_date, c.received_at ${from} ORDER BY c.next_due_date NULLS LAST, c.received_at DESC LIMIT ${limit} OFFSET ${offset})
         SELECT c.id, c.number, c.service_slug AS "serviceSlug", c.state, c.channel, c.received_at AS "receivedAt", c.registered_at AS "registeredAt", c.authority_id AS "authorityId",
                concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "applicantName", a.time_zone AS "timeZone", nt.term_id AS "termId", nt.title AS "termTitle", nt.due_date AS "dueDate"
           FROM page JOIN "case" c ON c.id = page.id JOIN person p ON p.id = c.applicant_id JOIN authority a ON a.id = c.authority_id
           LEFT JOIN LATERAL (SELECT t.term_id, t.title, t.due_date FROM case_term t WHERE t.case_id = c.id AND t.status = 'running' ORDER BY t.due_date, t.term_id LIMIT 1) nt ON true
          ORDER BY page.next_due_date NULLS LAST, page.received_at DESC`,
        params,
      ) as Promise<{ id: string; number: string | null; serviceSlug: string; state: string; channel: string; receivedAt: Date; registeredAt: Date | null; authorityId: string; applicantName: string; timeZone: string; termId: string | null; termTitle: string | null; dueDate: string | null }[]>,
      // counted up to a cap: past 10 000 cases the exact number is no use to a clerk and costs a scan
      this.db.query(`SELECT count(*)::int AS total FROM (SELECT 1 ${from} LIMIT ${QUEUE_COUNT_CAP + 1}) x`, params) as Promise<{ total: number }[]>,
    ]);
    const calendar = await this.calendars.calendar();
    const now = this.clock.now();
    return {
      total: Math.min(total[0].total, QUEUE_COUNT_CAP),
      totalIsCapped: total[0].total > QUEUE_COUNT_CAP,
      items: rows.map((r) => {
        const service = getService(r.serviceSlug);
        const today = localDateTimeIn(now, r.timeZone).date;
        const s = r.dueDate ? termStatusSafe(calendar, { status: 'running', dueDate: r.dueDate, completedOn: null }, today) : null;
        return {
          id: r.id,
          number: r.number,
          serviceSlug: r.serviceSlug,
          serviceTitle: service?.shortTitle ?? r.serviceSlug,
          state: r.state,
          stateTitle: service ? stateTitle(service, r.state) : r.state,
          channel: r.channel,
          applicantName: r.applicantName,
          receivedAt: r.receivedAt,
          registeredAt: r.registeredAt,
          authorityId: r.authorityId,
          nextTerm: r.dueDate && s ? { termId: r.termId, title: r.termTitle, dueDate: r.dueDate, workingDaysLeft: s.workingDaysLeft, status: s.urgency } : null,
        };
      }),
    };
  }
}

type Urgency = 'open' | 'due_today' | 'overdue' | 'met' | 'breached' | 'cancelled';

const termStatusSafe = (calendar: ProductionCalendar, t: { status: string; dueDate: string; completedOn: string | null }, today: LocalDate): { workingDaysLeft: number | null; urgency: Urgency } => {
  if (t.status === 'cancelled') return { workingDaysLeft: null, urgency: 'cancelled' };
  try {
    const s = termStatus({ dueDate: t.dueDate, today, calendar, completedOn: t.status === 'running' ? null : t.completedOn });
    return { workingDaysLeft: s.workingDaysLeft, urgency: s.status };
  } catch {
    return { workingDaysLeft: null, urgency: t.status === 'running' ? 'open' : (t.status as Urgency) };
  }
};
