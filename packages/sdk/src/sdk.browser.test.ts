// The SDK in Chromium, loaded by the snippet from the (stand-in) Footprint server's origin.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, WRITE_KEY, startHarness } from './browser-harness';
import type { Footprint } from './client';
import type { Message } from './types';
import { VERSION } from './version';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
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

const pages = (): Message[] => h.delivered().filter((m) => m.type === 'page');

describe('footprint.js in a browser', () => {
  it('sends a page view on load, cross-origin as text/plain without a preflight', async () => {
    const { page, errors } = await h.open('/products?ref=home&title=S%E1%BA%A3n%20ph%E1%BA%A9m#reviews', { referer: 'https://www.google.com/' });
    const [view] = await h.waitFor(() => pages().length === 1 && pages(), 'the page view');
    expect(view).toMatchObject({
      type: 'page',
      messageId: expect.stringMatching(V4),
      anonymousId: expect.stringMatching(V4),
      context: {
        page: {
          path: '/products',
          search: '?ref=home&title=S%E1%BA%A3n%20ph%E1%BA%A9m',
          title: 'Sản phẩm',
          url: `${h.site}/products?ref=home&title=S%E1%BA%A3n%20ph%E1%BA%A9m`, // never the fragment
          referrer: 'https://www.google.com/',
        },
        library: { name: 'footprint-js', version: VERSION },
        locale: await page.evaluate(() => navigator.language),
        timezone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
        userAgent: await page.evaluate(() => navigator.userAgent),
        screen: { width: expect.any(Number), height: expect.any(Number) },
      },
      properties: { path: '/products', title: 'Sản phẩm', referrer: 'https://www.google.com/' },
    });
    expect(view!.context.campaign).toBeUndefined();
    const [post] = h.posts();
    expect(post).toMatchObject({ path: '/v1/batch', headers: { 'content-type': 'text/plain;charset=UTF-8', origin: h.site, 'sec-fetch-mode': 'cors' } });
    const body = JSON.parse(post!.body) as { writeKey: string; sentAt: string };
    expect(body.writeKey).toBe(WRITE_KEY);
    expect(Date.parse(body.sentAt)).toBeGreaterThanOrEqual(Date.parse(view!.timestamp));
    expect(h.requests.filter((r) => r.method === 'OPTIONS')).toEqual([]);
    expect((await h.stored(page)).local.fp_aid).toBe(view!.anonymousId);
    expect(errors).toEqual([]);
  });

  it('sends a page view for each SPA navigation, with the previous URL as referrer, and none for repeats', async () => {
    const { page, errors } = await h.open('/');
    await h.waitFor(() => pages().length === 1, 'the first page view');
    await page.evaluate(() => {
      history.pushState({}, '', '/cart');
      document.title = 'Giỏ hàng'; // routers set the title after pushState
    });
    await h.waitFor(() => pages().length === 2, 'the /cart page view');
    await page.evaluate(() => {
      history.pushState({}, '', '/cart'); // same URL again
      history.replaceState({}, '', '/cart#summary'); // an anchor
      history.replaceState({}, '', '/cart?utm_source=x'); // UTM stripped or added
      history.pushState({}, '', '/checkout');
    });
    await h.waitFor(() => pages().length === 3, 'the /checkout page view');
    await page.goBack(); // popstate
    await h.waitFor(() => pages().length === 4, 'the page view after going back');
    await page.waitForTimeout(500);
    const views = pages().map((m) => [m.context.page.path, m.context.page.title, m.context.page.referrer]);
    expect(views).toEqual([
      ['/', 'Cửa hàng', ''],
      ['/cart', 'Giỏ hàng', `${h.site}/`],
      ['/checkout', 'Giỏ hàng', `${h.site}/cart`],
      ['/cart', 'Giỏ hàng', `${h.site}/checkout`],
    ]);
    expect(new Set(pages().map((m) => m.anonymousId)).size).toBe(1);
    expect(errors).toEqual([]);
  });

  it('carries userId and anonymousId after identify, remembers them across loads, forgets them on reset', async () => {
    const { page } = await h.open('/');
    const [first] = await h.waitFor(() => pages().length === 1 && pages(), 'the page view');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.identify('user-42', { email: 'lan@example.vn', plan: 'gold' });
      fp.track('Order Completed', { total: 350000, currency: 'VND' });
    });
    const [identify, order] = await h.waitFor(() => h.delivered().length === 3 && h.delivered().slice(1), 'identify and track');
    expect(identify).toMatchObject({ type: 'identify', userId: 'user-42', anonymousId: first!.anonymousId, traits: { email: 'lan@example.vn', plan: 'gold' } });
    expect(order).toMatchObject({ type: 'track', event: 'Order Completed', userId: 'user-42', anonymousId: first!.anonymousId, properties: { total: 350000, currency: 'VND' } });

    await page.reload({ waitUntil: 'domcontentloaded' });
    const again = await h.waitFor(() => pages()[1], 'the page view after reload');
    expect(again).toMatchObject({ userId: 'user-42', anonymousId: first!.anonymousId });
    await page.evaluate(() => (window.footprint as Footprint).identify({ phone: '0901234567' }));
    const more = await h.waitFor(() => h.delivered().filter((m) => m.type === 'identify')[1], 'the second identify');
    expect(more).toMatchObject({ userId: 'user-42', traits: { email: 'lan@example.vn', plan: 'gold', phone: '0901234567' } });

    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.reset();
      fp.track('Signed Out');
    });
    const out = await h.waitFor(() => h.delivered().find((m) => m.event === 'Signed Out'), 'the track after reset');
    expect(out.userId).toBeUndefined();
    expect(out.anonymousId).toMatch(V4);
    expect(out.anonymousId).not.toBe(first!.anonymousId);
    const { local } = await h.stored(page);
    expect(local.fp_aid).toBe(out.anonymousId);
    expect(local.fp_uid).toBeUndefined();
    expect(local.fp_traits).toBeUndefined();
  });

  it('puts the URL UTM in context.campaign and remembers the first touch', async () => {
    const { page } = await h.open('/landing?utm_source=zalo&utm_medium=social&utm_campaign=tet&utm_term=%C3%A1o%20d%C3%A0i&utm_content=video');
    const tet = { source: 'zalo', medium: 'social', name: 'tet', term: 'áo dài', content: 'video' };
    const landing = await h.waitFor(() => pages()[0], 'the landing page view');
    expect(landing.context).toMatchObject({ campaign: tet, firstCampaign: tet });

    await page.evaluate(() => history.pushState({}, '', '/products'));
    const next = await h.waitFor(() => pages()[1], 'the SPA page view');
    expect(next.context).toMatchObject({ page: { path: '/products', search: '' }, campaign: tet, firstCampaign: tet });

    await page.goto(`${h.site}/again?utm_source=google&utm_medium=cpc`, { waitUntil: 'domcontentloaded' });
    const paid = await h.waitFor(() => pages()[2], 'the page view from an ad');
    expect(paid.context).toMatchObject({ campaign: { source: 'google', medium: 'cpc' }, firstCampaign: tet });

    await page.goto(`${h.site}/plain`, { waitUntil: 'domcontentloaded' });
    const plain = await h.waitFor(() => pages()[3], 'a page view without UTM');
    expect(plain.context.campaign).toBeUndefined();
    expect(plain.context.firstCampaign).toEqual(tet);
  });

  it('runs calls made before the script loaded, in order, with the time they were made', async () => {
    h.holdScript();
    h.afterSnippet = "<script>footprint.identify('early-user', { source: 'snippet' }); footprint.track('Early Click', { n: 1 });</script>";
    const { page, errors } = await h.open('/early');
    const stub = await page.evaluate(() => {
      const fp = window.footprint as { version?: string; q: unknown[][] };
      return { loaded: fp.version !== undefined, queued: fp.q.map((c) => c[0]) };
    });
    expect(stub).toEqual({ loaded: false, queued: ['init', 'identify', 'track'] });
    await page.waitForTimeout(300);
    const released = Date.now();
    h.releaseScript();
    await h.waitFor(() => h.delivered().length === 3, 'the queued calls and the page view');
    const [identify, click, view] = h.delivered();
    expect(identify).toMatchObject({ type: 'identify', userId: 'early-user', traits: { source: 'snippet' } });
    expect(click).toMatchObject({ type: 'track', event: 'Early Click', userId: 'early-user', properties: { n: 1 } });
    expect(view).toMatchObject({ type: 'page', userId: 'early-user', context: { page: { path: '/early' } } });
    expect(Date.parse(identify!.timestamp)).toBeLessThan(released - 200);
    expect(Date.parse(click!.timestamp)).toBeLessThan(released - 200);
    expect(await page.evaluate(() => (window.footprint as Footprint).version)).toBe(VERSION);
    expect(errors).toEqual([]);
  });

  it('adds window.footprint and no other global', async () => {
    const bare = await h.open('/?nosdk');
    const before = await bare.page.evaluate(() => Object.getOwnPropertyNames(window));
    const { page } = await h.open('/');
    await h.waitFor(() => pages().length === 1, 'the page view');
    const after = await page.evaluate(() => Object.getOwnPropertyNames(window));
    expect(after.filter((k) => !before.includes(k))).toEqual(['footprint']);
  });

  it('loaded twice, it still runs once', async () => {
    h.afterSnippet = `<script async src="${h.fp}/sdk/footprint.js" data-write-key="fp_w_other" onload="this.dataset.ran='1'"></script>`;
    const { page } = await h.open('/');
    await page.waitForFunction(() => document.querySelector('script[data-ran]') !== null);
    await page.evaluate(() => (window.footprint as Footprint).track('Once'));
    await h.waitFor(() => h.delivered().length === 2, 'the page view and the track');
    await page.waitForTimeout(400);
    expect(h.events()).toEqual(['page:/', 'Once']);
    // Whichever script ran first is the SDK (both async); the other did nothing.
    expect(new Set(h.posts().map((r) => (JSON.parse(r.body) as { writeKey: string }).writeKey)).size).toBe(1);
  });

  it('never throws into the page, whatever it is given', async () => {
    const { page, errors, warnings } = await h.open('/');
    await h.waitFor(() => pages().length === 1, 'the page view');
    const thrown = await page.evaluate(() => {
      const fp = window.footprint as Record<string, (...args: unknown[]) => unknown>;
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const calls: Array<() => unknown> = [
        () => fp.track!(),
        () => fp.track!({ not: 'a name' }),
        () => fp.track!('Cyclic', cyclic),
        () => fp.track!('BigInt', { n: BigInt(1) }),
        () => fp.identify!(() => 1, 'traits?'),
        () => fp.page!(null, 42),
        () => fp.init!({ writeKey: 'again' }),
        () => fp.consent!('yes'),
        () => fp.track!('Still Fine', { ok: true }),
      ];
      const failures: string[] = [];
      for (const call of calls) {
        try {
          call();
        } catch (e) {
          failures.push(String(e));
        }
      }
      return failures;
    });
    expect(thrown).toEqual([]);
    await h.waitFor(() => h.delivered().find((m) => m.event === 'Still Fine'), 'the valid call');
    expect(h.events()).not.toContain('Cyclic');
    expect(h.events()).not.toContain('BigInt');
    expect(warnings.some((w) => w.includes('track needs an event name'))).toBe(true);
    expect(warnings.some((w) => w.includes('init was already called'))).toBe(true);
    expect(warnings.some((w) => w.includes('consent takes true or false'))).toBe(true);
    expect(errors).toEqual([]);
  });
});
