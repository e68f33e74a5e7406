import type { Mail } from '../../../platform/mailer.js';

export type Lang = 'vi' | 'en';
const FACES = ['😠', '🙁', '😐', '🙂', '😄'] as const;
const LABELS: Record<Lang, readonly string[]> = {
  vi: ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  en: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page a customer answers on; `score` pre-selects the face tapped in the email. */
export const csatUrl = (publicUrl: string, token: string, score?: number) => `${publicUrl}/r/${token}${score ? `?score=${score}` : ''}`;

/**
 * The resolution question: five buttons (faces 1–5), each a link to the answer page with that
 * face chosen — the customer confirms there (mail scanners open links, so a click alone never
 * records an answer) and may add a comment.
 */
export function resolutionCsatMail(
  to: { email: string; name: string | null },
  c: { lang: Lang; token: string; publicUrl: string; workspaceName: string; senderAddress: string; caseNumber: number; subject: string },
): Mail {
  const vi = c.lang === 'vi';
  const hello = to.name ? (vi ? `Xin chào ${to.name},` : `Hello ${to.name},`) : vi ? 'Xin chào,' : 'Hello,';
  const lead = vi
    ? `Yêu cầu #${c.caseNumber} “${c.subject}” của bạn đã được giải quyết.`
    : `Your request #${c.caseNumber} “${c.subject}” has been resolved.`;
  const question = vi ? 'Bạn hài lòng thế nào với cách chúng tôi giải quyết?' : 'How satisfied are you with how we resolved it?';
  const thanks = vi ? `Cảm ơn bạn đã dành thời gian — ${c.workspaceName}` : `Thank you for your time — ${c.workspaceName}`;
  const subject = vi ? `Yêu cầu #${c.caseNumber} đã được giải quyết — bạn có hài lòng không?` : `Request #${c.caseNumber} resolved — how did we do?`;
  const links = [1, 2, 3, 4, 5].map((s) => ({ s, url: csatUrl(c.publicUrl, c.token, s), face: FACES[s - 1]!, label: LABELS[c.lang][s - 1]! }));
  const text = [hello, '', lead, question, '', ...links.map((l) => `${l.s} – ${l.label}: ${l.url}`), '', thanks].join('\n');
  const buttons = links
    .map(
      (l) =>
        `<td align="center" style="padding:4px"><a href="${escapeHtml(l.url)}" title="${escapeHtml(l.label)}" ` +
        `style="display:block;text-decoration:none;border:1px solid #d0d7de;border-radius:10px;padding:10px 6px;min-width:56px;color:#222">` +
        `<span style="font-size:30px;line-height:36px">${l.face}</span><br><span style="font-size:11px">${escapeHtml(l.label)}</span></a></td>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${c.lang}"><body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:560px;margin:auto">` +
    `<p>${escapeHtml(hello)}</p><p>${escapeHtml(lead)}</p><p style="font-weight:600">${escapeHtml(question)}</p>` +
    `<table role="presentation" style="border-collapse:collapse"><tr>${buttons}</tr></table>` +
    `<p style="color:#666;font-size:13px;margin-top:24px">${escapeHtml(thanks)}</p></body></html>`;
  return { to: to.email, from: { name: c.workspaceName, address: c.senderAddress }, subject, text, html, headers: { 'Content-Language': c.lang } };
}
