import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PersonCreate, PersonData, PersonDuplicatesQuery, PersonSearch, PersonUpdate, RecordedChange } from '@casework/domain';
import { findNearDuplicates, getService, localDateTimeIn, normalizeSnils, PERSONAL_FILE_TIME_ZONE, personAsOf } from '@casework/domain';
import { ApiException, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { authoritiesWithRole } from '../auth/current-user';
import { NOTICE_TITLES, type NoticeKind } from '../documents/notices.service';
import { selectColumns } from '../common/entity-sql';
import { FamilyLinksService } from './family-links.service';
import { Person, PersonChange } from './person.entity';

export const PERSON_FIELDS: (keyof PersonData)[] = ['snils', 'lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'citizenship', 'identityDocument', 'registrationAddress', 'actualAddress', 'phone', 'email'];

const READ_ROLES = ['clerk', 'head', 'auditor', 'admin'] as const;

const DECISION_KIND_TITLES: Record<string, string> = {
  grant: 'О предоставлении',
  refuse: 'Об отказе в предоставлении',
  refuse_accept: 'Об отказе в приёме документов',
  extension: 'О продлении срока',
  correction: 'Об исправлении опечаток',
};

// key order must not make an unchanged identity document look changed
const stableJson = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null)
        .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(value ?? null);

export const personDataOf = (p: Person): PersonData => Object.fromEntries(PERSON_FIELDS.map((f) => [f, p[f as keyof Person] ?? null])) as PersonData;

export type DuplicateCandidate = { id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string; snils: string | null; reason: string };

export type PersonCaseSummary = {
  id: string;
  number: string | null;
  serviceSlug: string;
  serviceTitle: string;
  state: string;
  stateTitle: string;
  receivedAt: Date;
  authorityId: string;
  terms: { termId: string; title: string; status: string; dueDate: string; completedOn: string | null }[];
};

type ChangeRow = { id: string; changedAt: Date; changedBy: string; changes: Record<string, { from: unknown; to: unknown }>; basis: string | null };
type MergeRow = { id: string; survivorId: string; mergedId: string; mergedAt: Date; reason: string; moved: Record<string, number>; movedCaseIds: string[]; mergedBy: string; survivorName: string; mergedName: string; mergedBirthDate: string };

@Injectable()
export class PersonsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly family: FamilyLinksService,
  ) {}

  // Registration from the console: near duplicates (same birth date, same or nearly the same name) stop it with 409
  // unless the clerk has confirmed this is another human being.
  async register(input: PersonCreate, user: CurrentUserInfo): Promise<Person> {
    const { confirmDistinct, ...data } = input;
    return this.db.transaction(async (em) => {
      const candidates = await this.duplicates(data, em);
      if (candidates.length > 0 && confirmDistinct !== true) {
        throw new ApiException(
          'POSSIBLE_DUPLICATE',
          'Похоже, гражданин уже есть в базе: откройте найденное личное дело или подтвердите, что это другой человек',
          { confirmDistinct: 'Проверьте найденные личные дела' },
          { candidates },
        );
      }
      return this.create(data, user, em, candidates.length > 0 ? { confirmedDistinctFrom: candidates.map((c) => c.id) } : {});
    });
  }

  // The plain registration (the portal and MFC deliver a person identified by SNILS).
  async create(data: PersonData, user: CurrentUserInfo, em: EntityManager = this.db.manager, details: Record<string, unknown> = {}): Promise<Person> {
    const snils = data.snils ? normalizeSnils(data.snils) : null;
    if (snils && (await em.getRepository(Person).exists({ where: { snils } }))) {
      throw new ApiException('ALREADY_EXISTS', 'Гражданин с таким СНИЛС уже есть в базе', { snils: 'СНИЛС уже зарегистрирован: найдите гражданина поиском' });
    }
    const now = this.clock.now();
    const person = await em.getRepository(Person).save(em.getRepository(Person).create({ ...data, snils, createdAt: now, updatedAt: now }));
    await this.audit.write(em, { actorId: user.id, action: 'person.create', entity: 'person', entityId: person.id, ...(Object.keys(details).length > 0 ? { details } : {}) });
    return person;
  }

  // Live files with the same birth date whose names the near-duplicate rule flags, exact matches first.
  async duplicates(query: Pick<PersonDuplicatesQuery, 'lastName' | 'firstName' | 'middleName' | 'birthDate'> & { excludeId?: string }, em: EntityManager = this.db.manager): Promise<DuplicateCandidate[]> {
    const sameDay = (await em.query(
      `SELECT id, last_name AS "lastName", first_name AS "firstName", middle_name AS "middleName", birth_date AS "birthDate", snils
         FROM person WHERE birth_date = $1 AND merged_into_id IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [query.birthDate, query.excludeId ?? null],
    )) as Omit<DuplicateCandidate, 'reason'>[];
    return findNearDuplicates({ entered: query, existing: sameDay }).slice(0, 20);
  }

  async search(query: PersonSearch): Promise<Person[]> {
    const params: unknown[] = [];
    const where = ['p.merged_into_id IS NULL'];
    const add = (sql: string, value: unknown): void => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.snils) add('p.snils = ?', normalizeSnils(query.snils));
    if (query.lastName) add('lower(p.last_name) = lower(?)', query.lastName);
    if (query.birthDate) add('p.birth_date = ?', query.birthDate);
    if (query.q) add('lower(p.last_name) LIKE lower(?)', `${query.q.replace(/[%_]/g, '')}%`);
    // the order of IDX_person_name_first: the first 50 namesakes are read from the index, not sorted out of all of them
    return (await this.db.query(
      `SELECT ${selectColumns(this.db.getMetadata(Person), 'p')} FROM "person" p WHERE ${where.join(' AND ')} ORDER BY lower(p.last_name), p.first_name LIMIT 50`,
      params,
    )) as Person[];
  }

  async get(id: string): Promise<Person> {
    const person = await this.db.getRepository(Person).findOne({ where: { id } });
    if (!person) throw notFound('Гражданин');
    return person;
  }

  // The personal file: the person (as of the end of a past day when asked), the history of changes, family, merges, the
  // cases in the user's authorities with their terms, decisions (each with the data it was taken on) and documents.
  // The read is logged (152-FZ).
  async personalFile(id: string, user: CurrentUserInfo, asOfDate?: string) {
    const current = await this.get(id);
    const authorityIds = authoritiesWithRole(user, READ_ROLES);
    const today = localDateTimeIn(this.clock.now(), PERSONAL_FILE_TIME_ZONE).date;
    if (asOfDate && asOfDate > today) throw new ApiException('VALIDATION_FAILED', 'Дата просмотра не может быть позже сегодняшней', { asOf: 'Дата в будущем' });
    const at = asOfDate ? await this.endOfDay(asOfDate) : null;

    const [changes, cases, family, merges, mergedInto, decisions, documents] = await Promise.all([
      this.changesOf(id),
      this.cases(id, authorityIds),
      this.family.list(id, asOfDate ?? today),
      this.merges(id),
      current.mergedIntoId ? this.liveFileOf(current.mergedIntoId) : Promise.resolve(null),
      this.decisions(id, authorityIds),
      this.documents(id, authorityIds),
    ]);
    const person = at ? { ...current, ...personAsOf({ current: personDataOf(current), changes, at }) } : current;
    await this.audit.write(this.db.manager, { actorId: user.id, action: 'person.read', entity: 'person', entityId: id, ...(asOfDate ? { details: { asOf: asOfDate } } : {}) });
    return {
      person,
      ...(asOfDate && at ? { asOf: asOfDate, existedAsOf: current.createdAt.getTime() <= at.getTime() } : {}),
      mergedInto,
      changes: [...changes].reverse(),
      cases,
      family,
      merges: merges.map((m) => ({
        id: m.id,
        role: m.survivorId === id ? ('survivor' as const) : ('merged' as const),
        survivor: { id: m.survivorId, name: m.survivorName },
        merged: { id: m.mergedId, name: m.mergedName, birthDate: m.mergedBirthDate },
        mergedAt: m.mergedAt,
        mergedBy: m.mergedBy,
        reason: m.reason,
        moved: m.moved,
      })),
      decisions,
      documents,
    };
  }

  async update(id: string, input: PersonUpdate, user: CurrentUserInfo): Promise<Person> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(Person);
      const person = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw notFound('Гражданин');
      if (person.version !== input.expectedVersion) throw versionConflict();
      if (person.mergedIntoId) throw ruleViolation('Личное дело объединено с другим: изменения вносятся в объединённое дело');
      const next: PersonData = { ...input.data, snils: input.data.snils ? normalizeSnils(input.data.snils) : null };
      if (next.snils && next.snils !== person.snils && (await repo.exists({ where: { snils: next.snils } }))) {
        throw new ApiException('ALREADY_EXISTS', 'Гражданин с таким СНИЛС уже есть в базе', { snils: 'СНИЛС уже принадлежит другому гражданину' });
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const f of PERSON_FIELDS) {
        const before = person[f as keyof Person] ?? null;
        const after = next[f] ?? null;
        if (stableJson(before) !== stableJson(after)) changes[f] = { from: before, to: after };
      }
      if (Object.keys(changes).length === 0) return person;
      const now = this.clock.now();
      const result = await em
        .createQueryBuilder()
        .update(Person)
        .set({ ...next, version: () => 'version + 1', updatedAt: now })
        .where('id = :id AND version = :version', { id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw versionConflict();
      await this.recordChange(em, { personId: id, changedBy: user.id, changes, basis: input.basis ?? null, at: now });
      await this.audit.write(em, { actorId: user.id, action: 'person.update', entity: 'person', entityId: id, details: { fields: Object.keys(changes) } });
      return (await repo.findOne({ where: { id } }))!;
    });
  }

  // One row of a person's history, stamped with the system clock.
  async recordChange(em: EntityManager, change: { personId: string; changedBy: string; changes: Record<string, { from: unknown; to: unknown }>; basis: string | null; at: Date }): Promise<void> {
    await em.getRepository(PersonChange).insert({ personId: change.personId, changedBy: change.changedBy, changes: change.changes, basis: change.basis, changedAt: change.at });
  }

  // The last instant of a local day in Moscow (daylight saving of past years included).
  private async endOfDay(date: string): Promise<Date> {
    const [row] = (await this.db.query(`SELECT ((($1::date + 1)::timestamp AT TIME ZONE $2) - interval '1 millisecond') AS at`, [date, PERSONAL_FILE_TIME_ZONE])) as { at: Date }[];
    return row.at;
  }

  private changesOf(personId: string): Promise<ChangeRow[]> {
    return this.db.query(
      `SELECT c.id, c.changed_at AS "changedAt", coalesce(u.full_name, 'система') AS "changedBy", c.changes, c.basis
         FROM person_change c LEFT JOIN app_user u ON u.id = c.changed_by WHERE c.person_id = $1 ORDER BY c.changed_at, c.id`,
      [personId],
    ) as Promise<ChangeRow[]>;
  }

  // A merged file leads to the file that finally took its place (a survivor may itself have been merged later).
  private async liveFileOf(id: string): Promise<{ id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string } | null> {
    const rows = (await this.db.query(
      `WITH RECURSIVE chain AS (
         SELECT id, merged_into_id, 0 AS depth FROM person WHERE id = $1
         UNION ALL SELECT p.id, p.merged_into_id, chain.depth + 1 FROM person p JOIN chain ON p.id = chain.merged_into_id WHERE chain.depth < 50
       )
       SELECT p.id, p.last_name AS "lastName", p.first_name AS "firstName", p.middle_name AS "middleName", p.birth_date AS "birthDate"
         FROM chain JOIN person p ON p.id = chain.id WHERE chain.merged_into_id IS NULL LIMIT 1`,
      [id],
    )) as { id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string }[];
    return rows[0] ?? null;
  }

  private async cases(personId: string, authorityIds: string[]): Promise<PersonCaseSummary[]> {
    const rows = (await this.db.query(
      `SELECT c.id, c.number, c.service_slug AS "serviceSlug", c.state, c.received_at AS "receivedAt", c.authority_id AS "authorityId",
              coalesce((SELECT jsonb_agg(jsonb_build_object('termId', t.term_id, 'title', t.title, 'status', t.status, 'dueDate', t.due_date, 'completedOn', t.completed_on) ORDER BY t.due_date)
                          FROM case_term t WHERE t.case_id = c.id AND t.status <> 'cancelled'), '[]') AS terms
         FROM "case" c WHERE c.applicant_id = $1 AND c.authority_id = ANY($2) ORDER BY c.received_at DESC`,
      [personId, authorityIds],
    )) as Omit<PersonCaseSummary, 'serviceTitle' | 'stateTitle'>[];
    return rows.map((c) => {
      const service = getService(c.serviceSlug);
      return { ...c, serviceTitle: service?.title ?? c.serviceSlug, stateTitle: service?.workflow.states.find((s) => s.code === c.state)?.title ?? c.state };
    });
  }

  private merges(personId: string): Promise<MergeRow[]> {
    return this.db.query(
      `SELECT m.id, m.survivor_id AS "survivorId", m.merged_id AS "mergedId", m.merged_at AS "mergedAt", m.reason, m.moved, m.moved_case_ids AS "movedCaseIds",
              u.full_name AS "mergedBy", concat_ws(' ', s.last_name, s.first_name, s.middle_name) AS "survivorName",
              concat_ws(' ', d.last_name, d.first_name, d.middle_name) AS "mergedName", d.birth_date AS "mergedBirthDate"
         FROM person_merge m JOIN app_user u ON u.id = m.merged_by JOIN person s ON s.id = m.survivor_id JOIN person d ON d.id = m.merged_id
        WHERE m.survivor_id = $1 OR m.merged_id = $1 ORDER BY m.merged_at DESC`,
      [personId],
    ) as Promise<MergeRow[]>;
  }

  // Decisions on the person's cases, each with the applicant's data at the instant it was signed: from this file's
  // history, or, for a case that came with a merged duplicate after the signing, from the duplicate's file and history.
  private async decisions(personId: string, authorityIds: string[]) {
    const rows = (await this.db.query(
      `SELECT d.id, d.kind, d.status, d.number, d.decision_date AS "decisionDate", d.signed_at AS "signedAt", d.amount_kopecks::text AS "amountKopecks",
              d.payment_start_month AS "paymentStartMonth", c.id AS "caseId", c.number AS "caseNumber", c.service_slug AS "serviceSlug"
         FROM decision d JOIN "case" c ON c.id = d.case_id
        WHERE c.applicant_id = $1 AND c.authority_id = ANY($2) ORDER BY coalesce(d.signed_at, d.drafted_at) DESC`,
      [personId, authorityIds],
    )) as { id: string; kind: string; status: string; number: string | null; decisionDate: string | null; signedAt: Date | null; amountKopecks: string | null; paymentStartMonth: string | null; caseId: string; caseNumber: string | null; serviceSlug: string }[];
    if (rows.length === 0) return [];
    const merges = (await this.db.query(
      `WITH RECURSIVE tree AS (
         SELECT m.survivor_id, m.merged_id, m.merged_at, m.moved_case_ids, 0 AS depth FROM person_merge m WHERE m.survivor_id = $1
         UNION ALL SELECT m.survivor_id, m.merged_id, m.merged_at, m.moved_case_ids, tree.depth + 1 FROM person_merge m JOIN tree ON m.survivor_id = tree.merged_id WHERE tree.depth < 50
       )
       SELECT survivor_id AS "survivorId", merged_id AS "mergedId", merged_at AS "mergedAt", moved_case_ids AS "movedCaseIds" FROM tree`,
      [personId],
    )) as { survivorId: string; mergedId: string; mergedAt: Date; movedCaseIds: string[] }[];
    // the file the case belonged to at the instant: step back through the merges made after it
    const fileAt = (caseId: string, at: Date): string => {
      let file = personId;
      for (let step = 0; step < 50; step += 1) {
        const back = merges.find((m) => m.survivorId === file && m.movedCaseIds.includes(caseId) && m.mergedAt.getTime() > at.getTime());
        if (!back) break;
        file = back.mergedId;
      }
      return file;
    };
    const histories = new Map<string, Promise<{ person: Person; changes: RecordedChange[] }>>();
    const historyOf = (id: string) => {
      if (!histories.has(id)) histories.set(id, Promise.all([this.get(id), this.changesOf(id)]).then(([person, changes]) => ({ person, changes })));
      return histories.get(id)!;
    };
    return Promise.all(
      rows.map(async (d) => {
        let applicantAtDecision: (PersonData & { personId: string }) | null = null;
        if (d.signedAt) {
          const file = fileAt(d.caseId, d.signedAt);
          const { person, changes } = await historyOf(file);
          applicantAtDecision = { personId: file, ...personAsOf({ current: personDataOf(person), changes, at: d.signedAt }) };
        }
        return {
          ...d,
          amountKopecks: d.amountKopecks === null ? null : Number(d.amountKopecks),
          kindTitle: DECISION_KIND_TITLES[d.kind] ?? d.kind,
          serviceTitle: getService(d.serviceSlug)?.title ?? d.serviceSlug,
          applicantAtDecision,
        };
      }),
    );
  }

  // What the person's cases hold: the documents of the checklist and uploads, and the notices sent to the applicant.
  private async documents(personId: string, authorityIds: string[]) {
    const rows = (await this.db.query(
      `SELECT 'document' AS source, d.id, d.title, (d.created_at AT TIME ZONE a.time_zone)::date::text AS date, d.status, NULL AS number, d.file_name AS "fileName",
              d.provided_by AS "providedBy", NULL AS kind, c.id AS "caseId", c.number AS "caseNumber", d.created_at AS at
         FROM case_document d JOIN "case" c ON c.id = d.case_id JOIN authority a ON a.id = c.authority_id
        WHERE c.applicant_id = $1 AND c.authority_id = ANY($2)
       UNION ALL
       SELECT 'notice', n.id, NULL, n.notice_date::text, n.status, n.number, NULL, NULL, n.kind, c.id, c.number, n.created_at
         FROM notice n JOIN "case" c ON c.id = n.case_id
        WHERE c.applicant_id = $1 AND c.authority_id = ANY($2)
       ORDER BY at DESC`,
      [personId, authorityIds],
    )) as { source: 'document' | 'notice'; id: string; title: string | null; date: string; status: string; number: string | null; fileName: string | null; providedBy: string | null; kind: string | null; caseId: string; caseNumber: string | null; at: Date }[];
    return rows.map(({ at: _at, ...r }) => ({ ...r, title: r.source === 'notice' ? (NOTICE_TITLES[r.kind as NoticeKind] ?? r.kind ?? 'Уведомление') : (r.title ?? '') }));
  }
}
