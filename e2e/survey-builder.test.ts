import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../apps/server/src/test/processes.js';
import { ARTIFACTS, launchBrowser } from './browser.js';

const NAME = 'NPS sau mua hàng tại quầy';
const LOW_VI = 'Điều gì khiến bạn chưa hài lòng khi mua tại quầy?';
const LOW_EN = 'What disappointed you at the counter?';

interface SurveyJson {
  name: string;
  touchpoints: { name: string }[];
  definition: { questions: { id: string; type: string; title: { vi: string; en?: string }; showIf?: unknown; options?: { label: { vi: string } }[] }[] };
}

describe('building a survey in a real browser, in Vietnamese', () => {
  let dir: string;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let cookie: string;
  let surveyId: string;
  const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(ARTIFACTS, name), fullPage });
  const api = async <T>(p: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${server.url}${p}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    return (await res.json()) as T;
  };
  const question = (n: number) => page.getByRole('region', { name: `Câu ${n}`, exact: true });
  const preview = () => page.getByTestId('survey-preview');

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-surveys-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Siêu thị Sài Gòn Xanh', name: 'Võ Thị Mai', email: 'mai@saigonxanh.vn', password: 'mật-khẩu-rất-dài' }),
    });
    const token = setup.headers.getSetCookie()[0]!.split(';')[0]!.split('=')[1]!;
    cookie = `fp_session=${token}`;
    await api('/api/v1/touchpoints', { method: 'POST', body: JSON.stringify({ name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Thanh toán tại quầy'] } }) });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    await context.addCookies([{ name: 'fp_session', value: token, url: server.url }]);
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates an NPS survey from the template at a touchpoint and opens the builder', async () => {
    await page.goto(`${server.url}/feedback`);
    await page.waitForURL('**/feedback/surveys');
    await page.getByText('Chưa có khảo sát nào').waitFor();
    await page.getByRole('button', { name: 'Tạo khảo sát đầu tiên' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo khảo sát mới' });
    await dialog.getByRole('radio', { name: /CSAT giao hàng/ }).waitFor();
    await dialog.getByRole('radio', { name: /Khảo sát trống/ }).waitFor();
    await dialog.getByRole('radio', { name: /NPS sau mua hàng/ }).click();
    await expect.poll(() => dialog.getByLabel('Tên khảo sát').inputValue()).toBe('NPS sau mua hàng');
    await dialog.getByLabel('Tên khảo sát').fill(NAME);
    await dialog.getByLabel('Điểm chạm', { exact: true }).click();
    await page.getByRole('option', { name: 'Quầy thu ngân' }).click();
    await dialog.getByText('Chọn một mẫu để bắt đầu').click(); // closes the dropdown
    await shot('20-survey-templates.png');
    await dialog.getByRole('button', { name: 'Tạo và mở trình soạn' }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    surveyId = page.url().split('/').at(-1)!;
    await page.getByText('Đã lưu mọi thay đổi').waitFor();
  });

  it('edits the detractor follow-up, adds a conditional single-choice question and answers the preview', async () => {
    await question(2).getByLabel(/^Câu hỏi \(Tiếng Việt\)/).fill(LOW_VI);
    await question(2).getByLabel(/^Câu hỏi \(English\)/).fill(LOW_EN);
    await page.getByText('Có thay đổi chưa lưu').waitFor();

    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    await page.getByRole('menuitem', { name: 'Chọn một' }).click();
    const q5 = question(5);
    await q5.getByLabel(/^Câu hỏi \(Tiếng Việt\)/).fill('Bạn thanh toán bằng cách nào?');
    await q5.getByLabel(/^Câu hỏi \(English\)/).fill('How did you pay?');
    await q5.getByLabel(/^Phương án 1 \(Tiếng Việt\)/).fill('Tiền mặt');
    await q5.getByLabel(/^Phương án 1 \(English\)/).fill('Cash');
    await q5.getByLabel(/^Phương án 2 \(Tiếng Việt\)/).fill('Chuyển khoản');
    await q5.getByLabel(/^Phương án 2 \(English\)/).fill('Bank transfer');
    await q5.getByRole('switch', { name: 'Chỉ hỏi câu này khi…' }).check();
    await q5.getByLabel('Câu hỏi trước', { exact: true }).click();
    await page.getByRole('option', { name: /^Câu 1 ·/ }).click();
    await q5.getByText('Chỉ hỏi khi câu 1 (NPS) ≤ 6').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('21-survey-builder.png', false);

    // The preview, on a phone, in English: a detractor sees the follow-ups; a promoter does not.
    const aside = page.getByRole('complementary', { name: 'Xem trước' });
    await aside.locator('label', { hasText: 'Điện thoại' }).click();
    await aside.locator('label', { hasText: 'English' }).click();
    await preview().getByText(/How likely are you to recommend us/).waitFor();
    expect(await preview().getAttribute('data-device')).toBe('phone');
    expect(await preview().getByText(LOW_EN).count()).toBe(0);
    await preview().getByRole('radio', { name: '3', exact: true }).click();
    await preview().getByText(LOW_EN).waitFor();
    await preview().getByText('How did you pay?').waitFor();
    await preview().getByRole('radio', { name: 'Bank transfer' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('22-survey-builder-phone.png', false);
    await preview().getByRole('radio', { name: /^10/ }).click();
    await preview().getByText('What did you like most?').waitFor();
    expect(await preview().getByText(LOW_EN).count()).toBe(0);
    expect(await preview().getByText('How did you pay?').count()).toBe(0);
    // The scale is a radio group: arrow keys move and choose.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await preview().getByRole('radio', { name: '8', exact: true }).getAttribute('aria-checked')).toBe('true');
    await preview().getByText('What would make it better for you?').waitFor();
  });

  it('saves, and the changes are there after a reload and through the API', async () => {
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu mọi thay đổi').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: NAME }).waitFor();
    expect(await question(2).getByLabel(/^Câu hỏi \(Tiếng Việt\)/).inputValue()).toBe(LOW_VI);
    await question(5).getByText('Chỉ hỏi khi câu 1 (NPS) ≤ 6').waitFor();
    const s = await api<SurveyJson>(`/api/v1/surveys/${surveyId}`);
    expect(s.touchpoints.map((t) => t.name)).toEqual(['Quầy thu ngân']);
    expect(s.definition.questions[1]!.title).toEqual({ vi: LOW_VI, en: LOW_EN });
    expect(s.definition.questions[4]).toMatchObject({ type: 'single', title: { vi: 'Bạn thanh toán bằng cách nào?', en: 'How did you pay?' }, showIf: { question: 'nps', op: 'lte', value: 6 } });
    expect(s.definition.questions[4]!.options!.map((o) => o.label.vi)).toEqual(['Tiền mặt', 'Chuyển khoản']);
  });

  it('does not overwrite a colleague’s save made meanwhile: the editor chooses whose version stays', async () => {
    const colleagueSaves = async (title: string) => {
      const s = await api<SurveyJson & { version: number }>(`/api/v1/surveys/${surveyId}`);
      const questions = s.definition.questions.map((q, i) => (i === 2 ? { ...q, title: { ...q.title, vi: title } } : q));
      await api(`/api/v1/surveys/${surveyId}`, { method: 'PATCH', body: JSON.stringify({ definition: { ...s.definition, questions }, version: s.version }) });
    };
    const conflict = () => page.getByRole('alert').filter({ hasText: 'Khảo sát đã được người khác lưu' });
    const title = (n: number) => question(n).getByLabel(/^Câu hỏi \(Tiếng Việt\)/);

    // Mai edits; Lan saves meanwhile; Mai's save is refused and she takes Lan's version.
    await title(1).fill('Bản của Mai');
    await colleagueSaves('Bản của Lan');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await conflict().getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await conflict().waitFor({ state: 'detached' });
    expect(await title(3).inputValue()).toBe('Bản của Lan');
    expect(await title(1).inputValue()).not.toBe('Bản của Mai');
    await page.getByText('Đã lưu mọi thay đổi').waitFor();

    // Again, and this time Mai keeps hers.
    const original = await title(1).inputValue();
    await title(1).fill(`${original} (Mai)`);
    await colleagueSaves('Bản của Lan, lần hai');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await conflict().getByRole('button', { name: 'Lưu đè bằng bản của tôi' }).click();
    await page.getByText('Đã lưu mọi thay đổi').waitFor();
    const s = await api<SurveyJson>(`/api/v1/surveys/${surveyId}`);
    expect(s.definition.questions[0]!.title.vi).toBe(`${original} (Mai)`);
    expect(s.definition.questions[2]!.title.vi).toBe('Bản của Lan');
  });

  it('words an A5 QR poster for the counter, previews it and downloads the PDF', async () => {
    await page.getByRole('tab', { name: 'Cài đặt' }).click();
    await page.getByRole('button', { name: 'Tạo poster A5 có mã QR cho Quầy thu ngân' }).click();
    const dialog = page.getByRole('dialog', { name: 'Poster A5 có mã QR — Quầy thu ngân' });
    await dialog.getByLabel('Lời mời chính').fill('Góp ý hôm nay, nhận quà lần sau');
    const preview = dialog.getByRole('figure', { name: 'Xem trước poster' });
    await preview.getByText('Góp ý hôm nay, nhận quà lần sau').waitFor();
    await preview.getByText('Quầy thu ngân').waitFor();
    await preview.getByRole('img', { name: 'Mã QR của khảo sát' }).waitFor();
    // The code is an image the browser decodes after it appears: wait until it has.
    await expect.poll(() => preview.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Thêm lời mời bằng tiếng Anh' }).check();
    await preview.getByText(/How was your experience today\?/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Tải poster PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('poster-quay-thu-ngan.pdf');
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000); // two embedded font subsets and the code
    await shot('survey-poster.png', false);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Câu hỏi' }).click();
  });

  it('asks before leaving with unsaved changes', async () => {
    // A text the survey needs is missing: nothing is sent, the problem is named in words.
    await question(1).getByLabel(/^Câu hỏi \(English\)/).fill('');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByRole('alert').filter({ hasText: 'Khảo sát chưa hợp lệ, chưa thể lưu' }).getByText('Câu 1 › tiêu đề › tiếng Anh: khảo sát có tiếng Anh nên nội dung này cần cả bản tiếng Anh').waitFor();
    await question(1).getByLabel(/^Câu hỏi \(Tiếng Việt\)/).fill('Thay đổi chưa lưu');
    // The welcome screen shows in the preview as soon as it is switched on.
    await page.getByRole('tab', { name: 'Màn hình & giao diện' }).click();
    await page.getByRole('switch', { name: 'Hiện màn hình chào trước câu hỏi đầu tiên' }).check();
    await preview().getByText('Xin chào!').waitFor();
    await preview().getByRole('button', { name: 'Bắt đầu' }).click();
    await preview().getByText(/Thay đổi chưa lưu/).waitFor();
    await page.getByRole('link', { name: 'Danh sách khảo sát' }).click();
    const confirm = page.getByRole('dialog', { name: 'Rời trang khi chưa lưu?' });
    await confirm.getByRole('button', { name: 'Rời trang' }).click();
    await page.waitForURL('**/feedback/surveys');
    const s = await api<SurveyJson>(`/api/v1/surveys/${surveyId}`);
    expect(s.definition.questions[0]!.title.vi).not.toBe('Thay đổi chưa lưu');
  });

  it('lists the survey with its status, touchpoint, metric and author; duplicates and deletes', async () => {
    const row = page.getByRole('row').filter({ hasText: NAME });
    await row.filter({ hasText: 'Nháp' }).filter({ hasText: 'Quầy thu ngân' }).filter({ hasText: 'NPS' }).filter({ hasText: 'Võ Thị Mai' }).waitFor();
    expect(await row.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await page.getByRole('button', { name: `Thao tác với ${NAME}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Bắt đầu chạy' }).click();
    await row.filter({ hasText: 'Đang chạy' }).waitFor();
    await page.getByRole('button', { name: `Thao tác với ${NAME}`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Nhân bản' }).click();
    const copy = page.getByRole('row').filter({ hasText: `${NAME} (bản sao)` });
    await copy.filter({ hasText: 'Nháp' }).waitFor();
    await shot('23-survey-list.png');
    await page.getByRole('button', { name: `Thao tác với ${NAME} (bản sao)`, exact: true }).click();
    await page.getByRole('menuitem', { name: 'Xoá' }).click();
    await page.getByRole('dialog', { name: 'Xoá khảo sát?' }).getByRole('button', { name: 'Xoá' }).click();
    await expect.poll(() => copy.count()).toBe(0);
    // Search without diacritics, on the server.
    await page.getByLabel('Tìm khảo sát').fill('mua hang tai quay');
    await row.waitFor();
    await page.getByLabel('Tìm khảo sát').fill('giao hang');
    await page.getByText('Không có khảo sát nào khớp bộ lọc').waitFor();
    const list = await api<{ items: { name: string; status: string }[] }>('/api/v1/surveys');
    expect(list.items.map((i) => [i.name, i.status])).toEqual([[NAME, 'active']]);
  });
});
