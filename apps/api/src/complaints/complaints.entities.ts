import { ComplaintRow } from './complaint.entity';

// TypeORM entities of this module, registered in database/data-source-options.ts
export const COMPLAINT_ENTITIES: (new () => object)[] = [ComplaintRow];
