import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

interface Department {
  id: string;
  nameVi: string;
  assignment: string;
  lead: { id: string; name: string } | null;
  agents: { id: string; name: string; onShift: boolean }[];
}
interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  conditions: { score: { metric: string; op: string; value: number } | null; touchpointIds: string[]; words: string[] };
}
interface Preview {
  matched: number;
  days: number;
}

const TRIGGER = 'NPS ≤ 6 ở Giao hàng';
const ROUTE = 'Giao hàng trễ → Vận chuyển'; // the demo has its own 'Giao hàng → Vận chuyển'
const AGENT = 'Phạm Quốc Huy';
const viNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** Turns a switch on or off as a person does (clicking it once it can be used), and waits for it to show the new state. */
async function flip(sw: Locator, on: boolean): Promise<void> {
  await expect.poll(() => sw.isEnabled()).toBe(true);
  expect(await sw.isChecked()).toBe(!on);
  // Mantine draws the track over the input: click the label that holds both.
  await sw.locator('xpath=..').click();
  await expect.poll(() => sw.isChecked()).toBe(on);
}

describe('support setup in a real browser: an admin sets it up in Vietnamese, an agent reads it in English', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let admin: string;
  let agentToken: string;
  let deliveryId: string;
  let shippingId: string;
  const shot = (p: Page, name: string) => p.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const call = async <T>(cookie: string, p: string, init: RequestInit = {}): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => (await call<T>(admin, p, init)).body;
  const shipping = async () => (await api<{ items: Department[] }>('/api/v1/support/departments')).items.find((d) => d.id === shippingId)!;
  const preview = (conditions: object) => api<Preview>('/api/v1/support/rules/preview', { method: 'POST', body: JSON.stringify({ conditions }) });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-support-settings-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy An Phát', name: 'Lê Thu Trang', email: 'trang@anphat.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    admin = `fp_session=${token}`;
    // The demo chain: its touchpoints, departments with their agents, and 30 days of answers to preview rules on.
    const job = await api<{ id: string }>('/api/v1/demo', { method: 'POST', body: JSON.stringify({ customers: 120 }) });
    for (const until = Date.now() + 150_000; (await api<{ status: string }>(`/api/v1/jobs/${job.id}`)).status !== 'done'; ) {
      if (Date.now() > until) throw new Error('demo did not load');
      await new Promise((r) => setTimeout(r, 200));
    }
    deliveryId = (await api<{ items: { id: string; name: string }[] }>('/api/v1/touchpoints')).items.find((t) => t.name === 'Giao hàng')!.id;
    shippingId = (await api<{ items: { id: string; nameVi: string }[] }>('/api/v1/departments')).items.find((d) => d.nameVi === 'Vận chuyển')!.id;
    // An agent of Vận chuyển, who joins through an invitation.
    const inv = await api<{ acceptUrl: string }>('/api/v1/invitations', { method: 'POST', body: JSON.stringify({ email: 'huy@anphat.vn', role: 'agent', departmentId: shippingId }) });
    const accepted = await fetch(`${server.url}/api/v1/invitations/token/${inv.acceptUrl.split('/').at(-1)}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: AGENT, password: 'mật-khẩu-của-huy' }),
    });
    expect(accepted.status).toBe(200);
    agentToken = accepted.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    // A rule already in place, so the new one has something to be put before.
    const first = await call('fp_session=' + token, '/api/v1/support/triggers', {
      method: 'POST',
      body: JSON.stringify({ name: 'CSAT ≤ 2 sau khi nhận hàng', conditions: { score: { metric: 'csat', op: 'lte', value: 2 } }, priority: 'high' }),
    });
    expect(first.status).toBe(201);
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the trigger "NPS ≤ 6 ở Giao hàng" with words, previewing what it catches on the way', async () => {
    await page.goto(`${server.url}/support/settings`);
    await page.waitForURL('**/support/settings/triggers');
    await page.getByRole('navigation', { name: 'Các phần của thiết lập hỗ trợ' }).getByRole('link', { name: 'Tự động tạo yêu cầu' }).waitFor();
    await page.getByTestId('rule-row').filter({ hasText: 'CSAT ≤ 2 sau khi nhận hàng' }).waitFor();
    await page.getByRole('button', { name: 'Thêm quy tắc' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quy tắc tạo yêu cầu mới' });
    await dialog.getByLabel('Tên quy tắc').fill(TRIGGER);

    // NPS ≤ 6 alone: the last 30 days' detractors, with examples.
    const detractors = await preview({ score: { metric: 'nps', op: 'lte', value: 6 } });
    expect(detractors.matched).toBeGreaterThan(0);
    await dialog.getByText(`Khớp ${viNumber(detractors.matched)} phản hồi trong 30 ngày qua`).waitFor();
    await expect.poll(() => dialog.getByRole('list', { name: 'Ví dụ' }).getByRole('listitem').count()).toBe(Math.min(5, detractors.matched));

    // At Giao hàng only (its survey asks CSAT, so NPS there is rare or none), with words in the comment.
    await dialog.getByLabel('Điểm chạm', { exact: true }).click();
    await page.getByRole('option', { name: 'Giao hàng', exact: true }).click();
    await page.keyboard.press('Escape');
    const words = dialog.getByLabel('Từ ngữ trong góp ý');
    await words.fill('trễ');
    await words.press('Enter');
    await words.fill('hỏng');
    await words.press('Enter');
    const narrowed = await preview({ score: { metric: 'nps', op: 'lte', value: 6 }, touchpointIds: [deliveryId], words: ['trễ', 'hỏng'] });
    expect(narrowed.matched).toBeLessThanOrEqual(detractors.matched);
    await dialog
      .getByText(narrowed.matched === 0 ? 'Không có phản hồi nào trong 30 ngày qua khớp quy tắc này.' : `Khớp ${viNumber(narrowed.matched)} phản hồi trong 30 ngày qua`)
      .waitFor();
    await dialog.getByLabel('Mức ưu tiên của yêu cầu').click();
    await page.getByRole('option', { name: 'Cao', exact: true }).click();
    const tags = dialog.getByLabel('Nhãn gắn vào yêu cầu');
    await tags.fill('giao-hàng');
    await tags.press('Enter');
    await shot(page, 'support-settings-1-trigger-editor.png');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByTestId('rule-row').filter({ hasText: TRIGGER });
    await row.getByText('NPS ≤ 6 · tại Giao hàng · có từ “trễ”, “hỏng”').waitFor();
    await row.getByText('Cao', { exact: true }).waitFor();
    const saved = (await api<{ items: (Rule & { priority: string; tags: string[] })[] }>('/api/v1/support/triggers')).items.find((r) => r.name === TRIGGER)!;
    expect(saved).toMatchObject({
      enabled: true,
      priority: 'high',
      tags: ['giao-hàng'],
      conditions: { score: { metric: 'nps', op: 'lte', value: 6 }, touchpointIds: [deliveryId], words: ['trễ', 'hỏng'] },
    });
  });

  it('reorders by dragging and with the arrows (the new trigger first), and switches the other one off', async () => {
    const before = (await api<{ items: Rule[] }>('/api/v1/support/triggers')).items.map((r) => r.name);
    const at = before.indexOf(TRIGGER);
    expect(at).toBeGreaterThan(0);
    for (let i = 0; i < at; i++) {
      await page.getByRole('button', { name: `Chuyển ${TRIGGER} lên` }).click();
      await expect.poll(async () => (await api<{ items: Rule[] }>('/api/v1/support/triggers')).items.map((r) => r.name).indexOf(TRIGGER)).toBe(at - i - 1);
    }
    await expect.poll(() => page.getByTestId('rule-row').first().getAttribute('aria-label')).toBe(TRIGGER);
    // Dragged by its grip below the last rule, then back up with the arrow.
    const names = async () => (await api<{ items: Rule[] }>('/api/v1/support/triggers')).items.map((r) => r.name);
    const grip = (await page.getByRole('button', { name: `Kéo để đổi thứ tự ${TRIGGER}` }).boundingBox())!;
    const last = (await page.getByTestId('rule-row').last().boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(grip.x + grip.width / 2, grip.y + ((last.y + last.height - 5 - grip.y) * i) / 10);
    await page.mouse.up();
    await expect.poll(async () => (await names()).at(-1)).toBe(TRIGGER);
    await expect.poll(() => page.getByTestId('rule-row').last().getAttribute('aria-label')).toBe(TRIGGER);
    const back = (await names()).length - 1;
    for (let i = 0; i < back; i++) {
      await page.getByRole('button', { name: `Chuyển ${TRIGGER} lên` }).click();
      await expect.poll(async () => (await names()).indexOf(TRIGGER)).toBe(back - i - 1);
    }
    await flip(page.getByRole('switch', { name: 'Bật quy tắc CSAT ≤ 2 sau khi nhận hàng' }), false);
    await expect.poll(async () => (await api<{ items: Rule[] }>('/api/v1/support/triggers')).items.find((r) => r.name === 'CSAT ≤ 2 sau khi nhận hàng')?.enabled).toBe(false);
    // The order is the server's: it survives a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId('rule-row').first().getAttribute('aria-label')).toBe(TRIGGER);
    await page.getByTestId('rule-row').filter({ hasText: 'CSAT ≤ 2 sau khi nhận hàng' }).getByText('Đã tắt').waitFor();
    await shot(page, 'support-settings-2-triggers.png');
  });

  it('adds a routing rule sending Giao hàng cases to Vận chuyển', async () => {
    await page.getByRole('link', { name: 'Điều phối' }).click();
    await page.waitForURL('**/support/settings/routing');
    await page.getByRole('region', { name: 'Phòng ban mặc định' }).waitFor();
    await page.getByRole('button', { name: 'Thêm quy tắc điều phối' }).click();
    const dialog = page.getByRole('dialog', { name: 'Quy tắc điều phối mới' });
    await dialog.getByLabel('Tên quy tắc').fill(ROUTE);
    await dialog.getByLabel('Điểm chạm', { exact: true }).click();
    await page.getByRole('option', { name: 'Giao hàng', exact: true }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('Gửi đến phòng ban').click();
    await page.getByRole('option', { name: 'Vận chuyển', exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('rule-row').filter({ hasText: ROUTE });
    await row.getByText('→ Vận chuyển', { exact: true }).waitFor();
    await row.getByText('tại Giao hàng').waitFor();
    const rules = (await api<{ items: (Rule & { departmentId: string })[] }>('/api/v1/support/routing-rules')).items;
    expect(rules.find((r) => r.name === ROUTE)).toMatchObject({ enabled: true, departmentId: shippingId, conditions: { score: null, touchpointIds: [deliveryId], words: [] } });
    await shot(page, 'support-settings-3-routing.png');
  });

  it('sets Vận chuyển to round robin with a lead and two agents on shift', async () => {
    await page.getByRole('link', { name: 'Phòng ban & nhân viên' }).click();
    await page.waitForURL('**/support/settings/departments');
    const card = page.getByRole('region', { name: 'Vận chuyển' });
    const start = await shipping();
    expect(start.agents.length).toBe(3);
    expect(start.agents.every((a) => a.onShift)).toBe(true);
    await card.getByLabel('Cách giao yêu cầu').click();
    await page.getByRole('option', { name: 'Lần lượt (round robin)' }).click();
    await expect.poll(async () => (await shipping()).assignment).toBe('round_robin');
    const lead = start.agents.find((a) => a.name !== AGENT)!;
    await card.getByLabel('Trưởng nhóm').click();
    await page.getByRole('option', { name: lead.name, exact: true }).click();
    await expect.poll(async () => (await shipping()).lead?.id).toBe(lead.id);
    // Huy is off today: the other two share the cases in turn.
    await flip(card.getByRole('switch', { name: `Trong ca: ${AGENT}` }), false);
    await expect.poll(async () => (await shipping()).agents.filter((a) => a.onShift).map((a) => a.name).sort()).toEqual(start.agents.filter((a) => a.name !== AGENT).map((a) => a.name).sort());
    await expect.poll(() => card.getByRole('switch', { name: `Trong ca: ${AGENT}` }).isChecked()).toBe(false);
    await shot(page, 'support-settings-4-departments.png');
  });

  it('sets the SLA targets of high priority and a closed day of the workspace', async () => {
    await page.getByRole('link', { name: 'SLA & giờ làm việc' }).click();
    await page.waitForURL('**/support/settings/sla');
    await page.getByLabel('Phản hồi lần đầu (Cao): số giờ').fill('1');
    await page.getByLabel('Phản hồi lần đầu (Cao): số phút').fill('30');
    await page.getByLabel('Giải quyết (Cao): số giờ').fill('6');
    await page.getByLabel('Giải quyết (Cao): số phút').fill('0');
    // A resolution shorter than the first response is refused before it reaches the server.
    await page.getByLabel('Giải quyết (Thấp): số giờ').fill('0');
    await page.getByLabel('Giải quyết (Thấp): số phút').fill('5');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Thấp: Thời hạn giải quyết không được ngắn hơn phản hồi lần đầu.' }).waitFor();
    await page.getByLabel('Giải quyết (Thấp): số giờ').fill('40');
    await page.getByLabel('Giải quyết (Thấp): số phút').fill('0');

    // Saturday gets an afternoon period, closing at 16:30.
    await page.getByRole('button', { name: 'Thêm ca (Thứ Bảy)' }).click();
    await page.getByLabel('Thứ Bảy: giờ đóng ca 2, giờ', { exact: true }).fill('16');
    await page.getByLabel('Thứ Bảy: giờ đóng ca 2, phút', { exact: true }).fill('30');

    // Solar holidays of this year are listed by name; the workspace adds a day of its own.
    const year = new Date().getFullYear();
    await page.getByRole('region', { name: 'Lễ Việt Nam' }).getByText('Quốc khánh', { exact: true }).waitFor();
    // A weekday of this month (support is closed at week ends anyway), that is no public holiday.
    const month = new Date().getMonth() + 1;
    const mm = String(month).padStart(2, '0');
    const dom = [15, 16, 17, 18, 19, 20, 21].find((d) => {
      const wd = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
      return wd >= 1 && wd <= 5 && !(month === 9 && d < 3);
    })!;
    const day = `${year}-${mm}-${dom}`;
    await page.getByLabel('Thêm ngày nghỉ').click();
    await page.getByRole('button', { name: `${dom} tháng ${month} ${year}`, exact: true }).click();
    await page.getByTestId('extra-holiday').filter({ hasText: `${dom}/${mm}/${year}` }).waitFor();
    // The team works the day next to National Day this year.
    await flip(page.getByRole('switch', { name: new RegExp(`^Vẫn làm việc ngày .*01/09/${year}$`) }), true);
    await page.getByText('Có thay đổi chưa lưu').waitFor();
    await shot(page, 'support-settings-5-sla.png');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thiết lập').first().waitFor();
    const sla = await api<{ hours: { extraHolidays: string[]; workingDays: string[]; week: { open: string; close: string }[][] }; policies: { priority: string; firstResponseMinutes: number; resolutionMinutes: number }[] }>('/api/v1/support/sla');
    expect(sla.policies.find((p) => p.priority === 'high')).toMatchObject({ firstResponseMinutes: 90, resolutionMinutes: 360 });
    expect(sla.policies.find((p) => p.priority === 'low')).toMatchObject({ resolutionMinutes: 40 * 60 });
    expect(sla.hours.extraHolidays).toContain(day);
    expect(sla.hours.week[6]).toEqual([
      { open: '08:00', close: '12:00' },
      { open: '13:00', close: '16:30' },
    ]);
    expect(sla.hours.workingDays).toEqual([`${year}-09-01`]);
    await page.reload();
    expect(await page.getByLabel('Phản hồi lần đầu (Cao): số phút').inputValue()).toBe('30');
    // The server no longer counts it closed, and the screen still lists it, switched on.
    const closed = await api<{ items: { day: string }[] }>(`/api/v1/support/holidays?year=${year}`);
    expect(closed.items.map((h) => h.day)).not.toContain(`${year}-09-01`);
    await expect.poll(() => page.getByRole('switch', { name: new RegExp(`^Vẫn làm việc ngày .*01/09/${year}$`) }).isChecked()).toBe(true);
  });

  it('shows an agent the setup read-only, in English, with only their own shift switch', async () => {
    const me = await call(`fp_session=${agentToken}`, '/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) });
    expect(me.status).toBe(200);
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: agentToken, url: server.url }]);
    const agent = await context.newPage();
    agent.setDefaultTimeout(15_000);
    await agent.goto(`${server.url}/support/settings/triggers`);
    await agent.getByText('You are viewing the support setup. Only admins can change it.').waitFor();
    await agent.getByTestId('rule-row').filter({ hasText: TRIGGER }).getByText('NPS ≤ 6 · at Giao hàng · with the words “trễ”, “hỏng”').waitFor();
    expect(await agent.getByRole('button', { name: 'Add a rule' }).count()).toBe(0);
    expect(await agent.getByRole('switch', { name: `Turn on ${TRIGGER}` }).isDisabled()).toBe(true);
    expect(await agent.getByRole('button', { name: `Move ${TRIGGER} down` }).count()).toBe(0);

    await agent.getByRole('link', { name: 'Departments & agents' }).click();
    const card = agent.getByRole('region', { name: 'Shipping' });
    await card.getByText('Goes to the on-shift agent who was assigned longest ago.').waitFor();
    expect(await card.getByLabel('Assignment', { exact: true }).isDisabled()).toBe(true);
    const others = (await shipping()).agents.filter((a) => a.name !== AGENT);
    // Colleagues' shifts are read, not switched: a word says whether each is on.
    for (const o of others) {
      expect(await card.getByRole('switch', { name: `On shift: ${o.name}` }).count()).toBe(0);
      await card.getByRole('row', { name: new RegExp(o.name) }).getByText(o.onShift ? 'On shift' : 'Off shift', { exact: true }).waitFor();
    }
    // Huy's own switch is his: he starts his shift.
    await flip(card.getByRole('switch', { name: `On shift: ${AGENT}` }), true);
    await expect.poll(async () => (await shipping()).agents.find((a) => a.name === AGENT)?.onShift).toBe(true);
    await shot(agent, 'support-settings-6-agent-en.png');

    await agent.getByRole('link', { name: 'SLA & business hours' }).click();
    expect(await agent.getByLabel('First response (High): minutes').inputValue()).toBe('30');
    expect(await agent.getByLabel('First response (High): minutes').isDisabled()).toBe(true);
    expect(await agent.getByRole('button', { name: 'Save changes' }).count()).toBe(0);
    await agent.getByRole('region', { name: 'The workspace’s own closed days' }).getByText(/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/).first().waitFor();
    await context.close();
  });
});
