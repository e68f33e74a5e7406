import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import type { JobRunner } from '../../platform/jobs.js';
import { registerAlertJobs, registerAlertRoutes } from './alerts/index.js';
import { registerPublicCaseCsatRoutes, registerResolutionCsatJob } from './resolution-csat/index.js';
import { registerSlaSweepJob } from './sla-sweep/index.js';

/** Alerts (routes, mailer), SLA breaches and escalation, the resolution CSAT question: their background jobs. */
export async function registerSupportLoopJobs(jobs: JobRunner, ctx: AppContext): Promise<void> {
  await registerAlertJobs(jobs, ctx);
  await registerSlaSweepJob(jobs, ctx);
  registerResolutionCsatJob(jobs, ctx);
}

/** The member's alerts and preferences; the public resolution-CSAT answer routes. */
export function registerSupportLoopRoutes(app: App, ctx: AppContext): void {
  registerAlertRoutes(app, ctx);
  registerPublicCaseCsatRoutes(app, ctx);
}
