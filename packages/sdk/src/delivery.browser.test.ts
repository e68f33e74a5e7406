// Delivery in Chromium: retries, durability, beacons and the server's limits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, drained, hide, startHarness } from './browser-harness';
import type { Footprint } from './client';
import type { Message } from './types';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.reset();
  const ids = h.everDelivered.map((m) => m.messageId);
  expect(new Set(ids).size, 'every delivered messageId is unique').toBe(ids.length);
});

afterAll(async () => {
  await h?.close();
});

const queued = async (page: import('playwright-core').Page): Promise<Message[]> => {
  const raw = (await h.stored(page)).local.fp_queue;
  return raw ? (JSON.parse(raw) as Message[]) : [];
};
const names = (ms: Message[]): string[] => ms.map((m) => m.event ?? m.type);

describe('delivery', () => {
  it('keeps messages in localStorage while the server fails, retries with backoff after Retry-After, then delivers them once', async () => {
    let down = true;
    let calls = 0;
    // The first request dies with the connection (a network error), the next get 503 + Retry-After.
    h.respond = () => (!down ? undefined : calls++ === 0 ? 'cut' : { status: 503, headers: { 'Retry-After': '3' }, body: '{"error":{"code":"unavailable","message":"busy"}}' });
    const { page, errors } = await h.open('/');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      for (let i = 1; i <= 3; i++) fp.track(`Down ${i}`);
    });
    await h.waitFor(() => h.posts().length >= 3, 'three failed attempts');
    expect(h.delivered()).toEqual([]);
    expect(names(await queued(page))).toEqual(['page', 'Down 1', 'Down 2', 'Down 3']);
    const [, second, third] = h.posts();
    // Backoff alone would retry after 1–2 s here; the server asked for 3.
    expect(third!.at - second!.at, 'Retry-After respected').toBeGreaterThanOrEqual(2950);
    down = false;
    await h.waitFor(() => h.delivered().length === 4, 'delivery after recovery');
    expect(names(h.delivered())).toEqual(['page', 'Down 1', 'Down 2', 'Down 3']);
    await drained(page);
    expect(errors).toEqual([]);
  });

  it('leaves what a page could not send to the next page, which sends it', async () => {
    let down = true;
    h.respond = () => (down ? { status: 503 } : undefined);
    const { page } = await h.open('/first');
    await page.evaluate(() => (window.footprint as Footprint).track('Left Behind'));
    await h.waitFor(() => h.posts().length >= 1 && h.posts().every((r) => r.status === 503), 'a failed attempt');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    down = false;
    // Leaving the page while the server fails: no blind beacon, the queue stays for next time.
    await page.goto(`${h.site}/second`, { waitUntil: 'domcontentloaded' });
    await h.waitFor(() => h.delivered().length === 3, 'the first page messages and the second page view');
    expect(names(h.delivered())).toEqual(['page', 'Left Behind', 'page']);
    expect(h.delivered().map((m) => m.context.page.path)).toEqual(['/first', '/first', '/second']);
    expect(h.posts().filter((r) => r.headers['sec-fetch-mode'] === 'no-cors')).toEqual([]);
  });

  it('waits while the browser is offline and sends when it is back online', async () => {
    const { page, context } = await h.open('/');
    await h.waitFor(() => h.delivered().length === 1, 'the page view');
    await context.setOffline(true);
    await page.evaluate(() => (window.footprint as Footprint).track('Offline Click'));
    await page.waitForTimeout(600);
    expect(h.posts()).toHaveLength(1);
    expect(names(await queued(page))).toEqual(['Offline Click']);
    await context.setOffline(false);
    await h.waitFor(() => h.delivered().find((m) => m.event === 'Offline Click'), 'delivery once online');
    await drained(page);
  });

  it('sends the queue by sendBeacon when the page is hidden, and removes it from the queue', async () => {
    h.options = { flushInterval: 60_000, maxBatch: 100 };
    const { page } = await h.open('/');
    await h.waitFor(() => h.delivered().length === 1, 'the page view');
    // Acknowledged, so no send is in flight: one finishing late would take the queue along by fetch.
    await drained(page);
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.track('Before Hide 1');
      fp.track('Before Hide 2', { note: 'Tiếng Việt' });
    });
    expect(names(await queued(page))).toEqual(['Before Hide 1', 'Before Hide 2']);
    await hide(page);
    await h.waitFor(() => h.delivered().some((m) => m.event === 'Before Hide 2'), 'the beacon');
    // Found by what it carries, not by its place: on a loaded machine the page view may be retried first.
    const carrying = h.posts().filter((p) => names(p.messages).includes('Before Hide 1'));
    expect(carrying).toHaveLength(1);
    const beacon = carrying[0]!;
    // A beacon is a no-cors request; a fetch is a cors one.
    expect(beacon.headers).toMatchObject({ 'sec-fetch-mode': 'no-cors', 'content-type': 'text/plain;charset=UTF-8' });
    expect(h.posts()[0]!.headers['sec-fetch-mode']).toBe('cors');
    expect(names(beacon.messages)).toEqual(['Before Hide 1', 'Before Hide 2']);
    expect(beacon.messages[1]!.properties).toEqual({ note: 'Tiếng Việt' });
    expect(await queued(page)).toEqual([]); // removed as the beacon was handed over
  });

  it('sends the queue by sendBeacon when the visitor leaves the page', async () => {
    h.options = { flushInterval: 60_000, maxBatch: 100 };
    const { page } = await h.open('/');
    await h.waitFor(() => h.delivered().length === 1, 'the page view');
    await drained(page); // as above: nothing in flight to carry Last Click by fetch
    await page.evaluate(() => (window.footprint as Footprint).track('Last Click'));
    await page.goto(`${h.site}/elsewhere?nosdk`);
    const last = await h.waitFor(() => h.posts().find((r) => r.messages.some((m) => m.event === 'Last Click')), 'the beacon on pagehide');
    expect(last.headers['sec-fetch-mode']).toBe('no-cors');
    expect(await queued(page)).toEqual([]);
  });

  it('drops a message over 32 KB with a warning and delivers the others', async () => {
    const { page, warnings } = await h.open('/');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.track('Small 1');
      fp.track('Huge', { blob: 'x'.repeat(33_000) });
      fp.track('Big But Fine', { blob: 'x'.repeat(30_000) });
      fp.track('Small 2');
    });
    await h.waitFor(() => h.delivered().find((m) => m.event === 'Small 2'), 'the small messages');
    expect(names(h.delivered())).toEqual(['page', 'Small 1', 'Big But Fine', 'Small 2']);
    expect(warnings.filter((w) => w.includes('over 32 KB'))).toEqual(['[footprint] track Huge is over 32 KB and was dropped']);
    await drained(page);
  });

  it('splits a batch the server refuses (400) until only the bad message is dropped', async () => {
    h.options = { flushInterval: 300, maxBatch: 100 };
    h.respond = (r) => (r.body.includes('"Poison"') ? { status: 400, body: '{"error":{"code":"invalid","message":"bad"}}' } : undefined);
    const { page, warnings } = await h.open('/');
    await h.waitFor(() => h.delivered().length === 1, 'the page view');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      for (const name of ['A', 'B', 'Poison', 'C', 'D']) fp.track(name);
    });
    await h.waitFor(() => h.delivered().length === 5, 'the good messages');
    await page.waitForTimeout(300);
    expect(names(h.delivered())).toEqual(['page', 'A', 'B', 'C', 'D']);
    expect(warnings.filter((w) => w.includes('HTTP 400'))).toHaveLength(1);
    await drained(page);
  });

  it('sends at once when maxBatch messages wait, at most maxBatch per request; flush() sends the rest', async () => {
    h.options = { flushInterval: 60_000, maxBatch: 10 };
    const { page } = await h.open('/');
    await h.waitFor(() => h.delivered().length === 1, 'the page view');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      for (let i = 0; i < 25; i++) fp.track(`Item ${i}`);
    });
    // Ten waiting start a flush, which then empties the queue, ten at a time.
    await h.waitFor(() => h.delivered().length === 26, 'the 25 items, long before flushInterval');
    expect(h.posts().map((r) => r.messages.length)).toEqual([1, 10, 10, 5]);
    expect(names(h.delivered()).slice(1)).toEqual(Array.from({ length: 25 }, (_, i) => `Item ${i}`));
    await drained(page); // the answer to the last batch has reached the SDK
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      for (let i = 25; i < 28; i++) fp.track(`Item ${i}`);
    });
    await page.waitForTimeout(400);
    expect(h.delivered()).toHaveLength(26); // fewer than maxBatch wait for flushInterval…
    await page.evaluate(() => (window.footprint as Footprint).flush());
    expect(h.delivered()).toHaveLength(29); // …or flush(), which resolves once they are delivered
  });
});
