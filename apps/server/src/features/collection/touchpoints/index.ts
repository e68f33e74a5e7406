export { TouchpointPlacements } from './placements.js';
export { placeJob } from './place-job.js';
export { PLACE_JOB } from './queries/placement-status.js';
export { registerTouchpointRoutes } from './routes.js';
export { ensureTouchpoints, TouchpointService } from './service.js';
export { loadRules } from './queries/load-rules.js';
