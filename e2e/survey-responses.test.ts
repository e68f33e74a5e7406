import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

// What a hostile respondent (or a careless survey author) types; each must show as text and never run.
const SCRIPT = '<script>window.__pwned=1;alert(1)</script>';
const IMG = '<img src=x onerror="window.__pwned=2;alert(2)">';
const LINK = '<a href="javascript:alert(3)">bấm đây</a> javascript:alert(3)';
const BOLD = '<b onmouseover="alert(4)">Cửa hàng</b>';
const RTL = 'Giá \u202Eđắt quá\u202C\u200B rồi';
/** A loaded machine can take a few seconds to refetch: poll as long as a locator waits. */
const WAIT = { timeout: 15_000 };
const HANOI = `Giao hàng ở Hà Nội quá chậm ${SCRIPT}`;
const DANG = `${IMG} Không đăng nhập được`;

const definition = {
  languages: ['vi'],
  questions: [
    { id: 'nps', type: 'nps', title: { vi: `Bạn có giới thiệu chúng tôi không? ${IMG}` } },
    { id: 'why_low', type: 'text', required: false, title: { vi: `Điều gì khiến bạn chưa hài lòng? ${SCRIPT}` }, showIf: { question: 'nps', op: 'lte', value: 6 } },
    { id: 'why_high', type: 'text', required: false, title: { vi: 'Bạn thích điều gì nhất?' }, showIf: { question: 'nps', op: 'gte', value: 7 } },
    {
      id: 'where',
      type: 'single',
      required: false,
      title: { vi: `Bạn mua ở đâu? ${LINK}` },
      options: [
        { id: 'store', label: { vi: BOLD } },
        { id: 'web', label: { vi: 'Trang web' } },
      ],
    },
  ],
  thankYou: { title: { vi: 'Cảm ơn bạn' } },
};

