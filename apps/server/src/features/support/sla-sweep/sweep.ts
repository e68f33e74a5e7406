import { OPEN_CASE_STATUSES, raisePriority, slaDueTimes, type CasePriority } from '@footprint/core';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../../context.js';
import { queryRows, type Db } from '../../../db/database.js';
import { notify } from '../alerts/notify.js';
import { recordChanges, type FieldChange } from '../audit.js';
import { departmentPeople, isMemberOf, orAdmins } from './recipients.js';
import { slaSettingsOf } from './settings.js';

/** Targets handled per run and kind: a bound on one run; the rest are seconds behind. */
const BATCH = 200;
const OPEN = sql.join(OPEN_CASE_STATUSES.map((s) => sql`${s}`), sql`, `);
export type SlaTarget = 'first_response' | 'resolution';
const iso = (d: Date | null) => (d ? d.toISOString() : null);

interface CaseRow {
  workspace_id: string;
  id: string;
  number: number;
  priority: CasePriority;
  department_id: string | null;
  assignee_id: string | null;
  created_at: Date | string;
  first_response_due_at: Date | string | null;
  resolution_due_at: Date | string | null;
}

/**
 * One case's target has passed: mark it (once: the row is locked and the mark re-checked, so two
 * sweeps in two processes cannot both escalate), then escalate per the policy of its priority —
 * notify the assignee (or, with nobody assigned, the department) and the lead; raise the priority,
 * recomputing due times from creation; reassign. Every change is audited as automation "SLA".
 */
async function escalateCase(tx: Db, workspaceId: string, caseId: string, target: SlaTarget): Promise<boolean> {
  const mark = target === 'first_response' ? sql.raw('first_response_breached_at') : sql.raw('resolution_breached_at');
  const pending =
    target === 'first_response'
      ? sql`first_response_at is null and first_response_due_at <= now()`
      : sql`resolution_due_at <= now()`;
  const [c] = await queryRows<CaseRow>(tx, sql`
    select workspace_id, id, number, priority, department_id, assignee_id, created_at, first_response_due_at, resolution_due_at
    from cases where workspace_id = ${workspaceId} and id = ${caseId} and ${mark} is null and status in (${OPEN}) and ${pending}
    for update skip locked`);
  if (!c) return false;
  const now = new Date();
  const settings = await slaSettingsOf(tx, workspaceId);
  const policy = settings.policies.find((p) => p.priority === c.priority);
  const changes: FieldChange[] = [{ field: target === 'first_response' ? 'firstResponseBreachedAt' : 'resolutionBreachedAt', from: null, to: now.toISOString() }];
  const set: Record<string, unknown> = {};
  let priority = c.priority;
  if (policy?.escalation.raisePriority && raisePriority(c.priority) !== c.priority) {
    priority = raisePriority(c.priority);
    const due = slaDueTimes(new Date(c.created_at), priority, settings);
    changes.push(
      { field: 'priority', from: c.priority, to: priority },
      { field: 'firstResponseDueAt', from: iso(c.first_response_due_at ? new Date(c.first_response_due_at) : null), to: iso(due.firstResponseDueAt) },
      { field: 'resolutionDueAt', from: iso(c.resolution_due_at ? new Date(c.resolution_due_at) : null), to: iso(due.resolutionDueAt) },
    );
    Object.assign(set, { priority, first_response_due_at: due.firstResponseDueAt, resolution_due_at: due.resolutionDueAt });
  }
  let assignee = c.assignee_id;
  const to = policy?.escalation.reassignToId ?? null;
  if (to && to !== c.assignee_id && (await isMemberOf(tx, workspaceId, to))) {
    changes.push({ field: 'assigneeId', from: c.assignee_id, to });
    set.assignee_id = to;
    assignee = to;
  }
  const assignments = Object.entries(set).map(([k, v]) => sql`${sql.raw(k)} = ${v instanceof Date ? v.toISOString() : v}`);
  await tx.execute(sql`
    update cases set ${mark} = ${now.toISOString()}, ${sql.join([...assignments, sql`version = version + 1`, sql`updated_at = now()`], sql`, `)}
    where workspace_id = ${workspaceId} and id = ${caseId}`);
  await recordChanges(tx, { workspaceId, caseId, actorId: null, automation: 'SLA' }, changes);
  const dept = await departmentPeople(tx, workspaceId, c.department_id);
  const told = [...new Set([c.assignee_id, assignee])].filter((u): u is string => !!u);
  await notify(tx, {
    workspaceId,
    caseId,
    kind: 'sla_breach',
    userIds: await orAdmins(tx, workspaceId, [...(told.length > 0 ? told : dept.memberIds), policy?.escalation.notifyLead ? dept.leadId : null]),
    data: { number: c.number, target, priority, departmentNameVi: dept.nameVi, departmentNameEn: dept.nameEn },
  });
  return true;
}

