// The feedback widget in Chromium: shadow DOM, keyboard, logic, saves, hostile texts, phones.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../browser-harness';
import type { Footprint } from '../client';
import { npsSurvey, serveWidget, SURVEY_ID, TOUCHPOINT_ID } from './widget-fixture';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h?.close();
});

const vietnamese = '<script>document.documentElement.lang = "vi"</script>';
const track = (page: Page, name: string) => page.evaluate((n) => (window.footprint as Footprint).track(n, { total: 350000 }), name);

describe('the feedback widget', () => {
  it('opens on its event in a shadow root, is answered by keyboard with the survey’s logic, saves as it goes, and thanks', async () => {
    h.afterSnippet = vietnamese;
    const server = serveWidget(h, [npsSurvey({ triggers: { events: ['dat hang'] } })]);
    const { page, errors } = await h.open('/cam-on');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await page.waitForTimeout(300);
    expect(h.widgetLoads).toBe(0); // nothing is due yet: the widget's code is not even fetched
    await track(page, 'Đặt hàng');

    // Named by the question it asks (the name follows the step).
    await page.getByRole('dialog', { name: 'Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?' }).waitFor();
    const dialog = page.getByRole('dialog');
    expect(h.widgetLoads).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-footprint-widget]')?.shadowRoot?.mode)).toBe('open');
    const [claim] = server.claims();
    const aid = (await h.stored(page)).local.fp_aid;
    expect(claim).toMatchObject({ surveyId: SURVEY_ID, anonymousId: aid, moment: { kind: 'event', type: 'track', event: 'Đặt hàng', properties: { total: 350000 }, path: '/cam-on' } });
    expect(Number((await h.stored(page)).local.fp_asked)).toBeGreaterThan(Date.now() - 60_000);

    // Focus is in the first choice: arrows choose, Tab reaches "Tiếp", Enter goes on.
    expect(await page.evaluate(() => document.querySelector('[data-footprint-widget]')?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toMatch(/^0 — /);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await dialog.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // A detractor is asked why (conditional logic), and the score is already saved.
    const why = page.getByRole('textbox', { name: /Điều gì khiến bạn chưa hài lòng\?/ });
    await why.waitFor();
    expect(await page.getByText('Bạn thích điều gì nhất?').count()).toBe(0);
    await h.waitFor(() => server.saves().length === 1, 'the partial save');
    expect(server.saves()[0]).toMatchObject({ surveyId: SURVEY_ID, answers: { nps: 3 }, complete: false, language: 'vi', anonymousId: aid, touchpointId: TOUCHPOINT_ID });
    await page.keyboard.type('Giao hàng chậm');
    await page.keyboard.press('Tab'); // Quay lại
    await page.keyboard.press('Tab'); // Gửi
    await page.keyboard.press('Enter');
    await dialog.getByText('Cảm ơn bạn đã góp ý!').waitFor();
    const done = server.saves()[1]!;
    expect(done).toMatchObject({ answers: { nps: 3, why_low: { text: 'Giao hàng chậm' } }, complete: true, impressionId: claim!.impressionId ?? expect.any(String) });
    expect(done.responseId).toBe(server.saves()[0]!.responseId);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(server.dismissals()).toEqual([]); // answered, not dismissed
    // One survey per page: the same moment again asks nothing.
    await track(page, 'Đặt hàng');
    await page.waitForTimeout(300);
    expect(server.claims()).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('closes on Escape, says so to the server, and gives the focus back', async () => {
    const server = serveWidget(h, [npsSurvey({ triggers: { events: ['Order Completed'] } })]);
    const { page } = await h.open('/');
    await h.waitFor(() => server.configs().length === 1, 'the config');
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.textContent = 'Đặt hàng';
      b.onclick = () => (window.footprint as Footprint).track('Order Completed');
      document.body.append(b);
      b.focus();
    });
    await page.keyboard.press('Enter');
    // The page is in English (Chromium's default locale): the survey speaks English.
    await page.getByRole('dialog', { name: 'How likely are you to recommend us to a friend or relative?' }).waitFor();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^10 — / }).click();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('textbox', { name: /What did you like most\?/ }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await h.waitFor(() => server.dismissals().length === 1, 'the dismissal');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đặt hàng');
    // What was answered before closing stays saved (partial).
    expect(server.saves()).toMatchObject([{ answers: { nps: 10 }, complete: false, language: 'en' }]);
  });

  it('says what is missing instead of moving on, and shows every kind of question', async () => {
    h.afterSnippet = vietnamese;
    const definition = {
      questions: [
        { id: 'csat', type: 'csat', style: 'smileys', title: { vi: 'Bạn hài lòng chứ?' } },
        { id: 'stars', type: 'rating', style: 'stars', max: 5, title: { vi: 'Chấm sao' } },
        { id: 'csi', type: 'csi', title: { vi: 'Đánh giá' }, attributes: [{ key: 'service', label: { vi: 'Phục vụ' }, weight: 1 }, { key: 'price', label: { vi: 'Giá' }, weight: 1 }] },
        { id: 'pick', type: 'multiple', maxChoices: 1, title: { vi: 'Bạn mua gì?' }, options: [{ id: 'a', label: { vi: 'Áo' } }, { id: 'b', label: { vi: 'Giày' } }] },
        { id: 'who', type: 'contact', fields: ['name', 'phone'], title: { vi: 'Liên hệ' }, consent: { vi: 'Tôi đồng ý được liên hệ' } },
      ],
      thankYou: { title: { vi: 'Xong rồi' } },
    };
    const server = serveWidget(h, [npsSurvey({ definition, position: 'center' })]);
    const { page } = await h.open('/');
    await page.getByRole('dialog', { name: /Bạn hài lòng chứ\?/ }).waitFor();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('alert').getByText('Vui lòng trả lời câu hỏi này.').waitFor();
    await dialog.getByRole('radio', { name: '4 — Hài lòng' }).check();
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('radio', { name: '4 sao' }).check();
    expect(await dialog.locator('.tile span').allTextContents()).toEqual(['★', '★', '★', '★', '☆']);
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('group', { name: 'Phục vụ' }).getByRole('radio', { name: '5 — Rất hài lòng' }).check();
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('checkbox', { name: 'Giày' }).check();
    expect(await dialog.getByRole('checkbox', { name: 'Áo' }).isDisabled()).toBe(true); // at most one
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByRole('alert').getByText('Vui lòng trả lời câu hỏi này.').waitFor(); // no consent yet
    await dialog.getByRole('checkbox', { name: 'Tôi đồng ý được liên hệ' }).check();
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByText('Xong rồi').waitFor();
    expect(server.saves().at(-1)).toMatchObject({
      complete: true,
      answers: { csat: 4, stars: 4, csi: { ratings: { service: 5 } }, pick: ['b'], who: { phone: '0912345678', consent: true } },
    });
  });

  it('keeps the focus inside the centred dialog, closes by its button, and shows a bottom sheet on a phone', async () => {
    const server = serveWidget(h, [npsSurvey({ position: 'center' })]);
    const { page } = await h.open('/');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const inside = () => page.evaluate(() => document.activeElement?.hasAttribute('data-footprint-widget') ?? false);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await inside()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await inside()).toBe(true);
    await dialog.getByRole('button', { name: 'Close the survey' }).click();
    await dialog.waitFor({ state: 'detached' });
    await h.waitFor(() => server.dismissals().length === 1, 'the dismissal');

    const phone = await h.context();
    const small = await phone.newPage();
    await small.setViewportSize({ width: 375, height: 740 });
    await small.goto(`${h.site}/`);
    const sheet = small.getByRole('dialog');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box).toMatchObject({ x: 0, width: 375 });
    expect(Math.round(box.y + box.height)).toBe(740);
    // Eleven NPS choices in two rows, each still big enough to tap.
    const tile = (await sheet.getByRole('radio', { name: /^7/ }).locator('..').boundingBox())!;
    expect(tile.width).toBeGreaterThanOrEqual(40);
    expect(tile.height).toBeGreaterThanOrEqual(40);
  });

  it('shows script and markup in survey texts as text, and runs none of it', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const definition = {
      questions: [
        { id: 'nps', type: 'nps', title: { vi: `Bạn có giới thiệu không? ${hostile}` }, lowLabel: { vi: hostile } },
        { id: 'pick', type: 'single', title: { vi: 'Chọn' }, options: [{ id: 'a', label: { vi: hostile } }, { id: 'b', label: { vi: 'B' } }] },
      ],
      thankYou: { title: { vi: hostile } },
    };
    h.afterSnippet = vietnamese;
    serveWidget(h, [npsSurvey({ definition })]);
    const { page, errors } = await h.open('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Bạn có giới thiệu không? ${hostile}`).waitFor();
    await dialog.getByRole('radio', { name: new RegExp(`^0 — ${hostile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).check();
    await dialog.getByRole('button', { name: 'Tiếp' }).click();
    await dialog.getByRole('radio', { name: hostile }).check();
    await dialog.getByRole('button', { name: 'Gửi' }).click();
    await dialog.getByText(hostile).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelector('[data-footprint-widget]')!.shadowRoot!.querySelectorAll('img,script').length)).toBe(0);
    expect(errors).toEqual([]);
  });
});
