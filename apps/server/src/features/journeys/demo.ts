import { demoJourneys, foldForSearch, type DepartmentKey } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments, journeys, touchpoints } from '../../db/schema.js';
import { createJourney } from './journeys.js';

/**
 * The demo chain's journey maps (core's demoJourneys) on its touchpoints and departments. Found
 * again by name, so loading twice adds nothing and never overwrites a map someone has edited.
 * The touchpoints must exist already (the footprints make them).
 */
export async function loadDemoJourneys(db: Db, workspaceId: string): Promise<number> {
  const tps = new Map((await db.select({ id: touchpoints.id, name: touchpoints.name }).from(touchpoints).where(eq(touchpoints.workspaceId, workspaceId))).map((t) => [t.name, t.id]));
  const depts = new Map(
    (await db.select({ id: departments.id, key: departments.key }).from(departments).where(eq(departments.workspaceId, workspaceId))).flatMap((d) => (d.key ? [[d.key, d.id] as const] : [])),
  );
  const maps = demoJourneys({ touchpoint: (name) => tps.get(name) ?? null, department: (key: DepartmentKey) => depts.get(key) ?? null });
  const idOf = async (name: string) =>
    (await db.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.nameSearch, foldForSearch(name)))).limit(1))[0]?.id ?? null;
  let added = 0;
  for (const m of maps) {
    if (await idOf(m.name)) continue;
    const currentStateId = m.currentState ? await idOf(m.currentState) : null;
    await createJourney(db, workspaceId, { name: m.name, description: m.description, kind: m.kind, doc: m.doc, currentStateId, personaId: null }, null);
    added++;
  }
  return added;
}
