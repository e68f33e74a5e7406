import type { Department } from '@footprint/core';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments, invitations, memberships } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { notFound } from '../../platform/errors.js';

export async function listDepartments(db: Db, workspaceId: string): Promise<Department[]> {
  const rows = await db
    .select({ d: departments, memberCount: count(memberships.userId) })
    .from(departments)
    .leftJoin(
      memberships,
      and(eq(memberships.workspaceId, departments.workspaceId), eq(memberships.departmentId, departments.id)),
    )
    .where(eq(departments.workspaceId, workspaceId))
    .groupBy(departments.workspaceId, departments.id)
    .orderBy(asc(departments.createdAt), asc(departments.id));
  return rows.map(({ d, memberCount }) => ({
    id: d.id,
    key: d.key ?? d.id,
    nameVi: d.nameVi,
    nameEn: d.nameEn,
    memberCount: Number(memberCount),
    createdAt: d.createdAt.toISOString(),
  }));
}

async function one(db: Db, workspaceId: string, id: string): Promise<Department> {
  const d = (await listDepartments(db, workspaceId)).find((x) => x.id === id);
  if (!d) throw notFound('Department not found');
  return d;
}

export async function createDepartment(db: Db, workspaceId: string, input: { nameVi: string; nameEn: string }): Promise<Department> {
  const id = newId();
  await db.insert(departments).values({ workspaceId, id, nameVi: input.nameVi, nameEn: input.nameEn });
  return one(db, workspaceId, id);
}

export async function updateDepartment(
  db: Db,
  workspaceId: string,
  id: string,
  patch: { nameVi?: string | undefined; nameEn?: string | undefined },
): Promise<Department> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length > 0) {
    const r = await db
      .update(departments)
      .set(set)
      .where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, id)))
      .returning({ id: departments.id });
    if (r.length === 0) throw notFound('Department not found');
  }
  return one(db, workspaceId, id);
}

/** Members and pending invitations of a removed department keep their place, without a department. */
export async function deleteDepartment(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const r = await tx
      .delete(departments)
      .where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, id)))
      .returning({ id: departments.id });
    if (r.length === 0) throw notFound('Department not found');
    await tx
      .update(memberships)
      .set({ departmentId: null })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.departmentId, id)));
    await tx
      .update(invitations)
      .set({ departmentId: null })
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.departmentId, id)));
  });
}

export async function assertDepartment(db: Db, workspaceId: string, id: string): Promise<void> {
  const [d] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, id)));
  if (!d) throw notFound('Department not found');
}
