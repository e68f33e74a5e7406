import type { AppContext } from '../../../context.js';
import type { JobRunner } from '../../../platform/jobs.js';
import { RESOLUTION_CSAT_JOB } from '../job-kinds.js';
import { resolutionCsatJob } from './ask.js';

export { registerPublicCaseCsatRoutes } from './public-routes.js';

export function registerResolutionCsatJob(jobs: JobRunner, ctx: AppContext): void {
  jobs.register(RESOLUTION_CSAT_JOB, resolutionCsatJob(ctx));
}
