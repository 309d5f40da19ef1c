// payments: assignments, registers, recalculation, overpayments
export * from './month';
export * from './assignment';
export * from './payment-api.schema';
export * from './register-files';
