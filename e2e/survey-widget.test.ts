import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snippet } from '@footprint/sdk';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
type Nps = { score: number; n: number; detractors: number; promoters: number } | null;

/**
 * A CX manager turns the widget on for an NPS survey in the builder; a shop's website with the
 * snippet asks its customers after they order; their answers move the survey's score at its touchpoint.
 */
describe('answering a survey through the web widget', () => {
  let dir: string;
  let footprint: ServerProcess;
  let shop: HttpServer;
  let shopUrl: string;
  let browser: Browser;
  let manager: Page;
  let cookie: string;
  let surveyId: string;
  let checkout: string;
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${footprint.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const nps = async () => (await api<{ totals: { nps: Nps } }>(`/api/v1/scores?from=${today()}&to=${today()}&surveyId=${surveyId}&touchpointId=${checkout}&channel=widget`)).totals.nps;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-widget-'));
    footprint = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${footprint.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Thời trang Hoa Sen', name: 'Phạm Minh Châu', email: 'chau@hoasen.vn', password: 'mật-khẩu-rất-dài' }),
    });
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const { key } = await api<{ key: string }>('/api/v1/keys', { method: 'POST', body: JSON.stringify({ name: 'Website', type: 'write' }) });
    checkout = (await api<{ id: string }>('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Đặt hàng online', channel: 'web', rules: { events: ['Đặt hàng'] } }) })).id;
    const survey = await api<{ id: string; definition: { questions: { title: { vi: string; en?: string } }[] } }>('/api/v1/surveys', {
      method: 'POST',
      body: JSON.stringify({ name: 'NPS sau đặt hàng', template: 'post_purchase_nps', touchpointIds: [checkout] }),
    });
    surveyId = survey.id;
    // Survey text that would run script if the widget ever rendered it as HTML.
    const definition = survey.definition;
    definition.questions[1]!.title = { vi: `Điều gì khiến bạn chưa hài lòng? ${HOSTILE}`, en: `What disappointed you? ${HOSTILE}` };
    await api(`/api/v1/surveys/${surveyId}`, { method: 'PATCH', body: JSON.stringify({ definition, status: 'active' }) });

    const head = snippet(footprint.url, key);
    shop = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Giỏ hàng</title>${head}</head><body>
        <h1>Giỏ hàng của bạn</h1>
        <button onclick="footprint.track('Đặt hàng', { total: 1290000, currency: 'VND' })">Đặt hàng</button></body></html>`);
    });
    await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r));
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;

    browser = await launchBrowser();
    const staff = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    await staff.addCookies([{ name: 'fp_session', value: cookie.split('=')[1]!, url: footprint.url }]);
    manager = await staff.newPage();
    manager.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await footprint?.stop();
    await new Promise((r) => shop?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the manager turns the widget on for the NPS survey, to ask right after an order', async () => {
    await manager.goto(`${footprint.url}/feedback/surveys/${surveyId}`);
    await manager.getByRole('tab', { name: 'Kênh: Widget web' }).click();
    await manager.getByText('Không hỏi cùng một người quá một lần trong (ngày)').waitFor();
    expect(await manager.getByLabel('Không hỏi cùng một người quá một lần trong (ngày)').inputValue()).toBe('30');
    await manager.getByRole('switch', { name: 'Bật widget trên website' }).click();
    const events = manager.getByRole('combobox', { name: 'Khi có sự kiện' });
    await events.fill('Đặt hàng');
    await events.press('Enter');
    await manager.getByText('Có thay đổi chưa lưu').waitFor();
    await manager.screenshot({ path: path.join(ARTIFACTS, '40-widget-settings.png'), fullPage: true });
    await manager.getByRole('button', { name: 'Lưu cài đặt widget' }).click();
    await manager.getByText('Đã lưu cài đặt widget.', { exact: false }).waitFor();
    await manager.getByText('Đã lưu', { exact: true }).waitFor();
    const saved = await api<{ settings: { enabled: boolean; triggers: { events: string[] } } }>(`/api/v1/surveys/${surveyId}/widget`);
    expect(saved.settings).toMatchObject({ enabled: true, triggers: { events: ['Đặt hàng'] } });
    // The developer's instructions carry the event the survey waits for.
    await manager.getByText("footprint.track(\"Đặt hàng\", { total: 350000 });").waitFor();
  });

  it('a customer who orders is asked in the widget, sees hostile survey text as text, and the NPS at the touchpoint moves', async () => {
    expect(await nps()).toBeNull();
    const customer = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 800 } })).newPage();
    customer.setDefaultTimeout(15_000);
    await customer.goto(`${shopUrl}/gio-hang`);
    await customer.waitForFunction(() => 'version' in ((window as unknown as { footprint?: object }).footprint ?? {}));
    await customer.waitForTimeout(500); // the widget's config arrives
    expect(await customer.locator('[data-footprint-widget]').count()).toBe(0);
    await customer.getByRole('button', { name: 'Đặt hàng' }).click();

    const dialog = customer.getByRole('dialog');
    await dialog.getByText('Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?').waitFor();
    await dialog.getByRole('radio', { name: '3', exact: true }).check();
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByText(`Điều gì khiến bạn chưa hài lòng? ${HOSTILE}`).waitFor();
    expect(await customer.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await dialog.getByRole('textbox').fill('Giao hàng chậm <script>alert(1)</script>');
    await customer.screenshot({ path: path.join(ARTIFACTS, '41-widget-on-site.png') });
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    await dialog.getByRole('button', { name: 'Đóng khảo sát' }).first().click();
    await dialog.waitFor({ state: 'detached' });
    expect(await customer.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await nps()).toMatchObject({ n: 1, score: -100, detractors: 1 });

    // The same customer orders again next visit: the workspace's 30-day cap keeps the widget away.
    await customer.reload();
    await customer.waitForTimeout(500);
    await customer.getByRole('button', { name: 'Đặt hàng' }).click();
    await customer.waitForTimeout(1000);
    expect(await customer.locator('[data-footprint-widget]').count()).toBe(0);
  });

  it('a promoter on a phone answers in the bottom sheet; the score and the widget’s figures move', async () => {
    const phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(15_000);
    await phone.goto(`${shopUrl}/gio-hang`);
    await phone.waitForTimeout(800);
    await phone.getByRole('button', { name: 'Đặt hàng' }).tap();
    const sheet = phone.getByRole('dialog');
    await sheet.getByRole('radio', { name: /^10 — / }).check();
    await sheet.getByRole('button', { name: 'Tiếp' }).tap();
    await sheet.getByText('Bạn thích điều gì nhất?').waitFor();
    await sheet.getByRole('textbox').fill('Vải đẹp, giao nhanh');
    await phone.screenshot({ path: path.join(ARTIFACTS, '42-widget-phone.png') });
    expect((await sheet.boundingBox())!.width).toBe(390);
    await sheet.getByRole('button', { name: 'Gửi' }).tap();
    await sheet.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    expect(await nps()).toMatchObject({ n: 2, score: 0, promoters: 1, detractors: 1 });

    await manager.reload();
    await manager.getByRole('tab', { name: 'Kênh: Widget web' }).click();
    const rate = manager.getByText('Tỉ lệ trả lời').locator('..');
    await rate.getByText('100 %').waitFor();
    await manager.screenshot({ path: path.join(ARTIFACTS, '43-widget-figures.png'), fullPage: true });
  });
});
