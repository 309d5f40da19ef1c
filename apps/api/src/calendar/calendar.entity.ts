import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CalendarDayKind } from '@casework/domain';

@Entity({ name: 'calendar_day' })
export class CalendarDayRow {
  @PrimaryColumn({ name: 'calendar_code', type: 'text' })
  calendarCode!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'text' })
  kind!: CalendarDayKind;

  @Column({ name: 'holiday_title', type: 'text', nullable: true })
  holidayTitle!: string | null;

  @Column({ name: 'moved_from', type: 'date', nullable: true })
  movedFrom!: string | null;
}

@Entity({ name: 'calendar_year' })
export class CalendarYearRow {
  @PrimaryColumn({ name: 'calendar_code', type: 'text' })
  calendarCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt!: Date;

  @Column({ name: 'loaded_by', type: 'uuid', nullable: true })
  loadedBy!: string | null;
}
