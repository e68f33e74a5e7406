import { renderInvitationEmail, type CampaignContent, type SurveyLanguage } from '@footprint/core';
import type { Mail, Mailer } from '../../../platform/mailer.js';
import { inviteUrl } from './invites.js';

export interface Outcome {
  status: 'sent' | 'failed' | 'bounced';
  error: string | null;
}

/** The address part of FOOTPRINT_MAIL_FROM ("Footprint <no-reply@x.vn>" → no-reply@x.vn). */
export function senderAddress(mailFrom: string): string {
  return /<([^<>\s]+@[^<>\s]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
}

export interface InvitationMail {
  to: string;
  name: string | null;
  language: SurveyLanguage;
  token: string;
}

/**
 * One recipient's invitation as a mail: their language, their link, the workspace as the sender's
 * name, and List-Unsubscribe (RFC 2369) with one-click POST (RFC 8058), so mail apps show an
 * unsubscribe button that works without opening the email.
 */
export function invitationMail(
  r: InvitationMail,
  c: { content: CampaignContent; workspaceName: string; publicId: string; publicUrl: string; mailFrom: string; reminder: boolean },
): Mail {
  const unsubscribeApi = `${c.publicUrl}/api/v1/public/unsubscribe/${r.token}`;
  const e = renderInvitationEmail(
    c.content,
    r.language,
    { name: r.name, link: inviteUrl(c.publicUrl, c.publicId, r.token), workspace: c.workspaceName, unsubscribeUrl: `${c.publicUrl}/u/${r.token}` },
    { reminder: c.reminder },
  );
  return {
    to: r.to,
    from: { name: c.workspaceName, address: senderAddress(c.mailFrom) },
    subject: e.subject,
    text: e.text,
    html: e.html,
    headers: {
      'List-Unsubscribe': `<${unsubscribeApi}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': e.language,
    },
  };
}

/**
 * Sends, and says what happened without throwing: a permanent refusal of the recipient (SMTP 5xx,
 * e.g. 550 no such user) is a bounce; anything else (4xx, the server unreachable) is a failure
 * with the server's words, which the dashboard shows and a retry may fix.
 */
export async function deliver(mailer: Mailer, mail: Mail): Promise<Outcome> {
  try {
    await mailer.send(mail);
    return { status: 'sent', error: null };
  } catch (err) {
    const e = err as { responseCode?: unknown; response?: unknown; message?: unknown; code?: unknown };
    const code = typeof e.responseCode === 'number' ? e.responseCode : null;
    const text = (typeof e.response === 'string' && e.response) || (typeof e.message === 'string' && e.message) || String(err);
    const error = `${typeof e.code === 'string' ? `${e.code}: ` : ''}${text}`.slice(0, 1000);
    return { status: code !== null && code >= 500 && code < 600 && e.code === 'EENVELOPE' ? 'bounced' : 'failed', error };
  }
}
