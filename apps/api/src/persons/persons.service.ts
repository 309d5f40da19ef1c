import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PersonData, PersonSearch, PersonUpdate } from '@casework/domain';
import { normalizeSnils } from '@casework/domain';
import { ApiException, notFound, versionConflict } from '../common/api.exception';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { authoritiesWithRole } from '../auth/current-user';
import { Person, PersonChange } from './person.entity';

const FIELDS: (keyof PersonData)[] = ['snils', 'lastName', 'firstName', 'middleName', 'birthDate', 'sex', 'citizenship', 'identityDocument', 'registrationAddress', 'actualAddress', 'phone', 'email'];

// key order must not make an unchanged identity document look changed
const stableJson = (value: unknown): string =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value as Record<string, unknown>)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null)
        .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : JSON.stringify(value ?? null);

export type PersonCaseSummary = { id: string; number: string | null; serviceSlug: string; state: string; receivedAt: Date; authorityId: string };

@Injectable()
export class PersonsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(data: PersonData, user: CurrentUserInfo, em: EntityManager = this.db.manager): Promise<Person> {
    const snils = data.snils ? normalizeSnils(data.snils) : null;
    if (snils && (await em.getRepository(Person).exists({ where: { snils } }))) {
      throw new ApiException('ALREADY_EXISTS', 'Гражданин с таким СНИЛС уже есть в базе', { snils: 'СНИЛС уже зарегистрирован: найдите гражданина поиском' });
    }
    const person = await em.getRepository(Person).save(em.getRepository(Person).create({ ...data, snils }));
    await this.audit.write(em, { actorId: user.id, action: 'person.create', entity: 'person', entityId: person.id });
    return person;
  }

  async search(query: PersonSearch): Promise<Person[]> {
    const qb = this.db.getRepository(Person).createQueryBuilder('p').orderBy('p.last_name').addOrderBy('p.first_name').limit(50);
    if (query.snils) qb.andWhere('p.snils = :snils', { snils: normalizeSnils(query.snils) });
    if (query.lastName) qb.andWhere('lower(p.last_name) = lower(:lastName)', { lastName: query.lastName });
    if (query.birthDate) qb.andWhere('p.birth_date = :birthDate', { birthDate: query.birthDate });
    if (query.q) qb.andWhere('lower(p.last_name) LIKE lower(:q)', { q: `${query.q.replace(/[%_]/g, '')}%` });
    return qb.getMany();
  }

  async get(id: string): Promise<Person> {
    const person = await this.db.getRepository(Person).findOne({ where: { id } });
    if (!person) throw notFound('Гражданин');
    return person;
  }

  // The personal file: the person, the history of changes and the cases in the user's authorities. The read is logged (152-FZ).
  async personalFile(id: string, user: CurrentUserInfo): Promise<{ person: Person; changes: PersonChange[]; cases: PersonCaseSummary[] }> {
    const person = await this.get(id);
    const authorityIds = authoritiesWithRole(user, ['clerk', 'head', 'auditor', 'admin']);
    const [changes, cases] = await Promise.all([
      this.db.query(
        `SELECT c.id, c.changed_at AS "changedAt", coalesce(u.full_name, 'система') AS "changedBy", c.changes, c.basis
           FROM person_change c LEFT JOIN app_user u ON u.id = c.changed_by WHERE c.person_id = $1 ORDER BY c.changed_at DESC`,
        [id],
      ) as Promise<PersonChange[]>,
      this.db.query(
        `SELECT id, number, service_slug AS "serviceSlug", state, received_at AS "receivedAt", authority_id AS "authorityId"
           FROM "case" WHERE applicant_id = $1 AND authority_id = ANY($2) ORDER BY received_at DESC`,
        [id, authorityIds],
      ) as Promise<PersonCaseSummary[]>,
    ]);
    await this.audit.write(this.db.manager, { actorId: user.id, action: 'person.read', entity: 'person', entityId: id });
    return { person, changes, cases };
  }

  async update(id: string, input: PersonUpdate, user: CurrentUserInfo): Promise<Person> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(Person);
      const person = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!person) throw notFound('Гражданин');
      if (person.version !== input.expectedVersion) throw versionConflict();
      const next: PersonData = { ...input.data, snils: input.data.snils ? normalizeSnils(input.data.snils) : null };
      if (next.snils && next.snils !== person.snils && (await repo.exists({ where: { snils: next.snils } }))) {
        throw new ApiException('ALREADY_EXISTS', 'Гражданин с таким СНИЛС уже есть в базе', { snils: 'СНИЛС уже принадлежит другому гражданину' });
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const f of FIELDS) {
        const before = person[f as keyof Person] ?? null;
        const after = next[f] ?? null;
        if (stableJson(before) !== stableJson(after)) changes[f] = { from: before, to: after };
      }
      if (Object.keys(changes).length === 0) return person;
      const result = await em
        .createQueryBuilder()
        .update(Person)
        .set({ ...next, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw versionConflict();
      await em.getRepository(PersonChange).insert({ personId: id, changedBy: user.id, changes, basis: input.basis ?? null });
      await this.audit.write(em, { actorId: user.id, action: 'person.update', entity: 'person', entityId: id, details: { fields: Object.keys(changes) } });
      return (await repo.findOne({ where: { id } }))!;
    });
  }
}
