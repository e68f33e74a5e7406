import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const NAME = 'Chị Mai — nhân viên văn phòng ở Hà Nội';

/** A real PNG (a colour gradient), bigger than the 512 px the browser must shrink it to. */
function gradientPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set([(x * 255) / width, (y * 255) / height, 140], y * (width * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

interface PersonaJson {
  id: string;
  name: string;
  photo: string | null;
  version: number;
  profile: { occupation: string; quote: string; goals: string[]; preferredChannels: string[]; empathy: { says: string[]; feels: string[] } };
  rule: { match: string; conditions: { field: string; op: string; value: unknown }[] } | null;
}

describe('personas in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cookie: string;
  let personaId: string;
  let haNoiCustomers: number;
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-personas-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy An Phát', name: 'Lê Thu Trang', email: 'trang@anphat.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    // The demo chain: customers across provinces, their answers, and three demo personas.
    const job = await api<{ id: string }>('/api/v1/demo', { method: 'POST', body: JSON.stringify({ customers: 120 }) });
    for (const until = Date.now() + 120_000; (await api<{ status: string }>(`/api/v1/jobs/${job.id}`)).status !== 'done'; ) {
      if (Date.now() > until) throw new Error('demo did not load');
      await new Promise((r) => setTimeout(r, 200));
    }
    // Counted independently of personas: the customers list, by the province it shows.
    const customers = await api<{ items: { province: string | null }[]; total: number }>('/api/v1/customers?pageSize=200');
    expect(customers.total).toBeLessThanOrEqual(200);
    haNoiCustomers = customers.items.filter((c) => c.province === 'Hà Nội').length;
    expect(haNoiCustomers).toBeGreaterThan(0);
    browser = await launchBrowser();
    context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists the demo personas under Hành trình → Chân dung khách hàng, searched without diacritics', async () => {
    await page.goto(`${server.url}/journeys`);
    await page.waitForURL('**/journeys/maps');
    await page.getByRole('navigation', { name: 'Các mục của Hành trình' }).getByRole('link', { name: 'Chân dung khách hàng' }).click();
    await page.waitForURL('**/journeys/personas');
    await page.getByRole('article', { name: 'Chị Lan — mẹ bỉm sữa bận rộn ở Hà Nội' }).waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(3);
    await page.getByText('3 chân dung').waitFor();
    await shot(page, '60-personas-list.png');
    await page.getByLabel('Tìm chân dung').fill('anh minh cong nghe');
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await page.getByRole('article', { name: 'Anh Minh — dân văn phòng mê công nghệ ở TP.HCM' }).waitFor();
    await page.getByLabel('Tìm chân dung').fill('');
  });

  it('creates a persona with a photo resized in the browser, a profile and an empathy map', async () => {
    await page.getByRole('button', { name: 'Tạo chân dung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chân dung mới' });
    await dialog.getByLabel('Tên chân dung').fill(NAME);
    await dialog.getByRole('button', { name: 'Tạo' }).click();
    await page.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    personaId = page.url().split('/').at(-1)!;
    await page.getByText('Đã lưu mọi thay đổi').waitFor();

    // A drawn avatar first, then a 1600×1000 photo, which the browser shrinks to 512 px.
    await page.getByRole('radio', { name: 'Dân văn phòng' }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Dân văn phòng' }).getAttribute('aria-checked')).toBe('true');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await (await chooser).setFiles({ name: 'chi-mai.png', mimeType: 'image/png', buffer: gradientPng(1600, 1000) });
    const photo = page.getByRole('img', { name: `Ảnh của ${NAME}` });
    await expect.poll(async () => (await photo.getAttribute('src'))?.slice(0, 23)).toBe('data:image/jpeg;base64,');
    // Decoded after the src is set: wait for its size.
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight }))).toEqual({ w: 512, h: 320 });

    await page.getByLabel('Nghề nghiệp', { exact: true }).fill('Nhân viên kế toán');
    await page.getByLabel('Câu nói', { exact: true }).fill('Giao đúng hẹn là tôi quay lại.');
    const goals = page.getByRole('region', { name: 'Mục tiêu', exact: true });
    await goals.getByLabel('Mục tiêu: Thêm').fill('Mua đồ gia dụng bền cho gia đình');
    await goals.getByLabel('Mục tiêu: Thêm').press('Enter');
    await page.locator('label', { hasText: /^Zalo$/ }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Zalo' }).isChecked()).toBe(true);
    const says = page.getByRole('region', { name: 'Nói', exact: true });
    await says.getByLabel('Nói: Thêm').fill('Giao giúp em trước 6 giờ chiều nhé');
    await says.getByLabel('Nói: Thêm').press('Enter');
    const feels = page.getByRole('region', { name: 'Cảm thấy', exact: true });
    await feels.getByLabel('Cảm thấy: Thêm').fill('Lo lắng khi đơn hàng chậm');
    await feels.getByLabel('Cảm thấy: Thêm').press('Enter');
    await page.getByText('Có thay đổi chưa lưu').waitFor();
  });

  it('ties the persona to a rule typed without diacritics and shows the customers it covers and their scores', async () => {
    await page.getByRole('button', { name: 'Gắn với khách hàng thật' }).click();
    const row = page.getByTestId('rule-condition');
    await expect.poll(() => row.getByLabel('Thông tin 1').inputValue()).toBe('Tỉnh/thành');
    await row.getByLabel('Giá trị 1').fill('ha noi');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('persona-covered').textContent()).toBe(`${haNoiCustomers} khách hàng khớp`);
    const scores = page.getByTestId('persona-scores');
    await scores.getByLabel('NPS').waitFor();
    const preview = await api<{ customers: number; nps: { n: number } | null }>('/api/v1/personas/coverage', {
      method: 'POST',
      body: JSON.stringify({ rule: { match: 'all', conditions: [{ field: 'province', op: 'eq', value: 'Hà Nội' }] } }),
    });
    expect(preview.customers).toBe(haNoiCustomers);
    expect(preview.nps?.n).toBeGreaterThan(0);
    await scores.getByLabel('NPS').getByText(`n = ${preview.nps!.n}`).waitFor();
    await shot(page, '61-persona-editor.png');

    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu chân dung').waitFor();
    await page.getByText('Đã lưu mọi thay đổi').waitFor();
    const saved = await api<PersonaJson>(`/api/v1/personas/${personaId}`);
    expect(saved).toMatchObject({ name: NAME, version: 2, rule: { match: 'all', conditions: [{ field: 'province', op: 'eq', value: 'ha noi' }] } });
    expect(saved.photo?.startsWith('data:image/jpeg;base64,')).toBe(true);
    expect(saved.profile).toMatchObject({
      occupation: 'Nhân viên kế toán',
      quote: 'Giao đúng hẹn là tôi quay lại.',
      goals: ['Mua đồ gia dụng bền cho gia đình'],
      preferredChannels: ['zalo'],
      empathy: { says: ['Giao giúp em trước 6 giờ chiều nhé'], feels: ['Lo lắng khi đơn hàng chậm'] },
    });

    await page.getByRole('link', { name: 'Tất cả chân dung' }).click();
    await page.getByRole('article', { name: NAME }).getByText(`${haNoiCustomers} khách hàng`).waitFor();
  });

  it('shows the conflict when a second tab saved first, and keeps the chosen version', async () => {
    const first = page;
    await first.goto(`${server.url}/journeys/personas/${personaId}`);
    await first.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    const second = await context.newPage();
    await second.goto(`${server.url}/journeys/personas/${personaId}`);
    await second.getByRole('heading', { name: NAME, level: 1 }).waitFor();

    // The first tab is editing (unsaved) when the second saves: the live update must not wipe its work.
    await first.getByLabel('Gia đình', { exact: true }).fill('Đã lập gia đình, 1 con nhỏ');
    await second.getByLabel('Nghề nghiệp', { exact: true }).fill('Kế toán trưởng');
    await second.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await second.getByText('Đã lưu chân dung').waitFor();
    await expect.poll(async () => (await api<PersonaJson>(`/api/v1/personas/${personaId}`)).version).toBe(3);
    expect(await first.getByLabel('Gia đình', { exact: true }).inputValue()).toBe('Đã lập gia đình, 1 con nhỏ');

    await first.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = first.getByRole('alert').filter({ hasText: 'Chân dung vừa được người khác lưu' });
    await conflict.waitFor();
    await shot(first, '62-persona-conflict.png');
    expect((await api<PersonaJson>(`/api/v1/personas/${personaId}`)).profile.occupation).toBe('Kế toán trưởng');

    await conflict.getByRole('button', { name: 'Tải bản của họ' }).click();
    await expect.poll(() => first.getByLabel('Nghề nghiệp', { exact: true }).inputValue()).toBe('Kế toán trưởng');
    await expect.poll(() => first.getByLabel('Gia đình', { exact: true }).inputValue()).toBe('');
    await second.close();
  });
});
