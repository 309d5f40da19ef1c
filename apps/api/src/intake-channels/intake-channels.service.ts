import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  applicationForChannel,
  channelRuleViolations,
  deliveryWarnings,
  getService,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  localDateTimeIn,
  transferTermFor,
  type ChannelDelivery,
  type ChannelDeliveryResponse,
  type ChannelOutboxQuery,
  type DeliveryWarning,
  type LocalDate,
  type PersonData,
  type ServiceDefinition,
  type TransferTermOutcome,
} from '@casework/domain';
import { authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import { Authority } from '../authorities/authority.entity';
import { calendarError, CalendarService } from '../calendar/calendar.service';
import { CasesService } from '../cases/cases.service';
import { ApiException, forbidden, notFound, ruleViolation } from '../common/api.exception';
import { Clock } from '../common/clock';
import { zodFieldErrors } from '../common/zod.pipe';
import { Person } from '../persons/person.entity';
import { PersonsService } from '../persons/persons.service';
import { ChannelKeysService, type ChannelKeyInfo } from './channel-keys.service';
import { deliveryContext, IdempotencyKeyTaken, type DeliveryInProgress } from './delivery-context';
import { ChannelCaseRow, IntakeIdempotencyRow } from './intake-channels.entities';
import { TechnicalUsers } from './technical-users';

// Key order never makes two equal bodies hash differently.
const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
};

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const isUniqueViolation = (error: unknown, constraint: string): boolean => {
  const pg = error as { code?: string; constraint?: string } | null;
  return pg?.code === '23505' && pg.constraint === constraint;
};

const sameText = (a: string | null | undefined, b: string | null | undefined): boolean => (a ?? '').toLocaleLowerCase('ru') === (b ?? '').toLocaleLowerCase('ru');

export type DeliveryResult = { replayed: boolean; response: ChannelDeliveryResponse };

export type OutboxItem = {
  id: string;
  channel: string;
  channelReference: string;
  caseId: string;
  event: string;
  statusCode: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  lastError: string | null;
};

