import type { Database } from '../../../db/database.js';
import type { JobRunner } from '../../../platform/jobs.js';
import type { LiveHub } from '../../../platform/live.js';
import { EXPORT_JOB } from './export/service.js';
import { runExport } from './export/run-export.js';
import { RESCORE_JOB, rescoreResponses } from './rescore-job.js';

/** The responses' background work: exports, and scoring responses saved before scores were kept. */
export function registerResponseJobs(jobs: JobRunner, database: Database, live: LiveHub): void {
  jobs.register(EXPORT_JOB, async ({ job, progress }) => {
    const { exportId } = job.payload as { exportId: string };
    if (!job.workspaceId) throw new Error(`${EXPORT_JOB} needs a workspace`);
    try {
      return await runExport(database, { workspaceId: job.workspaceId, exportId, progress });
    } finally {
      await live.publish(job.workspaceId, 'responses.exported', { id: exportId });
    }
  });
  jobs.register(RESCORE_JOB, async ({ progress }) => rescoreResponses(database, progress));
}
