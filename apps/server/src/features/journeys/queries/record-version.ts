import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { journeyVersions } from '../../../db/schema.js';

/** Saves by one person this close together share one history row, so autosave does not flood the history. */
export const VERSION_MERGE_MINUTES = 10;

/**
 * Writes a save into the map's history: a new row, or, when the newest row is the same person's and
 * at most VERSION_MERGE_MINUTES old, that row moved forward to this version. Keys (no person) and
 * restores always add a row. Runs in the save's transaction, after the map's row was updated (and so
 * locked), so two saves of one map cannot interleave here.
 */
export async function recordVersion(
  tx: Db,
  v: { workspaceId: string; journeyId: string; version: number; name: string; doc: unknown; savedBy: string | null; at: Date; merge: boolean },
): Promise<void> {
  const mine = and(eq(journeyVersions.workspaceId, v.workspaceId), eq(journeyVersions.journeyId, v.journeyId));
  if (v.merge && v.savedBy) {
    const [last] = await tx
      .select({ version: journeyVersions.version, savedBy: journeyVersions.savedBy, savedAt: journeyVersions.savedAt })
      .from(journeyVersions)
      .where(mine)
      .orderBy(desc(journeyVersions.version))
      .limit(1);
    if (last && last.savedBy === v.savedBy && v.at.getTime() - last.savedAt.getTime() <= VERSION_MERGE_MINUTES * 60_000) {
      await tx
        .update(journeyVersions)
        .set({ version: v.version, name: v.name, doc: v.doc, savedAt: v.at })
        .where(and(mine, eq(journeyVersions.version, last.version)));
      return;
    }
  }
  await tx.insert(journeyVersions).values({ workspaceId: v.workspaceId, journeyId: v.journeyId, version: v.version, name: v.name, doc: v.doc, savedBy: v.savedBy, savedAt: v.at });
}