// Applications delivered by the Unified Portal and the MFC: one case per Idempotency-Key, the channel's own rules,
// the applicant found by SNILS or registered from the delivered data, the case opened by the engine.
@Injectable()
export class IntakeChannelsService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly persons: PersonsService,
    private readonly calendars: CalendarService,
    private readonly keys: ChannelKeysService,
    private readonly technicalUsers: TechnicalUsers,
    private readonly clock: Clock,
  ) {}

  // An installation that takes deliveries gets its technical accounts at start-up; one without channel keys gets nothing
  // (a first delivery would create them anyway).
  async onApplicationBootstrap(): Promise<void> {
    await this.keys.seedFromEnvironment();
    if (await this.keys.anyActive()) await this.technicalUsers.ensureAll();
  }

  async deliver({ key, idempotencyKey, delivery }: { key: ChannelKeyInfo; idempotencyKey: string | undefined; delivery: ChannelDelivery }): Promise<DeliveryResult> {
    const idemKey = idempotencyKey?.trim() ?? '';
    if (idemKey === '') throw new ApiException('VALIDATION_FAILED', 'Нужен заголовок Idempotency-Key', { 'Idempotency-Key': 'Обязательный заголовок' });
    if (idemKey.length > IDEMPOTENCY_KEY_MAX_LENGTH) throw new ApiException('VALIDATION_FAILED', 'Слишком длинный Idempotency-Key', { 'Idempotency-Key': `Не длиннее ${IDEMPOTENCY_KEY_MAX_LENGTH} символов` });
    if (delivery.channel !== key.channel) throw forbidden(`Ключ выдан для канала ${key.channel}, а заявление передано как ${delivery.channel}`);
    const authority = await this.authorityOf(delivery);
    if (key.authorityIds !== null && !key.authorityIds.includes(authority.id)) throw forbidden('Ключ канала не дает права передавать заявления в этот орган');

    const requestHash = sha256(stableJson(delivery));
    const stored = await this.replay(delivery.channel, idemKey, requestHash);
    if (stored) return { replayed: true, response: stored };

    // the constraint UQ_channel_case_reference still decides a race; this answers the usual case without a failed insert
    if (await this.db.getRepository(ChannelCaseRow).exists({ where: { channel: delivery.channel, channelReference: delivery.channelReference } })) throw this.referenceTaken(delivery);

    const service = getService(delivery.serviceSlug);
    if (!service) throw new ApiException('VALIDATION_FAILED', `Неизвестная услуга «${delivery.serviceSlug}»`, { serviceSlug: 'Неизвестная услуга' });
    const violations = channelRuleViolations({ service, delivery });
    if (violations.length > 0) throw ruleViolation(violations[0].message, Object.fromEntries(violations.map((v) => [v.field, v.message])));
    const payload = applicationForChannel({ service, delivery });
    // checked before the applicant is registered, so a bad application leaves no person behind
    const parsed = service.applicationSchema.safeParse(payload);
    if (!parsed.success) {
      const errors = Object.fromEntries(Object.entries(zodFieldErrors(parsed.error)).map(([k, v]) => [`payload.${k}`, v]));
      throw new ApiException('VALIDATION_FAILED', 'Проверьте сведения заявления', errors);
    }

    const deliveredAt = delivery.deliveredAt ? new Date(delivery.deliveredAt) : this.clock.now();
    const submittedAt = new Date(delivery.submittedAt);
    if (submittedAt.getTime() > deliveredAt.getTime()) throw new ApiException('VALIDATION_FAILED', 'Время подачи позже времени поступления', { submittedAt: 'Позже времени поступления' });
    const submittedOn = localDateTimeIn(submittedAt, authority.timeZone).date;
    const deliveredOn = localDateTimeIn(deliveredAt, authority.timeZone).date;
    const transferTerm = await this.transferTerm({ service, delivery, authority, submittedOn, deliveredOn });

    const actor = await this.technicalUsers.actingFor(delivery.channel, authority.id);
    const applicant = await this.applicantOf(delivery.applicant, actor);
    const context: DeliveryInProgress = {
      channel: delivery.channel,
      channelReference: delivery.channelReference,
      keyId: key.id,
      idempotencyKey: idemKey,
      requestHash,
      actorId: actor.id,
      submittedAt,
      deliveredAt,
      receivedOn: deliveredOn,
      mfcWorkerName: delivery.mfc?.workerName ?? null,
      transferTerm,
      warnings: [...deliveryWarnings({ delivery, submittedOn, receivedOn: deliveredOn, transferTerm }), ...applicant.warnings],
    };
    try {
      await deliveryContext.run(context, () =>
        this.cases.intake(
          {
            serviceSlug: service.slug,
            authorityId: authority.id,
            channel: delivery.channel,
            variant: delivery.variant,
            applicantId: applicant.id,
            payload,
            documents: delivery.documents,
            receivedAt: deliveredAt.toISOString(),
            submittedOn,
            // a channel cannot answer the engine's question about a pending application (and the MFC cannot be refused):
            // the case opens marked as a repeat and the clerk sees the pending one
            duplicateReason: `Повторное заявление поступило через ${delivery.channel} (№ ${delivery.channelReference}); причину проверяет специалист`,
          },
          actor,
        ),
      );
    } catch (error) {
      if (error instanceof IdempotencyKeyTaken) {
        const winner = await this.replay(delivery.channel, idemKey, requestHash);
        if (winner) return { replayed: true, response: winner };
      }
      if (isUniqueViolation(error, 'UQ_channel_case_reference')) throw this.referenceTaken(delivery);
      throw error;
    }
    if (!context.response) throw new Error('the case was opened without the channel delivery being recorded');
    return { replayed: false, response: context.response };
  }

  async outbox(query: ChannelOutboxQuery, user: CurrentUserInfo): Promise<OutboxItem[]> {
    const authorityIds = authoritiesWithRole(user, ['admin', 'auditor']);
    const params: unknown[] = [authorityIds];
    const where = ['c.authority_id = ANY($1)'];
    if (query.caseId) {
      const visible = (await this.db.query(`SELECT 1 FROM "case" WHERE id = $1 AND authority_id = ANY($2)`, [query.caseId, authorityIds])) as unknown[];
      if (visible.length === 0) throw notFound('Дело');
      params.push(query.caseId);
      where.push(`o.case_id = $${params.length}`);
    }
    if (query.status === 'pending') where.push('o.delivered_at IS NULL');
    if (query.status === 'delivered') where.push('o.delivered_at IS NOT NULL');
    return (await this.db.query(
      `SELECT o.id, o.channel, o.channel_reference AS "channelReference", o.case_id AS "caseId", o.event, o.status_code AS "statusCode", o.payload,
              o.created_at AS "createdAt", o.attempts, o.next_attempt_at AS "nextAttemptAt", o.delivered_at AS "deliveredAt", o.last_error AS "lastError"
         FROM channel_outbox o JOIN "case" c ON c.id = o.case_id
        WHERE ${where.join(' AND ')}
        ORDER BY o.id ${query.caseId ? 'ASC' : 'DESC'}
        LIMIT ${query.limit ?? 100}`,
      params,
    )) as OutboxItem[];
  }

  private referenceTaken(delivery: ChannelDelivery): ApiException {
    return new ApiException('ALREADY_EXISTS', `Заявление № ${delivery.channelReference} канала ${delivery.channel} уже поступило`, { channelReference: 'Заявление с этим номером уже поступило' });
  }

  // The stored response of an earlier delivery with this key; the same key with another body is a client error.
  private async replay(channel: string, key: string, requestHash: string): Promise<ChannelDeliveryResponse | null> {
    const row = await this.db.getRepository(IntakeIdempotencyRow).findOne({ where: { channel, key } });
    if (!row) return null;
    if (row.requestHash !== requestHash) {
      throw new ApiException('IDEMPOTENCY_KEY_REUSED', 'Этот Idempotency-Key уже использован для другого заявления', { 'Idempotency-Key': `Ключ уже использован (дело ${row.caseId})` });
    }
    return row.response;
  }

  private async authorityOf(delivery: ChannelDelivery): Promise<Authority> {
    const repo = this.db.getRepository(Authority);
    const authority = delivery.authorityId ? await repo.findOne({ where: { id: delivery.authorityId } }) : await repo.findOne({ where: { code: delivery.authorityCode } });
    const field = delivery.authorityId ? 'authorityId' : 'authorityCode';
    if (!authority) throw new ApiException('VALIDATION_FAILED', 'Орган не найден', { [field]: 'Орган не найден' });
    if (delivery.authorityId && delivery.authorityCode && authority.code !== delivery.authorityCode) {
      throw new ApiException('VALIDATION_FAILED', 'Код органа не соответствует идентификатору', { authorityCode: 'Не соответствует authorityId' });
    }
    return authority;
  }

  private async transferTerm(args: { service: ServiceDefinition; delivery: ChannelDelivery; authority: Authority; submittedOn: LocalDate; deliveredOn: LocalDate }): Promise<TransferTermOutcome | null> {
    const { service, delivery, authority, submittedOn, deliveredOn } = args;
    const dependencyAt = delivery.mfc?.dependencyResultsAt;
    const dependencyResultsOn = dependencyAt ? localDateTimeIn(new Date(dependencyAt), authority.timeZone).date : undefined;
    if (dependencyResultsOn && dependencyResultsOn > deliveredOn) throw new ApiException('VALIDATION_FAILED', 'Результаты других услуг получены позже поступления заявления', { 'mfc.dependencyResultsAt': 'Позже времени поступления' });
    const calendar = await this.calendars.calendar(authority.calendarCode);
    try {
      return transferTermFor({ service, channel: delivery.channel, acceptedOn: submittedOn, dependencyResultsOn, deliveredOn, calendar, timeZone: authority.timeZone });
    } catch (error) {
      throw calendarError(error, 'submittedAt');
    }
  }

  // Found by SNILS, or registered from the delivered data. Its own transaction (the engine opens the case in another):
  // a lock on the SNILS makes two concurrent deliveries for one new person register him once. The stored person is
  // not overwritten by the channel's data; a difference is flagged for the clerk, who changes the file with a basis.
  private async applicantOf(data: PersonData & { snils: string }, actor: CurrentUserInfo): Promise<{ id: string; warnings: DeliveryWarning[] }> {
    return this.db.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`person-snils:${data.snils}`]);
      const existing = await em.getRepository(Person).findOne({ where: { snils: data.snils } });
      if (!existing) return { id: (await this.persons.create(data, actor, em)).id, warnings: [] };
      const differs = !sameText(existing.lastName, data.lastName) || !sameText(existing.firstName, data.firstName) || !sameText(existing.middleName, data.middleName) || existing.birthDate !== data.birthDate;
      return {
        id: existing.id,
        warnings: differs ? [{ code: 'APPLICANT_DATA_DIFFERS', message: 'ФИО или дата рождения в заявлении отличаются от личного дела гражданина с этим СНИЛС: сверьте данные' }] : [],
      };
    });
  }
}
