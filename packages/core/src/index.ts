export * from './workspace/roles.js';
export * from './workspace/permissions.js';
export * from './workspace/contracts.js';
export * from './workspace/departments.js';
export * from './workspace/error-codes.js';
export * from './text/normalize.js';
export * from './format/format.js';
export * from './demo/index.js';
