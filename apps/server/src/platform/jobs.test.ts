import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import { jobs } from '../db/schema.js';
import { ENGINES, type TestDatabase } from '../test/databases.js';
import { enqueueJob, JobRunner } from './jobs.js';

async function waitUntil(pred: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await pred())) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(ENGINES)('job runner on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('runs each job once, records its result and progress', async () => {
    const runner = new JobRunner(t.database, 'w1', { pollMs: 50 });
    const seen: string[] = [];
    runner.register('t.echo', async ({ job, progress }) => {
      await progress(0.5, 'half');
      seen.push((job.payload as { v: string }).v);
      return { echoed: (job.payload as { v: string }).v };
    });
    await runner.start();
    const id = await enqueueJob(t.database, 't.echo', { v: 'một' }, { visible: true });
    await waitUntil(async () => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.status === 'done');
    await runner.stop();
    const [j] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(j).toMatchObject({ status: 'done', progress: 1, result: { echoed: 'một' }, attempts: 1 });
    expect(seen).toEqual(['một']);
  });

  it('runs a delayed job when it is due, not at the next poll, and not before', async () => {
    const runner = new JobRunner(t.database, 'w-delay', { pollMs: 60_000 });
    let ranAt = 0;
    runner.register('t.later', async () => {
      ranAt = Date.now();
    });
    await runner.start();
    const queuedAt = Date.now();
    await enqueueJob(t.database, 't.later', {}, { runAt: new Date(queuedAt + 400) });
    await waitUntil(async () => ranAt > 0, 5_000);
    await runner.stop();
    expect(ranAt - queuedAt).toBeGreaterThanOrEqual(400);
    expect(ranAt - queuedAt).toBeLessThan(2_000);
  });

  it('retries a failing job, then marks it failed with the error', async () => {
    const runner = new JobRunner(t.database, 'w2', { pollMs: 50 });
    let calls = 0;
    runner.register('t.fail', async () => {
      calls++;
      throw new Error('máy chủ SMTP không trả lời');
    });
    await runner.start();
    const id = await enqueueJob(t.database, 't.fail', {}, { maxAttempts: 2 });
    // The retry waits for its backoff; pull it forward instead of sleeping.
    await waitUntil(async () => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.attempts === 1);
    await waitUntil(async () => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.status === 'queued');
    await t.database.db.update(jobs).set({ runAt: new Date(0) }).where(eq(jobs.id, id));
    await waitUntil(async () => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.status === 'failed');
    await runner.stop();
    const [j] = await t.database.db.select().from(jobs).where(eq(jobs.id, id));
    expect(j?.error).toBe('máy chủ SMTP không trả lời');
    expect(calls).toBe(2);
  });
});

/** Only a server database has separate connections; PGlite is one process by design. */
describe.each(ENGINES.filter((e) => e.name === 'postgres'))('job runners sharing $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('shares work between runners on separate connections: each job exactly once', async () => {
    // Two runners, each with its own pool, stand for two server processes.
    const other: Database = await openDatabase({ url: t.url, poolSize: 4 });
    const counts = new Map<number, number>();
    const make = (database: Database, name: string) => {
      const r = new JobRunner(database, name, { pollMs: 20, concurrency: 4 });
      r.register('t.count', async ({ job }) => {
        const n = (job.payload as { n: number }).n;
        counts.set(n, (counts.get(n) ?? 0) + 1);
        await new Promise((res) => setTimeout(res, 2));
      });
      return r;
    };
    const a = make(t.database, 'a');
    const b = make(other, 'b');
    await Promise.all([a.start(), b.start()]);
    const total = 200;
    for (let n = 0; n < total; n++) await enqueueJob(t.database, 't.count', { n });
    await waitUntil(async () => counts.size === total && [...counts.values()].every((c) => c === 1), 30_000);
    await Promise.all([a.stop(), b.stop()]);
    await other.close();
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    const byRunner = await t.database.db.select({ by: jobs.lockedBy }).from(jobs).where(eq(jobs.kind, 't.count'));
    expect(byRunner).toHaveLength(total);
  });
});

describe.each(ENGINES)('abandoned jobs on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('fails a job whose process died on its last attempt instead of retrying it forever', async () => {
    const id = await enqueueJob(t.database, 't.crashy', {}, { maxAttempts: 1 });
    // As a process that claimed it and died would leave it: running, lease expired, attempts used.
    await t.database.db.update(jobs).set({ status: 'running', attempts: 1, lockedBy: 'dead', lockedUntil: new Date(Date.now() - 1000) }).where(eq(jobs.id, id));
    let ran = 0;
    const runner = new JobRunner(t.database, 'alive', { pollMs: 20 });
    runner.register('t.crashy', async () => {
      ran++;
    });
    await runner.start();
    await waitUntil(async () => (await t.database.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.status === 'failed');
    await runner.stop();
    expect(ran).toBe(0);
  });
});