/** A manager reads hostile answers on the responses screen: filters, search, detail and export, with nothing injected. */
describe('reading survey responses in a real browser', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let cookie: string;
  let publicId: string;
  const dialogs: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };
  const answer = async (answers: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/v1/public/surveys/${publicId}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ responseId: randomUUID(), answers, complete: true }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  const rows = () => page.locator('tbody tr[data-response-id]');
  /** Nothing the payloads would have made exists, and nothing ran. */
  const untouched = async () => {
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], a[href^="javascript:"], b[onmouseover]').count()).toBe(0);
    expect(await page.evaluate(() => Array.from(document.scripts).some((s) => s.textContent?.includes('__pwned')))).toBe(false);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-responses-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy Gia Định', name: 'Đỗ Minh Khoa', email: 'khoa@giadinh.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    const survey = await api<{ id: string; publicId: string }>('/api/v1/surveys', { method: 'POST', body: JSON.stringify({ name: `NPS giao hàng ${SCRIPT}`, definition }) });
    publicId = survey.publicId;
    await api(`/api/v1/surveys/${survey.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
    await answer({ nps: 2, why_low: { text: HANOI }, where: 'store' });
    await answer({ nps: 4, why_low: { text: DANG } });
    await answer({ nps: 10, why_high: { text: `${LINK} ${RTL}` }, where: 'web' });
    await answer({ nps: 8 });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every response with its score, comment and survey, hostile text shown as text', async () => {
    await page.goto(`${server.url}/feedback/surveys`);
    await page.getByRole('navigation', { name: 'Các phần của Phản hồi' }).getByRole('link', { name: 'Câu trả lời' }).click();
    await page.waitForURL('**/feedback/responses');
    await expect.poll(() => rows().count(), WAIT).toBe(4);
    await page.getByText(HANOI).waitFor();
    await page.getByText(DANG).waitFor();
    await page.getByText(`NPS giao hàng ${SCRIPT}`).first().waitFor();
    expect(await page.getByLabel('NPS: NPS 2 — Không hài lòng').count()).toBe(1);
    // dd/MM/yyyy HH:mm in the workspace's zone
    expect(await page.getByRole('button', { name: /^Xem phản hồi lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ }).count()).toBe(4);
    await untouched();
    await shot('40-responses.png');
  });

  it('filters the detractors, then searches without diacritics, and keeps the filters in the address', async () => {
    await page.getByLabel('Nhóm điểm').click();
    await page.getByRole('option', { name: 'Không hài lòng (NPS 0–6)' }).click();
    await expect.poll(() => rows().count(), WAIT).toBe(2);
    expect(page.url()).toContain('scoreGroup=detractor');
    await page.getByLabel('Tìm trong góp ý').fill('ha noi');
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    await page.getByText(HANOI).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('ha noi');
    await page.reload();
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    expect(await page.getByLabel('Tìm trong góp ý').inputValue()).toBe('ha noi');
    await page.getByLabel('Tìm trong góp ý').fill('dang');
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    await page.getByText(DANG).waitFor();
    await untouched();
  });

  it('opens a response: every question and answer literally, nothing injected', async () => {
    await page.getByLabel('Tìm trong góp ý').fill('ha noi');
    // The other search also had one row: wait for this one's.
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), WAIT).toBe('ha noi');
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    await rows().getByText(HANOI).waitFor();
    await page.getByRole('button', { name: /^Xem phản hồi lúc/ }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Phản hồi' });
    await drawer.getByText(`Điều gì khiến bạn chưa hài lòng? ${SCRIPT}`).waitFor();
    await drawer.getByText(HANOI).waitFor();
    await drawer.getByText(`Bạn có giới thiệu chúng tôi không? ${IMG}`).waitFor();
    await drawer.getByText(`Bạn mua ở đâu? ${LINK}`).waitFor();
    await drawer.getByText(BOLD).waitFor();
    await drawer.getByText('Không hiển thị với người trả lời').waitFor(); // the promoters' question
    await drawer.getByText(BOLD).hover();
    expect(page.url()).toContain('response=');
    await untouched();
    await shot('41-response-detail.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url(), WAIT).not.toContain('response=');
  });

  it('shows right-to-left and zero-width characters as typed, inside their own text', async () => {
    await page.goto(`${server.url}/feedback/responses?scoreGroup=promoter`);
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    const comment = rows().first().locator('td').nth(2);
    expect(await comment.innerText()).toBe(`${LINK} ${RTL}`.replace(/\u200B/g, '\u200B'));
    await page.getByRole('button', { name: /^Xem phản hồi lúc/ }).first().click();
    await page.getByRole('dialog', { name: 'Phản hồi' }).getByText('Trang web', { exact: true }).waitFor();
    await untouched();
    await page.keyboard.press('Escape');
  });

  it('exports the filtered responses as CSV, with a progress indicator, then a download', async () => {
    await page.goto(`${server.url}/feedback/responses?scoreGroup=detractor&q=ha+noi`);
    await expect.poll(() => rows().count(), WAIT).toBe(1);
    // The job may finish within a frame: watch the page for the progress bar rather than poll for it.
    await page.evaluate(() => {
      const w = window as unknown as { __sawProgress?: boolean };
      w.__sawProgress = false;
      const seen = () => {
        if (document.querySelector('[role="progressbar"][aria-label="Tiến độ xuất tệp"]')) w.__sawProgress = true;
      };
      new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByRole('button', { name: 'Xuất dữ liệu' }).click();
    await page.getByRole('menuitem', { name: /Tệp CSV/ }).click();
    const download = page.getByRole('link', { name: 'Tải tệp CSV' });
    await download.waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sawProgress?: boolean }).__sawProgress)).toBe(true);
    await page.getByText('Tệp đã sẵn sàng: 1 phản hồi').waitFor();
    await shot('42-responses-export.png');
    const href = await download.getAttribute('href');
    const file = await page.evaluate(async (url) => {
      const res = await fetch(url!);
      return { type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
    }, href);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(new Uint8Array(file.bytes.slice(3)));
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Điều gì khiến bạn chưa hài lòng? <script>');
    expect(lines[1]).toContain(HANOI);
    await untouched();
  });

  it('shows the customer’s responses on their profile', async () => {
    const key = await api<{ key: string }>('/api/v1/keys', { method: 'POST', body: JSON.stringify({ name: 'web', type: 'write' }) });
    await fetch(`${server.url}/v1/identify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${key.key}:`).toString('base64')}` },
      body: JSON.stringify({ userId: 'kh-lan', traits: { name: 'Nguyễn Thị Lan' } }),
    });
    await page.goto(`${server.url}/collection/customers/kh-lan`);
    await page.getByRole('heading', { name: 'Nguyễn Thị Lan' }).waitFor();
    await page.getByRole('heading', { name: 'Phản hồi khảo sát' }).waitFor();
    await page.getByText('Khách hàng này chưa trả lời khảo sát nào.').waitFor();
  });

  it('reads the same screen in English, dates still day first', async () => {
    await page.goto(`${server.url}/feedback/responses?scoreGroup=negative`);
    await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('English', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Score' }).waitFor();
    await expect.poll(() => rows().count(), WAIT).toBe(2);
    expect(await page.getByLabel('Score group').inputValue()).toBe('Negative');
    expect(await page.getByRole('button', { name: /^Open the response of \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ }).count()).toBe(2);
    await page.getByRole('button', { name: /^Open the response of/ }).first().click();
    const drawer = page.getByRole('dialog', { name: 'Response' });
    await drawer.getByText('Answers', { exact: true }).waitFor();
    await drawer.getByText('Answered in').waitFor();
    await shot('43-responses-en.png');
    await untouched();
  });
});
