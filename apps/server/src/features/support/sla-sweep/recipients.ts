import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { departments, memberships, supportDepartments } from '../../../db/schema.js';

export interface DepartmentPeople {
  nameVi: string | null;
  nameEn: string | null;
  leadId: string | null;
  memberIds: string[];
}

/** A department's name, its lead (support settings) and its members, for whom an alert is meant. */
export async function departmentPeople(db: Db, workspaceId: string, departmentId: string | null): Promise<DepartmentPeople> {
  if (!departmentId) return { nameVi: null, nameEn: null, leadId: null, memberIds: [] };
  const [d] = await db
    .select({ nameVi: departments.nameVi, nameEn: departments.nameEn, leadId: supportDepartments.leadId })
    .from(departments)
    .leftJoin(supportDepartments, and(eq(supportDepartments.workspaceId, departments.workspaceId), eq(supportDepartments.departmentId, departments.id)))
    .where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, departmentId)));
  const members = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.departmentId, departmentId)));
  return { nameVi: d?.nameVi ?? null, nameEn: d?.nameEn ?? null, leadId: d?.leadId ?? null, memberIds: members.map((m) => m.userId) };
}

export async function isMemberOf(db: Db, workspaceId: string, userId: string): Promise<boolean> {
  const [m] = await db.select({ u: memberships.userId }).from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return !!m;
}

/** Whom to tell when nobody else is: the workspace's owners and admins (an alert must reach someone). */
export async function orAdmins(db: Db, workspaceId: string, userIds: readonly (string | null | undefined)[]): Promise<string[]> {
  const some = [...new Set(userIds.filter((u): u is string => !!u))];
  if (some.length > 0) return some;
  const admins = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.role, ['owner', 'admin'])));
  return admins.map((a) => a.userId);
}
