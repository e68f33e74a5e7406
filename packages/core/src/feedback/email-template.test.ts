import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../workspace/roles.js';
import { canMakePersonalLinks, canSendSurveyEmails } from '../workspace/permissions.js';
import { answerLines } from './answer-text.js';
import { ZCampaignContent, ZCampaignCreate } from './email-contracts.js';
import { DEFAULT_CAMPAIGN_CONTENT, languageOf, maskEmail, renderInvitationEmail, unknownPlaceholders } from './email-template.js';
import { readRecipientList } from './recipient-list.js';
import { ZSurveyDefinition } from './survey.js';

const vars = { name: 'Nguyễn Thị Mai', link: 'https://cx.example.vn/s/abc?t=TOKEN', workspace: 'Chuỗi An Phát', unsubscribeUrl: 'https://cx.example.vn/u/TOKEN' };

describe('invitation emails', () => {
  it('fills the placeholders in the recipient’s language, and falls back to Vietnamese', () => {
    const vi = renderInvitationEmail(DEFAULT_CAMPAIGN_CONTENT, 'vi', vars);
    expect(vi.subject).toBe('Chuỗi An Phát muốn nghe ý kiến của bạn');
    expect(vi.text).toContain('Chào Nguyễn Thị Mai,');
    expect(vi.text).toContain(vars.link);
    expect(vi.text).toContain(`Huỷ đăng ký: ${vars.unsubscribeUrl}`);
    const en = renderInvitationEmail(DEFAULT_CAMPAIGN_CONTENT, 'en', { ...vars, name: null });
    expect(en).toMatchObject({ language: 'en', subject: 'Chuỗi An Phát would love your feedback' });
    expect(en.text).toContain('Hello there,');
    expect(en.html).toContain('Unsubscribe</a>');
    const onlyVi = renderInvitationEmail({ vi: DEFAULT_CAMPAIGN_CONTENT.vi }, 'en', vars);
    expect(onlyVi.language).toBe('vi');
    expect(renderInvitationEmail(DEFAULT_CAMPAIGN_CONTENT, 'vi', vars, { reminder: true }).subject).toBe('Nhắc lại: Chuỗi An Phát muốn nghe ý kiến của bạn');
  });

  it('keeps whatever the manager or the customer data says as text in the HTML', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, words) => {
        const content = { vi: { subject: `${words} {{name}}`, body: `${words}\n\n{{link}}\n{{name}}` } };
        const html = renderInvitationEmail(content, 'vi', { ...vars, name: `<script>${name}</script>` }).html;
        expect(html).not.toContain('<script>');
        expect(html.match(/<a /g)?.length).toBe(2); // the button and the unsubscribe link, nothing the text made
      }),
    );
  });

  it('refuses unknown placeholders and a body without the link', () => {
    expect(unknownPlaceholders('Chào {{ten}} {{ name }} {{link}}')).toEqual(['{{ten}}']);
    const r = ZCampaignContent.safeParse({ vi: { subject: 'Xin chào {{ten}}', body: 'Không có liên kết' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['vi.subject', 'vi.body']);
    expect(ZCampaignContent.parse({ vi: { subject: '  Chào  ', body: 'a\r\n{{link}}\r\n' } }).vi).toEqual({ subject: 'Chào', body: 'a\n{{link}}' });
  });

  it('defaults a new campaign to customers, Vietnamese and a reminder after 3 days', () => {
    expect(ZCampaignCreate.parse({ name: 'Tri ân', surveyId: '0190e5a0-0000-7000-8000-000000000001' })).toMatchObject({
      audience: { kind: 'customers', filters: { provinces: [], answered: 'any' } },
      defaultLanguage: 'vi',
      reminderDays: 3,
      touchpointId: null,
    });
  });

  it('reads languages people write, and masks addresses', () => {
    expect(['en', 'EN-us', 'English', 'Tiếng Anh'].map((v) => languageOf(v, 'vi'))).toEqual(['en', 'en', 'en', 'en']);
    expect(['vi', 'vi-VN', 'Tiếng Việt', 'VN'].map((v) => languageOf(v, 'en'))).toEqual(['vi', 'vi', 'vi', 'vi']);
    expect(languageOf('fr', 'vi')).toBe('vi');
    expect(languageOf(42, 'en')).toBe('en');
    expect(maskEmail('nguyen.mai@gmail.com')).toBe('ng•••@gmail.com');
    expect(maskEmail('a@b.vn')).toBe('a•••@b.vn');
  });

  it('lets owners, admins, analysts and full keys email surveys and make personal links', () => {
    const who = (f: typeof canSendSurveyEmails) => ROLES.filter((r) => f({ kind: 'member', role: r }));
    expect(who(canSendSurveyEmails)).toEqual(['owner', 'admin', 'analyst']);
    expect(who(canMakePersonalLinks)).toEqual(['owner', 'admin', 'analyst']);
    expect(canSendSurveyEmails({ kind: 'key', scope: 'read' })).toBe(false);
  });
});

