import { foldForSearch } from '../text/normalize.js';
import type { SurveyLanguage } from './survey.js';

/**
 * Invitation emails: the words a CX manager writes, with placeholders filled per recipient. Pure, so
 * the dashboard's preview and the server's sending render the very same email.
 */

/** `{{name}}` the recipient's name, `{{link}}` their personal survey link, `{{workspace}}` the business. */
export const EMAIL_PLACEHOLDERS = ['name', 'link', 'workspace'] as const;
export type EmailPlaceholder = (typeof EMAIL_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export interface EmailContent {
  subject: string;
  body: string;
}
export interface CampaignContent {
  vi: EmailContent;
  en?: EmailContent | undefined;
}

/** Placeholders the text uses that do not exist (a typo like `{{ten}}` would reach customers as is). */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) if (!(EMAIL_PLACEHOLDERS as readonly string[]).includes(m[1]!)) out.add(m[0]);
  return [...out];
}

export const hasLinkPlaceholder = (text: string): boolean => [...text.matchAll(PLACEHOLDER)].some((m) => m[1] === 'link');

/** What stands for a recipient without a name: "Chào Quý khách", "Hello there". */
export const NAMELESS: Record<SurveyLanguage, string> = { vi: 'Quý khách', en: 'there' };

const FOOTER: Record<SurveyLanguage, (workspace: string) => { text: string; link: string }> = {
  vi: (w) => ({ text: `Bạn nhận được email này vì là khách hàng của ${w}. Không muốn nhận thêm email khảo sát?`, link: 'Huỷ đăng ký' }),
  en: (w) => ({ text: `You received this email as a customer of ${w}. Rather not get survey emails?`, link: 'Unsubscribe' }),
};
const BUTTON: Record<SurveyLanguage, string> = { vi: 'Trả lời khảo sát', en: 'Answer the survey' };
const REMINDER_PREFIX: Record<SurveyLanguage, string> = { vi: 'Nhắc lại: ', en: 'Reminder: ' };

export interface EmailVars {
  name: string | null;
  link: string;
  workspace: string;
  unsubscribeUrl: string;
}

export interface RenderedEmail {
  language: SurveyLanguage;
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The content in the recipient's language when written, else Vietnamese. */
export function contentIn(content: CampaignContent, language: SurveyLanguage): { language: SurveyLanguage; content: EmailContent } {
  return language === 'en' && content.en ? { language: 'en', content: content.en } : { language: 'vi', content: content.vi };
}

/** Fills placeholders in plain text. Unknown ones are left as written (validation refuses them before). */
export function fillPlaceholders(text: string, values: Record<EmailPlaceholder, string>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => ((EMAIL_PLACEHOLDERS as readonly string[]).includes(key) ? values[key as EmailPlaceholder] : whole));
}

/**
 * One recipient's email: subject, plain text and HTML. Everything the manager wrote is text: it is
 * escaped in the HTML, where `{{link}}` becomes a button and line breaks become paragraphs. The
 * footer with the unsubscribe link is always added, whatever the body says.
 */
export function renderInvitationEmail(content: CampaignContent, language: SurveyLanguage, vars: EmailVars, opts: { reminder?: boolean } = {}): RenderedEmail {
  const picked = contentIn(content, language);
  const lang = picked.language;
  const values = { name: vars.name?.trim() || NAMELESS[lang], link: vars.link, workspace: vars.workspace };
  const subject = (opts.reminder ? REMINDER_PREFIX[lang] : '') + fillPlaceholders(picked.content.subject, values).replace(/\s+/g, ' ').trim();
  const footer = FOOTER[lang](vars.workspace);
  const text = `${fillPlaceholders(picked.content.body, values).trim()}\n\n--\n${footer.text}\n${footer.link}: ${vars.unsubscribeUrl}\n`;

  const button = `<a href="${escapeHtml(vars.link)}" style="display:inline-block;padding:10px 20px;background:#0b7285;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600">${BUTTON[lang]}</a>`;
  // Escape the pieces around {{link}}, fill the other placeholders escaped, then put the button in.
  const htmlBody = picked.content.body
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((para) => {
      const parts = para.split(/\{\{\s*link\s*\}\}/);
      const inner = parts
        .map((p) => escapeHtml(fillPlaceholders(p, { ...values, link: vars.link })).replace(/\r?\n/g, '<br>'))
        .join(button);
      return `<p style="margin:0 0 16px">${inner}</p>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f8f9fa;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#212529">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${htmlBody}
</div>
<p style="max-width:560px;margin:16px auto 0;font-size:12px;color:#868e96">${escapeHtml(footer.text)} <a href="${escapeHtml(vars.unsubscribeUrl)}" style="color:#868e96">${footer.link}</a></p>
</body></html>`;
  return { language: lang, subject, text, html };
}

/** The starting words of a new campaign, in both languages. */
export const DEFAULT_CAMPAIGN_CONTENT: { vi: EmailContent; en: EmailContent } = {
  vi: {
    subject: '{{workspace}} muốn nghe ý kiến của bạn',
    body: 'Chào {{name}},\n\nCảm ơn bạn đã tin chọn {{workspace}}. Bạn có thể dành một phút cho chúng tôi biết trải nghiệm của mình không?\n\n{{link}}\n\nTrân trọng,\n{{workspace}}',
  },
  en: {
    subject: '{{workspace}} would love your feedback',
    body: 'Hello {{name}},\n\nThank you for choosing {{workspace}}. Could you spare a minute to tell us how it went?\n\n{{link}}\n\nBest regards,\n{{workspace}}',
  },
};

/**
 * A recipient's language from what is known of them (a `language`/`locale` trait, a list column):
 * "en", "en-US", "English", "Tiếng Anh" → en; "vi", "Tiếng Việt" → vi; anything else → the fallback.
 */
export function languageOf(value: unknown, fallback: SurveyLanguage): SurveyLanguage {
  if (typeof value !== 'string') return fallback;
  const v = foldForSearch(value);
  if (/^(en\b|en[-_]|english|tieng anh|anh$)/.test(v)) return 'en';
  if (/^(vi\b|vi[-_]|vn$|viet|tieng viet)/.test(v)) return 'vi';
  return fallback;
}

/** An address shown on a public page without giving it away: "ng•••@gmail.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  const local = email.slice(0, at);
  return `${local.slice(0, Math.min(2, local.length - 1) || 1)}•••${email.slice(at)}`;
}
