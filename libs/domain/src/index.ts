export * from './common/local-date';
export * from './common/money';
export * from './common/roles';
export * from './terms/term-definition';
export * from './workflow/workflow';
export * from './services/service-definition';
