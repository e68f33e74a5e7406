import type { AppContext } from '../../../context.js';
import type { JobRunner } from '../../../platform/jobs.js';
import { SLA_SWEEP_JOB } from '../job-kinds.js';
import { registerRecurring } from '../recurring.js';
import { runSlaSweep } from './sweep.js';

export { runSlaSweep } from './sweep.js';

/** How often targets are looked for: a breach is escalated within this many ms of its due time. */
export const SLA_SWEEP_EVERY_MS = 10_000;

export async function registerSlaSweepJob(jobs: JobRunner, ctx: AppContext, everyMs = SLA_SWEEP_EVERY_MS): Promise<void> {
  await registerRecurring(jobs, ctx.database, SLA_SWEEP_JOB, everyMs, () => runSlaSweep(ctx));
}
