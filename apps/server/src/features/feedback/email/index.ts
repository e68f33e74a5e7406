import type { AppContext } from '../../../context.js';
import type { JobRunner } from '../../../platform/jobs.js';
import { CAMPAIGN_JOB, campaignJob } from './send-job.js';

export { registerEmailRoutes } from './routes.js';
export { registerPublicEmailRoutes } from './public-routes.js';

/** The background job that sends campaigns and their reminders. */
export function registerEmailJobs(jobs: JobRunner, ctx: AppContext): void {
  jobs.register(CAMPAIGN_JOB, campaignJob(ctx));
}
