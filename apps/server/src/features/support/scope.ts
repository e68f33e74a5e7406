import { canSeeAllCases, canWorkCases, canReadCases } from '@footprint/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { memberships } from '../../db/schema.js';
import { authorize, type WorkspaceAccess } from '../workspace/index.js';

/** What a caller may see and do among the workspace's cases. */
export interface CaseScope {
  workspaceId: string;
  userId: string | null;
  /** Owners, admins, analysts and secret keys see every department's cases. */
  all: boolean;
  /** An agent's own department (null: none, so only cases given to them). */
  departmentId: string | null;
  canWork: boolean;
}

export async function caseScope(db: Db, a: WorkspaceAccess, need: 'read' | 'work'): Promise<CaseScope> {
  authorize(need === 'work' ? canWorkCases(a.actor) : canReadCases(a.actor));
  let departmentId: string | null = null;
  if (a.userId) {
    const [m] = await db
      .select({ departmentId: memberships.departmentId })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, a.workspaceId), eq(memberships.userId, a.userId)));
    departmentId = m?.departmentId ?? null;
  }
  return { workspaceId: a.workspaceId, userId: a.userId, all: canSeeAllCases(a.actor), departmentId, canWork: canWorkCases(a.actor) };
}

/**
 * The visibility rule as SQL over a `cases` row aliased `c`: everything for those who see all;
 * else the agent's department's cases, cases given to them, and cases their department was asked
 * about by a hand-off (open or answered; a cancelled question gives no access).
 */
export function visibleSql(s: CaseScope): SQL {
  if (s.all) return sql`true`;
  const me = s.userId ? sql`c.assignee_id = ${s.userId}` : sql`false`;
  if (!s.departmentId) return sql`(${me})`;
  return sql`(c.department_id = ${s.departmentId} or ${me} or exists (
    select 1 from case_handoffs h where h.workspace_id = c.workspace_id and h.case_id = c.id
      and h.to_department_id = ${s.departmentId} and h.status <> 'cancelled'))`;
}