describe('recipient lists', () => {
  it('finds the columns by their Vietnamese or English headers, keeps each address once and reports bad rows', () => {
    const list = readRecipientList(
      ['Mã KH', 'Họ tên', 'Email', 'Ngôn ngữ'],
      [
        { row: 2, cells: ['KH-1', 'Lê Văn Tám', 'Tam@Example.vn ', 'Tiếng Việt'] },
        { row: 3, cells: ['', 'Jane Doe', 'jane@example.com', 'English'] },
        { row: 4, cells: ['KH-3', 'Trùng', 'tam@example.vn', ''] },
        { row: 5, cells: ['KH-4', 'Sai', 'không-phải-email', ''] },
        { row: 6, cells: ['KH-5', 'Trống', '', ''] },
      ],
    );
    expect(list).toEqual({
      columns: { email: 2, name: 1, userId: 0, language: 3 },
      recipients: [
        { row: 2, email: 'tam@example.vn', name: 'Lê Văn Tám', userId: 'KH-1', language: 'vi' },
        { row: 3, email: 'jane@example.com', name: 'Jane Doe', userId: null, language: 'en' },
      ],
      duplicates: 1,
      invalid: [
        { row: 5, reason: 'invalid_email' },
        { row: 6, reason: 'missing_email' },
      ],
    });
    expect(readRecipientList(['Họ tên', 'Số điện thoại'], [{ row: 2, cells: ['A', '0912'] }])).toEqual({ error: 'no_email_column' });
  });
});

describe('answers as words', () => {
  it('names options by their labels and scores on their scale', () => {
    const d = ZSurveyDefinition.parse({
      languages: ['vi', 'en'],
      questions: [
        { id: 'nps', type: 'nps', title: { vi: 'Giới thiệu?', en: 'Recommend?' } },
        { id: 'why', type: 'single', title: { vi: 'Vì sao?', en: 'Why?' }, options: [{ id: 'gia', label: { vi: 'Giá tốt', en: 'Price' } }, { id: 'nv', label: { vi: 'Nhân viên', en: 'Staff' } }] },
        { id: 'note', type: 'text', title: { vi: 'Góp ý', en: 'Notes' } },
      ],
      thankYou: { title: { vi: 'Cảm ơn', en: 'Thanks' } },
    });
    expect(answerLines(d, { nps: 9, why: 'gia', note: { text: 'Rất tốt' } }, 'vi')).toEqual([
      { questionId: 'nps', title: 'Giới thiệu?', answer: '9/10' },
      { questionId: 'why', title: 'Vì sao?', answer: 'Giá tốt' },
      { questionId: 'note', title: 'Góp ý', answer: 'Rất tốt' },
    ]);
    expect(answerLines(d, { why: 'nv' }, 'en')).toEqual([{ questionId: 'why', title: 'Why?', answer: 'Staff' }]);
  });
});
