import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { complaintReplyDocument, type Complainant } from '@casework/documents';
import {
  COMPLAINT_CHANNEL_TITLES,
  COMPLAINT_DEFAULTS,
  COMPLAINT_REMEDY_TITLES,
  COMPLAINT_REPLY_METHOD_TITLES,
  COMPLAINT_STATUS_TITLES,
  COMPLAINT_SUBJECT_TITLES,
  complaintTerms,
  getService,
  isShortTermSubject,
  localDateTimeIn,
  SERVICES,
  termStatus,
  type ComplaintConfig,
  type ComplaintDecision,
  type ComplaintListQuery,
  type ComplaintRegistration,
  type ComplaintReplySent,
  type ComplaintTerms,
  type LocalDate,
  type ProductionCalendar,
  type Role,
  type ServiceDefinition,
} from '@casework/domain';
import { ApiException, forbidden, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import { assertRoleIn, authoritiesWithRole, rolesIn, type CurrentUserInfo } from '../auth/current-user';
import { AppUser } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { calendarError, CalendarService } from '../calendar/calendar.service';
import { CaseRow } from '../cases/case.entity';
import { renderPdf, sha256Hex } from '../documents/pdf-renderer';
import { Person } from '../persons/person.entity';
import { ComplaintRow, type ComplaintOutcome } from './complaint.entity';

const READ_ROLES: Role[] = ['clerk', 'head', 'auditor'];

// A complaint may arrive a little before the clerk's clock says "now" (the clocks of two machines); never from the future.
const CLOCK_SKEW_MS = 5 * 60_000;

type TermView = {
  termId: string;
  title: string;
  clause: string;
  startedOn: LocalDate;
  dueDate: LocalDate;
  completedOn: LocalDate | null;
  explanation: string;
  status: 'open' | 'due_today' | 'overdue' | 'met' | 'breached' | 'cancelled';
  workingDaysLeft: number | null;
};

type ListRow = {
  id: string;
  number: string;
  authorityId: string;
  timeZone: string;
  calendarCode: string;
  caseId: string | null;
  caseNumber: string | null;
  complainantName: string;
  channel: keyof typeof COMPLAINT_CHANNEL_TITLES;
  subject: keyof typeof COMPLAINT_SUBJECT_TITLES;
  status: keyof typeof COMPLAINT_STATUS_TITLES;
  registeredOn: string;
  reviewDue: string;
  decidedOn: string | null;
  replyDue: string | null;
  repliedOn: string | null;
};

const configOf = (service: ServiceDefinition | undefined): ComplaintConfig => service?.complaints ?? COMPLAINT_DEFAULTS;

// «Соколова Анна Петровна» → a person's name for the dative; anything else (an organisation) is printed as given.
const complainantOf = (name: string, address: string | null, person: Person | null): Complainant => {
  const base = address ? { address } : {};
  if (person) return { lastName: person.lastName, firstName: person.firstName, ...(person.middleName ? { middleName: person.middleName } : {}), sex: person.sex, ...base };
  const parts = name.trim().split(/\s+/);
  const capitalised = (p: string): boolean => /^[А-ЯЁA-Z][а-яёa-z'-]+$/.test(p);
  if (parts.length >= 2 && parts.length <= 4 && capitalised(parts[0]) && capitalised(parts[1]) && parts.slice(2).every((p) => /^[А-ЯЁа-яёA-Za-z'-]+$/.test(p))) {
    const middleName = parts.slice(2).join(' ');
    return { lastName: parts[0], firstName: parts[1], ...(middleName ? { middleName } : {}), ...base };
  }
  return { organisation: name.trim(), ...base };
};

const personFullName = (p: Person): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

@Injectable()
export class ComplaintsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
  ) {}

  // Reference data for the console's forms: subjects, channels, remedies, and each service's terms and bodies.
  options() {
    return {
      subjects: Object.entries(COMPLAINT_SUBJECT_TITLES).map(([code, title]) => ({ code, title, shortTerm: isShortTermSubject(code as keyof typeof COMPLAINT_SUBJECT_TITLES) })),
      channels: Object.entries(COMPLAINT_CHANNEL_TITLES).map(([code, title]) => ({ code, title })),
      remedies: Object.entries(COMPLAINT_REMEDY_TITLES).map(([code, title]) => ({ code, title })),
      replyMethods: Object.entries(COMPLAINT_REPLY_METHOD_TITLES).map(([code, title]) => ({ code, title })),
      statuses: Object.entries(COMPLAINT_STATUS_TITLES).map(([code, title]) => ({ code, title })),
      defaults: COMPLAINT_DEFAULTS,
      services: SERVICES.map((s) => ({ slug: s.slug, shortTitle: s.shortTitle, complaints: configOf(s) })),
    };
  }

  // Registration: the number from the authority's complaint journal, the review term from the registration day in the authority's zone.
  async register(input: ComplaintRegistration, user: CurrentUserInfo): Promise<string> {
    assertRoleIn(user, input.authorityId, ['clerk']);
    const authority = await this.authority(input.authorityId);
    const now = this.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw new ApiException('VALIDATION_FAILED', 'Время поступления не может быть в будущем', { receivedAt: 'Время поступления в будущем' });
    const registeredOn = localDateTimeIn(now, authority.timeZone).date;
    const calendar = await this.calendars.calendar(authority.calendarCode);

    return this.db.transaction(async (em) => {
      let service: ServiceDefinition | undefined;
      let caseId: string | null = null;
      if (input.caseId) {
        const caseRow = await em.getRepository(CaseRow).findOne({ where: { id: input.caseId } });
        if (!caseRow || caseRow.authorityId !== authority.id) throw new ApiException('VALIDATION_FAILED', 'Дело не найдено в этом органе', { caseId: 'Дело не найдено в этом органе' });
        service = getService(caseRow.serviceSlug);
        caseId = caseRow.id;
      } else if (input.serviceSlug) {
        service = getService(input.serviceSlug);
        if (!service) throw new ApiException('VALIDATION_FAILED', `Неизвестная услуга «${input.serviceSlug}»`, { serviceSlug: 'Неизвестная услуга' });
      }
      const config = configOf(service);
      if (!config.bodies.some((b) => b.code === input.against.body)) {
        throw new ApiException('VALIDATION_FAILED', 'Выберите, на чьи решения или действия подана жалоба, из перечня регламента', { 'against.body': 'Нет в перечне регламента' });
      }
      let person: Person | null = null;
      if (input.complainantPersonId) {
        person = await em.getRepository(Person).findOne({ where: { id: input.complainantPersonId } });
        if (!person) throw new ApiException('VALIDATION_FAILED', 'Заявитель не найден', { complainantPersonId: 'Заявитель не найден' });
      }
      const terms = this.terms({ subject: input.subject, config, registeredOn, calendar, field: 'receivedAt' });
      const number = await this.nextNumber(em, authority.id, registeredOn);
      const row = await em.getRepository(ComplaintRow).save(
        em.getRepository(ComplaintRow).create({
          authorityId: authority.id,
          caseId,
          serviceSlug: service?.slug ?? null,
          number,
          complainantPersonId: person?.id ?? null,
          complainantName: person ? personFullName(person) : (input.complainantName ?? ''),
          complainantAddress: input.complainantAddress ?? person?.registrationAddress ?? person?.actualAddress ?? null,
          channel: input.channel,
          subject: input.subject,
          text: input.text,
          against: { body: input.against.body, official: input.against.official },
          receivedAt,
          registeredAt: now,
          registeredOn,
          reviewDue: terms.review.dueDate,
          reviewExplanation: terms.review.explanation,
          replyDue: null,
          replyExplanation: null,
          status: 'registered',
          outcome: null,
          replySha256: null,
          version: 1,
          createdBy: user.id,
        }),
      );
      await this.audit.write(em, {
        actorId: user.id,
        authorityId: authority.id,
        action: 'complaint.registered',
        entity: 'complaint',
        entityId: row.id,
        details: { number, subject: input.subject, caseId, reviewDue: terms.review.dueDate },
      });
      return row.id;
    });
  }

  async list(query: ComplaintListQuery, user: CurrentUserInfo) {
    const allowed = authoritiesWithRole(user, READ_ROLES);
    if (query.authorityId && !allowed.includes(query.authorityId)) throw forbidden('Нет доступа к жалобам этого органа');
    const params: unknown[] = [query.authorityId ? [query.authorityId] : allowed];
    const where = ['c.authority_id = ANY($1)'];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.status) add('c.status = ?', query.status);
    if (query.caseId) add('c.case_id = ?', query.caseId);
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const from = `FROM complaint c JOIN authority a ON a.id = c.authority_id LEFT JOIN "case" k ON k.id = c.case_id WHERE ${where.join(' AND ')}`;
    const [rows, total] = await Promise.all([
      this.db.query(
        `SELECT c.id, c.number, c.authority_id AS "authorityId", a.time_zone AS "timeZone", a.calendar_code AS "calendarCode", c.case_id AS "caseId", k.number AS "caseNumber",
                c.complainant_name AS "complainantName", c.channel, c.subject, c.status, c.registered_on AS "registeredOn", c.review_due AS "reviewDue",
                c.decided_on AS "decidedOn", c.reply_due AS "replyDue", c.replied_on AS "repliedOn"
         ${from}
         ORDER BY (c.status = 'registered') DESC, (c.replied_at IS NULL AND c.status IN ('upheld', 'rejected')) DESC, c.review_due, c.registered_at DESC
         LIMIT ${limit} OFFSET ${offset}`,
        params,
      ) as Promise<ListRow[]>,
      this.db.query(`SELECT count(*)::int AS total ${from}`, params) as Promise<{ total: number }[]>,
    ]);
    const now = this.clock.now();
    const calendars = new Map<string, ProductionCalendar>();
    for (const code of new Set(rows.map((r) => r.calendarCode))) calendars.set(code, await this.calendars.calendar(code));
    return {
      total: total[0].total,
      items: rows.map((r) => {
        const calendar = calendars.get(r.calendarCode)!;
        const today = localDateTimeIn(now, r.timeZone).date;
        return {
          id: r.id,
          number: r.number,
          authorityId: r.authorityId,
          caseId: r.caseId,
          caseNumber: r.caseNumber,
          complainantName: r.complainantName,
          channel: r.channel,
          channelTitle: COMPLAINT_CHANNEL_TITLES[r.channel] ?? r.channel,
          subject: r.subject,
          subjectTitle: COMPLAINT_SUBJECT_TITLES[r.subject] ?? r.subject,
          status: r.status,
          statusTitle: COMPLAINT_STATUS_TITLES[r.status] ?? r.status,
          registeredOn: r.registeredOn,
          reviewDue: r.reviewDue,
          replyDue: r.replyDue,
          nextTerm: this.nextTerm(r, calendar, today),
        };
      }),
    };
  }

  // The term the list shows: review while registered, the reply once decided, none when everything is done.
  private nextTerm(r: Pick<ListRow, 'status' | 'reviewDue' | 'decidedOn' | 'replyDue' | 'repliedOn'>, calendar: ProductionCalendar, today: LocalDate) {
    if (r.status === 'registered') return { termId: 'COMPLAINT_REVIEW', title: 'Рассмотрение жалобы', dueDate: r.reviewDue, ...this.status(calendar, r.reviewDue, today, null) };
    if ((r.status === 'upheld' || r.status === 'rejected') && r.replyDue && !r.repliedOn) {
      return { termId: 'COMPLAINT_REPLY', title: 'Направление ответа', dueDate: r.replyDue, ...this.status(calendar, r.replyDue, today, null) };
    }
    return null;
  }

  private status(calendar: ProductionCalendar, dueDate: LocalDate, today: LocalDate, completedOn: LocalDate | null): Pick<TermView, 'status' | 'workingDaysLeft'> {
    try {
      const s = termStatus({ dueDate, today, calendar, completedOn });
      return { status: s.status, workingDaysLeft: s.workingDaysLeft };
    } catch {
      // a year the calendar does not cover: the date still shows, without the count
      return { status: completedOn === null ? 'open' : completedOn <= dueDate ? 'met' : 'breached', workingDaysLeft: null };
    }
  }

  async detail(id: string, user: CurrentUserInfo) {
    const row = await this.complaintFor(id, user);
    const roles = rolesIn(user, row.authorityId);
    const [authority, caseRow, decider, replier] = await Promise.all([
      this.authority(row.authorityId),
      row.caseId ? this.db.getRepository(CaseRow).findOne({ where: { id: row.caseId }, select: { id: true, number: true, serviceSlug: true } }) : Promise.resolve(null),
      row.decidedBy ? this.db.getRepository(AppUser).findOne({ where: { id: row.decidedBy } }) : Promise.resolve(null),
      row.repliedBy ? this.db.getRepository(AppUser).findOne({ where: { id: row.repliedBy } }) : Promise.resolve(null),
    ]);
    const calendar = await this.calendars.calendar(authority.calendarCode);
    const today = localDateTimeIn(this.clock.now(), authority.timeZone).date;
    const service = row.serviceSlug ? getService(row.serviceSlug) : undefined;
    const config = configOf(service);
    const body = config.bodies.find((b) => b.code === row.against.body);
    const review: TermView = {
      termId: 'COMPLAINT_REVIEW',
      title: 'Рассмотрение жалобы',
      clause: config.clause,
      startedOn: row.registeredOn,
      dueDate: row.reviewDue,
      completedOn: row.decidedOn,
      explanation: row.reviewExplanation,
      ...(row.status === 'withdrawn' ? { status: 'cancelled' as const, workingDaysLeft: null } : this.status(calendar, row.reviewDue, today, row.decidedOn)),
    };
    const reply: TermView | null =
      row.replyDue && row.decidedOn
        ? {
            termId: 'COMPLAINT_REPLY',
            title: 'Направление мотивированного ответа заявителю',
            clause: config.clause,
            startedOn: row.decidedOn,
            dueDate: row.replyDue,
            completedOn: row.repliedOn,
            explanation: row.replyExplanation ?? '',
            ...this.status(calendar, row.replyDue, today, row.repliedOn),
          }
        : null;
    const decided = row.status === 'upheld' || row.status === 'rejected';
    return {
      id: row.id,
      number: row.number,
      version: row.version,
      today,
      authority: { id: authority.id, name: authority.name, shortName: authority.shortName, timeZone: authority.timeZone },
      caseId: row.caseId,
      caseNumber: caseRow?.number ?? null,
      serviceSlug: row.serviceSlug,
      serviceTitle: service?.shortTitle ?? null,
      complainantPersonId: row.complainantPersonId,
      complainantName: row.complainantName,
      complainantAddress: row.complainantAddress,
      channel: row.channel,
      channelTitle: COMPLAINT_CHANNEL_TITLES[row.channel] ?? row.channel,
      subject: row.subject,
      subjectTitle: COMPLAINT_SUBJECT_TITLES[row.subject] ?? row.subject,
      shortTerm: isShortTermSubject(row.subject),
      text: row.text,
      against: { body: row.against.body, bodyTitle: body?.title ?? row.against.body, filedWith: body?.filedWith ?? null, official: row.against.official },
      receivedAt: row.receivedAt,
      registeredAt: row.registeredAt,
      registeredOn: row.registeredOn,
      status: row.status,
      statusTitle: COMPLAINT_STATUS_TITLES[row.status] ?? row.status,
      terms: { review, reply },
      outcome: row.outcome
        ? { ...row.outcome, remedyTitle: row.outcome.remedy ? COMPLAINT_REMEDY_TITLES[row.outcome.remedy.kind] : null }
        : null,
      decidedOn: row.decidedOn,
      decidedAt: row.decidedAt,
      decidedBy: decider?.fullName ?? null,
      replySha256: row.replySha256,
      repliedAt: row.repliedAt,
      repliedOn: row.repliedOn,
      repliedBy: replier?.fullName ?? null,
      replyMethod: row.replyMethod,
      replyMethodTitle: row.replyMethod ? (COMPLAINT_REPLY_METHOD_TITLES[row.replyMethod as keyof typeof COMPLAINT_REPLY_METHOD_TITLES] ?? row.replyMethod) : null,
      replyWithinTerm: row.repliedOn && row.replyDue ? row.repliedOn <= row.replyDue : null,
      reviewWithinTerm: row.decidedOn ? row.decidedOn <= row.reviewDue : null,
      actions: {
        decide: row.status === 'registered' && roles.includes('head'),
        replySent: decided && row.repliedAt === null && roles.includes('clerk'),
      },
    };
  }

  // The head's decision: one transaction renders the reasoned reply, stores it with its SHA-256 and starts the reply term.
  async decide(id: string, input: ComplaintDecision, user: CurrentUserInfo): Promise<void> {
    await this.db.transaction(async (em) => {
      const row = await this.lockFor(em, id, user, 'head');
      if (row.version !== input.expectedVersion) throw versionConflict();
      if (row.status !== 'registered') throw ruleViolation(row.status === 'withdrawn' ? 'Жалоба отозвана: решение по ней не принимается' : `Решение по жалобе уже принято: ${COMPLAINT_STATUS_TITLES[row.status].toLowerCase()}`);
      const authority = await this.authority(row.authorityId, em);
      const at = this.clock.now();
      const decidedOn = localDateTimeIn(at, authority.timeZone).date;
      const calendar = await this.calendars.calendar(authority.calendarCode);
      const service = row.serviceSlug ? getService(row.serviceSlug) : undefined;
      const config = configOf(service);
      const terms = this.terms({ subject: row.subject, config, registeredOn: row.registeredOn, decidedOn, calendar, field: 'outcome' });
      const reply = terms.reply!;
      const outcome: ComplaintOutcome = { outcome: input.outcome, reasons: input.reasons, remedy: input.outcome === 'upheld' ? (input.remedy ?? null) : null, nextSteps: input.outcome === 'upheld' ? input.nextSteps : null };

      const [head, person, caseRow] = await Promise.all([
        em.getRepository(AppUser).findOneOrFail({ where: { id: user.id } }),
        row.complainantPersonId ? em.getRepository(Person).findOne({ where: { id: row.complainantPersonId } }) : Promise.resolve(null),
        row.caseId ? em.getRepository(CaseRow).findOne({ where: { id: row.caseId }, select: { id: true, number: true } }) : Promise.resolve(null),
      ]);
      const body = config.bodies.find((b) => b.code === row.against.body);
      const against = [body?.title ?? row.against.body, row.against.official].filter(Boolean).join('; ');
      const [lastName = head.fullName, firstName = '', middleName] = head.fullName.trim().split(/\s+/);
      const bytes = await renderPdf(
        complaintReplyDocument({
          authority: { name: authority.name, ...(authority.address ? { address: authority.address } : {}) },
          number: row.number,
          date: decidedOn,
          complainant: complainantOf(row.complainantName, row.complainantAddress, person),
          complaint: { registeredOn: row.registeredOn, subject: COMPLAINT_SUBJECT_TITLES[row.subject], against, ...(caseRow?.number ? { caseNumber: caseRow.number } : {}) },
          outcome: input.outcome,
          reasons: input.reasons,
          ...(outcome.remedy ? { remedy: { title: COMPLAINT_REMEDY_TITLES[outcome.remedy.kind], ...(outcome.remedy.details ? { details: outcome.remedy.details } : {}) } } : {}),
          ...(outcome.nextSteps ? { nextSteps: outcome.nextSteps } : {}),
          signedBy: { position: head.position ?? 'Руководитель', name: { lastName, firstName, ...(middleName ? { middleName } : {}) } },
        }),
      );
      const sha256 = sha256Hex(bytes);
      const update = await em
        .createQueryBuilder()
        .update(ComplaintRow)
        .set({
          status: input.outcome,
          outcome,
          replyPdf: bytes,
          replySha256: sha256,
          decidedBy: user.id,
          decidedAt: at,
          decidedOn,
          replyDue: reply.dueDate,
          replyExplanation: reply.explanation,
          version: () => 'version + 1',
          updatedAt: at,
        })
        .where('id = :id AND version = :version', { id: row.id, version: row.version })
        .execute();
      if (update.affected !== 1) throw versionConflict();
      await this.audit.write(em, {
        actorId: user.id,
        authorityId: row.authorityId,
        action: 'complaint.decided',
        entity: 'complaint',
        entityId: row.id,
        details: { outcome: input.outcome, remedy: outcome.remedy?.kind ?? null, decidedOn, reviewDue: row.reviewDue, withinTerm: decidedOn <= row.reviewDue, replyDue: reply.dueDate, sha256, version: row.version + 1 },
      });
    });
  }

  // The clerk records that the reply went out, and whether that was within the reply term.
  async replySent(id: string, input: ComplaintReplySent, user: CurrentUserInfo): Promise<void> {
    await this.db.transaction(async (em) => {
      const row = await this.lockFor(em, id, user, 'clerk');
      if (row.version !== input.expectedVersion) throw versionConflict();
      if (row.status !== 'upheld' && row.status !== 'rejected') throw ruleViolation('Ответ направляется после принятия решения по жалобе');
      if (row.repliedAt !== null) throw ruleViolation('Направление ответа уже отмечено');
      const authority = await this.authority(row.authorityId, em);
      const at = this.clock.now();
      const repliedOn = localDateTimeIn(at, authority.timeZone).date;
      const update = await em
        .createQueryBuilder()
        .update(ComplaintRow)
        .set({ repliedAt: at, repliedOn, repliedBy: user.id, replyMethod: input.method ?? null, version: () => 'version + 1', updatedAt: at })
        .where('id = :id AND version = :version', { id: row.id, version: row.version })
        .execute();
      if (update.affected !== 1) throw versionConflict();
      await this.audit.write(em, {
        actorId: user.id,
        authorityId: row.authorityId,
        action: 'complaint.reply_sent',
        entity: 'complaint',
        entityId: row.id,
        details: { repliedOn, replyDue: row.replyDue, withinTerm: row.replyDue !== null && repliedOn <= row.replyDue, method: input.method ?? null, version: row.version + 1 },
      });
    });
  }

  // The stored reply, never regenerated.
  async replyPdf(id: string, user: CurrentUserInfo): Promise<{ bytes: Buffer; number: string; sha256: string }> {
    const visible = await this.complaintFor(id, user);
    const row = await this.db.getRepository(ComplaintRow).createQueryBuilder('c').addSelect('c.replyPdf').where('c.id = :id', { id: visible.id }).getOne();
    if (!row?.replyPdf || !row.replySha256) throw notFound('Ответ на жалобу (решение ещё не принято)');
    return { bytes: row.replyPdf, number: row.number, sha256: row.replySha256 };
  }

  private async complaintFor(id: string, user: CurrentUserInfo): Promise<ComplaintRow> {
    const row = await this.db.getRepository(ComplaintRow).findOne({ where: { id } });
    if (!row || !rolesIn(user, row.authorityId).some((r) => READ_ROLES.includes(r))) throw notFound('Жалоба');
    return row;
  }

  // Outside the user's authorities: 404; inside but without the role: 403.
  private async lockFor(em: EntityManager, id: string, user: CurrentUserInfo, role: Role): Promise<ComplaintRow> {
    const row = await em.getRepository(ComplaintRow).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row || !rolesIn(user, row.authorityId).some((r) => READ_ROLES.includes(r))) throw notFound('Жалоба');
    assertRoleIn(user, row.authorityId, [role]);
    return row;
  }

  private terms(args: { subject: ComplaintRow['subject']; config: ComplaintConfig; registeredOn: LocalDate; decidedOn?: LocalDate; calendar: ProductionCalendar; field: string }): ComplaintTerms {
    try {
      return complaintTerms({ subject: args.subject, config: args.config, registeredOn: args.registeredOn, decidedOn: args.decidedOn ?? null, calendar: args.calendar });
    } catch (error) {
      throw calendarError(error, args.field);
    }
  }

  private async nextNumber(em: EntityManager, authorityId: string, legalDate: LocalDate): Promise<string> {
    const year = Number(legalDate.slice(0, 4));
    const [{ last_number }] = (await em.query(
      `INSERT INTO journal_counter (authority_id, journal, year, last_number) VALUES ($1, 'complaint', $2, 1)
       ON CONFLICT (authority_id, journal, year) DO UPDATE SET last_number = journal_counter.last_number + 1
       RETURNING last_number`,
      [authorityId, year],
    )) as { last_number: number }[];
    return `Ж-${last_number}/${year}`;
  }

  private async authority(id: string, em: EntityManager = this.db.manager): Promise<Authority> {
    const authority = await em.getRepository(Authority).findOne({ where: { id } });
    if (!authority) throw new ApiException('VALIDATION_FAILED', 'Орган не найден', { authorityId: 'Орган не найден' });
    return authority;
  }
}
