import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ComplaintChannel, ComplaintRemedy, ComplaintStatus, ComplaintSubject } from '@casework/domain';

export type ComplaintAgainst = { body: string; official: string | null };

export type ComplaintOutcome = {
  outcome: 'upheld' | 'rejected';
  reasons: string;
  remedy: ComplaintRemedy | null;
  nextSteps: string | null;
};

@Entity({ name: 'complaint' })
export class ComplaintRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ name: 'service_slug', type: 'text', nullable: true })
  serviceSlug!: string | null;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'complainant_person_id', type: 'uuid', nullable: true })
  complainantPersonId!: string | null;

  @Column({ name: 'complainant_name', type: 'text' })
  complainantName!: string;

  @Column({ name: 'complainant_address', type: 'text', nullable: true })
  complainantAddress!: string | null;

  @Column({ type: 'text' })
  channel!: ComplaintChannel;

  @Column({ type: 'text' })
  subject!: ComplaintSubject;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'jsonb' })
  against!: ComplaintAgainst;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'registered_on', type: 'date' })
  registeredOn!: string;

  @Column({ name: 'review_due', type: 'date' })
  reviewDue!: string;

  @Column({ name: 'review_explanation', type: 'text' })
  reviewExplanation!: string;

  @Column({ name: 'reply_due', type: 'date', nullable: true })
  replyDue!: string | null;

  @Column({ name: 'reply_explanation', type: 'text', nullable: true })
  replyExplanation!: string | null;

  @Column({ type: 'text' })
  status!: ComplaintStatus;

  @Column({ type: 'jsonb', nullable: true })
  outcome!: ComplaintOutcome | null;

  @Column({ name: 'reply_pdf', type: 'bytea', nullable: true, select: false })
  replyPdf!: Buffer | null;

  @Column({ name: 'reply_sha256', type: 'text', nullable: true })
  replySha256!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Column({ name: 'replied_on', type: 'date', nullable: true })
  repliedOn!: string | null;

  @Column({ name: 'replied_by', type: 'uuid', nullable: true })
  repliedBy!: string | null;

  @Column({ name: 'reply_method', type: 'text', nullable: true })
  replyMethod!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
