import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

describe('demo data in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-demo-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Chuỗi Điện Máy Phương Nam', name: 'Đỗ Văn Hùng', email: 'hung@phuongnam.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the demo from the home page and shows its progress and result', async () => {
    await page.goto(server.url);
    await page.getByLabel(/^Số khách hàng mẫu/).fill('12000');
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByRole('progressbar', { name: 'Tiến độ nạp dữ liệu mẫu' }).waitFor();
    // 12,000 customers' footprints, their survey answers and rollups: about a minute on a busy CI machine.
    await page.getByText('Đã nạp xong dữ liệu mẫu').waitFor({ timeout: 150_000 });
    const result = await page.getByText(/^Thành viên:/).textContent();
    expect(Number(result?.replace(/\D/g, ''))).toBeGreaterThan(30);
    // The getting-started checklist follows live: the team is there and so is the demo.
    await page.getByText('Đã xong 2/3 bước').waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, '4-demo-loaded.png'), fullPage: true });
  }, 180_000);

  it('finds Vietnamese names typed without diacritics, and pages the members table', async () => {
    await page.getByText('Cài đặt', { exact: true }).click();
    await page.getByRole('link', { name: 'Thành viên' }).click();
    await page.getByRole('heading', { name: 'Thành viên' }).waitFor();
    await expect.poll(async () => page.getByText(/Tổng số thành viên: \d+/).textContent()).toMatch(/: (3[1-9]|[4-9]\d|\d{3,})$/);
    await page.getByLabel('Tìm theo tên hoặc email').fill('nguyen');
    await expect.poll(async () => (await page.getByRole('row').allTextContents()).slice(1).every((r) => r.includes('Nguyễn')), { timeout: 10_000 }).toBe(true);
    expect((await page.getByRole('row').allTextContents()).length).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(ARTIFACTS, '5-members-search.png'), fullPage: true });
    // Without the search the team spans pages of 25; page 2 shows other people.
    await page.getByLabel('Tìm theo tên hoặc email').fill('');
    const names = async () => (await page.getByRole('row').allTextContents()).slice(1);
    await expect.poll(async () => (await names()).length).toBe(25);
    const first = await names();
    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(async () => (await names())[0]).not.toBe(first[0]);
    expect((await names()).some((n) => first.includes(n))).toBe(false);
  });
});
