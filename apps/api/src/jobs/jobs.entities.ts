import { JobRunRow } from './job-run.entity';

// TypeORM entities of this module, registered in database/data-source-options.ts
export const JOB_ENTITIES: (new () => object)[] = [JobRunRow];
