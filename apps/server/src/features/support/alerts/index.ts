import type { AppContext } from '../../../context.js';
import type { JobRunner } from '../../../platform/jobs.js';
import { ALERT_EMAIL_JOB, ALERT_MAIL_JOB } from '../job-kinds.js';
import { registerRecurring } from '../recurring.js';
import { alertEmailJob, runAlertMailer } from './mailer.js';

export { notify, type Alert } from './notify.js';
export { registerAlertRoutes } from './routes.js';
export { runAlertMailer } from './mailer.js';

/** How often the mailer plans new alerts and claims due ones: an "instant" email leaves within this. */
export const ALERT_MAIL_EVERY_MS = 5_000;

/** The alert mailer (recurring) and the per-member email job it queues. */
export async function registerAlertJobs(jobs: JobRunner, ctx: AppContext, everyMs = ALERT_MAIL_EVERY_MS): Promise<void> {
  jobs.register(ALERT_EMAIL_JOB, alertEmailJob(ctx));
  await registerRecurring(jobs, ctx.database, ALERT_MAIL_JOB, everyMs, () => runAlertMailer(ctx.database));
}
