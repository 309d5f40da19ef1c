import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { formatRuDate, formatSnils, MERGE_BASIS, type PersonMerge as PersonMergeInput } from '@casework/domain';
import { notFound, ruleViolation, versionConflict } from '../common/api.exception';
import { Clock } from '../common/clock';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { Person } from './person.entity';
import { PersonMerge, type MergeMoved } from './person-merge.entity';
import { PersonsService } from './persons.service';

const describe = (p: Person): string => `${[p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ')}, дата рождения ${formatRuDate(p.birthDate)}`;

// One person, one file: an admin merges a duplicate file into the surviving one. Everything attached to the duplicate
// moves; the duplicate stays, marked as merged, with its history; the merge itself is kept and cannot be changed.
@Injectable()
export class PersonMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly persons: PersonsService,
  ) {}

  async merge(survivorId: string, input: PersonMergeInput, user: CurrentUserInfo): Promise<PersonMerge> {
    const duplicateId = input.duplicateId.toLowerCase();
    if (duplicateId === survivorId) throw ruleViolation('Личное дело нельзя объединить с самим собой', { duplicateId: 'Выберите другое личное дело' });
    return this.db.transaction(async (em) => {
      // both files locked in id order, so two merges of the same pair cannot deadlock
      const locked = await em.getRepository(Person).createQueryBuilder('p').where('p.id IN (:...ids)', { ids: [survivorId, duplicateId] }).orderBy('p.id').setLock('pessimistic_write').getMany();
      const survivor = locked.find((p) => p.id === survivorId);
      const duplicate = locked.find((p) => p.id === duplicateId);
      if (!survivor) throw notFound('Гражданин');
      if (!duplicate) throw ruleViolation('Дублирующее личное дело не найдено', { duplicateId: 'Личное дело не найдено' });
      if (survivor.version !== input.expectedVersion || duplicate.version !== input.duplicateExpectedVersion) throw versionConflict();
      if (survivor.mergedIntoId) throw ruleViolation('Это личное дело уже объединено с другим');
      if (duplicate.mergedIntoId) throw ruleViolation('Дублирующее личное дело уже объединено с другим', { duplicateId: 'Уже объединено' });
      if (survivor.snils && duplicate.snils && survivor.snils !== duplicate.snils) {
        throw ruleViolation('У личных дел разные СНИЛС: это разные люди, или один из СНИЛС внесён с ошибкой и его нужно сначала исправить', {
          duplicateId: `СНИЛС ${formatSnils(duplicate.snils)} не совпадает со СНИЛС ${formatSnils(survivor.snils)}`,
        });
      }
      const at = this.clock.now();
      const duplicateLinks = (await em.query(`SELECT * FROM family_link WHERE person_id = $1 OR relative_id = $1 ORDER BY created_at`, [duplicateId])) as Record<string, unknown>[];

      const movedCaseIds = ((await em.query(`UPDATE "case" SET applicant_id = $1, version = version + 1, updated_at = $3 WHERE applicant_id = $2 RETURNING id`, [survivorId, duplicateId, at])) as [{ id: string }[], number])[0].map((r) => r.id);
      const links = await this.moveFamilyLinks(em, survivorId, duplicateId);
      const paymentAssignments = await this.count(em, `UPDATE payment_assignment SET person_id = $1 WHERE person_id = $2`, [survivorId, duplicateId]);
      const complaints = await this.count(em, `UPDATE complaint SET complainant_person_id = $1 WHERE complainant_person_id = $2`, [survivorId, duplicateId]);
      const moved: MergeMoved = { cases: movedCaseIds.length, familyLinks: links.moved, familyLinksDropped: links.dropped.length, paymentAssignments, complaints };

      // the survivor takes the SNILS only the duplicate had; the SNILS stays unique, so the duplicate gives it up first
      const takesSnils = !survivor.snils && duplicate.snils ? duplicate.snils : null;
      await em.query(`UPDATE person SET merged_into_id = $1, snils = CASE WHEN $3::boolean THEN NULL ELSE snils END, version = version + 1, updated_at = $4 WHERE id = $2`, [survivorId, duplicateId, takesSnils !== null, at]);
      await em.query(`UPDATE person SET snils = coalesce($2, snils), version = version + 1, updated_at = $3 WHERE id = $1`, [survivorId, takesSnils, at]);

      await this.persons.recordChange(em, {
        personId: duplicateId,
        changedBy: user.id,
        changes: { mergedIntoId: { from: null, to: survivorId }, ...(takesSnils ? { snils: { from: takesSnils, to: null } } : {}) },
        basis: MERGE_BASIS,
        at,
      });
      await this.persons.recordChange(em, {
        personId: survivorId,
        changedBy: user.id,
        changes: { mergedFrom: { from: null, to: describe(duplicate) }, ...(takesSnils ? { snils: { from: null, to: takesSnils } } : {}) },
        basis: MERGE_BASIS,
        at,
      });
      const merge = await em.getRepository(PersonMerge).save(
        em.getRepository(PersonMerge).create({
          survivorId,
          mergedId: duplicateId,
          mergedBy: user.id,
          mergedAt: at,
          reason: input.reason,
          snapshot: { person: { ...duplicate, mergedIntoId: null }, familyLinks: duplicateLinks, droppedFamilyLinkIds: links.dropped },
          moved,
          movedCaseIds,
        }),
      );
      await this.audit.write(em, { actorId: user.id, action: 'person.merge', entity: 'person', entityId: survivorId, details: { mergeId: merge.id, mergedId: duplicateId, moved, snilsTaken: takesSnils !== null } });
      return merge;
    });
  }

  // The duplicate's links move to the survivor, except those that would link the survivor to itself and those the
  // survivor already has (same other person and relation, both open or from the same day).
  private async moveFamilyLinks(em: EntityManager, survivorId: string, duplicateId: string): Promise<{ moved: number; dropped: string[] }> {
    const selfLinks = (await em.query(
      `DELETE FROM family_link WHERE (person_id = $1 AND relative_id = $2) OR (person_id = $2 AND relative_id = $1) RETURNING id`,
      [survivorId, duplicateId],
    )) as [{ id: string }[], number];
    const doubles = (await em.query(
      `DELETE FROM family_link d
        WHERE (d.person_id = $2 OR d.relative_id = $2)
          AND EXISTS (
            SELECT 1 FROM family_link s
             WHERE (s.person_id = $1 OR s.relative_id = $1) AND s.relation = d.relation
               AND (CASE WHEN s.person_id = $1 THEN s.relative_id ELSE s.person_id END) = (CASE WHEN d.person_id = $2 THEN d.relative_id ELSE d.person_id END)
               AND ((s.valid_to IS NULL AND d.valid_to IS NULL) OR s.valid_from = d.valid_from))
        RETURNING d.id`,
      [survivorId, duplicateId],
    )) as [{ id: string }[], number];
    const asPerson = await this.count(em, `UPDATE family_link SET person_id = $1, version = version + 1 WHERE person_id = $2`, [survivorId, duplicateId]);
    const asRelative = await this.count(em, `UPDATE family_link SET relative_id = $1, version = version + 1 WHERE relative_id = $2`, [survivorId, duplicateId]);
    return { moved: asPerson + asRelative, dropped: [...selfLinks[0], ...doubles[0]].map((r) => r.id) };
  }

  private async count(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
    const [, affected] = (await em.query(sql, params)) as [unknown, number];
    return affected;
  }
}
