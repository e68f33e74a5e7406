import { escapeLike, maskEmail, type Suppression, type UnsubscribeInfo } from '@footprint/core';
import { and, count, desc, eq, inArray, like, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { emailSuppressions, surveyCampaigns, surveyInvites, workspaces } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';

/**
 * The workspace's suppression list: addresses that unsubscribed, hard-bounced or were added by
 * hand. Every send checks it just before sending each email, so an address added while a campaign
 * is going out gets nothing more.
 */
export async function suppress(db: Db, workspaceId: string, email: string, reason: 'unsubscribed' | 'bounced' | 'manual', campaignId: string | null): Promise<void> {
  await db.insert(emailSuppressions).values({ workspaceId, email: email.toLowerCase(), reason, campaignId }).onConflictDoNothing();
}

export async function suppressedAmong(db: Db, workspaceId: string, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await db
    .select({ email: emailSuppressions.email })
    .from(emailSuppressions)
    .where(and(eq(emailSuppressions.workspaceId, workspaceId), inArray(emailSuppressions.email, emails.map((e) => e.toLowerCase()))));
  return new Set(rows.map((r) => r.email));
}

export async function listSuppressions(
  db: Db,
  workspaceId: string,
  q: { q?: string | undefined; reason?: Suppression['reason'] | undefined; page: number; pageSize: number },
): Promise<{ items: Suppression[]; total: number; page: number; pageSize: number }> {
  const where: SQL[] = [eq(emailSuppressions.workspaceId, workspaceId)];
  if (q.q?.trim()) where.push(like(emailSuppressions.email, `%${escapeLike(q.q.trim().toLowerCase())}%`));
  if (q.reason) where.push(eq(emailSuppressions.reason, q.reason));
  const [total] = await db.select({ n: count() }).from(emailSuppressions).where(and(...where));
  const rows = await db
    .select({ s: emailSuppressions, campaignName: surveyCampaigns.name })
    .from(emailSuppressions)
    .leftJoin(surveyCampaigns, and(eq(surveyCampaigns.workspaceId, emailSuppressions.workspaceId), eq(surveyCampaigns.id, emailSuppressions.campaignId)))
    .where(and(...where))
    .orderBy(desc(emailSuppressions.createdAt), emailSuppressions.email)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return {
    items: rows.map(({ s, campaignName }) => ({
      email: s.email,
      reason: s.reason,
      campaign: s.campaignId && campaignName ? { id: s.campaignId, name: campaignName } : null,
      createdAt: s.createdAt.toISOString(),
    })),
    total: Number(total?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

const TOKEN = /^[A-Za-z0-9]{32}$/;

/** The invitation an unsubscribe link names: only emailed ones (they have an address). */
async function emailedInvite(db: Db, token: string) {
  if (!TOKEN.test(token)) throw notFound('Link not found');
  const [row] = await db
    .select({ workspaceId: surveyInvites.workspaceId, email: surveyInvites.email, campaignId: surveyInvites.campaignId, workspaceName: workspaces.name })
    .from(surveyInvites)
    .innerJoin(workspaces, eq(workspaces.id, surveyInvites.workspaceId))
    .where(eq(surveyInvites.token, token));
  if (!row?.email || !row.campaignId) throw notFound('Link not found');
  return { ...row, email: row.email, campaignId: row.campaignId };
}

async function isSuppressed(db: Db, workspaceId: string, email: string): Promise<boolean> {
  return (await suppressedAmong(db, workspaceId, [email])).size > 0;
}

export async function unsubscribeInfo(db: Db, token: string): Promise<UnsubscribeInfo> {
  const i = await emailedInvite(db, token);
  return { workspaceName: i.workspaceName, email: maskEmail(i.email), unsubscribed: await isSuppressed(db, i.workspaceId, i.email) };
}

/** One click: the address gets no more survey email from this workspace. Doing it again changes nothing. */
export async function unsubscribe(db: Db, token: string): Promise<UnsubscribeInfo & { workspaceId: string; campaignId: string }> {
  const i = await emailedInvite(db, token);
  await suppress(db, i.workspaceId, i.email, 'unsubscribed', i.campaignId);
  return { workspaceName: i.workspaceName, email: maskEmail(i.email), unsubscribed: true, workspaceId: i.workspaceId, campaignId: i.campaignId };
}
