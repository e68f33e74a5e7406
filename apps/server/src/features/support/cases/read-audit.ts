import type { CaseAuditEntry } from '@footprint/core';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseAudit, departments, users } from '../../../db/schema.js';

/**
 * A case's history, oldest first. Departments and members are stored by id (names change) and
 * shown by their current name; a department or member since removed shows as its stored id.
 */
export async function caseAuditList(db: Db, workspaceId: string, caseId: string): Promise<CaseAuditEntry[]> {
  const rows = await db
    .select({ a: caseAudit, actorName: users.name })
    .from(caseAudit)
    .leftJoin(users, eq(users.id, caseAudit.actorId))
    .where(and(eq(caseAudit.workspaceId, workspaceId), eq(caseAudit.caseId, caseId)))
    .orderBy(asc(caseAudit.at), asc(caseAudit.id));
  const ids = (field: string) => [...new Set(rows.filter((r) => r.a.field === field).flatMap((r) => [r.a.oldValue, r.a.newValue]).filter((v): v is string => !!v))];
  const deptIds = ids('department');
  const userIds = ids('assignee');
  const deptNames = new Map(
    deptIds.length === 0
      ? []
      : (await db.select({ id: departments.id, name: departments.nameVi }).from(departments).where(and(eq(departments.workspaceId, workspaceId), inArray(departments.id, deptIds)))).map((d) => [d.id, d.name]),
  );
  const userNames = new Map(userIds.length === 0 ? [] : (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map((u) => [u.id, u.name]));
  const show = (field: string, v: string | null) => {
    if (v === null) return null;
    if (field === 'department') return deptNames.get(v) ?? v;
    if (field === 'assignee') return userNames.get(v) ?? v;
    return v;
  };
  return rows.map(({ a, actorName }) => ({
    id: a.id,
    actor: a.actorId ? { id: a.actorId, name: actorName ?? '' } : null,
    automation: a.automation,
    field: a.field,
    from: show(a.field, a.oldValue),
    to: show(a.field, a.newValue),
    at: a.at.toISOString(),
  }));
}
