import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

// A SQL date is a legal date: keep it as 'YYYY-MM-DD' in raw queries too, never a JS Date shifted by a time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// migrations/ is the top-level folder of the layout (ARCHITECTURE 2), not an Nx project
// eslint-disable-next-line @nx/enforce-module-boundaries
import { InitialSchema1764000000000 } from '../../../../migrations/1764000000000-initial-schema';
import { AppUser, Session, UserRole } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { CalendarDayRow, CalendarYearRow } from '../calendar/calendar.entity';
import { CaseDocumentRow, CaseEventRow, CaseRow, CaseTermRow, DecisionRow, InteragencyRequestRow } from '../cases/case.entity';
import { Person, PersonChange } from '../persons/person.entity';

export const ENTITIES = [Authority, AppUser, UserRole, Session, CalendarDayRow, CalendarYearRow, Person, PersonChange, CaseRow, CaseEventRow, CaseTermRow, CaseDocumentRow, InteragencyRequestRow, DecisionRow];

// Migrations are listed, not globbed, so the app, the CLI and the tests run exactly the same set.
export const MIGRATIONS = [InitialSchema1764000000000];

// The one options object shared by the app, the CLI and the tests; the schema only ever changes through migrations.
export const dataSourceOptions = (url: string): DataSourceOptions => ({
  type: 'postgres',
  url,
  entities: ENTITIES,
  migrations: MIGRATIONS,
  synchronize: false,
  migrationsRun: false,
  migrationsTransactionMode: 'each',
  logging: process.env.DB_LOG === 'true' ? ['query', 'error'] : ['error'],
  extra: { max: Number(process.env.DB_POOL_SIZE ?? 10) },
});
