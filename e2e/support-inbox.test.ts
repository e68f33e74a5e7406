import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

interface CaseJson {
  id: string;
  number: number;
  subject: string;
  status: string;
  priority: string;
  version: number;
  assignee: { id: string; name: string } | null;
  department: { id: string; nameVi: string } | null;
}
interface MessageJson {
  kind: string;
  body: string;
  mentions: { id: string; name: string }[];
}

const PASSWORD = 'mật-khẩu-rất-dài';

describe('the support inbox and the case page in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let warehouseContext: BrowserContext;
  let page: Page;
  let cookie: string;
  let cham: { id: string; token: string };
  let kieu: { id: string; token: string };
  let dept: Record<string, string>;
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const api = async <T>(p: string, init: RequestInit = {}, as = cookie): Promise<{ status: number; data: T }> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie: as, 'content-type': 'application/json', ...init.headers } });
    const text = await res.text();
    return { status: res.status, data: (text ? JSON.parse(text) : null) as T };
  };
  const newCase = async (body: Record<string, unknown>) => {
    const r = await api<CaseJson>('/api/v1/cases', { method: 'POST', body: JSON.stringify(body) });
    expect(r.status, JSON.stringify(r.data)).toBe(201);
    return r.data;
  };
  const invite = async (email: string, name: string, departmentId: string) => {
    const inv = await api<{ acceptUrl: string }>('/api/v1/invitations', { method: 'POST', body: JSON.stringify({ email, role: 'agent', departmentId }) });
    expect(inv.status).toBe(201);
    const accepted = await fetch(`${server.url}/api/v1/invitations/token/${inv.data.acceptUrl.split('/').at(-1)!}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password: PASSWORD }),
    });
    expect(accepted.status).toBe(200);
    const me = (await accepted.json()) as { user: { id: string } };
    return { id: me.user.id, token: accepted.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]! };
  };
  const rows = () => page.locator('tr[data-case-row]');
  const rowNumbers = async () => (await rows().evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-case-row')))));

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-support-inbox-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Siêu thị Phương Nam', name: 'Võ Thị Mai', email: 'mai@phuongnam.vn', password: PASSWORD }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    const deps = await api<{ items: { id: string; key: string }[] }>('/api/v1/departments');
    dept = Object.fromEntries(deps.data.items.map((d) => [d.key, d.id]));
    cham = await invite('cham@phuongnam.vn', 'Ngô Thị Chăm', dept.care!);
    kieu = await invite('kieu@phuongnam.vn', 'Phạm Thị Kiều', dept.warehouse!);
    // A customer who signed in on the website, for the new case form's picker and the customer panel.
    const key = await api<{ key: string }>('/api/v1/keys', { method: 'POST', body: JSON.stringify({ name: 'Website', type: 'write' }) });
    const batch = await fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        writeKey: key.data.key,
        batch: [
          { type: 'identify', userId: 'kh-lan', traits: { name: 'Trần Thị Lan', email: 'lan.tran@example.vn', phone: '0912345678', city: 'Hà Nội', hang_thanh_vien: 'Vàng' } },
          { type: 'track', userId: 'kh-lan', event: 'Đặt hàng', properties: { total: 185000 } },
        ],
      }),
    });
    expect(batch.status).toBe(200);
    for (const until = Date.now() + 15_000; (await api<{ total: number }>('/api/v1/customers?q=tran%20thi%20lan')).data.total !== 1; ) {
      if (Date.now() > until) throw new Error('the customer did not arrive');
      await new Promise((r) => setTimeout(r, 200));
    }
    // 27 cases: more than one page (25), three of them urgent, one about a late delivery.
    for (let i = 1; i <= 26; i++) {
      await newCase({ subject: `Hỏi về đơn hàng số ${1000 + i}`, priority: i % 9 === 0 ? 'urgent' : 'normal', channel: 'hotline', departmentId: dept.care });
    }
    await newCase({ subject: 'Giao hàng trễ đơn 8812', description: 'Khách chờ 5 ngày chưa nhận được hàng.', priority: 'high', channel: 'zalo', departmentId: dept.care });
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the queues with counts and a case made through the API appears live', async () => {
    await page.goto(`${server.url}/support/inbox`);
    const queues = page.getByRole('navigation', { name: 'Hàng đợi yêu cầu' });
    await queues.getByText('Chăm sóc khách hàng').waitFor();
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(25);
    const all = queues.locator('.mantine-NavLink-root').filter({ hasText: 'Tất cả' });
    await expect.poll(async () => (await all.textContent()) ?? '', { timeout: 15_000 }).toContain('27');
    await page.getByText('27 yêu cầu').waitFor();
    // Someone opens a case through the API: it shows on top (newest first) without a reload.
    const live = await newCase({ subject: 'Máy lạnh kêu to sau khi lắp', priority: 'urgent', channel: 'hotline', departmentId: dept.care });
    await page.locator(`tr[data-case-row="${live.number}"]`).waitFor();
    expect((await rowNumbers())[0]).toBe(live.number);
    await page.getByText('28 yêu cầu').waitFor();
    await expect.poll(async () => (await all.textContent()) ?? '', { timeout: 15_000 }).toContain('28');
    // The SLA column counts down in words.
    await expect.poll(async () => (await page.locator(`tr[data-case-row="${live.number}"]`).textContent()) ?? '', { timeout: 15_000 }).toMatch(/còn \d+ (giờ|phút)|quá hạn/);
    await shot(page, 'support-1-inbox.png');
  });

  it('filters without diacritics, by priority, sorts by number and pages', async () => {
    await page.getByLabel('Tìm kiếm').fill('giao hang tre');
    await expect.poll(() => rowNumbers(), { timeout: 15_000 }).toHaveLength(1);
    expect(await rows().first().textContent()).toContain('Giao hàng trễ đơn 8812');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(25);
    await page.getByLabel('Mức ưu tiên', { exact: true }).click();
    await page.getByRole('option', { name: 'Khẩn cấp' }).click();
    await page.keyboard.press('Escape');
    // 26 numbered cases: 9 and 18 are urgent, and the live one.
    await expect.poll(() => rowNumbers(), { timeout: 15_000 }).toHaveLength(3);
    expect(page.url()).toContain('priority=urgent');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(25);
    await page.getByRole('button', { name: 'Số', exact: true }).click();
    await expect.poll(async () => (await rowNumbers())[0], { timeout: 15_000 }).toBe(28);
    await page.getByRole('button', { name: 'Số', exact: true }).click();
    await expect.poll(async () => (await rowNumbers())[0], { timeout: 15_000 }).toBe(1);
    await page.getByRole('button', { name: '2', exact: true }).click();
    await expect.poll(() => rowNumbers(), { timeout: 15_000 }).toEqual([26, 27, 28]);
    expect(page.url()).toContain('page=2');
  });

  it('saves the current filters as a view and picks it back', async () => {
    await page.goto(`${server.url}/support/inbox?priority=urgent&sort=number&order=asc`);
    await expect.poll(() => rowNumbers(), { timeout: 15_000 }).toHaveLength(3);
    await page.getByRole('button', { name: 'Lưu bộ lọc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lưu bộ lọc hiện tại' });
    await dialog.getByLabel('Tên bộ lọc').fill('Khẩn cấp cũ nhất trước');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu bộ lọc “Khẩn cấp cũ nhất trước”').waitFor();
    await page.goto(`${server.url}/support/inbox`);
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(25);
    await page.getByRole('button', { name: 'Bộ lọc đã lưu' }).click();
    await page.getByRole('menuitem', { name: 'Khẩn cấp cũ nhất trước' }).click();
    await expect.poll(() => rowNumbers(), { timeout: 15_000 }).toEqual([9, 18, 28]);
  });

  it('assigns two selected cases at once', async () => {
    await page.getByRole('checkbox', { name: 'Chọn yêu cầu #9', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Chọn yêu cầu #18', exact: true }).check();
    const bar = page.getByRole('region', { name: 'Thao tác hàng loạt' });
    await bar.getByText('Đã chọn 2 yêu cầu').waitFor();
    await bar.getByLabel('Giao cho', { exact: true }).click();
    await page.getByRole('option', { name: 'Ngô Thị Chăm' }).click();
    await page.getByText('Đã cập nhật 2 yêu cầu').waitFor();
    await expect.poll(async () => (await page.locator('tr[data-case-row="9"]').textContent()) ?? '', { timeout: 15_000 }).toContain('Ngô Thị Chăm');
    const mine = await api<{ items: CaseJson[] }>(`/api/v1/cases?assigneeId=${cham.id}`);
    expect(mine.data.items.map((c) => c.number).sort((a, b) => a - b)).toEqual([9, 18]);
    await shot(page, 'support-2-bulk-assign.png');
  });

  it('moves with j/k, selects with x, assigns with a and opens with Enter', async () => {
    await page.goto(`${server.url}/support/inbox?sort=number&order=asc`);
    await expect.poll(() => rows().count(), { timeout: 15_000 }).toBe(25);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Phím tắt' });
    await help.getByText('Giao yêu cầu cho tôi').waitFor();
    await page.keyboard.press('Escape');
    // Shortcuts wait while a dialog is open (or closing).
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.locator('tr[data-focused]').getAttribute('data-case-row')).toBe('2');
    await page.keyboard.press('x');
    expect(await page.getByRole('checkbox', { name: 'Chọn yêu cầu #2', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('a');
    await page.getByText('Đã giao yêu cầu #2 cho bạn').waitFor();
    await expect.poll(async () => (await page.locator('tr[data-case-row="2"]').textContent()) ?? '', { timeout: 15_000 }).toContain('Võ Thị Mai');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/support\/cases\//);
    await page.getByRole('heading', { name: '#2 · Hỏi về đơn hàng số 1002' }).waitFor();
  });

  it('opens a case by hand for a customer found without diacritics', async () => {
    await page.goto(`${server.url}/support/inbox`);
    await page.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo yêu cầu hỗ trợ' });
    await dialog.getByLabel('Khách hàng', { exact: true }).fill('tran thi lan');
    await page.getByRole('option', { name: /Trần Thị Lan/ }).click();
    await dialog.getByLabel('Tiêu đề').fill('Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho');
    await dialog.getByLabel('Mô tả').fill('Khách gọi tổng đài: tủ lạnh mã SP123 giao thiếu ngăn đá.');
    await dialog.getByRole('button', { name: 'Tạo yêu cầu' }).click();
    await page.waitForURL(/\/support\/cases\//);
    await page.getByRole('heading', { name: /#29 · Tủ lạnh giao thiếu ngăn đá/ }).waitFor();
    // The customer panel: contact, traits and the timeline from the collection feature.
    await page.getByText('lan.tran@example.vn').first().waitFor();
    await page.getByText('Vàng').first().waitFor();
    await page.getByText('Đặt hàng').first().waitFor();
    // The agent sharpens the subject; the change is kept in the case's history.
    await page.getByRole('button', { name: 'Đổi tiêu đề' }).click();
    const rename = page.getByRole('dialog', { name: 'Đổi tiêu đề yêu cầu' });
    await rename.getByLabel('Tiêu đề').fill('   ');
    await rename.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await rename.getByText('Hãy nhập tiêu đề yêu cầu').waitFor();
    await rename.getByLabel('Tiêu đề').fill('Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho mã SP123');
    await rename.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã đổi tiêu đề').waitFor();
    await rename.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: '#29 · Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho mã SP123' }).waitFor();
    const caseId = page.url().split('/').at(-1)!;
    const audit = await api<{ items: { field: string; from: unknown; to: unknown }[] }>(`/api/v1/cases/${caseId}/audit`);
    expect(audit.data.items.find((a) => a.field === 'subject')).toMatchObject({
      from: 'Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho',
      to: 'Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho mã SP123',
    });
  });

  it('writes a note mentioning a colleague, kept apart from replies', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('n');
    const note = page.getByRole('textbox', { name: 'Nội dung ghi chú nội bộ' });
    await expect.poll(() => note.evaluate((el) => el === document.activeElement), { timeout: 15_000 }).toBe(true);
    await note.pressSequentially('Nhờ @Kiề');
    await page.getByRole('option', { name: /Phạm Thị Kiều/ }).click();
    await note.pressSequentially('kiểm tra giúp ngăn đá còn trong kho không.');
    await page.getByRole('button', { name: 'Thêm ghi chú' }).click();
    await page.getByText('Đã thêm ghi chú').waitFor();
    const item = page.locator('[data-message-kind="note"]').first();
    await item.getByText('@Phạm Thị Kiều').waitFor();
    await item.getByText('Ghi chú nội bộ').waitFor();
    const caseId = page.url().split('/').at(-1)!;
    const messages = await api<{ items: MessageJson[] }>(`/api/v1/cases/${caseId}/messages`);
    const saved = messages.data.items.find((m) => m.kind === 'note');
    expect(saved?.mentions).toEqual([{ id: kieu.id, name: 'Phạm Thị Kiều' }]);
    expect(saved?.body).toBe('Nhờ @Phạm Thị Kiều kiểm tra giúp ngăn đá còn trong kho không.');
  });

  it('asks the warehouse; an agent of Kho answers from their queue in another browser', async () => {
    await page.getByRole('button', { name: 'Hỏi phòng ban' }).click();
    await page.getByLabel('Phòng ban được hỏi').click();
    await page.getByRole('option', { name: 'Kho' }).click();
    await page.getByLabel('Nội dung cần hỏi').fill('Kho: còn ngăn đá cho tủ lạnh mã SP123 không?');
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.getByText('Đã gửi câu hỏi tới phòng ban').waitFor();
    await page.locator('[data-handoff="open"]').getByText('Kho: còn ngăn đá cho tủ lạnh mã SP123 không?').waitFor();
    await page.getByText('Chờ Kho').first().waitFor();
    await shot(page, 'support-3-case-handoff.png');

    warehouseContext = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 950 } });
    await warehouseContext.addCookies([{ name: 'fp_session', value: kieu.token, url: server.url }]);
    const kho = await warehouseContext.newPage();
    kho.setDefaultTimeout(15_000);
    await kho.goto(`${server.url}/support/handoffs`);
    const request = kho.locator('[data-handoff="open"]').filter({ hasText: 'còn ngăn đá cho tủ lạnh mã SP123' });
    await request.waitFor();
    await request.getByRole('textbox').fill('Còn 3 ngăn đá, chiều nay kho gửi kèm đơn bù.');
    await request.getByRole('button', { name: 'Trả lời' }).click();
    await kho.getByText('Đã gửi câu trả lời').waitFor();
    await shot(kho, 'support-4-warehouse-answered.png');

    // Back in the agent's browser, live: the answer is in the case.
    await page.locator('[data-handoff="answered"]').getByText('Còn 3 ngăn đá, chiều nay kho gửi kèm đơn bù.').waitFor();
  });

  it('replies to the customer and resolves with e-mail delivery shown', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    const reply = page.getByRole('textbox', { name: 'Nội dung trả lời khách hàng' });
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement), { timeout: 15_000 }).toBe(true);
    await reply.fill('Chào chị Lan, chiều nay cửa hàng gửi bù ngăn đá cho chị. Xin lỗi chị vì sự bất tiện.');
    await page.getByRole('button', { name: 'Gửi và đánh dấu đã giải quyết' }).click();
    await page.getByText('Đã gửi câu trả lời và đánh dấu đã giải quyết').waitFor();
    const replyItem = page.locator('[data-message-kind="reply"]').first();
    await replyItem.getByText('Chào chị Lan').waitFor();
    await replyItem.locator('[data-delivery]').waitFor();
    await expect.poll(async () => (await page.getByLabel('Trạng thái', { exact: true }).inputValue()), { timeout: 15_000 }).toBe('Đã giải quyết');
    await page.getByText(/Võ Thị Mai đổi Trạng thái: .* → Đã giải quyết/).first().waitFor();
    await shot(page, 'support-5-resolved.png');
  });

  it('says who changed the case when a change meets a newer version, and reloads', async () => {
    const caseId = page.url().split('/').at(-1)!;
    const before = await api<unknown>(`/api/v1/cases/${caseId}`);
    const version = (before.data as CaseJson).version;
    // The page keeps the version on screen: hold back its refetches as if the live event had not arrived yet.
    const stale = `${server.url}/api/v1/cases/${caseId}`;
    await page.route(stale, (route) => (route.request().method() === 'GET' ? route.fulfill({ json: before.data }) : route.continue()));
    // Meanwhile Chăm, an agent of the case's department, raises its priority from her own session.
    const other = await api<CaseJson>(`/api/v1/cases/${caseId}`, { method: 'PATCH', body: JSON.stringify({ priority: 'urgent', version }) }, `fp_session=${cham.token}`);
    expect(other.status, JSON.stringify(other.data)).toBe(200);
    await page.getByLabel('Trạng thái', { exact: true }).click();
    await page.getByRole('option', { name: 'Đang xử lý' }).click();
    const dialog = page.getByRole('dialog', { name: 'Yêu cầu vừa được người khác thay đổi' });
    await dialog.getByText('Ngô Thị Chăm đổi Ưu tiên: Bình thường → Khẩn cấp').waitFor();
    // Only what moved on since the version on screen, not the case's earlier history.
    expect(await dialog.getByRole('listitem').count()).toBe(1);
    await shot(page, 'support-6-conflict.png');
    await page.unroute(stale);
    await dialog.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await expect.poll(async () => page.getByLabel('Ưu tiên', { exact: true }).inputValue(), { timeout: 15_000 }).toBe('Khẩn cấp');
    expect(await page.getByLabel('Trạng thái', { exact: true }).inputValue()).toBe('Đã giải quyết');
  });

  it("shows the case and the reply in the customer's timeline", async () => {
    await page.goto(`${server.url}/collection/customers/kh-lan`);
    const caseLine = page.locator('[data-timeline-support="case"]').filter({ hasText: 'Yêu cầu hỗ trợ #29' });
    await caseLine.getByText('Đã giải quyết').waitFor();
    const replyLine = page.locator('[data-timeline-support="reply"]').filter({ hasText: 'Trả lời cho yêu cầu #29' });
    await replyLine.getByText('Chào chị Lan, chiều nay cửa hàng gửi bù ngăn đá cho chị.', { exact: false }).waitFor();
    await page.getByText('Đặt hàng').first().waitFor();
    await shot(page, 'support-7-customer-timeline.png');
    await caseLine.getByRole('link', { name: 'Tủ lạnh giao thiếu ngăn đá, cần kiểm tra kho' }).click();
    await page.waitForURL(/\/support\/cases\//);
  });

  it("lets an agent switch her own shift from the inbox, and sees only what her department may", async () => {
    const stock = await newCase({ subject: 'Kiểm kê lệch tồn kho mã SP123', priority: 'normal', channel: 'store', departmentId: dept.warehouse });
    const kho = await warehouseContext.newPage();
    kho.setDefaultTimeout(15_000);
    await kho.goto(`${server.url}/support/inbox`);
    const shift = kho.getByRole('switch', { name: 'Đang trong ca' });
    await shift.waitFor();
    const before = (await api<{ onShift: boolean }>('/api/v1/support/me', {}, `fp_session=${kieu.token}`)).data.onShift;
    expect(await shift.isChecked()).toBe(before);
    await shift.click({ force: true });
    await expect.poll(async () => (await api<{ onShift: boolean }>('/api/v1/support/me', {}, `fp_session=${kieu.token}`)).data.onShift, { timeout: 15_000 }).toBe(!before);
    // Kho's agent sees Kho's open case, none of Chăm sóc khách hàng's 28 (the one Kho was asked about is answered and resolved).
    await expect.poll(async () => kho.locator('tr[data-case-row]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-case-row'))), { timeout: 15_000 }).toEqual([String(stock.number)]);
    await kho.getByText('1 yêu cầu').waitFor();
    await kho.close();
  });

  it('reads in English', async () => {
    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) });
    await page.goto(`${server.url}/support/inbox`);
    await page.getByRole('navigation', { name: 'Case queues' }).getByText('Unassigned').waitFor();
    await page.getByText(/\d+ cases/).first().waitFor();
    await page.getByRole('columnheader', { name: /SLA/ }).waitFor();
    await shot(page, 'support-8-inbox-en.png');
    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'vi' }) });
  });
});
