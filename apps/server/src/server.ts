import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from './app.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { openDatabase, type Database } from './db/database.js';
import { loadDemo } from './demo/load.js';
import { IMPORT_JOB, PLACE_JOB, placeJob, runImport } from './features/collection/index.js';
import { registerEmailJobs, registerResponseJobs } from './features/feedback/index.js';
import { registerSupportCaseJobs, registerSupportLoopJobs } from './features/support/index.js';
import { AppError } from './platform/errors.js';
import { JobRunner } from './platform/jobs.js';
import { LiveHub } from './platform/live.js';
import { createLogMailer, createSmtpMailer, type Mail, type Mailer } from './platform/mailer.js';

const LOCK_FILE = 'footprint.lock';
/** Lock files this process holds: tells our own live lock from one a previous run with our pid left. */
const heldLocks = new Set<string>();

/**
 * An embedded data directory belongs to one process: PGlite is a single in-process database.
 * The lock file names the holder so the CLI can say who it is.
 */
export function lockDataDir(dataDir: string, purpose: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const holder = readLock(dataDir);
  if (holder) {
    throw new AppError(
      409,
      'data_dir_locked',
      `The data directory ${dataDir} is in use by Footprint process ${holder.pid} (${holder.purpose}). ` +
        'Stop it first, or run several processes against PostgreSQL with DATABASE_URL.',
    );
  }
  try {
    const fd = openSync(file, 'wx');
    writeFileSync(fd, JSON.stringify({ pid: process.pid, purpose, startedAt: new Date().toISOString() }));
    closeSync(fd);
    heldLocks.add(file);
  } catch {
    throw new AppError(409, 'data_dir_locked', `The data directory ${dataDir} is in use by another Footprint process.`);
  }
  return () => {
    heldLocks.delete(file);
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
}

function readLock(dataDir: string): { pid: number; purpose: string } | null {
  const file = path.join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return null;
  let lock: { pid: number; purpose: string };
  try {
    lock = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; purpose: string };
  } catch {
    // Unreadable: another process may be writing it this instant. Treat it as held.
    return { pid: NaN, purpose: 'starting' };
  }
  // Our own pid but not held by us: a crashed run of this container, restarted with the same pid.
  if (lock.pid === process.pid) {
    if (heldLocks.has(file)) return lock;
    unlinkSync(file);
    return null;
  }
  try {
    process.kill(lock.pid, 0);
    return lock;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else; it is alive.
    if ((e as NodeJS.ErrnoException).code === 'EPERM') return lock;
    unlinkSync(file); // gone: a stale lock from a crash
    return null;
  }
}

/** Opens storage for this process: PostgreSQL with DATABASE_URL, else the embedded data dir. */
export async function openStorage(config: Config, purpose: string): Promise<{ database: Database; release: () => Promise<void> }> {
  let unlock = () => {};
  if (!config.databaseUrl) unlock = lockDataDir(config.dataDir, purpose);
  try {
    const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
    await database.migrate();
    return {
      database,
      release: async () => {
        await database.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}

export interface Server {
  app: App;
  ctx: AppContext;
  close(): Promise<void>;
}

/** Everything one process runs: HTTP, the job runner and the live fan-out, on one database. */
export async function createServer(config: Config, database: Database, opts: { logger?: boolean; mailer?: Mailer } = {}): Promise<Server> {
  const live = new LiveHub(database);
  await live.start();
  const jobs = new JobRunner(database, config.workerId);
  const log = (line: string) => console.log(`[footprint] ${line}`);
  const mailer = opts.mailer ?? (config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createLogMailer(log));
  const ctx: AppContext = { config, database, live, jobs, mailer };

  jobs.register('email.send', async ({ job }) => {
    await mailer.send(job.payload as Mail);
  });
  jobs.register('demo.load', async ({ job, progress }) => {
    const { customers } = job.payload as { customers: number };
    if (!job.workspaceId) throw new Error('demo.load needs a workspace');
    const result = await loadDemo(database, job.workspaceId, { customers, onProgress: progress });
    await live.publish(job.workspaceId, 'members.changed');
    return result;
  });
  const placeTouchpoints = placeJob(database);
  jobs.register(PLACE_JOB, async (job) => {
    const result = await placeTouchpoints(job);
    if (job.job.workspaceId) await live.publish(job.job.workspaceId, 'touchpoints.changed');
    return result;
  });
  jobs.register(IMPORT_JOB, async ({ job, progress }) => {
    const { importId, ip } = job.payload as { importId: string; ip: string };
    if (!job.workspaceId) throw new Error('import.run needs a workspace');
    const result = await runImport(database, { workspaceId: job.workspaceId, importId, ip, attempt: job.attempts, progress });
    await live.publish(job.workspaceId, 'imports.changed', { id: importId });
    return result;
  });
  registerResponseJobs(jobs, database, live);
  registerEmailJobs(jobs, ctx);
  registerSupportCaseJobs(jobs, ctx);
  await registerSupportLoopJobs(jobs, ctx);
  jobs.onProgress = (workspaceId, j) => void live.publish(workspaceId, 'job.progress', j).catch(() => {});
  await jobs.start();

  const app = await buildApp(ctx, { logger: opts.logger ?? false });
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await jobs.stop();
      await live.stop();
      await mailer.close();
    },
  };
}
