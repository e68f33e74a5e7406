import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { customers, departments, memberships, responses, surveys, touchpoints } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';

/** Refused exactly like an id that exists nowhere: another workspace's ids are not confirmed to exist. */
const unknown = (field: string) =>
  new AppError(404, 'case_reference_unknown', `The ${field} does not exist in this workspace`, { field });

/** Checks that ids a request names belong to the workspace: 404 case_reference_unknown naming the field otherwise. */
export async function checkReferences(
  db: Db,
  workspaceId: string,
  r: { customerId?: string | null; touchpointId?: string | null; departmentId?: string | null; assigneeId?: string | null; responseId?: string | null },
): Promise<void> {
  if (r.customerId) {
    const [x] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.workspaceId, workspaceId), eq(customers.id, r.customerId)));
    if (!x) throw unknown('customerId');
  }
  if (r.touchpointId) {
    const [x] = await db.select({ id: touchpoints.id }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.id, r.touchpointId)));
    if (!x) throw unknown('touchpointId');
  }
  if (r.departmentId) {
    const [x] = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, r.departmentId)));
    if (!x) throw unknown('departmentId');
  }
  if (r.assigneeId) await checkWorkers(db, workspaceId, [r.assigneeId], 'assigneeId');
  if (r.responseId) {
    const [x] = await db.select({ id: responses.id }).from(responses).where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, r.responseId)));
    if (!x) throw unknown('responseId');
  }
}

/** Members who can work cases (any role but viewer): an assignee, a lead. */
export async function checkWorkers(db: Db, workspaceId: string, userIds: string[], field: string): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds), ne(memberships.role, 'viewer')));
  if (new Set(rows.map((r) => r.id)).size !== new Set(userIds).size) throw unknown(field);
}

/** Any members (a note may mention a viewer: they are told, even if they cannot open the case). */
export async function checkMembers(db: Db, workspaceId: string, userIds: string[], field: string): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await db.select({ id: memberships.userId }).from(memberships).where(and(eq(memberships.workspaceId, workspaceId), inArray(memberships.userId, userIds)));
  if (new Set(rows.map((r) => r.id)).size !== new Set(userIds).size) throw unknown(field);
}

/** A rule's touchpoints and surveys must be the workspace's own (404 case_reference_unknown otherwise). */
export async function checkConditionRefs(db: Db, workspaceId: string, c: { touchpointIds: string[]; surveyIds: string[] } | undefined): Promise<void> {
  if (!c) return;
  const tps = [...new Set(c.touchpointIds)];
  if (tps.length > 0) {
    const rows = await db.select({ id: touchpoints.id }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, tps)));
    if (rows.length !== tps.length) throw unknown('conditions.touchpointIds');
  }
  const svs = [...new Set(c.surveyIds)];
  if (svs.length > 0) {
    const rows = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), inArray(surveys.id, svs)));
    if (rows.length !== svs.length) throw unknown('conditions.surveyIds');
  }
}
