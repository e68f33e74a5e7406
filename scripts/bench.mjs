// `npm run bench`: uses the local PostgreSQL too when one answers, like `npm test`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { root } from './web-build.mjs';

const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
let url = process.env.TEST_DATABASE_URL;
if (!url) {
  const c = new pg.Client({ connectionString: LOCAL_PG, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    url = LOCAL_PG;
  } catch {
    /* PGlite figures only */
  }
}
const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'bench/run.ts')], {
  stdio: 'inherit',
  env: { ...process.env, ...(url ? { TEST_DATABASE_URL: url } : {}) },
});
child.on('exit', (code) => process.exit(code ?? 1));
