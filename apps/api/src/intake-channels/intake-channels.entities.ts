import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ChannelDeliveryResponse, DeliveryWarning, IntakeChannel, TransferTermOutcome } from '@casework/domain';

@Entity({ name: 'channel_api_key' })
export class ChannelApiKeyRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  // null: every authority
  @Column({ name: 'authority_ids', type: 'uuid', array: true, nullable: true })
  authorityIds!: string[] | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'key_hash', type: 'text', select: false })
  keyHash!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'revoked_by', type: 'uuid', nullable: true })
  revokedBy!: string | null;
}

@Entity({ name: 'intake_idempotency' })
export class IntakeIdempotencyRow {
  @PrimaryColumn({ type: 'text' })
  channel!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'key_id', type: 'uuid', nullable: true })
  keyId!: string | null;

  @Column({ type: 'jsonb' })
  response!: ChannelDeliveryResponse;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity({ name: 'channel_case' })
export class ChannelCaseRow {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  channel!: IntakeChannel;

  @Column({ name: 'channel_reference', type: 'text' })
  channelReference!: string;

  @Column({ name: 'key_id', type: 'uuid' })
  keyId!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz' })
  deliveredAt!: Date;

  @Column({ name: 'mfc_worker_name', type: 'text', nullable: true })
  mfcWorkerName!: string | null;

  @Column({ name: 'transfer_term', type: 'jsonb', nullable: true })
  transferTerm!: TransferTermOutcome | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings!: DeliveryWarning[];
}

@Entity({ name: 'channel_outbox' })
export class ChannelOutboxRow {
  // bigserial: kept as a string, as pg returns it
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ name: 'channel_reference', type: 'text' })
  channelReference!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'status_code', type: 'text' })
  statusCode!: string;

  // jsonb written through insert: typed `object` (TypeORM's deep-partial types reject Record<string, unknown>)
  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}

// TypeORM entities of this module, registered in database/data-source-options.ts
export const INTAKE_CHANNEL_ENTITIES: (new () => object)[] = [ChannelApiKeyRow, IntakeIdempotencyRow, ChannelCaseRow, ChannelOutboxRow];
