import { ALERT_KINDS, type Notification } from '@footprint/core';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases, notifications } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
const asData = (v: unknown): Notification['data'] => {
  const out: Notification['data'] = {};
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x === 'string' || typeof x === 'number' || x === null) out[k] = x;
    }
  }
  return out;
};

/** A member's own alerts, newest first, with the case each is about; and how many are unread. */
export async function listNotifications(
  db: Db,
  workspaceId: string,
  userId: string,
  q: { unread?: boolean | undefined; page: number; pageSize: number },
): Promise<{ items: Notification[]; total: number; unread: number }> {
  const mine = and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));
  const where = q.unread ? and(mine, isNull(notifications.readAt)) : mine;
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      caseId: cases.id,
      caseNumber: cases.number,
      caseSubject: cases.subject,
    })
    .from(notifications)
    .leftJoin(cases, and(eq(cases.workspaceId, notifications.workspaceId), eq(cases.id, notifications.caseId)))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [totals] = await db
    .select({ total: count(), unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int` })
    .from(notifications)
    .where(where);
  const [unread] = q.unread ? [totals] : await db.select({ unread: count() }).from(notifications).where(and(mine, isNull(notifications.readAt)));
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: ALERT_KINDS.includes(r.kind) ? r.kind : 'assigned',
      case: r.caseId !== null && r.caseNumber !== null && r.caseSubject !== null ? { id: r.caseId, number: r.caseNumber, subject: r.caseSubject } : null,
      data: asData(r.data),
      readAt: iso(r.readAt),
      createdAt: iso(r.createdAt)!,
    })),
    total: Number(totals?.total ?? 0),
    unread: Number(unread?.unread ?? 0),
  };
}

/**
 * Marks the member's own alerts read: the given ones, or all. An id that is not one of the
 * member's alerts (another member's, another workspace's, none at all) is a 404 and nothing
 * changes, so the answer never tells whether someone else's alert exists. Returns how many changed.
 */
export async function markRead(db: Db, workspaceId: string, userId: string, body: { ids?: string[] | undefined; all?: boolean | undefined }): Promise<number> {
  const mine = and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));
  if (body.all) {
    const changed = await db.update(notifications).set({ readAt: new Date() }).where(and(mine, isNull(notifications.readAt))).returning({ id: notifications.id });
    return changed.length;
  }
  const ids = [...new Set(body.ids ?? [])];
  if (ids.length === 0) return 0;
  return db.transaction(async (tx) => {
    const own = await tx.select({ id: notifications.id }).from(notifications).where(and(mine, inArray(notifications.id, ids)));
    if (own.length !== ids.length) throw notFound('Alert not found');
    const changed = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(mine, inArray(notifications.id, ids), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return changed.length;
  });
}
