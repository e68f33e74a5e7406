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
const env = { ...process.env, CHROMIUM_PATH: chromium, ...(databaseUrl ? { TEST_DATABASE_URL: databaseUrl } : {}) };
const vitest = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...args], { cwd: root, stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });

// The whole suite runs as two processes side by side: the unit, HTTP and storage suites (in parallel
// workers) and the browser suites (one file at a time, each with its own server and Chromium). The
// browser suites mostly wait on pages and servers, so the two share the cores instead of queueing.
// With arguments (a project or some files) it is one run, as Vitest takes them.
const given = process.argv.slice(2);
const runs = given.length > 0 ? [given] : [['--project', 'unit'], ['--project', 'e2e']];
const codes = await Promise.all(runs.map(vitest));
if (runs.length > 1) console.log(`\nnpm test: unit ${codes[0] === 0 ? 'passed' : 'FAILED'}, e2e ${codes[1] === 0 ? 'passed' : 'FAILED'}.`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
