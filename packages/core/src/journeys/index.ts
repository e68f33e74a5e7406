export * from './contracts.js';
export * from './templates.js';
export * from './live-contracts.js';
export * from './api-contracts.js';
export * from './personas.js';
export * from './live-score.js';
export * from './live-assemble.js';
export * from './live-reference.js';
