import { ZJourneyDoc, type JourneyDoc, type JourneyVersion, type JourneyVersionSummary } from '@footprint/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { journeys, journeyVersions, users } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { updateJourney } from './journeys.js';

const select = (db: Db) =>
  db
    .select({ v: journeyVersions, saverName: users.name, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(journeyVersions)
    .leftJoin(users, eq(users.id, journeyVersions.savedBy));

type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

const toSummary = (r: Row): JourneyVersionSummary => ({
  version: r.v.version,
  name: r.v.name,
  savedBy: r.v.savedBy ? { id: r.v.savedBy, name: r.saverName ?? '' } : null,
  savedAt: r.v.savedAt.toISOString(),
  stageCount: (r.v.doc as JourneyDoc).stages.length,
});

async function mustExist(db: Db, workspaceId: string, id: string): Promise<void> {
  const [j] = await db.select({ id: journeys.id }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, id)));
  if (!j) throw notFound('Journey map not found');
}

/** A map's history, newest first. */
export async function listVersions(db: Db, workspaceId: string, id: string, page: number, pageSize: number) {
  await mustExist(db, workspaceId, id);
  const where = and(eq(journeyVersions.workspaceId, workspaceId), eq(journeyVersions.journeyId, id));
  const rows = await select(db).where(where).orderBy(desc(journeyVersions.version)).limit(pageSize).offset((page - 1) * pageSize);
  const total = rows[0]?.total ?? (page > 1 ? ((await select(db).where(where).limit(1))[0]?.total ?? 0) : 0);
  return { items: rows.map(toSummary), total, page, pageSize };
}

/** One saved state. Versions merged into a later row of the same person's session are not kept (404). */
export async function getVersion(db: Db, workspaceId: string, id: string, version: number): Promise<JourneyVersion> {
  const [r] = await select(db).where(and(eq(journeyVersions.workspaceId, workspaceId), eq(journeyVersions.journeyId, id), eq(journeyVersions.version, version)));
  if (!r) throw notFound('Version not found');
  return { ...toSummary(r), doc: ZJourneyDoc.parse(r.v.doc) };
}

/**
 * Puts an old state back as a new save (its own history row): the map's `current` version must be
 * sent, like any save, so a restore cannot overwrite an edit made meanwhile. The name comes back too.
 */
export async function restoreVersion(db: Db, workspaceId: string, id: string, version: number, current: number, by: string | null): Promise<void> {
  const old = await getVersion(db, workspaceId, id, version);
  await updateJourney(db, workspaceId, id, { name: old.name, doc: old.doc, version: current }, by, { restore: true });
}
