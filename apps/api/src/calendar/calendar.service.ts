import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import {
  addDays,
  CalendarRangeError,
  createProductionCalendar,
  parseCalendarXml,
  serializeCalendarXml,
  type CalendarDayUpdate,
  type CalendarYear,
  type DayInfo,
  type LocalDate,
  type ProductionCalendar,
} from '@casework/domain';
import { ApiException, type FieldErrors } from '../common/api.exception';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { CalendarDayRow, CalendarYearRow } from './calendar.entity';

export const CALENDAR_SEED_DIR = join(__dirname, 'seed');
const CACHE_MS = 60_000;

export const calendarError = (error: unknown, field = 'from'): ApiException => {
  if (error instanceof CalendarRangeError) return new ApiException('CALENDAR_NOT_LOADED', error.message, { [field]: error.message });
  throw error;
};

// The production calendar lives in the database (admins edit it and load next year's decree);
// domain code gets an immutable ProductionCalendar built from it.
@Injectable()
export class CalendarService {
  private cache = new Map<string, { calendar: ProductionCalendar; at: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async calendar(code = 'ru'): Promise<ProductionCalendar> {
    const cached = this.cache.get(code);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.calendar;
    const [years, days] = await Promise.all([
      this.db.getRepository(CalendarYearRow).find({ where: { calendarCode: code } }),
      this.db.getRepository(CalendarDayRow).find({ where: { calendarCode: code } }),
    ]);
    const byYear = new Map<number, CalendarYear>(years.map((y) => [y.year, { year: y.year, days: [] }]));
    for (const d of days) {
      byYear.get(Number(d.day.slice(0, 4)))?.days.push({
        date: d.day,
        kind: d.kind,
        ...(d.holidayTitle ? { holidayTitle: d.holidayTitle } : {}),
        ...(d.movedFrom ? { movedFrom: d.movedFrom } : {}),
      });
    }
    const calendar = createProductionCalendar([...byYear.values()]);
    this.cache.set(code, { calendar, at: Date.now() });
    return calendar;
  }

  async workingDays(from: LocalDate, days: number): Promise<{ from: LocalDate; days: number; date: LocalDate }> {
    const calendar = await this.calendar();
    try {
      return { from, days, date: calendar.addWorkingDays(from, days) };
    } catch (error) {
      throw calendarError(error);
    }
  }

  async years(code = 'ru'): Promise<CalendarYearRow[]> {
    return this.db.getRepository(CalendarYearRow).find({ where: { calendarCode: code }, order: { year: 'ASC' } });
  }

  async year(year: number, code = 'ru'): Promise<{ year: number; source: string; loadedAt: Date; days: DayInfo[] }> {
    const row = await this.db.getRepository(CalendarYearRow).findOne({ where: { calendarCode: code, year } });
    if (!row) throw new ApiException('NOT_FOUND', `Календарь на ${year} год не загружен`);
    const calendar = await this.calendar(code);
    const days: DayInfo[] = [];
    for (let d = `${year}-01-01`; d.startsWith(String(year)); d = addDays(d, 1)) days.push(calendar.dayInfo(d));
    return { year, source: row.source, loadedAt: row.loadedAt, days };
  }

  async exportYear(year: number, code = 'ru'): Promise<string> {
    const rows = await this.db.getRepository(CalendarDayRow).createQueryBuilder('d').where('d.calendar_code = :code', { code }).andWhere('extract(year from d.day) = :year', { year }).orderBy('d.day').getMany();
    return serializeCalendarXml({ year, days: rows.map((r) => ({ date: r.day, kind: r.kind, ...(r.holidayTitle ? { holidayTitle: r.holidayTitle } : {}), ...(r.movedFrom ? { movedFrom: r.movedFrom } : {}) })) });
  }

  async updateDay(date: LocalDate, input: CalendarDayUpdate, user: CurrentUserInfo, code = 'ru'): Promise<DayInfo> {
    const year = Number(date.slice(0, 4));
    await this.db.transaction(async (em) => {
      if (!(await em.getRepository(CalendarYearRow).exists({ where: { calendarCode: code, year } }))) {
        throw new ApiException('CALENDAR_NOT_LOADED', `Календарь на ${year} год не загружен: сначала импортируйте год`, { date: 'год не загружен' });
      }
      const repo = em.getRepository(CalendarDayRow);
      const before = await repo.findOne({ where: { calendarCode: code, day: date } });
      if (input.kind === 'default') await repo.delete({ calendarCode: code, day: date });
      else await repo.save({ calendarCode: code, day: date, kind: input.kind, holidayTitle: input.kind === 'holiday' ? (input.holidayTitle ?? null) : null, movedFrom: null });
      await this.audit.write(em, { actorId: user.id, action: 'calendar.day_changed', entity: 'calendar_day', entityId: date, details: { from: before?.kind ?? 'default', to: input.kind } });
    });
    this.cache.delete(code);
    return (await this.calendar(code)).dayInfo(date);
  }

  async importXml(xml: string, user: CurrentUserInfo | null, source: string, code = 'ru', em?: EntityManager): Promise<{ year: number; days: number }> {
    let parsed: CalendarYear;
    try {
      parsed = parseCalendarXml(xml);
    } catch (error) {
      const errors: FieldErrors = { xml: error instanceof Error ? error.message : 'Неверный формат календаря' };
      throw new ApiException('VALIDATION_FAILED', 'Файл календаря не распознан', errors);
    }
    const run = async (tx: EntityManager): Promise<void> => {
      await tx.query(`DELETE FROM calendar_day WHERE calendar_code = $1 AND day >= make_date($2, 1, 1) AND day <= make_date($2, 12, 31)`, [code, parsed.year]);
      if (parsed.days.length > 0) {
        await tx.getRepository(CalendarDayRow).insert(
          parsed.days.map((d) => ({ calendarCode: code, day: d.date, kind: d.kind, holidayTitle: d.holidayTitle ?? null, movedFrom: d.movedFrom ?? null })),
        );
      }
      await tx.getRepository(CalendarYearRow).save({ calendarCode: code, year: parsed.year, source, loadedAt: new Date(), loadedBy: user?.id ?? null });
      await this.audit.write(tx, { actorId: user?.id ?? null, action: 'calendar.year_imported', entity: 'calendar_year', entityId: String(parsed.year), details: { source, days: parsed.days.length } });
    };
    if (em) await run(em);
    else await this.db.transaction(run);
    this.cache.delete(code);
    return { year: parsed.year, days: parsed.days.length };
  }
}

// Loads the official calendar years shipped with the system that the database does not have yet; never overwrites an admin's edits.
export const seedCalendar = async (db: DataSource, audit: AuditService, dir = CALENDAR_SEED_DIR): Promise<number[]> => {
  const service = new CalendarService(db, audit);
  const have = new Set((await service.years()).map((y) => y.year));
  const loaded: number[] = [];
  for (const file of (await readdir(dir)).filter((f) => /^\d{4}\.xml$/.test(f)).sort()) {
    const year = Number(file.slice(0, 4));
    if (have.has(year)) continue;
    await service.importXml(await readFile(join(dir, file), 'utf8'), null, `seed:${file}`);
    loaded.push(year);
  }
  return loaded;
};
