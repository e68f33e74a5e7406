import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { caseMessages, cases, customers, users, workspaces } from '../../../db/schema.js';
import type { JobHandler } from '../../../platform/jobs.js';
import type { Mail, Mailer } from '../../../platform/mailer.js';
import { REPLY_EMAIL_ATTEMPTS } from './messages.js';

const ZPayload = z.object({ caseId: z.uuid(), messageId: z.uuid() });
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The customer's language: a `locale`/`language` trait when it says vi or en, else the workspace's. */
export function customerLanguage(traits: unknown, workspaceLocale: 'vi' | 'en'): 'vi' | 'en' {
  if (traits && typeof traits === 'object') {
    const t = traits as Record<string, unknown>;
    for (const key of ['locale', 'language', 'lang']) {
      const v = t[key];
      if (typeof v === 'string') {
        const l = v.toLowerCase().slice(0, 2);
        if (l === 'vi' || l === 'en') return l;
      }
    }
  }
  return workspaceLocale;
}

export function replyMail(p: { to: string; lang: 'vi' | 'en'; workspaceName: string; number: number; subject: string; body: string; agentName: string | null; customerName: string | null }): Mail {
  const vi = p.lang === 'vi';
  const hello = vi ? `Xin chào${p.customerName ? ` ${p.customerName}` : ''},` : `Hello${p.customerName ? ` ${p.customerName}` : ''},`;
  const sign = p.agentName ? `${p.agentName}\n${p.workspaceName}` : p.workspaceName;
  const footer = vi ? `Yêu cầu hỗ trợ #${p.number}: ${p.subject}` : `Support case #${p.number}: ${p.subject}`;
  const text = `${hello}\n\n${p.body}\n\n${sign}\n\n— ${footer}`;
  const html = `<p>${escapeHtml(hello)}</p>${p.body
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('')}<p>${escapeHtml(sign).replace(/\n/g, '<br>')}</p><hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`;
  return { to: p.to, subject: `[#${p.number}] ${p.subject}`, text, html };
}

async function setDelivery(db: Db, workspaceId: string, messageId: string, status: 'sent' | 'failed' | 'queued', error: string | null) {
  await db.update(caseMessages).set({ deliveryStatus: status, deliveryError: error }).where(and(eq(caseMessages.workspaceId, workspaceId), eq(caseMessages.id, messageId)));
}

/**
 * Emails a reply to the customer in their language. A failed attempt keeps the reply `queued`
 * with the error and throws (the jobs table retries with back-off); the last one marks it failed.
 * A reply already sent is not sent again (a retry after the send but before the job finished).
 */
export function replyEmailJob(mailer: Mailer, publish: (workspaceId: string, caseId: string) => Promise<void>): JobHandler {
  return async ({ db, job }) => {
    const p = ZPayload.parse(job.payload);
    const ws = job.workspaceId;
    if (!ws) throw new Error('A reply email job needs its workspace');
    const [row] = await db
      .select({
        body: caseMessages.body,
        status: caseMessages.deliveryStatus,
        agentName: users.name,
        number: cases.number,
        subject: cases.subject,
        email: customers.email,
        customerName: customers.name,
        traits: customers.traits,
        workspaceName: workspaces.name,
        locale: workspaces.locale,
      })
      .from(caseMessages)
      .innerJoin(cases, and(eq(cases.workspaceId, caseMessages.workspaceId), eq(cases.id, caseMessages.caseId)))
      .innerJoin(workspaces, eq(workspaces.id, caseMessages.workspaceId))
      .leftJoin(customers, and(eq(customers.workspaceId, cases.workspaceId), eq(customers.id, cases.customerId)))
      .leftJoin(users, eq(users.id, caseMessages.authorId))
      .where(and(eq(caseMessages.workspaceId, ws), eq(caseMessages.id, p.messageId), eq(caseMessages.caseId, p.caseId)));
    if (!row || row.status === 'sent') return { skipped: true };
    if (!row.email) {
      await setDelivery(db, ws, p.messageId, 'failed', 'The customer has no email address');
      await publish(ws, p.caseId);
      return { skipped: true };
    }
    const mail = replyMail({
      to: row.email,
      lang: customerLanguage(row.traits, row.locale),
      workspaceName: row.workspaceName,
      number: row.number,
      subject: row.subject,
      body: row.body,
      agentName: row.agentName,
      customerName: row.customerName,
    });
    try {
      await mailer.send(mail);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const last = job.attempts >= REPLY_EMAIL_ATTEMPTS;
      await setDelivery(db, ws, p.messageId, last ? 'failed' : 'queued', message.slice(0, 500));
      await publish(ws, p.caseId);
      throw e;
    }
    await setDelivery(db, ws, p.messageId, 'sent', null);
    await publish(ws, p.caseId);
    return { sent: true };
  };
}
