import { slaDueTimes, type CasePatch, type CasePriority, type CaseStatus } from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { assignInDepartment } from '../agents.js';
import { notify } from '../alerts/notify.js';
import { recordChanges, type FieldChange } from '../audit.js';
import { liveInTx } from '../live.js';
import { checkReferences } from '../references.js';
import { visibleSql, type CaseScope } from '../scope.js';
import { readSupportSettings } from '../settings.js';
import { caseSearchText } from './create-case.js';
import { getCase } from './read-cases.js';
import { askResolutionCsat, statusEffects } from './status-effects.js';

export interface CaseChange {
  subject?: string | undefined;
  status?: CaseStatus | undefined;
  priority?: CasePriority | undefined;
  departmentId?: string | null | undefined;
  assigneeId?: string | null | undefined;
  tags?: string[] | undefined;
  addTag?: string | undefined;
}

/** Locks a case the caller may see, for the rest of the transaction. */
export async function lockCase(tx: Db, s: CaseScope, id: string) {
  const visible = await tx.execute(sql`select c.id from cases c where c.workspace_id = ${s.workspaceId} and c.id = ${id} and ${visibleSql(s)} for update`);
  if ((visible as unknown as { rows: unknown[] }).rows.length === 0) throw notFound('Case not found');
  const [row] = await tx.select().from(cases).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, id)));
  if (!row) throw notFound('Case not found');
  return row;
}

/**
 * Applies a change to a locked case: every field that changes is audited (who, from, to), the
 * version moves on, due times follow a new priority (counted from creation), a move to another
 * department hands the case to that department's assignment (unless an assignee is named), and
 * a new assignee is told.
 */
export async function applyChange(tx: Db, s: CaseScope, row: Awaited<ReturnType<typeof lockCase>>, change: CaseChange, now: Date): Promise<boolean> {
  const set: Record<string, unknown> = {};
  const audit: FieldChange[] = [];
  const automated: FieldChange[] = [];
  if (change.subject !== undefined && change.subject !== row.subject) {
    set.subject = change.subject;
    set.search = await caseSearchText(tx, s.workspaceId, { ...row, subject: change.subject });
    audit.push({ field: 'subject', from: row.subject, to: change.subject });
  }
  if (change.priority !== undefined && change.priority !== row.priority) {
    const { sla } = await readSupportSettings(tx, s.workspaceId);
    const due = slaDueTimes(row.createdAt, change.priority, sla);
    set.priority = change.priority;
    set.firstResponseDueAt = due.firstResponseDueAt;
    set.resolutionDueAt = due.resolutionDueAt;
    audit.push({ field: 'priority', from: row.priority, to: change.priority });
  }
  const assigneeId = change.assigneeId;
  if (change.departmentId !== undefined && change.departmentId !== row.departmentId) {
    set.departmentId = change.departmentId;
    audit.push({ field: 'department', from: row.departmentId, to: change.departmentId });
    if (assigneeId === undefined) {
      const picked = change.departmentId ? await assignInDepartment(tx, s.workspaceId, change.departmentId, now) : null;
      if (picked !== row.assigneeId) {
        set.assigneeId = picked;
        automated.push({ field: 'assignee', from: row.assigneeId, to: picked });
      }
    }
  }
  if (assigneeId !== undefined && assigneeId !== row.assigneeId) {
    set.assigneeId = assigneeId;
    audit.push({ field: 'assignee', from: row.assigneeId, to: assigneeId });
  }
  let askCsat = false;
  if (change.status !== undefined && change.status !== row.status) {
    const fx = statusEffects(row.status, change.status, now);
    Object.assign(set, fx.set);
    set.status = change.status;
    if (fx.reopened) set.reopenedCount = sql`${cases.reopenedCount} + 1`;
    askCsat = fx.askCsat;
    audit.push({ field: 'status', from: row.status, to: change.status });
  }
  const tags = change.tags ?? (change.addTag && !row.tags.includes(change.addTag) ? [...row.tags, change.addTag] : undefined);
  if (tags !== undefined) {
    const next = [...new Set(tags)];
    if (JSON.stringify(next) !== JSON.stringify(row.tags)) {
      set.tags = next;
      audit.push({ field: 'tags', from: row.tags.join(', ') || null, to: next.join(', ') || null });
    }
  }
  if (Object.keys(set).length === 0) return false;
  await tx
    .update(cases)
    .set({ ...set, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, row.id)));
  await recordChanges(tx, { workspaceId: s.workspaceId, caseId: row.id, actorId: s.userId }, audit);
  await recordChanges(tx, { workspaceId: s.workspaceId, caseId: row.id, actorId: null, automation: 'assignment' }, automated);
  if (askCsat) await askResolutionCsat(tx, s.workspaceId, row.id);
  const newAssignee = (set.assigneeId as string | null | undefined) ?? null;
  if (newAssignee && newAssignee !== row.assigneeId) {
    await notify(tx, { workspaceId: s.workspaceId, userIds: [newAssignee], except: s.userId, kind: 'assigned', caseId: row.id, data: { number: row.number, subject: (set.subject as string) ?? row.subject } });
  }
  await liveInTx(tx, s.workspaceId, 'cases.changed', { id: row.id });
  return true;
}

/** A PATCH made on `version`: 409 version_conflict with the case as it is now when someone changed it since. */
export async function patchCase(db: Db, s: CaseScope, id: string, patch: CasePatch & { version: number }): Promise<void> {
  await checkReferences(db, s.workspaceId, { departmentId: patch.departmentId, assigneeId: patch.assigneeId });
  const conflict = await db.transaction(async (tx) => {
    const row = await lockCase(tx, s, id);
    if (row.version !== patch.version) return true;
    await applyChange(tx, s, row, patch, new Date());
    return false;
  });
  if (conflict) {
    const current = await getCase(db, s, id);
    throw new AppError(409, 'version_conflict', 'Someone changed this case after you opened it', { current });
  }
}

/** One change to many cases, each in its own transaction (and audited on its own); cases the caller cannot see count as not found. */
export async function bulkChange(db: Db, s: CaseScope, ids: string[], change: CaseChange): Promise<{ changed: number; notFound: string[] }> {
  await checkReferences(db, s.workspaceId, { departmentId: change.departmentId, assigneeId: change.assigneeId });
  let changed = 0;
  const missing: string[] = [];
  for (const id of [...new Set(ids)]) {
    try {
      const did = await db.transaction(async (tx) => applyChange(tx, s, await lockCase(tx, s, id), change, new Date()));
      if (did) changed++;
    } catch (e) {
      if (e instanceof AppError && e.status === 404) missing.push(id);
      else throw e;
    }
  }
  return { changed, notFound: missing };
}
