import type { Mail } from '../../platform/mailer.js';

const ROLE_NAMES = {
  owner: { vi: 'Chủ sở hữu', en: 'Owner' },
  admin: { vi: 'Quản trị', en: 'Admin' },
  analyst: { vi: 'Phân tích', en: 'Analyst' },
  agent: { vi: 'Nhân viên hỗ trợ', en: 'Agent' },
  viewer: { vi: 'Người xem', en: 'Viewer' },
} as const;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Emails go out in Vietnamese with an English copy below: the recipient may not have chosen yet. */
export function invitationEmail(p: {
  to: string;
  workspaceName: string;
  inviter: string | null;
  role: keyof typeof ROLE_NAMES;
  url: string;
  expiresDays: number;
}): Mail {
  const who = p.inviter ?? 'Footprint';
  const r = ROLE_NAMES[p.role];
  const text = [
    `${who} mời bạn tham gia "${p.workspaceName}" trên Footprint với vai trò ${r.vi}.`,
    `Nhận lời mời: ${p.url}`,
    `Liên kết có hiệu lực trong ${p.expiresDays} ngày.`,
    '',
    '---',
    `${who} invited you to join "${p.workspaceName}" on Footprint as ${r.en}.`,
    `Accept the invitation: ${p.url}`,
    `The link is valid for ${p.expiresDays} days.`,
  ].join('\n');
  const html = `<p>${escapeHtml(who)} mời bạn tham gia <b>${escapeHtml(p.workspaceName)}</b> trên Footprint với vai trò ${r.vi}.</p>
<p><a href="${escapeHtml(p.url)}">Nhận lời mời</a> (hiệu lực ${p.expiresDays} ngày)</p><hr>
<p>${escapeHtml(who)} invited you to join <b>${escapeHtml(p.workspaceName)}</b> on Footprint as ${r.en}.</p>
<p><a href="${escapeHtml(p.url)}">Accept the invitation</a> (valid for ${p.expiresDays} days)</p>`;
  return { to: p.to, subject: `Lời mời tham gia ${p.workspaceName} trên Footprint / Invitation to ${p.workspaceName}`, text, html };
}

export function passwordResetEmail(p: { to: string; url: string; minutes: number }): Mail {
  const text = [
    'Có người (có thể là bạn) vừa yêu cầu đặt lại mật khẩu Footprint của bạn.',
    `Đặt mật khẩu mới: ${p.url}`,
    `Liên kết có hiệu lực trong ${p.minutes} phút. Nếu không phải bạn, hãy bỏ qua email này.`,
    '',
    '---',
    'Someone (probably you) asked to reset your Footprint password.',
    `Choose a new password: ${p.url}`,
    `The link is valid for ${p.minutes} minutes. If it was not you, ignore this email.`,
  ].join('\n');
  return { to: p.to, subject: 'Đặt lại mật khẩu Footprint / Reset your Footprint password', text };
}
