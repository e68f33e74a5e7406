// `npm run demo [-- --customers N]`: loads the demo retail chain (see `footprint demo load`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './web-build.mjs';

const child = spawn(process.execPath, [path.join(root, 'apps/server/bin/footprint.js'), 'demo', 'load', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
