import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

type Csat = { n: number; score: number | null; satisfied: number } | null;

/**
 * The shop's network between the tablets and the server. Chromium's offline emulation does not reach
 * requests that pass through a page's service worker, so a tablet reloaded while "offline" could
 * still send its answers; the tablets talk to the server through this relay instead, and an outage
 * cuts the relay (and every open connection) as well as setting the browser offline.
 */
async function shopNetwork(target: string): Promise<{ url: string; down: () => void; up: () => void; close: () => Promise<void> }> {
  const { port, hostname } = new URL(target);
  let cut = false;
  const open = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    if (cut) return void client.destroy();
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('close', () => open.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(relay.address() as net.AddressInfo).port}`,
    down: () => {
      cut = true;
      for (const s of open) s.destroy();
    },
    up: () => {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  };
}

/**
 * A store tablet end to end: a manager adds the store and registers the tablet in the dashboard,
 * the tablet pairs with the code, customers answer (one of them unhappy, with the follow-up), the
 * network goes away for two more answers and a reload, comes back, and the scores move by exactly
 * the answers given — once each — while the devices screen shows the tablet offline, then online.
 */
describe('the in-store kiosk, online and offline', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let staff: Page;
  let tablet: Page;
  let tabletContext: BrowserContext;
  let cookie: string;
  let surveyId: string;
  let storeId = '';
  let shop: Awaited<ReturnType<typeof shopNetwork>>;
  /** An outage at the shop: the browser goes offline and the network really drops. */
  const outage = async (context: BrowserContext, on: boolean) => {
    if (on) shop.down();
    else shop.up();
    await context.setOffline(on);
  };
  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };
  const csat = async (query = '') => (await api<{ totals: { csat: Csat } }>(`/api/v1/scores?from=${today()}&to=${today()}&surveyId=${surveyId}${query}`)).totals.csat;
  const shot = (name: string, page: Page) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const faces = () => tablet.getByRole('heading', { name: 'Hôm nay bạn thấy thế nào?' });
  const row = () => staff.locator('tr[data-kiosk="Quầy thu ngân 1"]');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-kiosk-'));
    // Offline after 8 s of silence (heartbeats every 2 s), so the test need not wait minutes.
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data'), FOOTPRINT_KIOSK_OFFLINE_SECONDS: '8' });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy An Phát', name: 'Phạm Minh Châu', email: 'chau@anphat.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    const counter = (await api<{ id: string }>('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Thanh toán tại quầy'] } }) })).id;
    surveyId = (await api<{ id: string }>('/api/v1/surveys', { method: 'POST', body: JSON.stringify({ name: 'Mặt cười tại quầy', template: 'store_smiley', touchpointIds: [counter] }) })).id;
    await api(`/api/v1/surveys/${surveyId}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
    browser = await launchBrowser();
    const staffContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    await staffContext.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    staff = await staffContext.newPage();
    staff.setDefaultTimeout(15_000);
    tabletContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1180, height: 820 }, hasTouch: true });
    shop = await shopNetwork(server.url);
    tablet = await tabletContext.newPage();
    tablet.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await shop?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the store in Settings → Cửa hàng', async () => {
    await staff.goto(`${server.url}/settings/stores`);
    await staff.getByText('Chưa có cửa hàng nào').waitFor();
    await staff.getByRole('button', { name: 'Thêm cửa hàng đầu tiên' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Thêm cửa hàng' });
    await dialog.getByLabel(/^Tên cửa hàng/).fill('Chi nhánh Cầu Giấy');
    await dialog.getByLabel('Địa chỉ').fill('101 Xuân Thuỷ, Cầu Giấy');
    await dialog.getByLabel('Tỉnh/thành').fill('Hà Nội');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await staff.getByRole('cell', { name: 'Chi nhánh Cầu Giấy', exact: true }).waitFor();
    // Searching without diacritics finds it by its province.
    await staff.getByLabel('Tìm cửa hàng').fill('ha noi');
    await staff.getByRole('cell', { name: '101 Xuân Thuỷ, Cầu Giấy' }).waitFor();
    await shot('40-stores.png', staff);
    storeId = (await api<{ items: { id: string }[] }>('/api/v1/stores')).items[0]!.id;
  });

  it('registers the tablet in Feedback → Máy kiosk and pairs it with the code', async () => {
    await staff.goto(`${server.url}/feedback/kiosks`);
    await staff.getByText('Chưa có máy kiosk nào').waitFor();
    await staff.getByRole('button', { name: 'Đăng ký máy tính bảng' }).first().click();
    const dialog = staff.getByRole('dialog', { name: 'Đăng ký máy tính bảng' });
    await dialog.getByLabel(/^Tên máy/).fill('Quầy thu ngân 1');
    await dialog.getByLabel(/^Cửa hàng/).click();
    await staff.getByRole('option', { name: /Chi nhánh Cầu Giấy/ }).click();
    await dialog.getByLabel(/^Khảo sát/).click();
    await staff.getByRole('option', { name: /Mặt cười tại quầy/ }).click();
    await dialog.getByLabel('Điểm chạm', { exact: true }).click();
    await staff.getByRole('option', { name: 'Quầy thu ngân' }).click();
    await dialog.getByRole('button', { name: 'Đăng ký' }).click();
    const pairing = staff.getByRole('dialog', { name: 'Ghép nối máy “Quầy thu ngân 1”' });
    const code = (await pairing.getByTestId('pairing-code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await pairing.getByRole('img', { name: 'Mã QR để ghép nối máy Quầy thu ngân 1' }).waitFor();
    await expect.poll(() => pairing.evaluate((el) => getComputedStyle(el).opacity)).toBe('1'); // opened, not fading in
    await shot('41-kiosk-pairing.png', staff);
    await pairing.getByRole('button', { name: 'Xong' }).click();
    await row().getByText('Chờ ghép nối').waitFor();

    await tablet.goto(`${shop.url}/kiosk`);
    await tablet.getByLabel('Mã ghép nối').fill(code.toLowerCase());
    await tablet.getByRole('button', { name: 'Ghép nối' }).click();
    await faces().waitFor();
    await tablet.locator('html[data-offline-ready="true"]').waitFor();
    await shot('42-kiosk-faces.png', tablet);
    // The devices screen hears of it live.
    await row().getByText('Trực tuyến').waitFor();
  });

  it('asks an unhappy customer what was wrong, thanks them and starts over', async () => {
    await tablet.getByRole('button', { name: 'Không hài lòng', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Điều gì làm bạn chưa vui?' }).waitFor();
    await tablet.getByRole('button', { name: 'Gửi' }).click();
    await tablet.getByText('Vui lòng trả lời câu hỏi bắt buộc.').waitFor();
    await tablet.getByRole('button', { name: 'Chờ lâu' }).click();
    await shot('43-kiosk-follow-up.png', tablet);
    await tablet.getByRole('button', { name: 'Gửi' }).click();
    await tablet.getByRole('heading', { name: 'Cảm ơn bạn!' }).waitFor();
    await shot('44-kiosk-thanks.png', tablet);
    await expect.poll(() => csat(), { timeout: 10_000 }).toMatchObject({ n: 1, score: 0 });
    // A few seconds later the next customer sees the faces again.
    await faces().waitFor({ timeout: 10_000 });
    expect(await tablet.getByRole('heading', { name: 'Cảm ơn bạn!' }).count()).toBe(0);
  });

  it('keeps answering offline, survives a reload, and syncs each answer once when back online', async () => {
    await outage(tabletContext, true);
    await tablet.getByRole('button', { name: 'Rất hài lòng', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Cảm ơn bạn!' }).waitFor();
    await tablet.getByRole('heading', { name: 'Cảm ơn bạn!' }).click(); // a tap starts over at once
    // A visitor who reads English: the survey offers it; the next customer is back in Vietnamese.
    await tablet.locator('label', { hasText: 'English' }).click();
    await tablet.getByRole('heading', { name: 'How was your visit today?' }).waitFor();
    await tablet.getByRole('button', { name: 'Satisfied', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await tablet.getByText('2 answers waiting to be sent').waitFor();
    await faces().waitFor({ timeout: 10_000 });
    await tablet.getByText('2 câu trả lời chờ gửi').waitFor();
    await tablet.getByText('Ngoại tuyến').waitFor();

    // Power blip: the page reloads with no network, from the service worker, its queue intact.
    await tablet.reload();
    await faces().waitFor();
    expect(await tablet.evaluate(() => navigator.onLine === false && navigator.serviceWorker.controller !== null)).toBe(true);
    await tablet.getByText('2 câu trả lời chờ gửi').waitFor();
    await shot('45-kiosk-offline.png', tablet);
    const queue = await tablet.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('footprint.kiosk.queue.'))!;
      const device = JSON.parse(localStorage.getItem('footprint.kiosk.device')!) as { token: string };
      return { token: device.token, answers: JSON.parse(localStorage.getItem(key)!) as unknown[] };
    });
    expect(queue.answers).toHaveLength(2);
    // Only the answer given online is counted.
    expect((await csat())?.n).toBe(1);

    // The manager sees the tablet fall silent (the server agrees).
    await row().getByText('Ngoại tuyến').waitFor({ timeout: 20_000 });
    expect((await api<{ total: number }>('/api/v1/kiosks?status=offline')).total).toBe(1);
    await shot('46-kiosks-offline.png', staff);

    await outage(tabletContext, false);
    await expect.poll(() => tablet.locator('[data-queued]').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => csat(), { timeout: 10_000 }).toMatchObject({ n: 3, satisfied: 2 });
    // A retry of the same batch (a reply lost on the way) changes nothing.
    const again = await fetch(`${server.url}/api/v1/kiosk/responses`, {
      method: 'POST',
      headers: { authorization: `Bearer ${queue.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ responses: queue.answers }),
    });
    expect(again.status).toBe(200);
    expect(await csat()).toMatchObject({ n: 3, satisfied: 2 });
    expect(await csat(`&channel=kiosk&storeId=${storeId}`)).toMatchObject({ n: 3 });

    // Back online: the server hears the tablet again and tells the dashboard at once.
    await row().getByText('Trực tuyến').waitFor({ timeout: 5000 });
    await expect.poll(() => row().getByTestId('queued').textContent()).toBe('0');
    await shot('47-kiosks-online.png', staff);
  });

  it('stops a tablet at once when the manager unpairs it', async () => {
    await staff.getByRole('button', { name: 'Thao tác với Quầy thu ngân 1' }).click();
    await staff.getByRole('menuitem', { name: 'Huỷ ghép nối' }).click();
    await staff.getByRole('dialog', { name: 'Huỷ ghép nối máy?' }).getByRole('button', { name: 'Huỷ ghép nối' }).click();
    await row().getByText('Chưa ghép nối').waitFor();
    // Within a heartbeat the tablet learns it and asks for a new code.
    await tablet.getByText('Máy này đã bị huỷ ghép nối. Hãy nhập mã ghép nối mới.').waitFor({ timeout: 10_000 });
    await tablet.getByLabel('Mã ghép nối').waitFor();
    expect(await csat()).toMatchObject({ n: 3 });
  });

  it('pairs a second tablet by its link, and starts over when a customer walks away mid-survey', async () => {
    const created = await api<{ pairing: { link: string } }>('/api/v1/kiosks', { method: 'POST', body: JSON.stringify({ name: 'Quầy thu ngân 2', storeId, surveyId }) });
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1024, height: 768 }, hasTouch: true });
    // A controllable clock (it runs on its own until moved): the 30-second idle reset without waiting for it.
    await context.clock.install();
    const second = await context.newPage();
    second.setDefaultTimeout(15_000);
    await second.goto(created.pairing.link.replace(/^http:\/\/localhost:\d+/, shop.url));
    await second.getByRole('heading', { name: 'Hôm nay bạn thấy thế nào?' }).waitFor();
    expect(second.url()).not.toContain('code='); // the spent code leaves the address
    await second.getByRole('button', { name: 'Rất không hài lòng', exact: true }).click();
    await second.getByRole('heading', { name: 'Điều gì làm bạn chưa vui?' }).waitFor();
    await outage(context, true); // so the kept rating can be seen waiting
    await second.clock.fastForward(31_000);
    await second.getByRole('heading', { name: 'Hôm nay bạn thấy thế nào?' }).waitFor();
    await second.getByText('1 câu trả lời chờ gửi').waitFor();
    await outage(context, false);
    await expect.poll(() => second.locator('[data-queued]').count(), { timeout: 10_000 }).toBe(0);
    // The rating is kept as a partial answer, which scores do not count.
    expect(await csat()).toMatchObject({ n: 3 });
    await context.close();
  });
});
