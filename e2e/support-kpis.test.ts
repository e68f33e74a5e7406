import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

/**
 * The "Done when" for KPIs: in the demo workspace the KPI page shows FRT, ART, FCR and SLA
 * compliance per department; the period changes from the picker (and the URL keeps it); it reads in English.
 */
describe('support KPIs in a real browser', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const api = async (p: string, init: RequestInit = {}) => fetch(`${server.url}${p}`, { ...init, headers: { cookie, ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers } });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-support-kpis-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Chuỗi bán lẻ An Phát', name: 'Lê Minh Châu', email: 'chau@anphat.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the demo workspace, and the Overview shows the support tile', async () => {
    await page.goto(server.url);
    await page.getByLabel(/^Số khách hàng mẫu/).fill('1200');
    await page.getByRole('button', { name: 'Nạp dữ liệu mẫu' }).click();
    await page.getByText('Đã nạp xong dữ liệu mẫu').waitFor({ timeout: 170_000 });
    await page.goto(`${server.url}/?range=90d`);
    const tile = page.getByRole('region', { name: 'Hỗ trợ khách hàng' });
    await tile.waitFor();
    await expect.poll(async () => tile.getByTestId('support-tile-frt').textContent(), { timeout: 20_000 }).toMatch(/\d+ (phút|giờ)/);
    expect(Number((await tile.getByTestId('support-tile-open').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await tile.getByTestId('support-tile-closed-loop').textContent()).toMatch(/%$/);
  }, 200_000);

  it('opens Hỗ trợ → KPI and sees FRT, ART, FCR and SLA compliance, per department', async () => {
    // From the Overview's support tile into Hỗ trợ → KPI, the period coming along.
    await page.getByRole('region', { name: 'Hỗ trợ khách hàng' }).getByRole('link', { name: 'Xem chỉ số' }).click();
    await page.waitForURL(/\/support\/kpis\?range=90d/);
    await page.getByRole('link', { name: 'Chỉ số KPI', exact: true }).click();
    expect(await page.getByRole('link', { name: 'Chỉ số KPI', exact: true }).getAttribute('aria-current')).toBe('page');
    await page.goto(`${server.url}/support/kpis?range=90d`);
    await page.getByTestId('support-kpi-frt-value').waitFor();
    await expect.poll(async () => page.getByTestId('support-kpi-frt-value').textContent()).toMatch(/^\d[\d.]* (phút|giờ)/);
    expect(await page.getByTestId('support-kpi-art-value').textContent()).toMatch(/^\d[\d.]* (phút|giờ)/);
    expect(await page.getByTestId('support-kpi-fcr-value').textContent()).toMatch(/^[1-9][\d,]*%$/);
    expect(await page.getByTestId('support-kpi-sla-value').textContent()).toMatch(/^\d[\d,]*%$/);
    expect(await page.getByTestId('support-kpi-frt').textContent()).toMatch(/n = \d/);
    // The comparison by department: a bar chart and a table with a row per department.
    await page.getByTestId('support-kpi-breakdown-chart').locator('canvas').waitFor();
    const table = page.getByRole('table', { name: 'Chỉ số hỗ trợ theo Phòng ban' });
    for (const dept of ['Chăm sóc khách hàng', 'Vận chuyển']) {
      const row = table.getByRole('row').filter({ hasText: dept });
      await row.waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      // Name, created, FRT, SLA, resolved, ART, FCR, CSAT, open.
      expect(cells[2], dept).toMatch(/\d+ (phút|giờ)/);
      expect(cells[3], dept).toMatch(/%$/);
      expect(cells[5], dept).toMatch(/\d+ (phút|giờ)/);
      expect(cells[6], dept).toMatch(/%$/);
    }
    // Sorting by FRT puts the quickest department first, and back.
    await table.getByRole('button', { name: 'FRT (trung vị)' }).click();
    await expect.poll(() => page.url()).toMatch(/sort=frt/);
    await page.getByTestId('support-kpi-trend-times').locator('canvas').waitFor();
    await page.waitForTimeout(1500); // the charts' drawing animation
    await shot(page, 'support-kpis-1-departments.png');
  });

  it('changes the period, kept in the URL, and the figures follow', async () => {
    const created90 = await page.getByRole('table', { name: 'Chỉ số hỗ trợ theo Phòng ban' }).getByRole('row').filter({ hasText: 'Chăm sóc khách hàng' }).getByRole('cell').nth(1).textContent();
    await page.getByTestId('support-kpi-period').click();
    await page.getByRole('option', { name: '7 ngày qua' }).click();
    await page.waitForURL(/range=7d/);
    await expect.poll(async () => page.getByTestId('support-kpi-days').textContent()).toMatch(/^Từ \d{2}\/\d{2}\/\d{4} đến \d{2}\/\d{2}\/\d{4}$/);
    await expect
      .poll(async () => page.getByRole('table', { name: 'Chỉ số hỗ trợ theo Phòng ban' }).getByRole('row').filter({ hasText: 'Chăm sóc khách hàng' }).getByRole('cell').nth(1).textContent())
      .not.toBe(created90);
    // Comparing by agent instead: the table names people, not ids.
    await page.getByText('Nhân viên', { exact: true }).first().click();
    await page.waitForURL(/group=agent/);
    const agentTable = page.getByRole('table', { name: 'Chỉ số hỗ trợ theo Nhân viên' });
    await agentTable.waitFor();
    const names = await agentTable.locator('tbody tr td:first-child').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => !/^[0-9a-f-]{36}$/.test(n))).toBe(true);
    // A reload keeps the view.
    await page.reload();
    await page.getByRole('table', { name: 'Chỉ số hỗ trợ theo Nhân viên' }).waitFor();
    await page.waitForTimeout(1500);
    await shot(page, 'support-kpis-2-week-by-agent.png');
  });

  it('reads in English', async () => {
    expect((await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) })).status).toBe(200);
    await page.goto(`${server.url}/support/kpis?range=90d`);
    await page.getByText('First response time (FRT)').waitFor();
    await expect.poll(async () => page.getByTestId('support-kpi-frt-value').textContent()).toMatch(/^\d[\d,]* (min|h)/);
    for (const title of ['Resolution time (ART)', 'First contact resolution (FCR)', 'SLA compliance', 'Backlog now', 'Closed-loop rate']) await page.getByText(title, { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Support KPIs by Department' });
    await table.getByRole('row').filter({ hasText: 'Customer care' }).waitFor();
    await page.waitForTimeout(1500);
    await shot(page, 'support-kpis-3-english.png');
  });
});
