import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** A customer answers a survey by its link on a phone; the score it gives is on the dashboard's API. */
describe('answering a survey by its link, on a phone', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let phone: Page;
  let cookie: string;
  let publicId: string;
  let surveyId: string;
  let counter: string;
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-link-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Nhà sách Phương Nam', name: 'Lê Thu Hà', email: 'ha@phuongnam.vn', password: 'mật-khẩu-rất-dài' }),
    });
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    counter = (await api<{ id: string }>('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Thanh toán'] } }) })).id;
    const survey = await api<{ id: string; publicId: string; definition: { questions: { title: { vi: string; en?: string } }[] } }>('/api/v1/surveys', {
      method: 'POST',
      body: JSON.stringify({ name: 'NPS tại quầy', template: 'post_purchase_nps', touchpointIds: [counter] }),
    });
    surveyId = survey.id;
    publicId = survey.publicId;
    // A survey text that would run script if it were ever rendered as HTML.
    const definition = survey.definition;
    definition.questions[1]!.title = { vi: `Điều gì khiến bạn chưa hài lòng? ${HOSTILE}`, en: `What disappointed you? ${HOSTILE}` };
    await api(`/api/v1/surveys/${surveyId}`, { method: 'PATCH', body: JSON.stringify({ definition, status: 'active' }) });
    browser = await launchBrowser();
    phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so when a survey does not exist', async () => {
    await phone.goto(`${server.url}/s/khongcokhaosatnaydau`);
    await phone.getByText('Khảo sát này không tồn tại hoặc đã kết thúc.').waitFor();
  });

  it('asks a detractor why, keeps hostile text as text, and lands the score on its touchpoint', async () => {
    await phone.goto(`${server.url}/s/${publicId}?tp=${counter}`);
    await phone.getByText('Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?').waitFor();
    await phone.getByText('Khảo sát của').waitFor();
    await phone.getByRole('radio', { name: '3', exact: true }).click();
    await phone.getByText(HOSTILE, { exact: false }).waitFor();
    expect(await phone.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await phone.getByRole('textbox').first().fill('Phải chờ thanh toán quá lâu <script>alert(1)</script>');
    await phone.screenshot({ path: path.join(ARTIFACTS, '24-survey-link-phone.png'), fullPage: true });
    await phone.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await phone.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    await phone.screenshot({ path: path.join(ARTIFACTS, '25-survey-link-thanks.png'), fullPage: true });

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const scores = await api<{ totals: { nps: { score: number; n: number; detractors: number } | null } }>(`/api/v1/scores?from=${today}&to=${today}&touchpointId=${counter}`);
    expect(scores.totals.nps).toMatchObject({ n: 1, score: -100, detractors: 1 });
  });

  it('switches to English, and a promoter is asked what they liked', async () => {
    await phone.goto(`${server.url}/s/${publicId}?lang=en`);
    await phone.getByText('How likely are you to recommend us to a friend or relative?').waitFor();
    await phone.getByRole('radio', { name: /^10/ }).click();
    await phone.getByText('What did you like most?').waitFor();
    expect(await phone.getByText('What disappointed you?', { exact: false }).count()).toBe(0);
    await phone.getByRole('button', { name: 'Send answers' }).click();
    await phone.getByText('Thank you for your feedback!').waitFor();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const scores = await api<{ totals: { nps: { score: number; n: number } | null } }>(`/api/v1/scores?from=${today}&to=${today}&surveyId=${surveyId}`);
    expect(scores.totals.nps).toMatchObject({ n: 2, score: 0 });
  });

  it('gives the staff the link and a scannable QR code for each touchpoint', async () => {
    const staff = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } })).newPage();
    await staff.context().addCookies([{ name: 'fp_session', value: cookie.split('=')[1]!, url: server.url }]);
    await staff.goto(`${server.url}/feedback/surveys/${surveyId}`);
    await staff.getByRole('tab', { name: 'Cài đặt' }).click();
    await staff.getByText('Đường dẫn và mã QR').waitFor();
    const link = staff.getByRole('link', { name: new RegExp(`/s/${publicId}\\?tp=${counter}`) });
    await link.waitFor();
    const download = staff.getByRole('link', { name: 'Tải mã QR PNG cho Quầy thu ngân' });
    const href = await download.getAttribute('href');
    const png = await staff.evaluate(async (url) => (await fetch(url!)).headers.get('x-survey-link'), href);
    expect(png).toBe(`${server.url}/s/${publicId}?tp=${counter}&c=qr`.replace('127.0.0.1', 'localhost'));
    await staff.screenshot({ path: path.join(ARTIFACTS, '26-survey-links.png'), fullPage: true });
  });
});

