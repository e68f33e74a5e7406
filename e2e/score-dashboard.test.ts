import { mkdtempSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const COMPLAINT = 'Giao hàng trễ ba ngày, gọi tổng đài không ai nghe máy';
const HOSTILE = '<img src=x onerror="window.__pwned=1"> Shipper thô lỗ';
const DEFINITION = {
  languages: ['vi'],
  questions: [
    { id: 'nps', type: 'nps', title: { vi: 'Bạn có sẵn lòng giới thiệu chúng tôi không?' } },
    { id: 'why_low', type: 'text', required: false, title: { vi: 'Điều gì khiến bạn chưa hài lòng?' }, showIf: { question: 'nps', op: 'lte', value: 6 } },
  ],
  thankYou: { title: { vi: 'Cảm ơn bạn!' } },
};

/**
 * Answers arrive through the public API at two touchpoints; the manager reads how customers are
 * doing on the Overview and the Scores screen, and the figures move as more answers come in.
 */
describe('score dashboards in a real browser', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let cookie: string;
  let publicId: string;
  let counter: string;
  let delivery: string;
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };
  const answer = async (touchpointId: string, nps: number, comment?: string) => {
    const res = await fetch(`${server.url}/api/v1/public/surveys/${publicId}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ responseId: randomUUID(), answers: { nps, ...(comment ? { why_low: { text: comment } } : {}) }, complete: true, touchpointId }),
    });
    expect(res.status, await res.text()).toBe(200);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-scores-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy Ánh Dương', name: 'Phạm Quốc Huy', email: 'huy@anhduong.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    const tp = async (name: string) => (await api<{ id: string }>('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name, channel: 'store', rules: { events: [name] } }) })).id;
    counter = await tp('Quầy thu ngân');
    delivery = await tp('Giao hàng tận nhà');
    const survey = await api<{ id: string; publicId: string }>('/api/v1/surveys', { method: 'POST', body: JSON.stringify({ name: 'NPS sau mua hàng', definition: DEFINITION, touchpointIds: [counter, delivery] }) });
    publicId = survey.publicId;
    await api(`/api/v1/surveys/${survey.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('tells a workspace without answers what to do next', async () => {
    await page.goto(server.url);
    await page.getByText('Chưa có khách hàng nào trả lời khảo sát').waitFor();
    await page.getByRole('link', { name: 'Tạo khảo sát' }).waitFor();
    await page.getByText('Bắt đầu với Footprint').waitFor();
  });

  it('answers "how are our customers doing?" on the Overview', async () => {
    // Counter: 5 promoters, 1 passive. Delivery: 1 promoter, 4 detractors. NPS (6 − 4) / 11 = 18.
    for (const nps of [10, 10, 9, 9, 8, 10]) await answer(counter, nps);
    await answer(delivery, 2, COMPLAINT);
    await answer(delivery, 4, HOSTILE);
    for (const nps of [6, 9, 3]) await answer(delivery, nps);
    await page.goto(server.url);
    const nps = page.getByRole('region', { name: 'NPS', exact: true });
    await expect.poll(() => nps.getByTestId('kpi-nps').textContent()).toBe('18');
    await nps.getByText('11 câu trả lời').waitFor();
    await nps.getByText(/Khoảng tin cậy 95%: -?\d+ – \d+/).waitFor();
    await nps.getByText('Kỳ trước chưa có dữ liệu').waitFor();
    const lowest = page.getByRole('region', { name: 'Điểm chạm có điểm thấp nhất' });
    await expect.poll(() => lowest.getByRole('listitem').first().textContent()).toContain('Giao hàng tận nhà');
    await lowest.getByText('Chưa điểm chạm nào đủ 30 câu trả lời', { exact: false }).waitFor();
    const comments = page.getByRole('region', { name: 'Góp ý tiêu cực mới nhất' });
    await comments.getByText(COMPLAINT).waitFor();
    await comments.getByText(HOSTILE).waitFor();
    expect(await comments.getByText('NPS 2').count()).toBe(1);
    expect(await comments.getByText('Giao hàng tận nhà', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot('40-overview.png');
  });

  it('shows the scores with n, the split, and the breakdown naming the weaker touchpoint', async () => {
    await page.getByRole('region', { name: 'NPS', exact: true }).getByRole('link', { name: 'NPS' }).click();
    await page.waitForURL(/\/feedback\/scores\?range=30d&metric=nps$/);
    await page.getByRole('heading', { name: 'Xu hướng NPS' }).waitFor();
    await expect.poll(() => page.getByTestId('kpi-nps').textContent()).toBe('18');
    await page.getByRole('heading', { name: 'Tỷ lệ người ủng hộ, trung lập, phản đối' }).waitFor();
    const table = page.getByRole('table', { name: 'NPS theo Điểm chạm' });
    // Sorted by score, lowest first: the delivery is the weaker touchpoint.
    const byScore = table.getByRole('button', { name: 'NPS', exact: true });
    await byScore.click();
    await byScore.click();
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('Giao hàng tận nhà');
    expect(await table.getByRole('row').nth(1).textContent()).toContain('-60');
    expect(await table.getByRole('row').nth(2).textContent()).toContain('Quầy thu ngân');
    expect(await table.getByRole('img', { name: 'Ít câu trả lời' }).count()).toBe(2);
    expect(page.url()).toContain('sort=score&order=asc');
    await shot('41-scores.png');
  });

  it('moves the figures as more answers come in, without a reload', async () => {
    // Delivery gets 3 promoters: (9 − 4) / 14 = 36 overall; the delivery's NPS goes from −60 to 0.
    for (let i = 0; i < 3; i++) await answer(delivery, 10);
    await expect.poll(() => page.getByTestId('kpi-nps').textContent(), { timeout: 15_000 }).toBe('36');
    await page.getByText('14 câu trả lời').first().waitFor();
    const table = page.getByRole('table', { name: 'NPS theo Điểm chạm' });
    // The table is its own request: it follows the cards, not necessarily in the same frame.
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toMatch(/Giao hàng tận nhà\s*0/);
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('region', { name: 'NPS', exact: true }).getByTestId('kpi-nps').textContent()).toBe('36');
  });

  it('takes any dates, shown dd/MM/yyyy, and says when a period has no answers', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const [y, m, d] = today.split('-');
    await page.goto(`${server.url}/feedback/scores?range=custom&from=${today}&to=${today}`);
    await expect.poll(() => page.getByRole('button', { name: 'Từ ngày – đến ngày' }).textContent()).toBe(`${d}/${m}/${y} – ${d}/${m}/${y}`);
    await expect.poll(() => page.getByTestId('kpi-nps').textContent()).toBe('36');
    await page.getByLabel('Khoảng thời gian', { exact: true }).click();
    await page.getByRole('option', { name: 'Tháng trước' }).click();
    await page.getByText('Không có câu trả lời trong khoảng này').waitFor();
    expect(page.url()).toContain('range=lastMonth');
    expect(page.url()).not.toContain('from=');
  });

  it('reads the same screen in English, with the filters kept in the URL', async () => {
    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'en' }) });
    await page.goto(`${server.url}/feedback/scores?range=7d&touchpoint=${counter}&group=channel`);
    await page.getByRole('heading', { name: 'NPS trend' }).waitFor();
    await expect.poll(() => page.getByTestId('kpi-nps').textContent()).toBe('83');
    await page.getByText('6 answers').first().waitFor();
    await page.getByRole('table', { name: 'NPS by Channel' }).getByText('Link').waitFor();
    await shot('42-scores-en.png');
    await api('/api/v1/me', { method: 'PATCH', body: JSON.stringify({ locale: 'vi' }) });
  });
});
