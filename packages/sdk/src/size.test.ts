import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFile, build } from '../build.mjs';

/** The SDK's share of the 12 KB (gzipped) page budget; the feedback widget gets the rest. */
const SDK_BUDGET_GZIP = 6 * 1024;

let files: BuiltFile[];
const built = (name: string): BuiltFile => {
  const file = files.find((f) => path.basename(f.path) === name);
  if (!file) throw new Error(`${name} was not built`);
  return file;
};

beforeAll(async () => {
  files = await build();
});

describe('bundles', () => {
  it(`dist/footprint.js is at most ${SDK_BUDGET_GZIP} bytes gzipped`, () => {
    const iife = built('footprint.js');
    const esm = built('footprint.esm.js');
    console.log(`footprint.js: ${iife.bytes} B, ${iife.gzipBytes} B gzipped (budget ${SDK_BUDGET_GZIP}); footprint.esm.js: ${esm.gzipBytes} B gzipped`);
    expect(iife.gzipBytes).toBeLessThanOrEqual(SDK_BUDGET_GZIP);
    // Guards the measurement itself: an empty or broken bundle would pass the budget.
    expect(iife.bytes).toBeGreaterThan(4000);
  });

  it('dist/footprint.esm.js imports without a browser (no side effects) and exports the API', async () => {
    const mod: Record<string, unknown> = await import(pathToFileURL(built('footprint.esm.js').path).href);
    expect(Object.keys(mod).sort()).toEqual(['Footprint', 'VERSION', 'footprint', 'snippet']);
    expect(typeof mod.snippet === 'function' && mod.snippet('https://cx.shop.vn', 'fp_w_x')).toContain('https://cx.shop.vn');
    expect(mod.footprint).toBeInstanceOf(mod.Footprint as new () => unknown);
  });
});
