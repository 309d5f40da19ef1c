import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ name: 'case' })
export class CaseRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId!: string;

  @Column({ name: 'service_slug', type: 'text' })
  serviceSlug!: string;

  @Column({ type: 'text' })
  variant!: string;

  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId!: string;

  // jsonb columns written through update/insert are typed `object` (TypeORM's deep-partial types reject Record<string, unknown>)
  @Column({ type: 'jsonb', nullable: true })
  representative!: object | null;

  @Column({ type: 'text' })
  channel!: string;

  @Column({ type: 'text' })
  state!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn!: string;

  // the legal day of receipt the terms count from (an electronic application after hours: the next working day)
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Column({ name: 'received_on_note', type: 'text', nullable: true })
  receivedOnNote!: string | null;

  @Column({ name: 'duplicate_of', type: 'uuid', nullable: true })
  duplicateOf!: string | null;

  @Column({ name: 'duplicate_reason', type: 'text', nullable: true })
  duplicateReason!: string | null;

  @Column({ name: 'accepted_on', type: 'date', nullable: true })
  acceptedOn!: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', nullable: true })
  registeredAt!: Date | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  // the due date of the nearest running term, kept by the database (migration 1764700000000) for the work queue
  @Column({ name: 'next_due_date', type: 'date', nullable: true })
  nextDueDate!: string | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

@Entity({ name: 'case_event' })
export class CaseEventRow {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer' })
  seq!: number;

  @Column({ type: 'text' })
  event!: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState!: string | null;

  @Column({ name: 'to_state', type: 'text' })
  toState!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ name: 'legal_date', type: 'date' })
  legalDate!: string;

  @Column({ type: 'jsonb' })
  data!: object;

  @Column({ type: 'jsonb' })
  terms!: unknown[];
}

@Entity({ name: 'case_term' })
export class CaseTermRow {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ name: 'term_id', type: 'text' })
  termId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  status!: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ type: 'text' })
  clause!: string;

  @Column({ name: 'paused_on', type: 'date', nullable: true })
  pausedOn!: string | null;

  @Column({ name: 'paused_working_days', type: 'integer', default: 0 })
  pausedWorkingDays!: number;

  @Column({ name: 'extension_working_days', type: 'integer', default: 0 })
  extensionWorkingDays!: number;

  @Column({ name: 'extension_ground', type: 'text', nullable: true })
  extensionGround!: string | null;
}

@Entity({ name: 'case_document' })
export class CaseDocumentRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'provided_by', type: 'text' })
  providedBy!: string;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'mime_type', type: 'text', nullable: true })
  mimeType!: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  content!: Buffer | null;

  @Column({ type: 'text', nullable: true })
  sha256!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity({ name: 'interagency_request' })
export class InteragencyRequestRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  agency!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ type: 'text' })
  // incomplete: the answer lacks data and may be asked again; superseded: asked again by a later request
  status!: 'sent' | 'answered' | 'incomplete' | 'failed' | 'superseded';

  @Column({ name: 'reask_of', type: 'uuid', nullable: true })
  reaskOf!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  answer!: object | null;
}

@Entity({ name: 'decision' })
export class DecisionRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  status!: 'draft' | 'initialled' | 'signed' | 'issued' | 'returned';

  @Column({ type: 'text', nullable: true })
  number!: string | null;

  @Column({ name: 'decision_date', type: 'date', nullable: true })
  decisionDate!: string | null;

  @Column({ type: 'jsonb' })
  grounds!: { code: string; title: string; clause: string }[];

  @Column({ type: 'jsonb', nullable: true })
  evaluation!: Record<string, unknown> | null;

  @Column({ name: 'payment_start_month', type: 'text', nullable: true })
  paymentStartMonth!: string | null;

  @Column({ name: 'amount_kopecks', type: 'bigint', nullable: true, transformer: bigintNumber })
  amountKopecks!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'drafted_by', type: 'uuid' })
  draftedBy!: string;

  @Column({ name: 'drafted_at', type: 'timestamptz' })
  draftedAt!: Date;

  @Column({ name: 'initialled_by', type: 'uuid', nullable: true })
  initialledBy!: string | null;

  @Column({ name: 'initialled_at', type: 'timestamptz', nullable: true })
  initialledAt!: Date | null;

  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy!: string | null;

  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  pdf!: Buffer | null;

  @Column({ name: 'pdf_sha256', type: 'text', nullable: true })
  pdfSha256!: string | null;

  @Column({ name: 'supersedes_id', type: 'uuid', nullable: true })
  supersedesId!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'issued_by', type: 'uuid', nullable: true })
  issuedBy!: string | null;

  @Column({ type: 'integer' })
  version!: number;
}

// What was sent to the applicant (ARCHITECTURE 4: notice): the document is made once, hashed and never changed.
@Entity({ name: 'notice' })
export class NoticeRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Column({ name: 'authority_id', type: 'uuid' })
  authorityId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'notice_date', type: 'date' })
  noticeDate!: string;

  @Column({ type: 'text' })
  delivery!: string;

  @Column({ type: 'text' })
  status!: 'prepared' | 'sent';

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ type: 'jsonb' })
  data!: object;

  @Column({ type: 'bytea', select: false })
  pdf!: Buffer;

  @Column({ name: 'pdf_sha256', type: 'text' })
  pdfSha256!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_by', type: 'uuid', nullable: true })
  sentBy!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
