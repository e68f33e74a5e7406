import type { AlertKind } from '@footprint/core';
import type { Mail } from '../../../platform/mailer.js';

export type Lang = 'vi' | 'en';
export interface AlertForMail {
  kind: AlertKind;
  data: Record<string, unknown>;
  case: { id: string; number: number; subject: string } | null;
  createdAt: Date;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);
const dept = (d: Record<string, unknown>, lang: Lang): string | null => str(lang === 'vi' ? d.departmentNameVi : d.departmentNameEn) ?? str(d.departmentNameVi) ?? str(d.departmentName);

/**
 * One alert as a sentence in the reader's language, from its kind and the small facts notify()
 * stored with it (see docs/alerts.md for the keys). The dashboard's bell renders the same sentences.
 */
export function alertSentence(a: AlertForMail, lang: Lang): string {
  const d = a.data;
  const n = a.case ? `#${a.case.number}` : str(d.number) ? `#${str(d.number)}` : '';
  const by = str(d.byName);
  const department = dept(d, lang);
  const vi = lang === 'vi';
  switch (a.kind) {
    case 'negative_feedback': {
      const score = str(d.score);
      const metric = str(d.metric)?.toUpperCase();
      const s = score ? (metric ? ` (${metric} ${score})` : ` (${score})`) : '';
      return vi ? `Phản hồi tiêu cực${s} — đã mở yêu cầu ${n}` : `Negative feedback${s} — request ${n} opened`;
    }
    case 'sla_breach': {
      const target = str(d.target);
      if (target === 'handoff') {
        return vi
          ? `Yêu cầu liên phòng ban của ${n}${department ? ` gửi ${department}` : ''} đã quá hạn`
          : `The hand-off of ${n}${department ? ` to ${department}` : ''} is overdue`;
      }
      if (target === 'first_response') return vi ? `Yêu cầu ${n} đã quá hạn phản hồi đầu tiên` : `Request ${n} missed its first-response target`;
      return vi ? `Yêu cầu ${n} đã quá hạn giải quyết` : `Request ${n} missed its resolution target`;
    }
    case 'assigned':
      return vi ? `${by ? `${by} đã giao` : 'Bạn được giao'} yêu cầu ${n}${by ? ' cho bạn' : ''}` : `${by ? `${by} assigned` : 'You were assigned'} request ${n}${by ? ' to you' : ''}`;
    case 'mention':
      return vi ? `${by ?? 'Một đồng nghiệp'} đã nhắc đến bạn trong yêu cầu ${n}` : `${by ?? 'A colleague'} mentioned you in request ${n}`;
    case 'handoff': {
      // `direction` (the case engine's word) or `event`: asked of the reader's department, or answered back.
      const answered = (str(d.direction) ?? str(d.event)) === 'answered';
      if (answered) {
        const who = str(d.toDepartment) ?? department;
        return vi ? `${who ?? 'Phòng ban được hỏi'} đã trả lời về yêu cầu ${n}` : `${who ?? 'The department you asked'} answered about request ${n}`;
      }
      const from = str(d.fromDepartment);
      if (from) return vi ? `${from} hỏi phòng bạn về yêu cầu ${n}` : `${from} asked your department about request ${n}`;
      return vi ? `Phòng ban của bạn được hỏi về yêu cầu ${n}` : `Your department was asked about request ${n}`;
    }
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
function when(d: Date, lang: Lang, timeZone: string): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
}

/**
 * The email for one member: a single alert says itself in the subject; several (a digest, or
 * instant ones held by quiet hours) are listed in one email, oldest first, each with its case link.
 */
export function alertMail(
  to: { email: string; name: string },
  alerts: AlertForMail[],
  c: { lang: Lang; timeZone: string; publicUrl: string; workspaceName: string },
): Mail {
  const vi = c.lang === 'vi';
  const sorted = [...alerts].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const lines = sorted.map((a) => ({
    sentence: alertSentence(a, c.lang),
    subject: a.case?.subject ?? null,
    at: when(a.createdAt, c.lang, c.timeZone),
    link: a.case ? `${c.publicUrl}/support/cases/${a.case.id}` : `${c.publicUrl}/support/inbox`,
  }));
  const single = lines.length === 1;
  const subject = single
    ? `${lines[0]!.sentence}${lines[0]!.subject ? `: ${lines[0]!.subject}` : ''}`
    : vi
      ? `${lines.length} thông báo mới từ ${c.workspaceName}`
      : `${lines.length} new alerts from ${c.workspaceName}`;
  const hello = vi ? `Xin chào ${to.name},` : `Hello ${to.name},`;
  const intro = single ? '' : vi ? `Đây là các thông báo dành cho bạn ở ${c.workspaceName}:` : `Here are your alerts at ${c.workspaceName}:`;
  const open = vi ? 'Mở yêu cầu' : 'Open the request';
  const settings = `${c.publicUrl}/settings/notifications`;
  const footer = vi ? `Đổi cách nhận thông báo qua email (ngay, hằng giờ, hằng ngày, tắt; giờ yên tĩnh): ${settings}` : `Change how you get alert emails (instant, hourly, daily, off; quiet hours): ${settings}`;
  const text = [hello, '', ...(intro ? [intro, ''] : []), ...lines.flatMap((l) => [`• ${l.sentence}${l.subject ? ` — ${l.subject}` : ''} (${l.at})`, `  ${open}: ${l.link}`]), '', footer].join('\n');
  const items = lines
    .map(
      (l) =>
        `<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><div style="font-weight:600">${escapeHtml(l.sentence)}</div>` +
        (l.subject ? `<div style="color:#444">${escapeHtml(l.subject)}</div>` : '') +
        `<div style="color:#888;font-size:12px">${escapeHtml(l.at)} · <a href="${escapeHtml(l.link)}">${open}</a></div></td></tr>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${c.lang}"><body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:560px;margin:auto">` +
    `<p>${escapeHtml(hello)}</p>${intro ? `<p>${escapeHtml(intro)}</p>` : ''}<table style="width:100%;border-collapse:collapse">${items}</table>` +
    `<p style="color:#888;font-size:12px;margin-top:24px">${escapeHtml(footer.split(': ')[0]!)}: <a href="${settings}">${settings}</a></p></body></html>`;
  return { to: to.email, subject, text, html, headers: { 'Content-Language': c.lang } };
}
