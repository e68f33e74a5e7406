import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Database, type Db } from '../db/database.js';
import { jobs } from '../db/schema.js';
import { newId } from './ids.js';

export const JOBS_CHANNEL = 'fp_jobs';

export interface JobContext {
  db: Db;
  job: { id: string; workspaceId: string | null; kind: string; payload: unknown; attempts: number };
  /** Reports progress (0..1) with a short message; visible jobs stream it to the dashboard. */
  progress(fraction: number, message?: string): Promise<void>;
}
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown> | void>;

export interface EnqueueOptions {
  workspaceId?: string | null;
  /** Visible jobs are listed to the workspace with their progress (imports, demo loads). */
  visible?: boolean;
  maxAttempts?: number;
  runAt?: Date;
}

export async function enqueueJob(
  database: Pick<Database, 'db'>,
  kind: string,
  payload: Record<string, unknown>,
  opts: EnqueueOptions = {},
  db: Db = database.db,
): Promise<string> {
  const id = newId();
  await db.insert(jobs).values({
    id,
    kind,
    payload,
    workspaceId: opts.workspaceId ?? null,
    visible: opts.visible ?? false,
    maxAttempts: opts.maxAttempts ?? 5,
    runAt: opts.runAt ?? new Date(),
  });
  // NOTIFY through the same connection: inside a transaction it is delivered at commit, when the
  // job becomes visible (and PGlite's single connection would deadlock on a second one).
  // The payload says how long until it is due, so runners wake for a delayed job on time.
  const delayMs = Math.max(0, (opts.runAt?.getTime() ?? 0) - Date.now());
  await db.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${`${kind} ${delayMs}`})`);
  return id;
}

interface ClaimedRow {
  id: string;
  workspace_id: string | null;
  kind: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  visible: boolean;
}

/**
 * Runs jobs from the jobs table. Any number of processes can run one each: a job is claimed with
 * FOR UPDATE SKIP LOCKED, so each runs once; a claim whose process died expires and is retried.
 */
export class JobRunner {
  private handlers = new Map<string, JobHandler>();
  private running = false;
  private active = 0;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  onProgress: ((workspaceId: string, job: { id: string; kind: string; status: string; progress: number; message: string | null }) => void) | null = null;

  constructor(
    private readonly database: Database,
    private readonly workerId: string,
    private readonly opts: { concurrency?: number; pollMs?: number; leaseSeconds?: number } = {},
  ) {}

  private recurring = new Set<string>();

  /** `recurring`: a chain that queues its next run forever (a sweep), never work that finishes. */
  register(kind: string, handler: JobHandler, opts: { recurring?: boolean } = {}): void {
    this.handlers.set(kind, handler);
    if (opts.recurring) this.recurring.add(kind);
  }

  /** The kinds of work this runner runs that comes to an end (recurring chains left out). */
  workKinds(): string[] {
    return [...this.handlers.keys()].filter((k) => !this.recurring.has(k));
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unlisten = await this.database.listen(JOBS_CHANNEL, (payload) => {
      this.wake?.();
      const delayMs = Number(payload.split(' ')[1]);
      if (delayMs > 0 && delayMs < 60_000) setTimeout(() => this.wake?.(), delayMs + 20).unref();
    });
    this.loop = this.run();
  }

  /** Jobs whose process died on their last attempt are failed, not retried forever. */
  private async failAbandoned(): Promise<void> {
    await this.database.db.execute(sql`
      update jobs set status = 'failed', error = coalesce(error, 'The process running this job stopped'),
        finished_at = now(), locked_by = null, locked_until = null
      where status = 'running' and locked_until < now() and attempts >= max_attempts`);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.unlisten?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    const concurrency = this.opts.concurrency ?? 2;
    const pollMs = this.opts.pollMs ?? 2000;
    let lastSweep = 0;
    while (this.running) {
      if (Date.now() - lastSweep > 60_000) {
        lastSweep = Date.now();
        await this.failAbandoned().catch(() => {});
      }
      let claimed = false;
      if (this.active < concurrency) {
        const job = await this.claim().catch(() => null);
        if (job) {
          claimed = true;
          this.active++;
          void this.execute(job).finally(() => {
            this.active--;
            this.wake?.();
          });
        }
      }
      if (!claimed && this.running) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, pollMs);
          this.wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.wake = null;
      }
    }
    while (this.active > 0) await new Promise((r) => setTimeout(r, 20));
  }

  private async claim(): Promise<ClaimedRow | null> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return null;
    const lease = this.opts.leaseSeconds ?? 300;
    const rows = await queryRows<ClaimedRow>(this.database.db, sql`
      update jobs set status = 'running', attempts = attempts + 1, locked_by = ${this.workerId},
        locked_until = now() + make_interval(secs => ${lease})
      where id = (
        select id from jobs
        where kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
          and ((status = 'queued' and run_at <= now())
            or (status = 'running' and locked_until < now() and attempts < max_attempts))
        order by run_at
        limit 1
        for update skip locked
      )
      returning id, workspace_id, kind, payload, attempts, max_attempts, visible`);
    return rows[0] ?? null;
  }

  private async execute(row: ClaimedRow): Promise<void> {
    const handler = this.handlers.get(row.kind);
    const db = this.database.db;
    const emit = (status: string, progress: number, message: string | null) => {
      if (row.visible && row.workspace_id) {
        this.onProgress?.(row.workspace_id, { id: row.id, kind: row.kind, status, progress, message });
      }
    };
    try {
      if (!handler) throw new Error(`No handler for job kind ${row.kind}`);
      const result = await handler({
        db,
        job: { id: row.id, workspaceId: row.workspace_id, kind: row.kind, payload: row.payload, attempts: row.attempts },
        progress: async (fraction, message) => {
          const p = Math.max(0, Math.min(1, fraction));
          // Progress also renews the lease: a long job that reports is alive, not abandoned.
          await db
            .update(jobs)
            .set({ progress: p, message: message ?? null, lockedUntil: sql`now() + make_interval(secs => ${this.opts.leaseSeconds ?? 300})` })
            .where(and(eq(jobs.id, row.id), eq(jobs.lockedBy, this.workerId)));
          emit('running', p, message ?? null);
        },
      });
      await db
        .update(jobs)
        .set({ status: 'done', progress: 1, result: result ?? {}, finishedAt: new Date(), lockedBy: null, lockedUntil: null, error: null })
        .where(and(eq(jobs.id, row.id), eq(jobs.lockedBy, this.workerId)));
      emit('done', 1, null);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = row.attempts >= row.max_attempts;
      const backoffSeconds = Math.min(600, 2 ** row.attempts * 5);
      await db
        .update(jobs)
        .set(
          final
            ? { status: 'failed', error: message, finishedAt: new Date(), lockedBy: null, lockedUntil: null }
            : { status: 'queued', error: message, runAt: sql`now() + make_interval(secs => ${backoffSeconds})`, lockedBy: null, lockedUntil: null },
        )
        .where(and(eq(jobs.id, row.id), eq(jobs.lockedBy, this.workerId)))
        .catch(() => {});
      if (final) emit('failed', 0, message);
    }
  }
}