interface HandoffRow {
  workspace_id: string;
  id: string;
  case_id: string;
  number: number;
  to_department_id: string;
  requested_by: string | null;
  assignee_id: string | null;
}

/**
 * A hand-off past its due time: the department that owes the answer (its members and lead) and
 * the person waiting (who asked, and the case's assignee) are told once. The alert itself is the
 * mark (`data.handoffId`); the hand-off row is locked while it is checked and written.
 */
async function escalateHandoff(tx: Db, workspaceId: string, handoffId: string): Promise<boolean> {
  const [h] = await queryRows<HandoffRow>(tx, sql`
    select h.workspace_id, h.id, h.case_id, c.number, h.to_department_id, h.requested_by, c.assignee_id
    from case_handoffs h join cases c on c.workspace_id = h.workspace_id and c.id = h.case_id
    where h.workspace_id = ${workspaceId} and h.id = ${handoffId} and h.status = 'open' and h.due_at <= now()
      and not exists (select 1 from notifications n where n.workspace_id = h.workspace_id and n.kind = 'sla_breach' and n.data->>'handoffId' = h.id::text)
    for update of h skip locked`);
  if (!h) return false;
  const dept = await departmentPeople(tx, workspaceId, h.to_department_id);
  const n = await notify(tx, {
    workspaceId,
    caseId: h.case_id,
    kind: 'sla_breach',
    userIds: await orAdmins(tx, workspaceId, [...dept.memberIds, dept.leadId, h.requested_by, h.assignee_id]),
    data: { number: h.number, target: 'handoff', handoffId: h.id, departmentNameVi: dept.nameVi, departmentNameEn: dept.nameEn },
  });
  return n > 0;
}

/**
 * One sweep over every workspace: first-response and resolution targets of open cases that have
 * passed and are not marked yet, and open hand-offs past their due time. Each target is handled
 * in its own transaction; the dashboard hears of each changed case.
 */
export async function runSlaSweep(ctx: Pick<AppContext, 'database' | 'live'>): Promise<{ firstResponse: number; resolution: number; handoffs: number }> {
  const db = ctx.database.db;
  const counts = { firstResponse: 0, resolution: 0, handoffs: 0 };
  const targets: [SlaTarget, ReturnType<typeof sql>][] = [
    ['first_response', sql`first_response_breached_at is null and first_response_at is null and first_response_due_at <= now()`],
    ['resolution', sql`resolution_breached_at is null and resolution_due_at <= now()`],
  ];
  for (const [target, where] of targets) {
    const due = await queryRows<{ workspace_id: string; id: string }>(db, sql`
      select workspace_id, id from cases where ${where} and status in (${OPEN}) order by workspace_id limit ${BATCH}`);
    for (const c of due) {
      const done = await db.transaction((tx) => escalateCase(tx, c.workspace_id, c.id, target));
      if (!done) continue;
      if (target === 'first_response') counts.firstResponse++;
      else counts.resolution++;
      await ctx.live.publish(c.workspace_id, 'cases.changed', { id: c.id });
    }
  }
  const handoffs = await queryRows<{ workspace_id: string; id: string; case_id: string }>(db, sql`
    select h.workspace_id, h.id, h.case_id from case_handoffs h
    where h.status = 'open' and h.due_at <= now()
      and not exists (select 1 from notifications n where n.workspace_id = h.workspace_id and n.kind = 'sla_breach' and n.data->>'handoffId' = h.id::text)
    limit ${BATCH}`);
  for (const h of handoffs) {
    if (await db.transaction((tx) => escalateHandoff(tx, h.workspace_id, h.id))) {
      counts.handoffs++;
      await ctx.live.publish(h.workspace_id, 'handoffs.changed');
    }
  }
  return counts;
}
