// `npm start`: the whole installation in one process — dashboard, API, jobs — on the embedded
// database in ./data (or PostgreSQL with DATABASE_URL).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureSdkBuilt, ensureWebBuilt, root } from './web-build.mjs';

await ensureSdkBuilt();
ensureWebBuilt();
const child = spawn(process.execPath, [path.join(root, 'apps/server/bin/footprint.js'), 'serve', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
