import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'authority' })
export class Authority {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Column({ type: 'text' })
  region!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'calendar_code', type: 'text', default: 'ru' })
  calendarCode!: string;

  @Column({ name: 'office_closes_at', type: 'time', default: '18:00' })
  officeClosesAt!: string;

  @Column({ name: 'head_name', type: 'text', nullable: true })
  headName!: string | null;

  @Column({ name: 'deputy_head_name', type: 'text', nullable: true })
  deputyHeadName!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
