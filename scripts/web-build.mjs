// Builds the dashboard when its bundle is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'apps/web');
const core = path.join(root, 'packages/core/src');

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/** The browser SDK bundles the server serves at /sdk/, rebuilt when their sources (the SDK's, core's) change. */
export async function ensureSdkBuilt() {
  const sdk = path.join(root, 'packages/sdk');
  const bundles = ['footprint.js', 'footprint-widget.js'].map((f) => path.join(sdk, 'dist', f));
  const sources = Math.max(newest(path.join(sdk, 'src')), newest(core));
  if (bundles.every((b) => existsSync(b) && statSync(b).mtimeMs >= sources)) return;
  const { build } = await import('../packages/sdk/build.mjs');
  await build();
}

export function ensureWebBuilt({ force = false } = {}) {
  const built = path.join(web, 'dist/index.html');
  const sources = Math.max(newest(path.join(web, 'src')), newest(core), statSync(path.join(web, 'index.html')).mtimeMs, statSync(path.join(web, 'vite.config.ts')).mtimeMs);
  if (!force && existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the dashboard…');
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
