import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MergeMoved = { cases: number; familyLinks: number; familyLinksDropped: number; paymentAssignments: number; complaints: number };

// One merge of a duplicate file into the surviving one; append-only in the database.
@Entity({ name: 'person_merge' })
export class PersonMerge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'survivor_id', type: 'uuid' })
  survivorId!: string;

  @Column({ name: 'merged_id', type: 'uuid' })
  mergedId!: string;

  @Column({ name: 'merged_by', type: 'uuid' })
  mergedBy!: string;

  @Column({ name: 'merged_at', type: 'timestamptz' })
  mergedAt!: Date;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  snapshot!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  moved!: MergeMoved;

  @Column({ name: 'moved_case_ids', type: 'uuid', array: true, default: () => "'{}'" })
  movedCaseIds!: string[];
}
