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

/** A small shop website on its own origin, with the Footprint snippet in every page. */
function shopPage(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

describe('a website with the snippet, watched on the live view and in the customer timeline', () => {
  let dir: string;
  let footprint: ServerProcess;
  let shop: HttpServer;
  let shopUrl: string;
  let browser: Browser;
  let dashboard: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-collect-'));
    footprint = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${footprint.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Cửa hàng Gốm Bát Tràng', name: 'Nguyễn Hữu Tài', email: 'tai@battrang.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const created = await fetch(`${footprint.url}/api/v1/keys`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ name: 'Website', type: 'write' }) });
    const { key } = (await created.json()) as { key: string };
    const head = snippet(footprint.url, key);
    shop = createServer((req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      if (req.url?.startsWith('/san-pham')) {
        res.end(shopPage('Bình gốm men lam', head, `<h1>Bình gốm men lam</h1>
          <button onclick="footprint.track('Thêm vào giỏ', { sku: 'BG-001', price: 450000, currency: 'VND' })">Thêm vào giỏ</button>
          <button onclick="footprint.identify('kh-thu', { name: 'Võ Thị Thu', email: 'thu.vo@example.vn', city: 'Hà Nội' })">Đăng nhập</button>`));
      } else {
        res.end(shopPage('Gốm Bát Tràng', head, `<h1>Gốm Bát Tràng</h1><a href="/san-pham?utm_source=zalo&utm_campaign=tet">Xem bình gốm</a>`));
      }
    });
    await new Promise<void>((r) => shop.listen(0, '127.0.0.1', r));
    shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;

    browser = await launchBrowser();
    const staff = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    await staff.addCookies([{ name: 'fp_session', value: cookie.split('=')[1]!, url: footprint.url }]);
    dashboard = await staff.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await footprint?.stop();
    await new Promise((r) => shop?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('maps the product pages to a touchpoint before any visitor comes', async () => {
    await dashboard.goto(`${footprint.url}/collection/touchpoints`);
    await dashboard.getByText('Chưa có điểm chạm nào').waitFor();
    await dashboard.getByRole('button', { name: 'Thêm điểm chạm' }).first().click();
    const dialog = dashboard.getByRole('dialog');
    await dialog.getByLabel('Tên điểm chạm').fill('Trang sản phẩm');
    await dialog.getByLabel('Địa chỉ trang').fill('/san-pham*');
    await dialog.getByLabel('Loại sự kiện').click();
    await dashboard.getByRole('option', { name: 'Xem trang' }).click();
    await dialog.getByText('Chưa có sự kiện nào để thử').waitFor();
    await dashboard.screenshot({ path: path.join(ARTIFACTS, '14-touchpoint-form.png') });
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await dashboard.getByRole('cell', { name: 'Trang sản phẩm' }).first().waitFor();
    await dashboard.getByText('trang:').first().waitFor();
  });

  it('shows the visitor’s footprints arriving live', async () => {
    await dashboard.goto(`${footprint.url}/collection/live`);
    await dashboard.getByRole('heading', { name: 'Cài đặt thu thập dữ liệu' }).waitFor();

    const visitor = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    await visitor.goto(shopUrl);
    await visitor.getByRole('link', { name: 'Xem bình gốm' }).click();
    await visitor.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await visitor.getByRole('button', { name: 'Đăng nhập' }).click();
    await visitor.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await visitor.evaluate(() => (window as unknown as { footprint: { flush: () => void } }).footprint.flush());

    await dashboard.getByText('Thêm vào giỏ').first().waitFor({ timeout: 15_000 });
    await dashboard.getByText(/\/san-pham/).first().waitFor();
    // the product page view is on its touchpoint as it arrives
    await dashboard.getByRole('cell', { name: 'Trang sản phẩm' }).first().waitFor();
    await dashboard.screenshot({ path: path.join(ARTIFACTS, '6-live-view.png'), fullPage: true });
  });

  it('puts the anonymous browsing and the purchase intent on the identified customer’s timeline', async () => {
    await dashboard.goto(`${footprint.url}/collection/customers`);
    await dashboard.getByLabel('Tìm khách hàng').fill('vo thi thu');
    await dashboard.getByText('Võ Thị Thu').first().click();
    await dashboard.getByText('Dòng thời gian').first().waitFor();
    // Before sign-in: two page views and one add-to-cart; after: identify and another add-to-cart.
    await expect.poll(async () => dashboard.getByText('Thêm vào giỏ').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await dashboard.getByText('Gốm Bát Tràng').first().waitFor();
    await dashboard.getByText('thu.vo@example.vn').first().waitFor();
    await dashboard.screenshot({ path: path.join(ARTIFACTS, '7-customer-timeline.png'), fullPage: true });

    const api = await fetch(`${footprint.url}/api/v1/customers/kh-thu`, { headers: { cookie: `fp_session=${(await dashboard.context().cookies())[0]!.value}` } });
    const customer = (await api.json()) as { counts: { pages: number; tracks: number }; identities: { anonymousIds: string[] } };
    expect(customer.counts).toMatchObject({ pages: 2, tracks: 2 });
    expect(customer.identities.anonymousIds).toHaveLength(1);
  });

  it('turns what no touchpoint takes into a touchpoint, and places past events on it', async () => {
    await dashboard.goto(`${footprint.url}/collection/touchpoints`);
    await dashboard.getByText('Sự kiện chưa gắn điểm chạm').waitFor();
    await dashboard.getByRole('button', { name: 'Tạo điểm chạm cho Thêm vào giỏ' }).click();
    const dialog = dashboard.getByRole('dialog');
    await expect.poll(async () => dialog.getByLabel('Tên điểm chạm').inputValue()).toBe('Thêm vào giỏ');
    await dialog.getByText(/Khớp 2 trong \d+ sự kiện gần nhất/).waitFor();
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // re-placement runs in the background; the row's count follows when it is done
    const row = dashboard.getByRole('row', { name: /Thêm vào giỏ/ });
    await expect.poll(async () => row.getByRole('link').first().textContent(), { timeout: 20_000 }).toBe('2');
    await dashboard.screenshot({ path: path.join(ARTIFACTS, '15-touchpoints.png'), fullPage: true });
  });
});
