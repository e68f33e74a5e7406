// When the widget asks, in Chromium: consent, the frequency cap, sampling, URL and SPA navigation,
// time on page, exit intent, touchpoints (placed by the server) and events tracked before it loaded.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../browser-harness';
import type { Footprint } from '../client';
import { npsSurvey, serveWidget } from './widget-fixture';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h?.close();
});

const DAY = 86_400_000;
const fp = (page: Page, fn: (f: Footprint) => void) => page.evaluate(`(${fn.toString()})(window.footprint)`);
const widgetShown = (page: Page) => page.getByRole('dialog').waitFor();
const noWidget = async (page: Page, ms = 600) => {
  await page.waitForTimeout(ms);
  expect(await page.locator('[data-footprint-widget]').count()).toBe(0);
};

describe('when the widget asks', () => {
  it('with consent pending neither asks nor stores anything; consent(true) starts it; consent(false) removes it and its traces', async () => {
    h.options = { consent: 'pending' };
    const server = serveWidget(h, [npsSurvey()]);
    const { page } = await h.open('/');
    await noWidget(page);
    expect(server.configs()).toEqual([]);
    expect(h.widgetLoads).toBe(0);
    expect(await h.stored(page)).toEqual({ local: {}, cookie: '' });

    await fp(page, (f) => f.consent(true));
    await widgetShown(page);
    expect(server.claims()).toHaveLength(1);
    expect(Object.keys((await h.stored(page)).local)).toContain('fp_asked');

    await fp(page, (f) => f.consent(false));
    await page.locator('[data-footprint-widget]').waitFor({ state: 'detached' });
    expect(await h.stored(page)).toEqual({ local: {}, cookie: '' });
    expect(server.saves()).toEqual([]);
  });

  it('respects the cap kept in the browser, and the one the server knows', async () => {
    const server = serveWidget(h, [npsSurvey()], { capDays: 30 });
    const recently = await h.context();
    await recently.addInitScript((at) => localStorage.setItem('fp_asked', String(at)), Date.now() - 29 * DAY);
    const a = await h.open('/', { context: recently });
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await noWidget(a.page);
    expect(server.claims()).toEqual([]);

    const longAgo = await h.context();
    await longAgo.addInitScript((at) => localStorage.setItem('fp_asked', String(at)), Date.now() - 31 * DAY);
    const b = await h.open('/', { context: longAgo });
    await widgetShown(b.page);

    // Storage cleared, but the server recognises the person: no widget, and the browser learns when.
    const askedAt = new Date(Date.now() - 3 * DAY).toISOString();
    const capped = serveWidget(h, [npsSurvey()], { claim: () => ({ show: false, reason: 'capped', askedAt }) });
    const c = await h.open('/');
    await h.waitFor(() => capped.claims().length === 2, 'the third visitor’s claim');
    await noWidget(c.page);
    expect(Number((await h.stored(c.page)).local.fp_asked)).toBe(Date.parse(askedAt));
    expect(h.widgetLoads).toBe(1); // only for the visitor who was shown it
  });

  it('asks only the sampled share: at 0% nobody is asked', async () => {
    const server = serveWidget(h, [npsSurvey({ samplingPercent: 0, triggers: { events: ['Đặt hàng'] } })]);
    const { page } = await h.open('/');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await fp(page, (f) => f.track('Đặt hàng'));
    await noWidget(page);
    expect(server.claims()).toEqual([]);
  });

  it('waits for a matching URL, also after navigation in a single-page app', async () => {
    const server = serveWidget(h, [npsSurvey({ triggers: { urlPattern: '/cam-on' } })]);
    const { page } = await h.open('/gio-hang');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await noWidget(page);
    await page.evaluate(() => history.pushState({}, '', '/cam-on?order=7'));
    await widgetShown(page);
    expect(server.claims()[0]).toMatchObject({ moment: { kind: 'page', type: 'page', path: '/cam-on' } });
  });

  it('asks after some time on the page, and not when the visitor left that page first', async () => {
    const server = serveWidget(h, [npsSurvey({ triggers: { urlPattern: '/san-pham*', delaySeconds: 1 } })]);
    const left = await h.open('/san-pham/1');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await left.page.evaluate(() => history.pushState({}, '', '/gio-hang'));
    await noWidget(left.page, 1500);

    const stayed = await h.open('/san-pham/2');
    const opened = Date.now();
    await widgetShown(stayed.page);
    expect(Date.now() - opened).toBeGreaterThanOrEqual(900);
  });

  it('asks on exit intent: the pointer leaving through the top of the window', async () => {
    const server = serveWidget(h, [npsSurvey({ triggers: { exitIntent: true } })]);
    const { page } = await h.open('/');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await page.mouse.move(300, 300);
    await page.mouse.move(300, 200);
    await noWidget(page, 300);
    await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseout', { clientY: -2, relatedTarget: null, bubbles: true })));
    await widgetShown(page);
  });

  it('lets the server say whether an event is at a trigger touchpoint', async () => {
    const server = serveWidget(h, [npsSurvey({ triggers: { touchpointIds: ['0190a000-0000-7000-8000-0000000000aa'] } })], {
      claim: (b) => ((b.moment as { event: string }).event === 'Thanh toán' ? { show: true, impressionId: '0190a000-0000-7000-8000-000000000009', touchpointId: '0190a000-0000-7000-8000-0000000000aa' } : { show: false, reason: 'not_due' }),
    });
    const { page } = await h.open('/');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await fp(page, (f) => f.track('Xem sản phẩm', { sku: 'A1' }));
    await h.waitFor(() => server.claims().length === 1, 'the first claim');
    await noWidget(page);
    await fp(page, (f) => f.track('Thanh toán', { total: 990000 }));
    await widgetShown(page);
    expect(server.claims().map((c) => c.moment)).toMatchObject([
      { kind: 'touchpoint', event: 'Xem sản phẩm', properties: { sku: 'A1' } },
      { kind: 'touchpoint', event: 'Thanh toán', properties: { total: 990000 } },
    ]);
  });

  it('counts an event tracked before its surveys arrived, and stays out with widget: false', async () => {
    h.afterSnippet = "<script>footprint.track('Đặt hàng')</script>";
    const server = serveWidget(h, [npsSurvey({ triggers: { events: ['Đặt hàng'] } })]);
    const early = await h.open('/');
    await widgetShown(early.page);
    expect(server.claims()[0]).toMatchObject({ moment: { kind: 'event', event: 'Đặt hàng' } });

    h.options = { widget: false };
    const off = await h.open('/');
    await noWidget(off.page);
    expect(server.configs()).toHaveLength(1);
  });
});
