import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STUB_METHODS, snippet } from './snippet';
import { VERSION } from './version';

interface FakeScript {
  async?: boolean;
  src?: string;
  attrs: Record<string, string>;
  setAttribute(name: string, value: string): void;
}

/** Runs the snippet's JavaScript against a minimal window/document and returns what it did. */
function run(html: string, window: Record<string, unknown> = {}): { window: Record<string, unknown>; appended: FakeScript[] } {
  const match = /^<script>(.*)<\/script>$/s.exec(html);
  if (!match) throw new Error('not a single script tag');
  const appended: FakeScript[] = [];
  const document = {
    createElement: (): FakeScript => ({
      attrs: {},
      setAttribute(name, value) {
        this.attrs[name] = value;
      },
    }),
    head: { appendChild: (s: FakeScript) => appended.push(s) },
  };
  runInNewContext(match[1]!, { window, document });
  return { window, appended };
}

describe('snippet', () => {
  it('is one line that loads HOST/sdk/footprint.js asynchronously with the write key', () => {
    const html = snippet('https://cx.shop.vn/', 'fp_w_abc');
    expect(html).not.toContain('\n');
    const { appended } = run(html);
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({ async: true, src: 'https://cx.shop.vn/sdk/footprint.js', attrs: { 'data-write-key': 'fp_w_abc' } });
  });

  it('queues every call, with its arguments and time, until the SDK loads', () => {
    const before = Date.now();
    const { window } = run(snippet('https://cx.shop.vn', 'fp_w_abc'));
    const stub = window.footprint as Record<string, (...args: unknown[]) => void> & { q: unknown[][] };
    for (const m of STUB_METHODS) expect(typeof stub[m]).toBe('function');
    stub.identify!('u1', { plan: 'gold' });
    stub.track!('Order Completed', { total: 350000 });
    stub.consent!(true);
    expect(stub.q.map((c) => [c[0], c[1]])).toEqual([
      ['identify', ['u1', { plan: 'gold' }]],
      ['track', ['Order Completed', { total: 350000 }]],
      ['consent', [true]],
    ]);
    for (const c of stub.q) expect(c[2]).toBeGreaterThanOrEqual(before);
  });

  it('passes options to init before anything else', () => {
    const { window } = run(snippet('https://cx.shop.vn', 'fp_w_abc', { consent: 'pending', autoPage: false }));
    expect((window.footprint as { q: unknown[][] }).q.map((c) => [c[0], c[1]])).toEqual([['init', [{ consent: 'pending', autoPage: false }]]]);
  });

  it('does nothing when footprint is already on the page', () => {
    const existing = { version: VERSION };
    const { window, appended } = run(snippet('https://cx.shop.vn', 'fp_w_abc'), { footprint: existing });
    expect(window.footprint).toBe(existing);
    expect(appended).toHaveLength(0);
  });

  it('cannot be broken out of by its arguments', () => {
    const html = snippet('https://cx.shop.vn', 'fp_w_"</script><script>alert(1)</script>');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(run(html).appended[0]!.attrs['data-write-key']).toBe('fp_w_"</script><script>alert(1)</script>');
  });

  it('refuses a host that is not http(s) and an empty key', () => {
    expect(() => snippet('javascript:alert(1)//', 'fp_w_abc')).toThrow(TypeError);
    expect(() => snippet('cx.shop.vn', 'fp_w_abc')).toThrow(TypeError);
    expect(() => snippet('https://cx.shop.vn', '')).toThrow(TypeError);
  });
});

describe('version', () => {
  it('is the package version', () => {
    const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg).toMatchObject({ version: VERSION });
  });
});
