export * from './complaint.schema';
export * from './complaint-terms';
