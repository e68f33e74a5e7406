import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const MAP = 'Mua online giao tận nhà';
const STAGES_5A = ['Nhận biết', 'Thu hút', 'Tìm hiểu', 'Hành động', 'Ủng hộ'];

interface MapJson {
  name: string;
  version: number;
  doc: {
    stages: { id: string; name: { vi: string }; cells: Record<string, { notes: { text: string }[]; touchpoints: { touchpointId: string | null; name: string; channel: string; departmentId: string | null; target: { metric: string; min: number } | null }[]; pains: { text: string; severity: string }[]; emotion?: { value: number } | null }> }[];
  };
}

describe('drawing a 5A journey map in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;
  let webTouchpoint: string;
  let department: string;
  let mapId: string;
  let binhToken: string;
  const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: path.join(ARTIFACTS, name), fullPage });
  const api = async <T>(p: string, init: RequestInit = {}, as = cookie): Promise<{ status: number; data: T }> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie: as, 'content-type': 'application/json', ...init.headers } });
    const text = await res.text();
    return { status: res.status, data: (text ? JSON.parse(text) : null) as T };
  };
  const map = async () => (await api<MapJson>(`/api/v1/journeys/${mapId}`)).data;
  const stageOrder = (p: Page) => p.locator('[data-stage-name]').evaluateAll((els) => els.map((e) => e.getAttribute('data-stage-name') ?? ''));
  const saveState = (p: Page) => p.getByTestId('save-state');
  const savedNow = (p: Page) => expect.poll(() => saveState(p).textContent(), { timeout: 10_000 }).toMatch(/^Đã lưu lúc \d{2}:\d{2}$/);
  /** A real mouse drag: press on the grip, move in steps (the sensor starts after 5 px), release. */
  const drag = async (p: Page, from: Locator, to: Locator) => {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await p.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await p.mouse.down();
    await p.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
    await p.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
    await p.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2, { steps: 2 });
    await p.mouse.up();
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-journeys-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Siêu thị Sài Gòn Xanh', name: 'Võ Thị Mai', email: 'mai@saigonxanh.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    webTouchpoint = (await api<{ id: string }>('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Đặt hàng trên website', channel: 'web', rules: { events: ['Đặt hàng'] } }) })).data.id;
    await api('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Thanh toán tại quầy'] } }) });
    department = (await api<{ id: string }>('/api/v1/departments', { method: 'POST', body: JSON.stringify({ nameVi: 'Thương mại điện tử', nameEn: 'E-commerce' }) })).data.id;
    // A second member, an analyst, who edits the same map from another browser.
    const inv = await api<{ acceptUrl: string }>('/api/v1/invitations', { method: 'POST', body: JSON.stringify({ email: 'binh@saigonxanh.vn', role: 'analyst' }) });
    const invToken = inv.data.acceptUrl.split('/').at(-1)!;
    const accepted = await fetch(`${server.url}/api/v1/invitations/token/${invToken}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Trần Văn Bình', password: 'mật-khẩu-của-bình' }),
    });
    expect(accepted.status).toBe(200);
    binhToken = accepted.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a 5A map from the empty list’s template picker', async () => {
    await page.goto(`${server.url}/journeys/maps`);
    await page.getByText('Chưa có bản đồ hành trình nào').waitFor();
    await page.getByRole('radio', { name: '5A' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo bản đồ hành trình' });
    expect(await dialog.getByRole('radio', { name: '5A' }).getAttribute('aria-checked')).toBe('true');
    await dialog.getByText('Nhận biết').first().waitFor();
    await dialog.getByLabel('Tên bản đồ').fill(MAP);
    await shot(page, '60-journey-create.png');
    await dialog.getByRole('button', { name: 'Tạo và mở bản đồ' }).click();
    await page.waitForURL(/\/journeys\/maps\/[0-9a-f-]{36}$/);
    mapId = page.url().split('/').at(-1)!;
    await page.getByRole('region', { name: /Bản đồ hành trình: giai đoạn theo cột/ }).waitFor();
    expect(await stageOrder(page)).toEqual(STAGES_5A);
    expect(await page.getByLabel('Tên bản đồ').inputValue()).toBe(MAP);
    await savedNow(page);
  });

  it('adds a measured touchpoint with channel, department and target, a named one, and a severe pain point', async () => {
    await page.getByRole('button', { name: 'Thêm điểm chạm vào Hành động' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm điểm chạm' });
    await dialog.getByLabel('Điểm chạm', { exact: true }).click();
    await page.getByRole('option', { name: 'Đặt hàng trên website' }).click();
    expect(await dialog.getByLabel('Kênh', { exact: true }).inputValue()).toBe('Website');
    await dialog.getByLabel('Phòng ban phụ trách', { exact: true }).click();
    await page.getByRole('option', { name: 'Thương mại điện tử' }).click();
    await dialog.getByLabel('Chỉ số', { exact: true }).click();
    await page.getByRole('option', { name: 'CSAT', exact: true }).click();
    await dialog.getByText('CSAT tính theo % khách hài lòng, từ 0 đến 100').waitFor();
    await dialog.getByLabel('Tối thiểu', { exact: true }).fill('85');
    await shot(page, '61-journey-touchpoint-dialog.png');
    await dialog.getByRole('button', { name: 'Lưu điểm chạm' }).click();
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByTestId('touchpoint-card').filter({ hasText: 'Đặt hàng trên website' });
    await card.getByText('Mục tiêu CSAT ≥ 85').waitFor();
    await card.getByText('Thương mại điện tử').waitFor();
    await card.getByText('Trực tuyến').waitFor();

    await page.getByRole('button', { name: 'Thêm điểm chạm vào Tìm hiểu' }).click();
    dialog = page.getByRole('dialog', { name: 'Thêm điểm chạm' });
    await dialog.getByText('Tên tự đặt').click();
    await dialog.getByLabel('Tên điểm chạm', { exact: true }).fill('Tư vấn qua Zalo OA');
    await dialog.getByLabel('Kênh', { exact: true }).click();
    await page.getByRole('option', { name: 'Zalo' }).click();
    await dialog.getByRole('button', { name: 'Lưu điểm chạm' }).click();
    await page.getByTestId('touchpoint-card').filter({ hasText: 'Tư vấn qua Zalo OA' }).getByText('Zalo', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Thêm điểm đau vào Hành động' }).click();
    await page.keyboard.type('Phí giao hàng chỉ hiện ra ở bước thanh toán');
    await page.keyboard.press('Enter');
    const pain = page.getByTestId('pain-card').filter({ hasText: 'Phí giao hàng' });
    await pain.getByRole('button', { name: 'Mức độ: Vừa' }).click();
    await page.getByRole('menuitem', { name: 'Nặng' }).click();
    await pain.getByRole('button', { name: 'Mức độ: Nặng' }).waitFor();

    // The designed emotion: a point set with the keyboard, another by clicking on the curve's lane.
    const aware = page.getByRole('slider', { name: 'Cảm xúc ở Nhận biết: chưa đặt' });
    await aware.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('slider', { name: /^Cảm xúc ở Nhận biết: \+1/ }).getAttribute('aria-valuenow')).toBe('1');
    const act = page.getByRole('slider', { name: 'Cảm xúc ở Hành động: chưa đặt' });
    const box = (await act.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2 + 60); // well below neutral: −2
    await page.getByRole('slider', { name: /^Cảm xúc ở Hành động: −2|^Cảm xúc ở Hành động: -2/ }).waitFor();

    await savedNow(page);
    const saved = await map();
    expect(saved.doc.stages.map((s) => s.cells['ln-emotions']?.emotion?.value ?? null)).toEqual([1, null, null, -2, null]);
    const actStage = saved.doc.stages[3]!;
    expect(actStage.name.vi).toBe('Hành động');
    expect(actStage.cells['ln-touchpoints']!.touchpoints).toEqual([
      { id: expect.any(String), touchpointId: webTouchpoint, name: 'Đặt hàng trên website', channel: 'web', mode: 'online', departmentId: department, target: { metric: 'csat', min: 85 } },
    ]);
    expect(actStage.cells['ln-pains']!.pains).toMatchObject([{ text: 'Phí giao hàng chỉ hiện ra ở bước thanh toán', severity: 'high' }]);
    expect(saved.doc.stages[2]!.cells['ln-touchpoints']!.touchpoints).toMatchObject([{ touchpointId: null, name: 'Tư vấn qua Zalo OA', channel: 'zalo' }]);
    await shot(page, '62-journey-editor.png');
  });

  it('reorders stages with a real mouse drag, undoes it with Ctrl+Z, and autosaves', async () => {
    await drag(page, page.getByRole('button', { name: 'Kéo để đổi thứ tự giai đoạn Nhận biết' }), page.locator('[data-testid="stage-header"]').nth(2));
    await expect.poll(() => stageOrder(page)).toEqual(['Thu hút', 'Tìm hiểu', 'Nhận biết', 'Hành động', 'Ủng hộ']);
    await savedNow(page);
    expect((await map()).doc.stages.map((s) => s.name.vi)).toEqual(['Thu hút', 'Tìm hiểu', 'Nhận biết', 'Hành động', 'Ủng hộ']);
    await shot(page, '63-journey-stage-dragged.png');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => stageOrder(page)).toEqual(STAGES_5A);
    await saveState(page).getByText('Có thay đổi chưa lưu').waitFor();
    await savedNow(page);
    expect((await map()).doc.stages.map((s) => s.name.vi)).toEqual(STAGES_5A);
    // Redo is there too.
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => stageOrder(page)).toEqual(['Thu hút', 'Tìm hiểu', 'Nhận biết', 'Hành động', 'Ủng hộ']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => stageOrder(page)).toEqual(STAGES_5A);
    await savedNow(page);
  });

  it('moves a card to another stage by dragging it, hides a lane and adds a custom one', async () => {
    const pain = page.getByTestId('pain-card').filter({ hasText: 'Phí giao hàng' });
    await drag(page, pain.getByRole('button', { name: 'Kéo để di chuyển thẻ' }), page.locator('[data-cell="st3:ln-pains"]'));
    await page.locator('[data-cell="st3:ln-pains"]').getByText('Phí giao hàng chỉ hiện ra ở bước thanh toán').waitFor();
    expect(await page.locator('[data-cell="st4:ln-pains"]').getByTestId('pain-card').count()).toBe(0);
    await savedNow(page);
    const moved = await map();
    expect(moved.doc.stages[2]!.cells['ln-pains']!.pains).toMatchObject([{ text: 'Phí giao hàng chỉ hiện ra ở bước thanh toán', severity: 'high' }]);
    expect(moved.doc.stages[3]!.cells['ln-pains']!.pains).toEqual([]);

    // Lanes reorder from the keyboard too, in the lanes menu: focus "move up", press Enter.
    const laneOrder = () => page.locator('[data-lane-title]').evaluateAll((els) => els.map((e) => e.textContent?.trim()));
    expect((await laneOrder()).slice(2, 4)).toEqual(['Điểm chạm', 'Suy nghĩ']);
    await page.getByRole('button', { name: 'Làn', exact: true }).click();
    const lanes = page.getByRole('group', { name: 'Các làn của bản đồ' });
    await lanes.getByRole('button', { name: 'Đưa làn Suy nghĩ lên' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await laneOrder()).slice(2, 4)).toEqual(['Suy nghĩ', 'Điểm chạm']);

    await lanes.getByRole('button', { name: 'Ẩn làn Câu hỏi và nhu cầu' }).click();
    await lanes.getByLabel('Thêm làn ghi chú').fill('Chính sách đổi trả');
    await lanes.getByRole('button', { name: 'Thêm', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.locator('[data-lane-title]').filter({ hasText: 'Chính sách đổi trả' }).waitFor();
    expect(await page.locator('[data-lane-title]').filter({ hasText: 'Câu hỏi và nhu cầu' }).count()).toBe(0);
    await savedNow(page);
    const laned = (await api<{ doc: { lanes: { kind: string; title: string; hidden: boolean }[] } }>(`/api/v1/journeys/${mapId}`)).data.doc.lanes;
    expect(laned.find((l) => l.kind === 'questions')!.hidden).toBe(true);
    expect(laned.at(-1)).toMatchObject({ kind: 'text', title: 'Chính sách đổi trả', hidden: false });
  });

  it('tells who saved meanwhile when another member’s save wins, and keeps mine on request', async () => {
    const other = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 950 } });
    await other.addCookies([{ name: 'fp_session', value: binhToken, url: server.url }]);
    const binh = await other.newPage();
    binh.setDefaultTimeout(15_000);
    await binh.goto(`${server.url}/journeys/maps/${mapId}`);
    await binh.getByRole('region', { name: /Bản đồ hành trình: giai đoạn theo cột/ }).waitFor();

    // Mai loses her connection while she edits: her save waits.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Thêm ghi chú vào Hành động của khách hàng · Nhận biết' }).click();
    await page.keyboard.type('Thấy quảng cáo trên Facebook');
    await page.keyboard.press('Enter');
    await saveState(page).getByText(/^Chưa lưu được/).waitFor({ timeout: 10_000 });

    // Bình saves his edit meanwhile.
    await binh.getByRole('button', { name: 'Thêm ghi chú vào Suy nghĩ · Ủng hộ' }).click();
    await binh.keyboard.type('Sẽ giới thiệu cho bạn bè nếu giao nhanh');
    await binh.keyboard.press('Enter');
    await savedNow(binh);

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Lưu lại' }).click();
    const conflict = page.getByRole('dialog', { name: 'Bản đồ vừa được người khác lưu' });
    await conflict.getByText(/Trần Văn Bình đã lưu một phiên bản mới lúc \d{2}:\d{2}/).waitFor();
    await shot(page, '64-journey-conflict.png');
    await conflict.getByRole('button', { name: 'Ghi đè bằng bản của tôi' }).click();
    await conflict.waitFor({ state: 'detached' });
    await savedNow(page);
    const saved = await map();
    expect(saved.doc.stages[0]!.cells['ln-actions']!.notes.map((n) => n.text)).toEqual(['Thấy quảng cáo trên Facebook']);
    expect(saved.doc.stages[4]!.cells['ln-thoughts']?.notes ?? []).toEqual([]);
    // Bình's open editor follows the newer map (he has nothing unsaved).
    await binh.getByText('Thấy quảng cáo trên Facebook').waitFor();
    await other.close();
  });

  it('previews an earlier version and restores Bình’s', async () => {
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    const drawer = page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
    const binhRow = drawer.locator('li').filter({ hasText: 'bởi Trần Văn Bình' });
    await binhRow.waitFor();
    await binhRow.getByText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/).waitFor();
    await drawer.locator('li').filter({ hasText: 'Đang dùng' }).getByText('bởi Võ Thị Mai').waitFor();
    await binhRow.getByRole('button', { name: /^Xem/ }).click();
    const preview = page.getByRole('dialog', { name: /^Phiên bản \d+ · / });
    await preview.getByText('Sẽ giới thiệu cho bạn bè nếu giao nhanh').waitFor();
    expect(await preview.getByRole('button', { name: /^Thêm/ }).count()).toBe(0);
    await shot(page, '65-journey-version-preview.png');
    await preview.getByRole('button').first().click(); // close
    await preview.waitFor({ state: 'detached' });
    await binhRow.getByRole('button', { name: /^Khôi phục/ }).click();
    const confirm = page.getByRole('dialog', { name: /^Khôi phục phiên bản \d+\?$/ });
    await confirm.getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText(/^Đã khôi phục phiên bản \d+$/).waitFor();
    await page.keyboard.press('Escape');
    await page.getByText('Sẽ giới thiệu cho bạn bè nếu giao nhanh').waitFor();
    expect(await page.getByText('Thấy quảng cáo trên Facebook').count()).toBe(0);
    const saved = await map();
    expect(saved.doc.stages[4]!.cells['ln-thoughts']!.notes.map((n) => n.text)).toEqual(['Sẽ giới thiệu cho bạn bè nếu giao nhanh']);
  });

  it('makes a read-only share link that opens without signing in', async () => {
    await page.getByRole('button', { name: 'Chia sẻ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chia sẻ bản đồ chỉ đọc' });
    await dialog.getByText('Chưa có đường dẫn chia sẻ nào.').waitFor();
    await dialog.getByRole('switch', { name: /Kèm số liệu đo được/ }).check();
    await dialog.getByRole('button', { name: 'Tạo đường dẫn' }).click();
    const link = dialog.locator('a[href*="/m/"]');
    await link.waitFor();
    const url = (await link.textContent())!.trim();
    expect(url).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/m\/[A-Za-z0-9]{20,64}$/);
    await dialog.locator('li').getByText('Có số liệu').waitFor();
    await shot(page, '66-journey-share.png');
    const token = url.split('/').at(-1)!;
    const shared = await fetch(`${server.url}/api/v1/public/journey-shares/${token}`);
    expect(shared.status).toBe(200);
    expect(((await shared.json()) as { name: string }).name).toBe(MAP);
    await page.keyboard.press('Escape');
  });

  it('exports the whole map as PNG and as a printable PDF', async () => {
    await page.getByRole('button', { name: 'Xuất' }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Ảnh PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('mua-online-giao-tan-nha.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(20_000);
    await png.saveAs(path.join(ARTIFACTS, '67-journey-export.png'));

    await page.getByRole('button', { name: 'Xuất' }).click();
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Tệp PDF (để in)' }).click()]);
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('draws a service blueprint with its line of visibility between frontstage and backstage', async () => {
    const bp = await api<{ id: string }>('/api/v1/journeys', { method: 'POST', body: JSON.stringify({ name: 'Bản thiết kế dịch vụ lắp đặt điều hoà', kind: 'blueprint', template: 'retail' }) });
    expect(bp.status).toBe(201);
    await page.goto(`${server.url}/journeys/maps/${bp.data.id}`);
    await page.getByRole('separator', { name: /^Đường ranh giới nhìn thấy/ }).waitFor();
    const titles = await page.locator('[data-lane-title], [data-testid="line-of-visibility"]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ? '---' : e.textContent?.trim())));
    expect(titles).toEqual(['Điểm chạm', 'Hành động của khách hàng', 'Hoạt động tiền sảnh', '---', 'Hoạt động hậu trường', 'Quy trình hỗ trợ', 'Điểm đau và trở ngại']);
    await shot(page, '6a-journey-blueprint.png');
  });

  it('lists the map with its type and finds it without diacritics; reads in English', async () => {
    await page.getByRole('link', { name: 'Tất cả bản đồ' }).click();
    await page.waitForURL('**/journeys/maps');
    await page.getByRole('searchbox', { name: 'Tìm bản đồ' }).fill('giao tan nha');
    const row = page.getByRole('row').filter({ hasText: MAP });
    // Searching without accents found the map and left the blueprint out.
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Bản thiết kế dịch vụ' }).count()).toBe(0);
    await row.getByText('Hiện trạng').waitFor();
    await row.getByText('5 giai đoạn').waitFor();
    await shot(page, '68-journey-list.png');

    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) });
    await page.goto(`${server.url}/journeys/maps/${mapId}`);
    await page.getByRole('region', { name: 'Journey map: stages in columns, lanes in rows' }).waitFor();
    await page.getByRole('button', { name: 'Lanes' }).waitFor();
    await page.getByText('Customer actions').waitFor();
    await page.getByText('Pain points and obstacles').waitFor();
    // Stage names follow the map's own language switch.
    await page.getByRole('radiogroup', { name: 'Stage names' }).getByText('English').click();
    await expect.poll(() => stageOrder(page)).toEqual(['Aware', 'Appeal', 'Ask', 'Act', 'Advocate']);
    await page.getByText(/^Saved at \d{2}:\d{2}$/).waitFor();
    await shot(page, '69-journey-editor-en.png');
    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'vi' }) });
  });
});
