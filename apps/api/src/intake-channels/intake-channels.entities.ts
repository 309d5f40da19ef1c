// TypeORM entities of this module, registered in database/data-source-options.ts
export const INTAKE_CHANNEL_ENTITIES: (new () => object)[] = [];
