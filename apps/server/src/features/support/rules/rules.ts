import {
  matchConditions, ZCaseConditions, type CaseTrigger, type CaseTriggerInput, type RoutingRule, type RoutingRuleInput, type CaseConditions,
} from '@footprint/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { caseTriggers, routingRules } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { responsesForRules } from '../automation/facts.js';
import { liveInTx } from '../live.js';
import { checkConditionRefs, checkReferences } from '../references.js';

const conditionsOf = (v: unknown): CaseConditions => ZCaseConditions.parse(v);
type RuleKind = 'triggers' | 'routing';
const tableOf = (kind: RuleKind) => (kind === 'triggers' ? caseTriggers : routingRules);

/** A new rule goes last. */
async function nextPosition(tx: Db, kind: RuleKind, workspaceId: string): Promise<number> {
  const table = tableOf(kind);
  const [m] = await tx.select({ max: sql<number>`coalesce(max(${table.position}), 0)::int` }).from(table).where(eq(table.workspaceId, workspaceId));
  return Number(m?.max ?? 0) + 1;
}

/** Removes a trigger or routing rule (404 when the workspace has no such rule). */
async function removeRule(db: Db, workspaceId: string, kind: RuleKind, id: string): Promise<void> {
  const table = tableOf(kind);
  await db.transaction(async (tx) => {
    const r = await tx.delete(table).where(and(eq(table.workspaceId, workspaceId), eq(table.id, id))).returning({ id: table.id });
    if (r.length === 0) throw notFound('Rule not found');
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

export async function listTriggers(db: Db, workspaceId: string): Promise<CaseTrigger[]> {
  const rows = await db.select().from(caseTriggers).where(eq(caseTriggers.workspaceId, workspaceId)).orderBy(asc(caseTriggers.position), asc(caseTriggers.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    enabled: r.enabled,
    position: r.position,
    conditions: conditionsOf(r.conditions),
    priority: r.priority,
    tags: r.tags,
    fired: r.fired,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function listRoutingRules(db: Db, workspaceId: string): Promise<RoutingRule[]> {
  const rows = await db.select().from(routingRules).where(eq(routingRules.workspaceId, workspaceId)).orderBy(asc(routingRules.position), asc(routingRules.createdAt));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    enabled: r.enabled,
    position: r.position,
    conditions: conditionsOf(r.conditions),
    departmentId: r.departmentId,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

const oneOf = async <T extends { id: string }>(list: Promise<T[]>, id: string): Promise<T> => {
  const r = (await list).find((x) => x.id === id);
  if (!r) throw notFound('Rule not found');
  return r;
};
export const getTrigger = (db: Db, ws: string, id: string) => oneOf(listTriggers(db, ws), id);
export const getRoutingRule = (db: Db, ws: string, id: string) => oneOf(listRoutingRules(db, ws), id);

/** A new rule goes last. */
export async function createTrigger(db: Db, workspaceId: string, input: Required<Omit<CaseTriggerInput, 'conditions'>> & { conditions: CaseConditions }): Promise<string> {
  await checkConditionRefs(db, workspaceId, input.conditions);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(caseTriggers).values({ workspaceId, id, ...input, position: await nextPosition(tx, 'triggers', workspaceId) });
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
  return id;
}

export async function updateTrigger(db: Db, workspaceId: string, id: string, patch: Partial<CaseTriggerInput> & { conditions?: CaseConditions | undefined }): Promise<void> {
  await checkConditionRefs(db, workspaceId, patch.conditions);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    const r = await tx.update(caseTriggers).set({ ...set, updatedAt: new Date() }).where(and(eq(caseTriggers.workspaceId, workspaceId), eq(caseTriggers.id, id))).returning({ id: caseTriggers.id });
    if (r.length === 0) throw notFound('Rule not found');
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

export const deleteTrigger = (db: Db, workspaceId: string, id: string): Promise<void> => removeRule(db, workspaceId, 'triggers', id);

export async function createRoutingRule(db: Db, workspaceId: string, input: Required<Omit<RoutingRuleInput, 'conditions'>> & { conditions: CaseConditions }): Promise<string> {
  await checkReferences(db, workspaceId, { departmentId: input.departmentId });
  await checkConditionRefs(db, workspaceId, input.conditions);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(routingRules).values({ workspaceId, id, ...input, position: await nextPosition(tx, 'routing', workspaceId) });
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
  return id;
}

export async function updateRoutingRule(db: Db, workspaceId: string, id: string, patch: Partial<RoutingRuleInput> & { conditions?: CaseConditions | undefined }): Promise<void> {
  if (patch.departmentId) await checkReferences(db, workspaceId, { departmentId: patch.departmentId });
  await checkConditionRefs(db, workspaceId, patch.conditions);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    const r = await tx.update(routingRules).set({ ...set, updatedAt: new Date() }).where(and(eq(routingRules.workspaceId, workspaceId), eq(routingRules.id, id))).returning({ id: routingRules.id });
    if (r.length === 0) throw notFound('Rule not found');
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

export const deleteRoutingRule = (db: Db, workspaceId: string, id: string): Promise<void> => removeRule(db, workspaceId, 'routing', id);

/** Puts the rules in a new order: the ids must be every rule of the workspace, once (400 rule_order_mismatch; 404 for an id not among them). */
export async function reorder(db: Db, workspaceId: string, kind: RuleKind, ids: string[]): Promise<void> {
  const table = tableOf(kind);
  await db.transaction(async (tx) => {
    const rows = await tx.select({ id: table.id }).from(table).where(eq(table.workspaceId, workspaceId)).for('update');
    const have = new Set(rows.map((r) => r.id));
    if (ids.some((id) => !have.has(id))) throw notFound('Rule not found');
    if (new Set(ids).size !== ids.length || ids.length !== have.size || ids.some((id) => !have.has(id))) {
      throw new AppError(400, 'rule_order_mismatch', 'The new order must list every rule exactly once');
    }
    for (const [i, id] of ids.entries()) {
      await tx.update(table).set({ position: i + 1 }).where(and(eq(table.workspaceId, workspaceId), eq(table.id, id)));
    }
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

/** How many responses of the last `days` days the preview looks at, newest first. */
export const PREVIEW_SCAN_LIMIT = 5000;
export const PREVIEW_DAYS = 30;

/** What a rule would catch: the last 30 days' completed responses it matches, with up to five examples. */
export async function previewRule(db: Db, workspaceId: string, conditions: CaseConditions) {
  const rs = await responsesForRules(db, workspaceId, sql`r.completed_at >= now() - make_interval(days => ${PREVIEW_DAYS})`, PREVIEW_SCAN_LIMIT);
  const hits = rs.filter((r) => matchConditions(conditions, r.facts));
  return {
    matched: hits.length,
    scanned: rs.length,
    days: PREVIEW_DAYS,
    examples: hits.slice(0, 5).map((r) => ({
      responseId: r.id,
      completedAt: r.completedAt.toISOString(),
      surveyName: r.surveyName,
      score: r.score,
      comment: r.comment ? [...r.comment].slice(0, 200).join('') : null,
      customerName: r.customerName,
    })),
  };
}
