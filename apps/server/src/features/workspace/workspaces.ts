import { DEFAULT_DEPARTMENTS, type Workspace } from '@footprint/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments, memberships, workspaces } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { notFound } from '../../platform/errors.js';

type WorkspaceRow = typeof workspaces.$inferSelect;

export const toWorkspace = (w: WorkspaceRow): Workspace => ({
  id: w.id,
  name: w.name,
  timeZone: w.timeZone,
  locale: w.locale,
  createdAt: w.createdAt.toISOString(),
});

/** A workspace with the default departments and its first owner. */
export async function createWorkspace(
  db: Db,
  input: { name: string; timeZone?: string; locale?: 'vi' | 'en'; ownerId: string },
): Promise<Workspace> {
  const id = newId();
  return db.transaction(async (tx) => {
    const [w] = await tx
      .insert(workspaces)
      .values({ id, name: input.name, timeZone: input.timeZone ?? 'Asia/Ho_Chi_Minh', locale: input.locale ?? 'vi' })
      .returning();
    await tx.insert(departments).values(DEFAULT_DEPARTMENTS.map((d) => ({ workspaceId: id, id: newId(), ...d })));
    await tx.insert(memberships).values({ workspaceId: id, userId: input.ownerId, role: 'owner' });
    return toWorkspace(w!);
  });
}

export async function getWorkspace(db: Db, workspaceId: string): Promise<Workspace> {
  const [w] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!w) throw notFound();
  return toWorkspace(w);
}

export async function updateWorkspace(
  db: Db,
  workspaceId: string,
  patch: { name?: string | undefined; timeZone?: string | undefined; locale?: 'vi' | 'en' | undefined },
): Promise<Workspace> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return getWorkspace(db, workspaceId);
  const [w] = await db.update(workspaces).set(set).where(eq(workspaces.id, workspaceId)).returning();
  if (!w) throw notFound();
  return toWorkspace(w);
}
