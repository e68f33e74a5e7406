// Consent mode and storage fallbacks in Chromium.
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

const names = (ms: Message[]): string[] => ms.map((m) => m.event ?? `${m.type}:${m.context.page.path}`);

describe('consent', () => {
  it('pending: sends nothing and writes nothing to localStorage or cookies until consent(true)', async () => {
    h.options = { consent: 'pending' };
    const { page, errors } = await h.open('/welcome?utm_source=zalo');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.identify('u-7', { plan: 'gold' });
      fp.track('Browsed');
      history.pushState({}, '', '/next');
      void fp.flush();
    });
    await hide(page); // would send a beacon if consent were not pending
    await page.waitForTimeout(800);
    expect(h.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await h.stored(page)).toEqual({ local: {}, cookie: '' });

    await page.evaluate(() => (window.footprint as Footprint).consent(true));
    await h.waitFor(() => h.delivered().length === 4, 'the messages kept in memory');
    expect(names(h.delivered())).toEqual(['page:/welcome', 'identify:/welcome', 'Browsed', 'page:/next']);
    const { local } = await h.stored(page);
    expect(new Set(h.delivered().map((m) => m.anonymousId))).toEqual(new Set([local.fp_aid]));
    expect(h.delivered().slice(2).map((m) => m.userId)).toEqual(['u-7', 'u-7']);
    expect(h.delivered()[0]!.context.campaign).toEqual({ source: 'zalo' });
    expect(local).toMatchObject({ fp_uid: 'u-7', fp_traits: '{"plan":"gold"}', fp_first: 'utm_source=zalo' });
    expect(errors).toEqual([]);
  });

  it('consent(true) keeps the ids stored on an earlier consented visit', async () => {
    const { page } = await h.open('/');
    const first = await h.waitFor(() => h.delivered()[0], 'the consented page view');
    await page.evaluate(() => (window.footprint as Footprint).identify('returning-user'));
    await h.waitFor(() => h.delivered().length === 2, 'identify');
    await drained(page);
    const before = await h.stored(page);

    h.options = { consent: 'pending' };
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.evaluate(() => (window.footprint as Footprint).track('Pending Click'));
    await page.waitForTimeout(500);
    expect(h.delivered()).toHaveLength(2);
    expect(await h.stored(page)).toEqual(before); // not even the ids were touched

    await page.evaluate(() => (window.footprint as Footprint).consent(true));
    await h.waitFor(() => h.delivered().length === 4, 'the pending messages');
    for (const m of h.delivered().slice(2)) expect(m).toMatchObject({ anonymousId: first.anonymousId, userId: 'returning-user' });
  });

  it('consent(false) erases stored ids and queue, and stops tracking until consent(true)', async () => {
    h.respond = () => ({ status: 503 }); // keeps the queue filled
    const { page } = await h.open('/');
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.identify('u-9', { email: 'x@example.vn' });
      fp.track('Will Be Forgotten');
    });
    await h.waitFor(() => h.posts().length > 0, 'a failed attempt');
    const stored = (await h.stored(page)).local;
    expect(Object.keys(stored).sort()).toEqual(['fp_aid', 'fp_queue', 'fp_traits', 'fp_uid']);

    await page.evaluate(() => (window.footprint as Footprint).consent(false));
    expect(await h.stored(page)).toEqual({ local: {}, cookie: '' });
    h.respond = undefined;
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.track('Ignored');
      history.pushState({}, '', '/ignored');
    });
    await hide(page);
    await page.waitForTimeout(1500);
    expect(h.delivered()).toEqual([]);
    expect(await h.stored(page)).toEqual({ local: {}, cookie: '' });

    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.consent(true);
      fp.track('Fresh Start');
      void fp.flush();
    });
    const fresh = await h.waitFor(() => h.delivered().find((m) => m.event === 'Fresh Start'), 'tracking after consent(true)');
    expect(fresh.anonymousId).not.toBe(stored.fp_aid);
    expect(fresh.userId).toBeUndefined();
    expect(names(h.delivered())).toEqual(['Fresh Start']);
  });
});

describe('storage fallbacks', () => {
  it('works when localStorage throws (Safari private mode): the anonymousId lives in the fp_aid cookie', async () => {
    const context = await h.context();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page, errors } = await h.open('/', { context });
    await page.evaluate(() => (window.footprint as Footprint).track('Private Mode'));
    await h.waitFor(() => h.delivered().length === 2, 'delivery');
    const aid = h.delivered()[0]!.anonymousId;
    expect(h.delivered()[1]!.anonymousId).toBe(aid);
    expect((await h.stored(page)).cookie).toBe(`fp_aid=${aid}`);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const again = await h.waitFor(() => h.delivered()[2], 'the page view after reload');
    expect(again.anonymousId).toBe(aid);
    expect(errors).toEqual([]);
  });

  it('works with no storage at all (localStorage inaccessible, cookies refused), in memory', async () => {
    const context = await h.context();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
      Object.defineProperty(document, 'cookie', { get: () => '', set: () => {} });
    });
    const { page, errors } = await h.open('/', { context });
    await page.evaluate(() => {
      const fp = window.footprint as Footprint;
      fp.identify('mem-user');
      fp.track('In Memory');
    });
    await h.waitFor(() => h.delivered().length === 3, 'delivery');
    expect(new Set(h.delivered().map((m) => m.anonymousId)).size).toBe(1);
    expect(h.delivered()[2]).toMatchObject({ event: 'In Memory', userId: 'mem-user' });
    expect(errors).toEqual([]);
  });
});
