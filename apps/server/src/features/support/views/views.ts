import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseViews } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';

/** A member's saved inbox views: each sees, adds and deletes only their own. */
export async function listViews(db: Db, workspaceId: string, userId: string) {
  const rows = await db
    .select()
    .from(caseViews)
    .where(and(eq(caseViews.workspaceId, workspaceId), eq(caseViews.userId, userId)))
    .orderBy(asc(caseViews.createdAt), asc(caseViews.id));
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query as Record<string, string>, createdAt: r.createdAt.toISOString() }));
}

export async function createView(db: Db, workspaceId: string, userId: string, v: { name: string; query: Record<string, string> }) {
  const id = newId();
  await db.insert(caseViews).values({ workspaceId, id, userId, name: v.name, query: v.query });
  const created = (await listViews(db, workspaceId, userId)).find((x) => x.id === id);
  if (!created) throw notFound('View not found');
  return created;
}

export async function deleteView(db: Db, workspaceId: string, userId: string, id: string): Promise<void> {
  const r = await db
    .delete(caseViews)
    .where(and(eq(caseViews.workspaceId, workspaceId), eq(caseViews.userId, userId), eq(caseViews.id, id)))
    .returning({ id: caseViews.id });
  if (r.length === 0) throw notFound('View not found');
}
