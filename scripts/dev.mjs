// `npm run dev`: the API server plus Vite's dev server with hot reload (http://localhost:5173).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureSdkBuilt, root } from './web-build.mjs';

await ensureSdkBuilt();

const procs = [
  spawn(process.execPath, [path.join(root, 'apps/server/bin/footprint.js'), 'serve'], { stdio: 'inherit' }),
  spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], { cwd: path.join(root, 'apps/web'), stdio: 'inherit' }),
];
const stop = () => procs.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
procs.forEach((p) => p.on('exit', stop));
