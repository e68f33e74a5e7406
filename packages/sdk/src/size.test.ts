import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BuiltFile, build } from '../build.mjs';

/** The budget: what a page loads for the SDK plus the feedback widget, gzipped. */
const TOTAL_BUDGET_GZIP = 12 * 1024;
/** The always-loaded SDK (tracking and the widget's triggers); the widget itself comes when a survey is due. */
const SDK_BUDGET_GZIP = 6.75 * 1024;

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
  it(`dist/footprint.js plus dist/footprint-widget.js are at most ${TOTAL_BUDGET_GZIP} bytes gzipped`, () => {
    const iife = built('footprint.js');
    const widget = built('footprint-widget.js');
    const esm = built('footprint.esm.js');
    const total = iife.gzipBytes + widget.gzipBytes;
    console.log(
      `footprint.js: ${iife.bytes} B, ${iife.gzipBytes} B gzipped (budget ${SDK_BUDGET_GZIP}); footprint-widget.js: ${widget.bytes} B, ${widget.gzipBytes} B gzipped; ` +
        `together ${total} B gzipped (budget ${TOTAL_BUDGET_GZIP}); footprint.esm.js: ${esm.gzipBytes} B gzipped`,
    );
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET_GZIP);
    expect(iife.gzipBytes).toBeLessThanOrEqual(SDK_BUDGET_GZIP);
    // Guards the measurement itself: an empty or broken bundle would pass the budget.
    expect(iife.bytes).toBeGreaterThan(4000);
    expect(widget.bytes).toBeGreaterThan(4000);
  });

  it('carries no zod: the SDK imports only pure core modules', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const f of files) expect(await readFile(f.path, 'utf8'), path.basename(f.path)).not.toMatch(/ZodError|\$ZodType|_zod/);
  });

  it('dist/footprint.esm.js imports without a browser (no side effects) and exports the API', async () => {
    const mod: Record<string, unknown> = await import(pathToFileURL(built('footprint.esm.js').path).href);
    expect(Object.keys(mod).sort()).toEqual(['Footprint', 'VERSION', 'footprint', 'snippet']);
    expect(typeof mod.snippet === 'function' && mod.snippet('https://cx.shop.vn', 'fp_w_x')).toContain('https://cx.shop.vn');
    expect(mod.footprint).toBeInstanceOf(mod.Footprint as new () => unknown);
  });

  it('dist/footprint-widget.js is a module of its own that exports mount, with no side effects', async () => {
    const mod: Record<string, unknown> = await import(pathToFileURL(built('footprint-widget.js').path).href);
    expect(Object.keys(mod).sort()).toEqual(['mount', 'pickLanguage']);
  });
});
