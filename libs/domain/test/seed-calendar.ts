import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCalendarXml } from '../src/calendar/calendar-xml';
import { createProductionCalendar, type ProductionCalendar } from '../src/calendar/production-calendar';

// The production calendar the API ships (apps/api/src/calendar/seed, the official decrees): tests compute terms on the
// real days off — the May and November holidays of 2025, the transferred days, the New Year.
export const SEED_DIR = join(__dirname, '../../../apps/api/src/calendar/seed');

export const seedCalendarXml = (year: number): string => readFileSync(join(SEED_DIR, `${year}.xml`), 'utf8');

export const seedCalendar = (years: readonly number[] = [2024, 2025, 2026]): ProductionCalendar => createProductionCalendar(years.map((y) => parseCalendarXml(seedCalendarXml(y))));
