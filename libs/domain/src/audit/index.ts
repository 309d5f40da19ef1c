export * from './audit-api.schema';
export * from './audit-period';
