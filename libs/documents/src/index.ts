export * from './amount-in-words';
export * from './decision';
export * from './definition-text';
export * from './format-date';
export * from './inflect';
export * from './layout';
export * from './receipt';
