import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

describe('first run in a real browser: setup → sign in → English → invite a member', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  const owner = { email: 'quan.ly@anphat.vn', password: 'mật-khẩu-rất-dài' };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1366, height: 860 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the setup page on a fresh installation and creates the workspace', async () => {
    await page.goto(server.url);
    await page.waitForURL('**/setup');
    await page.getByLabel('Tên không gian làm việc').fill('Chuỗi Bán Lẻ An Phát');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Mai');
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel(/^Mật khẩu/).fill(owner.password);
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/setup');
    await page.getByRole('link', { name: 'Hành trình' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '1-after-setup.png') });
  });

  it('signs in again from the login page', async () => {
    await page.context().clearCookies();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel(/^Mật khẩu/).fill('sai-mật-khẩu-123');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Email hoặc mật khẩu không đúng.').waitFor();
    await page.getByLabel(/^Mật khẩu/).fill(owner.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('link', { name: 'Hành trình' }).waitFor();
  });

  it('switches the whole interface to English', async () => {
    await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('English', { exact: true }).click();
    await page.getByRole('link', { name: 'Journeys' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('radiogroup', { name: 'Language' }).waitFor();
    // The choice is the user's: it survives a reload.
    await page.reload();
    await page.getByRole('link', { name: 'Journeys' }).waitFor();
  });

  it('invites a member into a department, and the invitation is listed and emailed', async () => {
    await page.goto(`${server.url}/settings/members`);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill('tran.binh@anphat.vn');
    await dialog.getByLabel(/^Role/).click();
    await page.getByRole('option', { name: 'Agent' }).click();
    await dialog.getByLabel(/^Department/).click();
    await page.getByRole('option', { name: 'Shipping' }).click();
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await dialog.getByText('Invitation sent').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, '2-invitation-sent.png') });
    const link = ((await dialog.getByText(/\/invite\//).first().textContent()) ?? '').trim();
    expect(link).toMatch(new RegExp(`^http://localhost:\\d+/invite/[A-Za-z0-9]{40}$`));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'tran.binh@anphat.vn' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Shipping');
    await page.screenshot({ path: path.join(ARTIFACTS, '3-members.png'), fullPage: true });
    // No SMTP configured: the server writes the email to its log.
    await expect.poll(() => server.output().includes('email to tran.binh@anphat.vn'), { timeout: 10_000 }).toBe(true);
  });
});
