export * from './sla-bucket';
export * from './sla-dashboard';
