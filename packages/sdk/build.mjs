// Builds the browser bundles: dist/footprint.js (minified IIFE for the <script> tag, served by
// the server at /sdk/footprint.js), dist/footprint.esm.js (for bundlers) and dist/footprint-widget.js
// (the feedback widget, an ES module the SDK imports from /sdk/ only when a survey is due).
// `node build.mjs` builds and prints the sizes; tests import `build`.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(here, 'dist');

const common = {
  bundle: true,
  write: false,
  minify: true,
  target: 'es2018',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'silent',
  tsconfig: path.join(here, 'tsconfig.json'),
  // The SDK loads the widget with import(): every browser with shadow DOM v1 has it.
  supported: { 'dynamic-import': true },
};

/** Builds the bundles; returns each file's path, size and gzipped size in bytes. */
export async function build() {
  const results = await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(here, 'src/global.ts')], format: 'iife', outfile: path.join(DIST, 'footprint.js') }),
    esbuild.build({ ...common, entryPoints: [path.join(here, 'src/index.ts')], format: 'esm', outfile: path.join(DIST, 'footprint.esm.js') }),
    esbuild.build({ ...common, entryPoints: [path.join(here, 'src/widget/mount.ts')], format: 'esm', outfile: path.join(DIST, 'footprint-widget.js') }),
  ]);
  await mkdir(DIST, { recursive: true });
  const files = [];
  for (const file of results.flatMap((r) => r.outputFiles)) {
    // Write then rename: tests build concurrently, and a reader never sees half a file.
    const tmp = `${file.path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, file.contents);
    await rename(tmp, file.path);
    files.push({ path: file.path, bytes: file.contents.length, gzipBytes: gzipSync(file.contents, { level: 9 }).length });
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await build()) {
    console.log(`${path.relative(here, f.path)}  ${f.bytes} B, ${f.gzipBytes} B gzipped`);
  }
}
