export * from './contracts.js';
export * from './templates.js';
export * from './live-contracts.js';
export * from './api-contracts.js';
export * from './personas.js';
