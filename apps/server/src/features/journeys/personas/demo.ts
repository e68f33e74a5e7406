import { DEMO_PERSONAS, demoUuid, foldForSearch, ZPersonaProfile, ZPersonaRule } from '@footprint/core';
import type { Db } from '../../../db/database.js';
import { personas } from '../../../db/schema.js';

/** The demo's personas; loading again adds nothing (a persona of the same name, or id, is kept as it is). */
export async function loadDemoPersonas(db: Db, workspaceId: string): Promise<number> {
  const rows = DEMO_PERSONAS.map((p, i) => ({
    workspaceId,
    id: demoUuid(Date.UTC(2026, 0, 1) + i, `${workspaceId}:persona:${p.name}`),
    name: p.name,
    nameSearch: foldForSearch(p.name),
    avatar: p.avatar,
    profile: ZPersonaProfile.parse(p.profile),
    rule: ZPersonaRule.parse(p.rule),
  }));
  const inserted = await db.insert(personas).values(rows).onConflictDoNothing().returning({ id: personas.id });
  return inserted.length;
}
