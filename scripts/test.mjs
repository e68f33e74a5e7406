// `npm test`: every suite — unit, HTTP, storage on PGlite and PostgreSQL, processes, browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { findChromium } from './chromium.mjs';
import { ensureSdkBuilt, ensureWebBuilt, root } from './web-build.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error('npm test needs Chromium for the browser tests: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
let databaseUrl = process.env.TEST_DATABASE_URL;
if (!databaseUrl) {
  const c = new pg.Client({ connectionString: LOCAL_PG, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    databaseUrl = LOCAL_PG;
  } catch {
    console.warn('Note: no PostgreSQL at 127.0.0.1:5432 and TEST_DATABASE_URL is unset, so the suites run on the embedded PGlite only. CI always runs both.');
  }
}
if (databaseUrl) console.log(`Storage suites run on PGlite and on PostgreSQL (${databaseUrl.replace(/:[^:@/]*@/, ':***@')}).`);

await ensureSdkBuilt();
ensureWebBuilt();
const args = ['run', ...process.argv.slice(2)];
const child = spawn(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, ...(databaseUrl ? { TEST_DATABASE_URL: databaseUrl } : {}) },
});
child.on('exit', (code) => process.exit(code ?? 1));
