/**
 * `npm run bench`: each figure next to its limit, measured in the same run on the same machine.
 * The server runs in its own process (as in production); autocannon loads it from this one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../apps/server/src/db/database.js';
import { listMembers } from '../apps/server/src/features/workspace/members.js';
import { resolveSession } from '../apps/server/src/features/workspace/sessions.js';
import { createPostgresDatabase } from '../apps/server/src/test/databases.js';
import { httpIngestRate, rawInsertRate } from './ingest.js';
import { benchJourneyLive } from './journey-live.js';
import { benchScores } from './scores.js';
import { benchSupportKpis } from './support-kpis.js';
import { runCli, startServerProcess } from '../apps/server/src/test/processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;
/** Tracking clients, each posting batches of 100 events back to back (a busy site's collectors). */
const INGEST_CLIENTS = 16;

interface Row {
  engine: string;
  figure: string;
  value: number;
  limitName: string;
  limit: number;
}

async function rate(url: string, headers: Record<string, string> = {}): Promise<number> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

/**
 * The same work as an authenticated members page — resolve the session, read one page — issued
 * straight to the database by CONNECTIONS concurrent workers, with no HTTP in between.
 */
async function directRate(env: Record<string, string>, token: string, workspaceId: string): Promise<number> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : env.FOOTPRINT_DATA_DIR, poolSize: 10 });
  const q = { sort: 'name', order: 'asc', page: 1, pageSize: 25 } as const;
  const work = async () => {
    await resolveSession(database.db, token);
    await listMembers(database.db, workspaceId, q);
  };
  try {
    for (let i = 0; i < 50; i++) await work();
    let done = 0;
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          await work();
          done++;
        }
      }),
    );
    return done / ((performance.now() - started) / 1000);
  } finally {
    await database.close();
  }
}

async function benchEngine(engine: string, env: Record<string, string>): Promise<Row[]> {
  const created = await runCli(['workspace', 'create', '--name', 'Bench', '--owner-email', 'bench@example.vn', '--owner-password', 'bench-password-1', '--json'], env);
  if (created.code !== 0) throw new Error(created.stderr);
  const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };
  await runCli(['demo', 'load', '--workspace', workspaceId, '--customers', '20000', '--json'], env);
  const key = (JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'secret', '--scope', 'read', '--json'], env)).stdout) as { key: string }).key;
  const writeKey = (JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'write', '--json'], env)).stdout) as { key: string }).key;
  let ingestHttp: number;
  const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' });
  let cookie: string;
  let rows: Row[];
  try {
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.vn', password: 'bench-password-1' }),
    });
    cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
    await rate(`${server.url}/api/v1/ping`); // warm-up
    const noop = await rate(`${server.url}/api/v1/ping`);
    const byKey = await rate(`${server.url}/api/v1/members?pageSize=25`, { authorization: `Bearer ${key}` });
    const bySession = await rate(`${server.url}/api/v1/members?pageSize=25`, { cookie });
    await httpIngestRate(server.url, writeKey, 2, INGEST_CLIENTS); // warm-up: JIT, pool, caches
    ingestHttp = await httpIngestRate(server.url, writeKey, SECONDS, INGEST_CLIENTS);
    const searched = await rate(`${server.url}/api/v1/members?pageSize=25&q=nguyen`, { authorization: `Bearer ${key}` });
    rows = [
      { engine, figure: 'members page, secret key (req/s)', value: byKey, limitName: 'no-op route', limit: noop },
      { engine, figure: 'members page, session cookie (req/s)', value: bySession, limitName: 'no-op route', limit: noop },
      { engine, figure: 'members search "nguyen" (req/s)', value: searched, limitName: 'no-op route', limit: noop },
    ];
  } finally {
    await server.stop();
  }
  // After the server has stopped: an embedded data directory belongs to one process at a time.
  const direct = await directRate(env, cookie.split('=')[1]!, workspaceId);
  const raw = await rawInsertRate({ url: env.DATABASE_URL, dataDir: env.DATABASE_URL ? undefined : env.FOOTPRINT_DATA_DIR }, workspaceId, SECONDS, 8);
  rows.push({ engine, figure: `events/s via HTTP /v1/batch (100 a batch, ${INGEST_CLIENTS} clients)`, value: ingestHttp, limitName: 'raw multi-row insert, 8 writers', limit: raw });
  const bySession = rows.find((r) => r.figure.startsWith('members page, session'))!.value;
  rows.push({ engine, figure: 'members page, session cookie (req/s)', value: bySession, limitName: 'same queries, no HTTP', limit: direct });
  return rows;
}

function print(rows: Row[]): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\nFootprint bench — ${SECONDS}s per figure, ${CONNECTIONS} connections, server in its own process\n`);
  console.log(['engine', 'figure', 'value', 'limit (same run)', 'limit value', 'ratio'].join(' | '));
  console.log('--- | --- | ---: | --- | ---: | ---:');
  for (const r of rows) {
    console.log([r.engine, r.figure, fmt(r.value), r.limitName, fmt(r.limit), `${((r.value / r.limit) * 100).toFixed(1)}%`].join(' | '));
  }
}

const rows: Row[] = [];
const dir = mkdtempSync(path.join(tmpdir(), 'fp-bench-'));
try {
  rows.push(...(await benchEngine('PGlite', { FOOTPRINT_DATA_DIR: path.join(dir, 'data') })));
  if (process.env.TEST_DATABASE_URL || process.env.BENCH_DATABASE_URL) {
    process.env.TEST_DATABASE_URL ??= process.env.BENCH_DATABASE_URL;
    const pgdb = await createPostgresDatabase();
    try {
      rows.push(...(await benchEngine('PostgreSQL', { DATABASE_URL: pgdb.url })));
      rows.push(...(await benchScores({ DATABASE_URL: pgdb.url })).map((r) => ({ engine: 'PostgreSQL', ...r })));
      rows.push(...(await benchJourneyLive({ DATABASE_URL: pgdb.url })).map((r) => ({ engine: 'PostgreSQL', ...r })));
      rows.push(...(await benchSupportKpis({ DATABASE_URL: pgdb.url })).map((r) => ({ engine: 'PostgreSQL', ...r })));
    } finally {
      await pgdb.drop();
    }
  } else {
    console.log('PostgreSQL figures need TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
print(rows);
