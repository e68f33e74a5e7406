import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inviteTokenIn, parseMail } from '../apps/server/src/test/parse-mail.js';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { startSmtpSink } from '../apps/server/src/test/smtp-sink.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

/**
 * A CX manager emails a survey to demo customers from the dashboard; the server sends it through a
 * real SMTP server process; a customer opens the emailed link on a phone and answers; the
 * campaign shows them answered, with their answers.
 */
describe('a survey sent by email, answered from the emailed link', () => {
  let dir: string;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let cookie: string;
  let recipients = 0;
  let answeredEmail = '';
  let surveyId = '';
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-email-'));
    smtp = await startSmtpSink();
    // SMTP_URL, as the issue names it (FOOTPRINT_SMTP_URL works too).
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data'), SMTP_URL: smtp.url, FOOTPRINT_MAIL_FROM: 'Footprint <khaosat@anphat.vn>', FOOTPRINT_EMAIL_RATE: '50' });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Chuỗi Bán Lẻ An Phát', name: 'Nguyễn Thị Mai', email: 'mai@anphat.vn', password: 'mật-khẩu-rất-dài' }),
    });
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const job = await api<{ id: string }>('/api/v1/demo', { method: 'POST', body: JSON.stringify({ customers: 12 }) });
    for (const until = Date.now() + 60_000; (await api<{ status: string }>(`/api/v1/jobs/${job.id}`)).status !== 'done'; ) {
      if (Date.now() > until) throw new Error('the demo did not load');
      await new Promise((r) => setTimeout(r, 200));
    }
    const tps = await api<{ items: { id: string; name: string }[] }>('/api/v1/touchpoints');
    const delivery = tps.items.find((x) => x.name === 'Giao hàng')!;
    const survey = await api<{ id: string }>('/api/v1/surveys', { method: 'POST', body: JSON.stringify({ name: 'NPS sau giao hàng', template: 'post_purchase_nps', touchpointIds: [delivery.id] }) });
    await api(`/api/v1/surveys/${survey.id}`, { method: 'PATCH', body: JSON.stringify({ status: 'active' }) });
    surveyId = survey.id;
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: 'fp_session', value: cookie.split('=')[1]!, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a campaign in the dashboard, picks customers by province and previews the email', async () => {
    await page.goto(`${server.url}/feedback`);
    await page.getByRole('link', { name: 'Email' }).click();
    await page.getByText('Chưa có chiến dịch email nào').waitFor();
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Tên chiến dịch/).fill('Tri ân khách hàng tháng 11');
    await dialog.getByLabel(/^Khảo sát/).click();
    await page.getByRole('option', { name: /NPS sau giao hàng/ }).click();
    await dialog.getByLabel(/^Điểm chạm/).click();
    await page.getByRole('option', { name: 'Giao hàng' }).click();
    await dialog.getByRole('button', { name: 'Tạo và soạn email' }).click();
    await page.getByRole('heading', { name: 'Tri ân khách hàng tháng 11' }).waitFor();

    // The audience: every demo customer has an email; one province narrows it to a few.
    const count = () => page.getByText(/khách hàng có email phù hợp$/);
    await count().waitFor();
    await page.getByLabel('Tỉnh/thành').click();
    const first = page.getByRole('option').first();
    const province = ((await first.textContent()) ?? '').replace(/\s*\(\d+\)$/, '');
    const expected = Number(/\((\d+)\)$/.exec((await first.textContent()) ?? '')?.[1]);
    await first.click();
    await page.keyboard.press('Escape');
    await expect.poll(async () => Number(((await count().textContent()) ?? '').replace(/\D/g, ''))).toBe(expected);
    recipients = expected;
    expect(province.length).toBeGreaterThan(1);

    // The preview renders the email as the customer gets it.
    await page.getByTestId('preview-subject').getByText('Chuỗi Bán Lẻ An Phát muốn nghe ý kiến của bạn').waitFor();
    await page.getByRole('radiogroup', { name: 'Xem trước bằng' }).getByText('English', { exact: true }).click();
    await page.getByTestId('preview-subject').getByText('Chuỗi Bán Lẻ An Phát would love your feedback').waitFor();
    // A typo in a placeholder is caught before saving.
    const subject = page.getByLabel(/^Tiêu đề/);
    await subject.fill('{{ten}} ơi, {{workspace}} muốn nghe ý kiến của bạn');
    await page.getByText('Không có biến {{ten}}', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Lưu thay đổi' }).isDisabled()).toBe(true);
    await subject.fill('{{name}} ơi, {{workspace}} muốn nghe ý kiến của bạn');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu chiến dịch').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '40-email-campaign-draft.png'), fullPage: true });
  });

  it('sends it, and shows each recipient delivered, live', async () => {
    await page.getByRole('button', { name: 'Gửi ngay' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Gửi', exact: true }).click();
    await page.getByText('Đã gửi', { exact: true }).first().waitFor({ timeout: 30_000 });
    await expect.poll(async () => page.getByTestId('total-sent').textContent(), { timeout: 30_000 }).toBe(String(recipients));
    await expect.poll(() => smtp.mails.length).toBe(recipients);
    const rows = page.locator('tr[data-email]');
    await expect.poll(() => rows.count()).toBe(recipients);
    // The total and the rows refresh separately; wait for the rows to say it too.
    await expect.poll(() => rows.filter({ hasText: 'Đã gửi' }).count(), { timeout: 30_000 }).toBe(recipients);
    await page.getByText(/Lời nhắc sẽ gửi lúc/).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '41-email-campaign-sent.png'), fullPage: true });
  });

  it('opens the emailed link on a phone, answers, and the campaign marks the customer answered with the answers', async () => {
    const mail = await parseMail(smtp.mails[0]!);
    answeredEmail = mail.to[0]!;
    expect(mail.fromName).toBe('Chuỗi Bán Lẻ An Phát');
    expect(mail.header('List-Unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/api\/v1\/public\/unsubscribe\/[A-Za-z0-9]{32}>$/);
    const link = /http:\/\/\S+\/s\/[A-Za-z0-9]+\?t=[A-Za-z0-9]{32}/.exec(mail.text)![0];
    expect(inviteTokenIn(link).length).toBe(32);
    const phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    phone.setDefaultTimeout(15_000);
    await phone.goto(link);
    await phone.getByText('Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?').waitFor();
    await phone.getByRole('radio', { name: /^9/ }).click();
    await phone.getByRole('textbox').first().fill('Giao hàng nhanh, nhân viên thân thiện');
    await phone.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await phone.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    await phone.screenshot({ path: path.join(ARTIFACTS, '42-email-link-answered.png'), fullPage: true });
    // The link is answered once: opening it again only thanks.
    await phone.goto(link);
    await phone.getByText('Bạn đã trả lời khảo sát này. Cảm ơn bạn đã góp ý!').waitFor();

    // Back on the dashboard, the live update marks the recipient answered.
    const row = page.locator(`tr[data-email="${answeredEmail}"]`);
    await row.getByRole('button', { name: /^Xem câu trả lời/ }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => page.getByTestId('total-answered').textContent()).toBe('1');
    await row.getByRole('button', { name: /^Xem câu trả lời/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('recipient-response').getByText('9/10').waitFor();
    await drawer.getByText('Giao hàng nhanh, nhân viên thân thiện').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '43-email-recipient-answered.png'), fullPage: true });
    await drawer.getByRole('link', { name: 'Xem hồ sơ khách hàng' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('unsubscribes with one click from the email, and the address joins the unsubscribe list', async () => {
    const other = smtp.mails.map((m) => m).find((m) => !m.to.includes(answeredEmail))!;
    const mail = await parseMail(other);
    const unsubscribe = /http:\/\/\S+\/u\/[A-Za-z0-9]{32}/.exec(mail.text)![0];
    const phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 } })).newPage();
    await phone.goto(unsubscribe);
    await phone.getByText('Huỷ nhận email khảo sát').waitFor();
    await phone.getByRole('button', { name: 'Huỷ nhận email' }).click();
    await phone.getByText('Bạn đã huỷ nhận').waitFor();
    await page.goto(`${server.url}/feedback/email?tab=suppressions`);
    await page.getByRole('cell', { name: other.to[0]! }).waitFor();
    await page.getByText('Tự huỷ nhận').waitFor();
  });

  it('makes a personal link in the survey builder for a customer found without diacritics, answered once', async () => {
    await page.goto(`${server.url}/feedback/surveys/${surveyId}`);
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByText('Liên kết cá nhân').waitFor();
    const customer = page.getByLabel('Khách hàng', { exact: true });
    await customer.fill('nguyen');
    const option = page.getByRole('option').filter({ hasText: 'Nguyễn' }).first();
    const name = ((await option.textContent()) ?? '').split(' · ')[0]!;
    await option.click();
    await page.getByRole('button', { name: 'Tạo liên kết' }).click();
    const field = page.getByText(new RegExp(`/s/[A-Za-z0-9]+\\?t=[A-Za-z0-9]{32}$`));
    await page.getByText(`Liên kết cho ${name}`).waitFor();
    const url = ((await field.textContent()) ?? '').trim();
    await page.screenshot({ path: path.join(ARTIFACTS, '44-personal-link.png'), fullPage: true });
    const phone = await (await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })).newPage();
    await phone.goto(url);
    await phone.getByRole('radio', { name: /^10/ }).click();
    await phone.getByRole('button', { name: 'Gửi câu trả lời' }).click();
    await phone.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    // Asking again gives the same link, now marked answered.
    await page.getByRole('button', { name: 'Tạo liên kết' }).click();
    await page.getByText('Khách hàng này đã trả lời qua liên kết này.').waitFor();
    expect(((await field.textContent()) ?? '').trim()).toBe(url);
  });
});
