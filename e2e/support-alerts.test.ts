import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../apps/server/src/db/database.js';
import { cases, customers } from '../apps/server/src/db/schema.js';
import { RESOLUTION_CSAT_JOB } from '../apps/server/src/features/support/job-kinds.js';
import { notify } from '../apps/server/src/features/support/index.js';
import { newId } from '../apps/server/src/platform/ids.js';
import { enqueueJob } from '../apps/server/src/platform/jobs.js';
import { createPostgresDatabase, TEST_DATABASE_URL } from '../apps/server/src/test/databases.js';
import { parseMail } from '../apps/server/src/test/parse-mail.js';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { startSmtpSink } from '../apps/server/src/test/smtp-sink.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

/**
 * Alerts and the closed loop in the browser, against a server process on PostgreSQL (the test
 * raises alerts and resolves cases straight in the database, as the case engine would):
 * the bell's count moves live, the list speaks the reader's language and opens the case; the email
 * preferences are saved; a customer answers the resolution question from the emailed link on a phone.
 */
describe.skipIf(!TEST_DATABASE_URL)('alerts and the resolution question', () => {
  let pg: { url: string; drop: () => Promise<void> };
  let database: Database;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let workspaceId = '';
  let userId = '';
  const caseId = newId();

  beforeAll(async () => {
    pg = await createPostgresDatabase();
    smtp = await startSmtpSink();
    server = await startServerProcess({ DATABASE_URL: pg.url, SMTP_URL: smtp.url, FOOTPRINT_MAIL_FROM: 'Footprint <cskh@dienmaysaomai.vn>' });
    database = await openDatabase({ url: pg.url, poolSize: 2 });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Điện máy Sao Mai', name: 'Phạm Thu Hà', email: 'ha@dienmaysaomai.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const me = (await setup.json()) as { user: { id: string }; activeWorkspaceId: string };
    workspaceId = me.activeWorkspaceId;
    userId = me.user.id;
    const cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    await database.db.insert(cases).values({ workspaceId, id: caseId, number: 1024, subject: 'Máy giặt giao thiếu ốc vít', source: 'manual', status: 'open' });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
    await context.addCookies([{ name: 'fp_session', value: cookie.split('=')[1]!, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await database?.close();
    await smtp?.stop();
    await pg?.drop();
  });

  it('counts new alerts live in the bell, says them in Vietnamese, and opens the case', async () => {
    await page.goto(`${server.url}/`);
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    await expect(bell.getAttribute('aria-label')).resolves.toBe('Thông báo');
    await database.db.transaction((tx) => notify(tx, { workspaceId, userIds: [userId], kind: 'sla_breach', caseId, data: { number: 1024, target: 'first_response' } }));
    await database.db.transaction((tx) => notify(tx, { workspaceId, userIds: [userId], kind: 'handoff', caseId, data: { number: 1024, direction: 'answered', toDepartment: 'Kho' } }));
    await page.getByRole('button', { name: '2 thông báo chưa đọc' }).waitFor();
    await bell.click();
    const dialog = page.getByRole('dialog', { name: 'Thông báo' });
    await dialog.getByText('Yêu cầu #1024 đã quá hạn phản hồi đầu tiên').waitFor();
    await dialog.getByText('Kho đã trả lời về yêu cầu #1024').waitFor();
    await page.waitForTimeout(400); // the popover's fade-in, for the screenshot
    await page.screenshot({ path: `${ARTIFACTS}/support-alerts-bell.png` });
    await dialog.getByText('Yêu cầu #1024 đã quá hạn phản hồi đầu tiên').click();
    await page.waitForURL(`**/support/cases/${caseId}`);
    await page.getByRole('button', { name: '1 thông báo chưa đọc' }).waitFor();
    await bell.click();
    await page.getByRole('dialog', { name: 'Thông báo' }).getByRole('button', { name: 'Đánh dấu đã đọc hết' }).click();
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
  });

  it('saves how alerts are emailed', async () => {
    await page.goto(`${server.url}/settings/notifications`);
    await page.getByRole('heading', { name: 'Thông báo' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Phản hồi tiêu cực' }).getByText('Hằng ngày').click();
    await page.getByLabel('Giờ gửi bản tổng hợp hằng ngày').click();
    await page.getByRole('option', { name: '09:00' }).click();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cách nhận thông báo').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/support-alerts-preferences.png` });
    await page.reload();
    await page.getByRole('heading', { name: 'Thông báo' }).waitFor();
    await expect(page.getByLabel('Giờ gửi bản tổng hợp hằng ngày').inputValue()).resolves.toBe('09:00');
  });

  it('a customer rates the resolution from the emailed link on a phone', async () => {
    const customerId = newId();
    await database.db.insert(customers).values({ workspaceId, id: customerId, userId: 'kh-lan', name: 'Hồ Thị Lan', email: 'lan.ho@khach.vn', firstSeen: new Date(), lastSeen: new Date() });
    const resolved = newId();
    await database.db.insert(cases).values({ workspaceId, id: resolved, number: 1025, subject: 'Tủ lạnh kêu to', source: 'manual', status: 'resolved', resolvedAt: new Date(), customerId });
    await enqueueJob(database, RESOLUTION_CSAT_JOB, { caseId: resolved }, { workspaceId });
    const mail = await parseMail(await smtp.waitFor((m) => m.to.includes('lan.ho@khach.vn'), 30_000));
    const link = /(http\S+\/r\/[A-Za-z0-9]{32}\?score=2)/.exec(mail.text)![1]!.replace(/^https?:\/\/[^/]+/, server.url);
    const phone = await browser.newContext({ locale: 'vi-VN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(link);
    await p.getByText('Tủ lạnh kêu to').waitFor();
    // The face tapped in the email is chosen; the customer changes their mind and confirms.
    await expect(p.getByRole('radio', { name: 'Không hài lòng', exact: true }).getAttribute('aria-checked')).resolves.toBe('true');
    await p.getByRole('radio', { name: 'Hài lòng', exact: true }).click();
    await p.getByLabel(/Bạn muốn nói thêm/).fill('Kỹ thuật viên đến đúng hẹn, cảm ơn!');
    await p.screenshot({ path: `${ARTIFACTS}/support-resolution-csat-phone.png` });
    await p.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await p.getByText('Cảm ơn bạn!').waitFor();
    const [row] = (await database.query<{ csat_score: number; csat_comment: string }>('select csat_score, csat_comment from cases where workspace_id = $1 and id = $2', [workspaceId, resolved])).rows;
    expect(row).toEqual({ csat_score: 4, csat_comment: 'Kỹ thuật viên đến đúng hẹn, cảm ơn!' });
    // Opening the link again shows it answered.
    await p.reload();
    await p.getByText('Bạn đã chọn: Hài lòng').waitFor();
    await phone.close();
  }, 60_000);
});
