import { type CaseMessage, type CaseMessageCreate, type CaseStatus } from '@footprint/core';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/database.js';
import { caseMessages, cases, customers, users } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { notify } from '../alerts/notify.js';
import { recordChanges } from '../audit.js';
import { lockCase } from '../cases/patch-case.js';
import { askResolutionCsat, statusEffects } from '../cases/status-effects.js';
import { CASE_REPLY_EMAIL_JOB } from '../job-kinds.js';
import { liveInTx } from '../live.js';
import { checkMembers } from '../references.js';
import type { CaseScope } from '../scope.js';

/** Attempts at emailing a reply before it is marked failed. */
export const REPLY_EMAIL_ATTEMPTS = 5;

export async function listMessages(db: Db, workspaceId: string, caseId: string): Promise<CaseMessage[]> {
  const rows = await db
    .select({ m: caseMessages, authorName: users.name })
    .from(caseMessages)
    .leftJoin(users, eq(users.id, caseMessages.authorId))
    .where(and(eq(caseMessages.workspaceId, workspaceId), eq(caseMessages.caseId, caseId)))
    .orderBy(asc(caseMessages.createdAt), asc(caseMessages.id));
  const mentioned = [...new Set(rows.flatMap((r) => r.m.mentions))];
  const names = new Map(
    mentioned.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, mentioned))).map((u) => [u.id, u.name]),
  );
  return rows.map(({ m, authorName }) => ({
    id: m.id,
    kind: m.kind,
    body: m.body,
    author: m.authorId ? { id: m.authorId, name: authorName ?? '' } : null,
    mentions: m.mentions.map((id) => ({ id, name: names.get(id) ?? '' })),
    delivery: m.deliveryStatus ? { status: m.deliveryStatus, error: m.deliveryError } : null,
    createdAt: m.createdAt.toISOString(),
  }));
}

/**
 * Adds a reply or a note. A reply goes to the customer by email (a job, with retries) and counts
 * for the KPIs: the first agent reply stamps the first response and moves a new case to open (or
 * to the status the reply names); a reply to a resolved or closed case reopens it. A note stays
 * inside and tells each member it mentions. The version moves on only when the message names a
 * status: a reply does not make a colleague's open edit stale.
 */
export async function addMessage(tx: Db, s: CaseScope, caseId: string, m: CaseMessageCreate & { mentions: string[] }): Promise<string> {
  const row = await lockCase(tx, s, caseId);
  const now = new Date();
  const id = newId();
  const mentions = [...new Set(m.mentions)];
  await checkMembers(tx, s.workspaceId, mentions, 'mentions');
  let emailTo: string | null = null;
  if (m.kind === 'reply' && row.customerId) {
    const [c] = await tx.select({ email: customers.email }).from(customers).where(and(eq(customers.workspaceId, s.workspaceId), eq(customers.id, row.customerId)));
    emailTo = c?.email ?? null;
  }
  await tx.insert(caseMessages).values({
    workspaceId: s.workspaceId,
    id,
    caseId,
    kind: m.kind,
    body: m.body,
    authorId: s.userId,
    mentions,
    deliveryStatus: emailTo ? 'queued' : null,
    createdAt: now,
  });

  const set: Record<string, unknown> = { updatedAt: now };
  let next: CaseStatus | undefined = m.status;
  if (m.kind === 'reply') {
    set.replyCount = sql`${cases.replyCount} + 1`;
    set.replierCount = sql`(select count(distinct author_id)::int from case_messages where workspace_id = ${s.workspaceId} and case_id = ${caseId} and kind = 'reply' and author_id is not null)`;
    if (!row.firstResponseAt && s.userId) {
      set.firstResponseAt = now;
      set.firstResponseBy = s.userId;
    }
    if (next === undefined && (row.status === 'new' || row.status === 'resolved' || row.status === 'closed')) next = 'open';
    if (emailTo) await enqueueJob({ db: tx }, CASE_REPLY_EMAIL_JOB, { caseId, messageId: id }, { workspaceId: s.workspaceId, maxAttempts: REPLY_EMAIL_ATTEMPTS }, tx);
  }
  let askCsat = false;
  if (next !== undefined && next !== row.status) {
    const fx = statusEffects(row.status, next, now);
    Object.assign(set, fx.set, { status: next });
    if (fx.reopened) set.reopenedCount = sql`${cases.reopenedCount} + 1`;
    askCsat = fx.askCsat;
    await recordChanges(tx, { workspaceId: s.workspaceId, caseId, actorId: s.userId, automation: m.status ? null : 'reply' }, [{ field: 'status', from: row.status, to: next }]);
  }
  if (m.status !== undefined) set.version = sql`${cases.version} + 1`;
  await tx.update(cases).set(set).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, caseId)));
  if (askCsat) await askResolutionCsat(tx, s.workspaceId, caseId);
  if (m.kind === 'note' && mentions.length > 0) {
    await notify(tx, { workspaceId: s.workspaceId, userIds: mentions, except: s.userId, kind: 'mention', caseId, data: { number: row.number, subject: row.subject } });
  }
  await liveInTx(tx, s.workspaceId, 'cases.changed', { id: caseId });
  return id;
}

export async function oneMessage(db: Db, workspaceId: string, caseId: string, id: string): Promise<CaseMessage> {
  const all = await listMessages(db, workspaceId, caseId);
  const m = all.find((x) => x.id === id);
  if (!m) throw new Error('message vanished');
  return m;
}

/** The replies sent to a customer (for their timeline): newest first, capped. */
export async function repliesToCustomer(db: Db, workspaceId: string, customerId: string, limit = 200) {
  return queryRows<{ id: string; case_id: string; number: number; subject: string; body: string; author_name: string | null; created_at: Date | string; delivery_status: string | null }>(
    db,
    sql`select m.id, m.case_id, c.number, c.subject, m.body, u.name as author_name, m.created_at, m.delivery_status
        from case_messages m join cases c on c.workspace_id = m.workspace_id and c.id = m.case_id
        left join users u on u.id = m.author_id
        where m.workspace_id = ${workspaceId} and c.customer_id = ${customerId} and m.kind = 'reply'
        order by m.created_at desc limit ${limit}`,
  );
}
