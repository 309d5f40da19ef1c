import { Injectable, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CHANNEL_STATUS_TITLES, channelStatusUpdate, getService, INTAKE_CHANNELS, localDateTimeIn, type ChannelDeliveryResponse } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import { CaseTransitionHooks, type CaseTransition, type CaseTransitionListener } from '../cases/case-transition-hooks';
import { Clock } from '../common/clock';
import { deliveryContext, IdempotencyKeyTaken, type DeliveryInProgress } from './delivery-context';
import { ChannelCaseRow, ChannelOutboxRow } from './intake-channels.entities';

type CaseInfo = { number: string | null; timeZone: string; data: Record<string, unknown> | null };

// Runs inside the engine's transaction on every state change: a case that came through a channel gets a status row
// in channel_outbox, committed or rolled back together with the change itself.
@Injectable()
export class ChannelOutboxWriter implements CaseTransitionListener, OnModuleInit {
  constructor(
    private readonly hooks: CaseTransitionHooks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  writesOn(transition: CaseTransition): boolean {
    return deliveryContext.getStore() !== undefined || (INTAKE_CHANNELS as readonly string[]).includes(transition.caseRow.channel);
  }

  async onTransition(em: EntityManager, transition: CaseTransition): Promise<void> {
    const delivery = deliveryContext.getStore();
    if (delivery && !delivery.response && transition.fromState === null && transition.caseRow.channel === delivery.channel) {
      await this.recordDelivery(em, transition, delivery);
    }
    if (!(INTAKE_CHANNELS as readonly string[]).includes(transition.caseRow.channel)) return;
    const link = await em.getRepository(ChannelCaseRow).findOne({ where: { caseId: transition.caseRow.id } });
    if (link) await this.enqueue(em, link, transition);
  }

  // The case the engine just opened is this delivery: the idempotency key goes first, so a concurrent twin waits on it
  // and then finds it taken.
  private async recordDelivery(em: EntityManager, transition: CaseTransition, delivery: DeliveryInProgress): Promise<void> {
    const row = transition.caseRow;
    // the engine's legal receipt date when it records one on the case
    const receivedOn = (row as Partial<{ receivedOn: string }>).receivedOn ?? delivery.receivedOn;
    const t = delivery.transferTerm;
    // the engine marks a second application while one is pending
    const duplicateOf = (row as Partial<{ duplicateOf: string | null }>).duplicateOf;
    if (duplicateOf) delivery.warnings.push({ code: 'DUPLICATE_PENDING', message: 'У заявителя уже есть заявление на эту услугу в работе: специалист проверит повторное заявление' });
    const response: ChannelDeliveryResponse = {
      caseId: row.id,
      channelReference: delivery.channelReference,
      state: transition.toState,
      receivedOn,
      ...(t ? { transferTerm: { termId: t.termId, met: t.met, dueDate: t.dueDate, explanation: t.explanation } } : {}),
      warnings: delivery.warnings,
    };
    const taken = (await em.query(
      `INSERT INTO intake_idempotency (channel, key, request_hash, case_id, key_id, response, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (channel, key) DO NOTHING RETURNING case_id`,
      [delivery.channel, delivery.idempotencyKey, delivery.requestHash, row.id, delivery.keyId, JSON.stringify(response), this.clock.now()],
    )) as { case_id: string }[];
    if (taken.length === 0) throw new IdempotencyKeyTaken();
    await em.getRepository(ChannelCaseRow).insert({
      caseId: row.id,
      channel: delivery.channel,
      channelReference: delivery.channelReference,
      keyId: delivery.keyId,
      submittedAt: delivery.submittedAt,
      deliveredAt: delivery.deliveredAt,
      mfcWorkerName: delivery.mfcWorkerName,
      transferTerm: delivery.transferTerm,
      warnings: delivery.warnings,
    });
    await this.audit.write(em, {
      actorId: delivery.actorId,
      authorityId: row.authorityId,
      action: 'intake.channel_delivery',
      entity: 'case',
      entityId: row.id,
      details: { channel: delivery.channel, channelReference: delivery.channelReference, keyId: delivery.keyId, transferTerm: t ? { termId: t.termId, met: t.met } : null, warnings: delivery.warnings.map((w) => w.code) },
    });
    delivery.response = response;
  }

  private async enqueue(em: EntityManager, link: ChannelCaseRow, transition: CaseTransition): Promise<void> {
    const status = channelStatusUpdate({ fromState: transition.fromState, toState: transition.toState });
    if (status === null) return;
    const [info] = (await em.query(
      `SELECT c.number, a.time_zone AS "timeZone", e.data
         FROM "case" c JOIN authority a ON a.id = c.authority_id
         LEFT JOIN LATERAL (SELECT data FROM case_event WHERE case_id = c.id ORDER BY seq DESC LIMIT 1) e ON true
        WHERE c.id = $1`,
      [transition.caseRow.id],
    )) as CaseInfo[];
    const service = getService(transition.caseRow.serviceSlug);
    const ground = info.data?.ground;
    const payload: Record<string, unknown> = {
      caseId: transition.caseRow.id,
      caseNumber: info.number,
      channelReference: link.channelReference,
      status,
      statusTitle: CHANNEL_STATUS_TITLES[status],
      state: transition.toState,
      stateTitle: service?.workflow.states.find((s) => s.code === transition.toState)?.title ?? transition.toState,
      event: transition.event,
      at: transition.at.toISOString(),
      date: localDateTimeIn(transition.at, info.timeZone).date,
      ...(ground && typeof ground === 'object' ? { ground } : {}),
      ...(typeof info.data?.decisionNumber === 'string' ? { decisionNumber: info.data.decisionNumber } : {}),
    };
    const now = this.clock.now();
    await em.getRepository(ChannelOutboxRow).insert({
      channel: link.channel,
      channelReference: link.channelReference,
      caseId: transition.caseRow.id,
      event: transition.event,
      statusCode: status,
      payload,
      createdAt: now,
      nextAttemptAt: now,
    });
  }
}
