import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';

// A SQL date is a legal date: keep it as 'YYYY-MM-DD' in raw queries too, never a JS Date shifted by a time zone.
types.setTypeParser(types.builtins.DATE, (value: string) => value);
// migrations/ is the top-level folder of the layout (ARCHITECTURE 2), not an Nx project
// eslint-disable-next-line @nx/enforce-module-boundaries
import { InitialSchema1764000000000 } from '../../../../migrations/1764000000000-initial-schema';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CaseProcedures1764100000000 } from '../../../../migrations/1764100000000-case-procedures';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Complaints1764200000000 } from '../../../../migrations/1764200000000-complaints';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { IntakeChannels1764300000000 } from '../../../../migrations/1764300000000-intake-channels';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BackgroundJobs1764400000000 } from '../../../../migrations/1764400000000-background-jobs';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Payments1764500000000 } from '../../../../migrations/1764500000000-payments';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PersonalFiles1764600000000 } from '../../../../migrations/1764600000000-personal-files';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { BenchIndexes1764700000000 } from '../../../../migrations/1764700000000-bench-indexes';
import { AppUser, Session, UserRole } from '../auth/user.entity';
import { Authority } from '../authorities/authority.entity';
import { CalendarDayRow, CalendarYearRow } from '../calendar/calendar.entity';
import { CaseDocumentRow, CaseEventRow, CaseRow, CaseTermRow, DecisionRow, InteragencyRequestRow, NoticeRow } from '../cases/case.entity';
import { COMPLAINT_ENTITIES } from '../complaints/complaints.entities';
import { INTAKE_CHANNEL_ENTITIES } from '../intake-channels/intake-channels.entities';
import { JOB_ENTITIES } from '../jobs/jobs.entities';
import { PERSON_ENTITIES } from '../persons/persons.entities';

export const ENTITIES = [Authority, AppUser, UserRole, Session, CalendarDayRow, CalendarYearRow, ...PERSON_ENTITIES, CaseRow, CaseEventRow, CaseTermRow, CaseDocumentRow, InteragencyRequestRow, DecisionRow, NoticeRow, ...COMPLAINT_ENTITIES, ...INTAKE_CHANNEL_ENTITIES, ...JOB_ENTITIES];

// Migrations are listed, not globbed, so the app, the CLI and the tests run exactly the same set.
export const MIGRATIONS = [InitialSchema1764000000000, CaseProcedures1764100000000, Complaints1764200000000, IntakeChannels1764300000000, BackgroundJobs1764400000000, Payments1764500000000, PersonalFiles1764600000000, BenchIndexes1764700000000];

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
