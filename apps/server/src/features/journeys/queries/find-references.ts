import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { departments, journeys, personas, touchpoints } from '../../../db/schema.js';

/** Of these touchpoint ids, the ones the workspace has, with their name and channel. */
export async function findTouchpoints(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: touchpoints.id, name: touchpoints.name, channel: touchpoints.channel })
    .from(touchpoints)
    .where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, ids)));
}

/** Of these department ids, the ones the workspace has, with their names. */
export async function findDepartments(db: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: departments.id, nameVi: departments.nameVi, nameEn: departments.nameEn })
    .from(departments)
    .where(and(eq(departments.workspaceId, workspaceId), inArray(departments.id, ids)));
}

export async function findPersona(db: Db, workspaceId: string, id: string) {
  const [p] = await db.select({ id: personas.id, name: personas.name }).from(personas).where(and(eq(personas.workspaceId, workspaceId), eq(personas.id, id)));
  return p ?? null;
}

export async function findJourneyKind(db: Db, workspaceId: string, id: string) {
  const [j] = await db.select({ id: journeys.id, kind: journeys.kind, doc: journeys.doc }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  return j ?? null;
}
