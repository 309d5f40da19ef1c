import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { FamilyRelation } from '@casework/domain';

// A family link with its dates and the document it rests on; `relation` is how the relative stands to the person.
@Entity({ name: 'family_link' })
export class FamilyLink {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ name: 'relative_id', type: 'uuid' })
  relativeId!: string;

  @Column({ type: 'text' })
  relation!: FamilyRelation;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'text' })
  basis!: string;

  @Column({ name: 'end_basis', type: 'text', nullable: true })
  endBasis!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'ended_by', type: 'uuid', nullable: true })
  endedBy!: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
