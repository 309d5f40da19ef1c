import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  FAMILY_VIEW_RELATION_TITLES,
  familyLinkActiveOn,
  formatRuDate,
  localDateTimeIn,
  PERSONAL_FILE_TIME_ZONE,
  relationAsSeenBy,
  type FamilyLinkData,
  type FamilyLinkEnd,
  type FamilyRelation,
  type FamilyViewRelation,
  type LocalDate,
} from '@casework/domain';
import { ApiException, notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { FamilyLink } from './family-link.entity';
import { Person } from './person.entity';

// A link as one of its two people sees it: the relative is the other person, the relation inverted on the relative's side.
export type FamilyLinkView = {
  id: string;
  relation: FamilyViewRelation;
  relationTitle: string;
  recordedRelation: FamilyRelation;
  side: 'person' | 'relative';
  relative: { id: string; lastName: string; firstName: string; middleName: string | null; birthDate: string; mergedIntoId: string | null };
  validFrom: LocalDate;
  validTo: LocalDate | null;
  basis: string;
  endBasis: string | null;
  createdBy: string;
  createdAt: Date;
  endedBy: string | null;
  endedAt: Date | null;
  version: number;
  active: boolean;
};

type LinkRow = Omit<FamilyLinkView, 'relation' | 'relationTitle' | 'relative' | 'active'> & {
  relativeId: string;
  relativeLastName: string;
  relativeFirstName: string;
  relativeMiddleName: string | null;
  relativeBirthDate: string;
  relativeMergedIntoId: string | null;
};

const fullName = (p: Pick<Person, 'lastName' | 'firstName' | 'middleName'>): string => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');

@Injectable()
export class FamilyLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  today(): LocalDate {
    return localDateTimeIn(this.clock.now(), PERSONAL_FILE_TIME_ZONE).date;
  }

  // Every link of the person from both sides; `active` tells whether it holds on the given day.
  async list(personId: string, on: LocalDate, em: EntityManager = this.db.manager): Promise<FamilyLinkView[]> {
    const rows = (await em.query(
      `SELECT l.id, l.relation AS "recordedRelation", CASE WHEN l.person_id = $1 THEN 'person' ELSE 'relative' END AS side,
              l.valid_from AS "validFrom", l.valid_to AS "validTo", l.basis, l.end_basis AS "endBasis", l.version,
              cu.full_name AS "createdBy", l.created_at AS "createdAt", eu.full_name AS "endedBy", l.ended_at AS "endedAt",
              r.id AS "relativeId", r.last_name AS "relativeLastName", r.first_name AS "relativeFirstName", r.middle_name AS "relativeMiddleName",
              r.birth_date AS "relativeBirthDate", r.merged_into_id AS "relativeMergedIntoId"
         FROM family_link l
         JOIN person r ON r.id = CASE WHEN l.person_id = $1 THEN l.relative_id ELSE l.person_id END
         JOIN app_user cu ON cu.id = l.created_by LEFT JOIN app_user eu ON eu.id = l.ended_by
        WHERE l.person_id = $1 OR l.relative_id = $1
        ORDER BY l.valid_to IS NOT NULL, l.valid_from, r.last_name`,
      [personId],
    )) as LinkRow[];
    return rows.map(({ relativeId, relativeLastName, relativeFirstName, relativeMiddleName, relativeBirthDate, relativeMergedIntoId, ...l }) => {
      const relation = relationAsSeenBy({ relation: l.recordedRelation, side: l.side });
      return {
        ...l,
        relation,
        relationTitle: FAMILY_VIEW_RELATION_TITLES[relation],
        relative: { id: relativeId, lastName: relativeLastName, firstName: relativeFirstName, middleName: relativeMiddleName, birthDate: relativeBirthDate, mergedIntoId: relativeMergedIntoId },
        active: familyLinkActiveOn({ link: l, on }),
      };
    });
  }

  async create(personId: string, input: FamilyLinkData, user: CurrentUserInfo): Promise<FamilyLinkView> {
    const id = await this.db.transaction(async (em) => {
      if (input.relativeId === personId) throw ruleViolation('Нельзя связать гражданина с самим собой', { relativeId: 'Выберите другого гражданина' });
      // both files locked in id order: two clerks linking the same pair wait for each other
      const people = await em
        .getRepository(Person)
        .createQueryBuilder('p')
        .where('p.id IN (:...ids)', { ids: [personId, input.relativeId] })
        .orderBy('p.id')
        .setLock('pessimistic_write')
        .getMany();
      const person = people.find((p) => p.id === personId);
      const relative = people.find((p) => p.id === input.relativeId);
      if (!person) throw notFound('Гражданин');
      if (!relative) throw new ApiException('VALIDATION_FAILED', 'Родственник не найден', { relativeId: 'Гражданин не найден' });
      if (person.mergedIntoId) throw ruleViolation('Личное дело объединено с другим: связи вносятся в объединённое дело');
      if (relative.mergedIntoId) throw ruleViolation('Личное дело родственника объединено с другим: выберите объединённое дело', { relativeId: 'Личное дело объединено с другим' });
      const bornLast = person.birthDate > relative.birthDate ? person : relative;
      if (input.validFrom < bornLast.birthDate) {
        throw ruleViolation('Связь не может начаться раньше рождения', { validFrom: `Раньше даты рождения (${fullName(bornLast)}, ${formatRuDate(bornLast.birthDate)})` });
      }
      const overlapping = (await em.query(
        `SELECT relation FROM family_link
          WHERE least(person_id, relative_id) = least($1::uuid, $2::uuid) AND greatest(person_id, relative_id) = greatest($1::uuid, $2::uuid)
            AND relation = $3 AND daterange(valid_from, valid_to, '[]') && daterange($4::date, $5::date, '[]')`,
        [personId, input.relativeId, input.relation, input.validFrom, input.validTo],
      )) as unknown[];
      if (overlapping.length > 0) throw new ApiException('ALREADY_EXISTS', 'Такая связь на эти даты уже записана', { relativeId: 'Связь уже есть в личном деле' });
      if (input.relation === 'spouse') {
        // one marriage at a time (Family Code art. 14)
        const married = (await em.query(
          `SELECT p.last_name AS "lastName", p.first_name AS "firstName", p.middle_name AS "middleName", q.id AS "whoId"
             FROM family_link l JOIN person q ON q.id = ANY(ARRAY[$1::uuid, $2::uuid]) AND q.id IN (l.person_id, l.relative_id)
             JOIN person p ON p.id = CASE WHEN l.person_id = q.id THEN l.relative_id ELSE l.person_id END
            WHERE l.relation = 'spouse' AND daterange(l.valid_from, l.valid_to, '[]') && daterange($3::date, $4::date, '[]') LIMIT 1`,
          [personId, input.relativeId, input.validFrom, input.validTo],
        )) as { lastName: string; firstName: string; middleName: string | null; whoId: string }[];
        if (married.length > 0) {
          const who = married[0].whoId === personId ? person : relative;
          throw ruleViolation(`${fullName(who)} в эти даты состоит в браке (${fullName(married[0])}): сначала укажите дату прекращения брака`, { validFrom: 'Пересекается с другим браком' });
        }
      }
      const link = await em.getRepository(FamilyLink).save(
        em.getRepository(FamilyLink).create({ personId, relativeId: input.relativeId, relation: input.relation, validFrom: input.validFrom, validTo: input.validTo, basis: input.basis, createdBy: user.id, createdAt: this.clock.now() }),
      );
      await this.audit.write(em, { actorId: user.id, action: 'family_link.create', entity: 'person', entityId: personId, details: { linkId: link.id, relativeId: input.relativeId, relation: input.relation } });
      return link.id;
    });
    return (await this.list(personId, this.today())).find((l) => l.id === id)!;
  }

  // Ends a link on a day with its document; a stale version is a 409 and changes nothing.
  async end(personId: string, linkId: string, input: FamilyLinkEnd, user: CurrentUserInfo): Promise<FamilyLinkView> {
    await this.db.transaction(async (em) => {
      const link = await em
        .getRepository(FamilyLink)
        .createQueryBuilder('l')
        .where('l.id = :linkId AND (l.person_id = :personId OR l.relative_id = :personId)', { linkId, personId })
        .setLock('pessimistic_write')
        .getOne();
      if (!link) throw notFound('Семейная связь');
      if (link.version !== input.expectedVersion) throw versionConflict();
      if (link.validTo !== null) throw ruleViolation(`Связь уже прекращена ${formatRuDate(link.validTo)}`);
      if (input.validTo < link.validFrom) throw ruleViolation('Дата прекращения раньше начала связи', { validTo: `Не раньше ${formatRuDate(link.validFrom)}` });
      const result = await em
        .createQueryBuilder()
        .update(FamilyLink)
        .set({ validTo: input.validTo, endBasis: input.basis, endedBy: user.id, endedAt: this.clock.now(), version: () => 'version + 1' })
        .where('id = :linkId AND version = :version', { linkId, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) throw versionConflict();
      await this.audit.write(em, { actorId: user.id, action: 'family_link.end', entity: 'person', entityId: personId, details: { linkId, validTo: input.validTo } });
    });
    return (await this.list(personId, this.today())).find((l) => l.id === linkId)!;
  }
}
