export { registerSupportCaseRoutes } from './case-engine.js';
export { registerSupportCaseJobs } from './case-jobs.js';
export { customerSupport } from './customer-support.js';
export { notify, type Alert } from './alerts/index.js';
export { registerSupportLoopJobs, registerSupportLoopRoutes } from './loop.js';
