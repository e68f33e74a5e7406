import {
  firstMatch, foldForSearch, slaDueTimes, ZCaseConditions, type CaseChannel, type CaseFacts, type CasePriority, type CaseSource,
} from '@footprint/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases, caseTriggers, customers, routingRules } from '../../../db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { assignInDepartment, departmentAudience } from '../agents.js';
import { notify } from '../alerts/notify.js';
import { recordChanges } from '../audit.js';
import { liveInTx } from '../live.js';
import { defaultDepartment, takeCaseNumber } from '../settings.js';

export interface NewCase {
  workspaceId: string;
  subject: string;
  description: string;
  customerId: string | null;
  responseId: string | null;
  touchpointId: string | null;
  channel: CaseChannel | null;
  /** Undefined: routing rules choose (else the default department). */
  departmentId?: string | null | undefined;
  /** Undefined: the department's assignment mode chooses. */
  assigneeId?: string | null | undefined;
  priority: CasePriority;
  tags: string[];
  source: CaseSource;
  /** The rule that opened it (source `rule`). */
  trigger?: { id: string; name: string } | null;
  createdBy: string | null;
  /** What routing looks at; built from the case itself when left out. */
  facts?: CaseFacts;
  now?: Date;
}

/** Routing: the first enabled rule matching the facts names the department. */
async function route(tx: Db, workspaceId: string, facts: CaseFacts): Promise<{ departmentId: string; rule: string } | null> {
  const rules = await tx.select().from(routingRules).where(eq(routingRules.workspaceId, workspaceId)).orderBy(asc(routingRules.position));
  const parsed = rules.flatMap((r) => {
    const c = ZCaseConditions.safeParse(r.conditions);
    return c.success ? [{ ...r, conditions: c.data }] : [];
  });
  const hit = firstMatch(parsed, facts);
  return hit ? { departmentId: hit.departmentId, rule: hit.name } : null;
}

async function customerOf(tx: Db, workspaceId: string, customerId: string | null) {
  if (!customerId) return null;
  const [c] = await tx
    .select({ name: customers.name, email: customers.email, userId: customers.userId, traits: customers.traits })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, customerId)));
  return c ?? null;
}

/** The folded text the inbox searches: number, subject, description and the customer's name, email and id. */
export function searchText(number: number, subject: string, description: string, customer: { name: string | null; email: string | null; userId: string } | null): string {
  return foldForSearch([`#${number}`, subject, description, customer?.name ?? '', customer?.email ?? '', customer?.userId ?? ''].join(' '));
}

export async function caseSearchText(tx: Db, workspaceId: string, c: { number: number; subject: string; description: string; customerId: string | null }): Promise<string> {
  return searchText(c.number, c.subject, c.description, await customerOf(tx, workspaceId, c.customerId));
}

/**
 * Opens a case in the caller's transaction: takes the next number (which also makes creations in
 * one workspace take turns), refuses a second case for the same feedback (409 case_exists),
 * routes it (rules, else the default department), assigns it (the department's mode, agents on
 * shift), sets its SLA due times on the support calendar, audits it, and tells the assignee — and,
 * for a case a rule opened, the department's agents and lead. References must be checked before.
 */
export async function createCase(tx: Db, input: NewCase): Promise<{ id: string; number: number }> {
  const ws = input.workspaceId;
  const now = input.now ?? new Date();
  const settings = await takeCaseNumber(tx, ws);
  if (input.responseId) {
    const [existing] = await tx
      .select({ id: cases.id, number: cases.number })
      .from(cases)
      .where(and(eq(cases.workspaceId, ws), eq(cases.responseId, input.responseId)));
    if (existing) throw new AppError(409, 'case_exists', 'This feedback already has a case', { caseId: existing.id, number: existing.number });
  }
  const customer = await customerOf(tx, ws, input.customerId);
  const facts: CaseFacts = input.facts ?? {
    scores: {},
    touchpointId: input.touchpointId,
    surveyId: null,
    channel: input.channel,
    comment: `${input.subject}\n${input.description}`,
    traits: customer?.traits && typeof customer.traits === 'object' ? (customer.traits as Record<string, unknown>) : {},
  };

  let departmentId = input.departmentId;
  let routedBy: string | null = null;
  if (departmentId === undefined) {
    const routed = await route(tx, ws, facts);
    departmentId = routed?.departmentId ?? (await defaultDepartment(tx, ws, settings.defaultDepartmentId));
    routedBy = routed ? routed.rule : 'routing';
  }
  let assigneeId = input.assigneeId;
  const autoAssigned = assigneeId === undefined;
  if (assigneeId === undefined) assigneeId = departmentId ? await assignInDepartment(tx, ws, departmentId, now) : null;

  const due = slaDueTimes(now, input.priority, settings.sla);
  const id = newId();
  const number = settings.number;
  const search = searchText(number, input.subject, input.description, customer);
  await tx.insert(cases).values({
    workspaceId: ws,
    id,
    number,
    subject: input.subject,
    description: input.description,
    search,
    status: 'new',
    priority: input.priority,
    source: input.source,
    channel: input.channel,
    tags: [...new Set(input.tags)],
    customerId: input.customerId,
    responseId: input.responseId,
    touchpointId: input.touchpointId,
    departmentId,
    assigneeId,
    triggerId: input.trigger?.id ?? null,
    createdBy: input.createdBy,
    firstResponseDueAt: due.firstResponseDueAt,
    resolutionDueAt: due.resolutionDueAt,
    createdAt: now,
    updatedAt: now,
  });

  const by = { workspaceId: ws, caseId: id, actorId: input.createdBy };
  await recordChanges(tx, { ...by, automation: input.trigger?.name ?? null }, [
    { field: 'status', from: null, to: 'new' },
    { field: 'priority', from: null, to: input.priority },
  ]);
  await recordChanges(tx, { ...by, automation: routedBy }, [{ field: 'department', from: null, to: departmentId ?? null }]);
  await recordChanges(tx, { ...by, automation: autoAssigned ? 'assignment' : null }, [{ field: 'assignee', from: null, to: assigneeId ?? null }]);

  if (input.trigger) {
    await tx
      .update(caseTriggers)
      .set({ fired: sql`${caseTriggers.fired} + 1` })
      .where(and(eq(caseTriggers.workspaceId, ws), eq(caseTriggers.id, input.trigger.id)));
  }
  const data = { number, subject: input.subject };
  if (assigneeId) await notify(tx, { workspaceId: ws, userIds: [assigneeId], except: input.createdBy, kind: 'assigned', caseId: id, data });
  if (input.source === 'rule' && departmentId) {
    const score = Object.entries(facts.scores)[0];
    await notify(tx, {
      workspaceId: ws,
      userIds: await departmentAudience(tx, ws, departmentId),
      kind: 'negative_feedback',
      caseId: id,
      data: { ...data, rule: input.trigger?.name ?? null, metric: score?.[0] ?? null, score: score?.[1] ?? null },
    });
  }
  await liveInTx(tx, ws, 'cases.changed', { id });
  return { id, number };
}
