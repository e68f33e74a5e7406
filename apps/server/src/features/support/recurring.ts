import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { queryRows } from '../../db/database.js';
import { enqueueJob, JOBS_CHANNEL, type JobHandler, type JobRunner } from '../../platform/jobs.js';

/**
 * A job that runs again and again (the SLA sweep, the alert mailer), as one chain of rows in the
 * jobs table shared by every process: each run first queues the next one, unless one is already
 * queued. The check and the insert are serialised by an advisory lock on the kind, so processes
 * starting or running at the same moment never make two chains; and queuing the next run before
 * doing the work means a process that dies mid-run does not stop the chain. Old finished runs are
 * removed as the chain goes, so the table does not grow by a row every few seconds.
 */
export async function scheduleNext(database: Database, kind: string, delayMs: number): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${kind}))`);
    const runAt = new Date(Date.now() + delayMs);
    const [queued] = await queryRows<{ id: string }>(tx, sql`select id from jobs where kind = ${kind} and status = 'queued' limit 1`);
    if (!queued) await enqueueJob(database, kind, {}, { runAt, maxAttempts: 3 }, tx);
    else {
      // Already queued (by another process, or a slower cadence): never later than asked.
      await tx.execute(sql`update jobs set run_at = least(run_at, ${runAt.toISOString()}::timestamptz) where id = ${queued.id}`);
      await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${`${kind} ${delayMs}`})`);
    }
    await tx.execute(sql`delete from jobs where kind = ${kind} and status in ('done', 'failed') and finished_at < now() - interval '1 hour'`);
  });
}

/** Registers a recurring job's handler and makes sure its chain exists. */
export async function registerRecurring(jobs: JobRunner, database: Database, kind: string, everyMs: number, work: () => Promise<Record<string, unknown> | void>): Promise<void> {
  const handler: JobHandler = async () => {
    await scheduleNext(database, kind, everyMs);
    return work();
  };
  jobs.register(kind, handler, { recurring: true });
  // A process may start before its database is migrated (it is alive, not yet ready): the chain is
  // then made as soon as the jobs table is there.
  let tries = 0;
  const ensure = async (): Promise<void> => {
    try {
      await scheduleNext(database, kind, 0);
    } catch {
      if (++tries < 120) setTimeout(() => void ensure(), 1000).unref();
    }
  };
  await ensure();
}
