import { pickAgent, type AgentLoad, type AssignmentMode } from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { supportAgents, supportDepartments } from '../../db/schema.js';

export interface DepartmentAgent extends AgentLoad {
  name: string;
}

/**
 * A department's agents: its members who may work cases (viewers cannot), with their shift
 * switch (on unless turned off), when they were last given a case, and their open cases.
 */
export async function departmentAgents(db: Db, workspaceId: string, departmentId: string): Promise<DepartmentAgent[]> {
  const rows = await queryRows<{ id: string; name: string; on_shift: boolean | null; last_assigned_at: Date | string | null; open_cases: number }>(
    db,
    sql`select m.user_id as id, u.name, sa.on_shift, sa.last_assigned_at,
          (select count(*)::int from cases c where c.workspace_id = m.workspace_id and c.assignee_id = m.user_id
             and c.status in ('new','open','waiting_customer','waiting_department')) as open_cases
        from memberships m join users u on u.id = m.user_id
        left join support_agents sa on sa.workspace_id = m.workspace_id and sa.user_id = m.user_id
        where m.workspace_id = ${workspaceId} and m.department_id = ${departmentId} and m.role <> 'viewer'
        order by u.name, m.user_id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    onShift: r.on_shift ?? true,
    lastAssignedAt: r.last_assigned_at ? new Date(r.last_assigned_at) : null,
    openCases: Number(r.open_cases),
  }));
}

export async function departmentSetup(db: Db, workspaceId: string, departmentId: string): Promise<{ assignment: AssignmentMode; leadId: string | null }> {
  const [row] = await db
    .select({ assignment: supportDepartments.assignment, leadId: supportDepartments.leadId })
    .from(supportDepartments)
    .where(and(eq(supportDepartments.workspaceId, workspaceId), eq(supportDepartments.departmentId, departmentId)));
  return row ?? { assignment: 'manual', leadId: null };
}

/**
 * Chooses the agent for a new case of a department by its assignment mode, and records the turn
 * (round robin). Concurrent picks in one workspace take turns behind the case-number lock.
 */
export async function assignInDepartment(tx: Db, workspaceId: string, departmentId: string, at: Date): Promise<string | null> {
  const { assignment } = await departmentSetup(tx, workspaceId, departmentId);
  if (assignment === 'manual') return null;
  const picked = pickAgent(assignment, await departmentAgents(tx, workspaceId, departmentId));
  if (picked) await markAssigned(tx, workspaceId, picked, at);
  return picked;
}

export async function markAssigned(tx: Db, workspaceId: string, userId: string, at: Date): Promise<void> {
  await tx
    .insert(supportAgents)
    .values({ workspaceId, userId, onShift: true, lastAssignedAt: at })
    .onConflictDoUpdate({ target: [supportAgents.workspaceId, supportAgents.userId], set: { lastAssignedAt: at } });
}

/** Who hears about a department's cases: its agents and its lead. */
export async function departmentAudience(db: Db, workspaceId: string, departmentId: string): Promise<string[]> {
  const agents = await departmentAgents(db, workspaceId, departmentId);
  const setup = await departmentSetup(db, workspaceId, departmentId);
  return [...agents.map((a) => a.id), ...(setup.leadId ? [setup.leadId] : [])];
}
