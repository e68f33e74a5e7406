import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const HEADER = 'Mã KH;Họ tên;Số điện thoại;Thời gian;Cửa hàng';
const BAD = [HEADER, 'KH-E2E-1;Nguyễn Thị Hoa;0912 345 001;20/11/2026 09:30;Cửa hàng Quận 1', 'KH-E2E-2;Lê Văn Nam;12ab;31/02/2026 10:00;Cửa hàng Quận 3', 'KH-E2E-3;Phạm Thu Trang;0912 345 003;21/11/2026 14:15;Cửa hàng Thủ Đức'].join('\r\n');
const FIXED = BAD.replace('12ab;31/02/2026 10:00', '0912 345 002;20/11/2026 10:00');

describe('importing offline footprints in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const choose = async (text: string, name: string) =>
    page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`) });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-import-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Siêu thị Sài Gòn Xanh', name: 'Võ Thị Mai', email: 'mai@saigonxanh.vn', password: 'mật-khẩu-rất-dài' }),
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

  it('uploads a file, maps its columns and names the bad row; nothing is imported', async () => {
    await page.goto(`${server.url}/collection/imports`);
    await page.getByText('Chưa nhập tệp nào').waitFor();
    await page.getByRole('link', { name: 'Nhập tệp mới' }).click();
    await page.getByText('Kéo tệp vào đây hoặc bấm để chọn').waitFor();
    await shot('8-import-upload.png');
    await choose(BAD, 'ghé-cửa-hàng.csv');
    // The mapping screen: the Vietnamese headers were recognised, the preview shows events and the bad row.
    await page.getByRole('heading', { name: 'ghé-cửa-hàng.csv' }).waitFor();
    await expect.poll(() => page.getByLabel('Dùng làm: Số điện thoại').inputValue()).toBe('Số điện thoại');
    expect(await page.getByLabel('Dùng làm: Thời gian').inputValue()).toBe('Thời gian');
    expect(await page.getByLabel('Tên thuộc tính: Cửa hàng').inputValue()).toBe('store');
    const preview = page.getByRole('table', { name: 'Xem trước 3 dòng đầu' });
    await preview.getByText('09:30 20/11/2026').waitFor(); // the workspace's zone, dd/MM/yyyy
    await preview.getByText('Cột “Số điện thoại”: “12ab” không phải số điện thoại hợp lệ.').waitFor();
    await shot('9-import-mapping.png');

    await page.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await page.getByText('1 dòng có lỗi — chưa nhập dòng nào').waitFor();
    const report = page.getByRole('table', { name: 'Báo cáo lỗi' });
    await report.getByRole('cell', { name: '3', exact: true }).waitFor();
    await report.getByText('Cột “Thời gian”: Không đọc được thời gian “31/02/2026 10:00” theo định dạng đã chọn.').waitFor();
    await shot('10-import-report.png');
    // The report follows the UI language.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('table', { name: 'Bad-row report' }).getByText('Column “Thời gian”: Cannot read the time “31/02/2026 10:00” in the chosen format.').waitFor();
    await page.getByText('Rows with errors: 1 — nothing was imported').waitFor();
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByText('1 dòng có lỗi — chưa nhập dòng nào').waitFor();
    const events = (await (await fetch(`${server.url}/api/v1/events`, { headers: { cookie: `fp_session=${(await page.context().cookies())[0]!.value}` } })).json()) as { items: unknown[] };
    expect(events.items).toEqual([]);
  });

  it('uploads the fixed file, imports it with a progress bar and shows the events on the customer’s page', async () => {
    await page.getByRole('button', { name: 'Tải lên tệp đã sửa' }).click();
    await choose(FIXED, 'ghé-cửa-hàng-đã-sửa.csv');
    await page.getByRole('heading', { name: 'ghé-cửa-hàng-đã-sửa.csv' }).waitFor();
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ tệp' }).click();
    await page.getByText('Tất cả 3 dòng đều hợp lệ').waitFor();
    await page.getByRole('button', { name: 'Nhập 3 dòng' }).click();
    // The bar shows while the job runs (it may finish before the bar is seen on a fast machine).
    await page.getByRole('progressbar', { name: 'Tiến độ nhập' }).or(page.getByText('Đã nhập xong')).first().waitFor();
    await page.getByText('Đã nhập xong').waitFor({ timeout: 30_000 });
    await page.getByText('3 sự kiện mới được thêm vào lịch sử khách hàng.').waitFor();
    await shot('11-import-done.png');

    await page.getByRole('navigation', { name: 'Các mục của phần Thu thập' }).getByRole('link', { name: 'Nhập dữ liệu' }).click();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'ghé-cửa-hàng-đã-sửa.csv' }).filter({ hasText: 'Đã nhập' }).filter({ hasText: 'Võ Thị Mai' }).waitFor();
    await rows.filter({ hasText: 'ghé-cửa-hàng.csv' }).filter({ hasText: 'Có dòng lỗi' }).waitFor();
    await shot('12-import-list.png');

    await page.goto(`${server.url}/collection/customers/KH-E2E-1`);
    await page.getByRole('heading', { name: 'Nguyễn Thị Hoa' }).waitFor();
    await page.getByText('Ghé cửa hàng').first().waitFor();
    await page.getByText('Cửa hàng Quận 1').first().waitFor();
    await shot('13-imported-customer.png');
  });
});
