// personal files: near duplicates, family links, data as of a date
export * from './near-duplicate';
export * from './family-link.schema';
export * from './person-as-of';
export * from './personal-file-api.schema';
