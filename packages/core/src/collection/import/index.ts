export * from './contracts.js';
export * from './dates.js';
export * from './issues.js';
export * from './kinds.js';
export * from './map-row.js';
export * from './suggest.js';
export * from './values.js';
