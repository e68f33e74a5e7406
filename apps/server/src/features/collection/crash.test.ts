import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { createPostgresDatabase, ENGINES } from '../../test/databases.js';
import { runCli, startServerProcess, type ServerProcess } from '../../test/processes.js';

interface Setup {
  env: Record<string, string>;
  open: () => ReturnType<typeof openDatabase>;
  cleanup: () => Promise<void>;
}

async function prepare(engine: 'pglite' | 'postgres'): Promise<Setup> {
  if (engine === 'postgres') {
    const pg = await createPostgresDatabase();
    return { env: { DATABASE_URL: pg.url }, open: () => openDatabase({ url: pg.url }), cleanup: pg.drop };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-crash-'));
  const dataDir = path.join(dir, 'data');
  return { env: { FOOTPRINT_DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Clients that keep sending batches and remember exactly which messages were acknowledged. */
function sustainedLoad(url: string, writeKey: string, clients: number) {
  const acked: string[] = [];
  let stop = false;
  let n = 0;
  const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
  const runs = Array.from({ length: clients }, async (_, c) => {
    while (!stop) {
      const ids = Array.from({ length: 50 }, (_, i) => `crash-${c}-${n}-${i}`);
      n++;
      try {
        const res = await fetch(`${url}/v1/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: auth },
          body: JSON.stringify({ batch: ids.map((messageId) => ({ type: 'track', messageId, anonymousId: `c${c}`, event: 'Thanh toán' })) }),
        });
        if (res.status === 200) acked.push(...ids);
      } catch {
        await new Promise((r) => setTimeout(r, 20)); // the server is gone: nothing acknowledged
      }
    }
  });
  return { acked, stop: async () => { stop = true; await Promise.all(runs); } };
}

describe.each(ENGINES)('kill -9 during sustained ingestion on $name', (engine) => {
  let setup: Setup;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await setup?.cleanup();
  });

  it('keeps every acknowledged event, exactly once, after a restart', { timeout: 90_000 }, async () => {
    setup = await prepare(engine.name);
    const { workspaceId } = JSON.parse((await runCli(['workspace', 'create', '--name', 'Cửa hàng', '--owner-email', 'crash@example.vn', '--owner-password', 'mật-khẩu-dài-dài', '--json'], setup.env)).stdout) as { workspaceId: string };
    const { key } = JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'write', '--json'], setup.env)).stdout) as { key: string };

    server = await startServerProcess(setup.env);
    const load = sustainedLoad(server.url, key, 6);
    await new Promise((r) => setTimeout(r, 1500));
    server.child.kill('SIGKILL'); // no shutdown, no flush: the process is simply gone
    await new Promise((r) => server!.child.once('exit', r));
    await load.stop();
    const acked = [...load.acked];
    expect(acked.length).toBeGreaterThan(500);

    // The installation comes back on the same storage (a stale data-dir lock is taken over).
    server = await startServerProcess(setup.env);
    const after = await fetch(`${server.url}/v1/track`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}` },
      body: JSON.stringify({ anonymousId: 'after', event: 'Sau sự cố' }),
    });
    expect(after.status).toBe(200);
    await server.stop();
    server = undefined;

    const database = await setup.open();
    try {
      const found = await database.query<{ message_id: string; n: number }>(
        `select message_id, count(*)::int as n from events where message_id = any($1::text[]) group by message_id`,
        [acked],
      );
      const counts = new Map(found.rows.map((r) => [r.message_id, r.n]));
      const missing = acked.filter((id) => !counts.has(id));
      expect(missing, `${missing.length} acknowledged events lost`).toEqual([]);
      expect([...counts.values()].every((n) => n === 1)).toBe(true);
      console.log(`${engine.name}: ${acked.length} acknowledged before kill -9, all present once`);
    } finally {
      await database.close();
    }
  });
});
