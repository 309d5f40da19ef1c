import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobTrigger = 'schedule' | 'startup' | 'manual';

// One run of a background job (the terms sweep): the console shows "last sweep at" from here.
@Entity({ name: 'job_run' })
export class JobRunRow {
  // bigserial: kept as a string, as pg returns it
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  trigger!: JobTrigger;

  @Column({ name: 'job_id', type: 'text', nullable: true })
  jobId!: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  counts!: Record<string, unknown> | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
