import { escapeLike, foldForSearch, kioskOnline, type KioskDevice, type KioskQuery } from '@footprint/core';
import { and, asc, eq, gt, isNotNull, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { kioskDevices, stores, surveys, surveyTouchpoints, touchpoints } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';

/** The dashboard's side of kiosk tablets: registering, listing, moving, removing. Pairing is in pairing.ts. */

const select = (db: Db) =>
  db
    .select({
      d: kioskDevices,
      storeName: stores.name,
      surveyName: surveys.name,
      surveyStatus: surveys.status,
      touchpointName: touchpoints.name,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(kioskDevices)
    .leftJoin(stores, and(eq(stores.workspaceId, kioskDevices.workspaceId), eq(stores.id, kioskDevices.storeId)))
    .leftJoin(surveys, and(eq(surveys.workspaceId, kioskDevices.workspaceId), eq(surveys.id, kioskDevices.surveyId)))
    .leftJoin(touchpoints, and(eq(touchpoints.workspaceId, kioskDevices.workspaceId), eq(touchpoints.id, kioskDevices.touchpointId)));
type Row = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

function toDevice(r: Row, now: number, offlineAfterSeconds: number): KioskDevice {
  const d = r.d;
  const pairing = d.pairCodeHash !== null && d.pairExpiresAt !== null && d.pairExpiresAt.getTime() > now;
  const iso = (x: Date | null) => x?.toISOString() ?? null;
  return {
    id: d.id,
    name: d.name,
    store: r.storeName !== null ? { id: d.storeId, name: r.storeName } : null,
    survey: r.surveyName !== null && r.surveyStatus !== null ? { id: d.surveyId, name: r.surveyName, status: r.surveyStatus } : null,
    touchpoint: d.touchpointId && r.touchpointName !== null ? { id: d.touchpointId, name: r.touchpointName } : null,
    state: d.tokenHash ? 'paired' : pairing ? 'pairing' : 'unpaired',
    online: d.tokenHash !== null && kioskOnline(d.lastSeenAt, now, offlineAfterSeconds),
    pairingExpiresAt: pairing ? iso(d.pairExpiresAt) : null,
    pairedAt: d.tokenHash ? iso(d.pairedAt) : null,
    lastSeenAt: iso(d.lastSeenAt),
    appVersion: d.appVersion,
    queued: d.queued,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}

const sortColumns = { name: kioskDevices.nameSearch, store: stores.nameSearch, lastSeenAt: kioskDevices.lastSeenAt, createdAt: kioskDevices.createdAt } as const;

export async function listKiosks(db: Db, workspaceId: string, q: KioskQuery, offlineAfterSeconds: number) {
  const now = Date.now();
  const silentSince = new Date(now - offlineAfterSeconds * 1000);
  const where: SQL[] = [eq(kioskDevices.workspaceId, workspaceId)];
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) {
    const pattern = `%${escapeLike(word)}%`;
    where.push(or(like(kioskDevices.nameSearch, pattern), like(stores.search, pattern))!);
  }
  if (q.storeId) where.push(eq(kioskDevices.storeId, q.storeId));
  if (q.status === 'unpaired') where.push(isNull(kioskDevices.tokenHash));
  if (q.status === 'online') where.push(isNotNull(kioskDevices.tokenHash), gt(kioskDevices.lastSeenAt, silentSince));
  if (q.status === 'offline') where.push(isNotNull(kioskDevices.tokenHash), or(isNull(kioskDevices.lastSeenAt), lte(kioskDevices.lastSeenAt, silentSince))!);
  const column = sortColumns[q.sort];
  // Never-seen tablets sort after every seen one, whichever way.
  const order = q.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  const rows = await select(db)
    .where(and(...where))
    .orderBy(order, asc(kioskDevices.nameSearch), asc(kioskDevices.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total = rows[0]?.total ?? (q.page > 1 ? (await select(db).where(and(...where)).limit(1))[0]?.total ?? 0 : 0);
  return { items: rows.map((r) => toDevice(r, now, offlineAfterSeconds)), total, page: q.page, pageSize: q.pageSize, offlineAfterSeconds };
}

export async function getKiosk(db: Db, workspaceId: string, id: string, offlineAfterSeconds: number): Promise<KioskDevice> {
  const [r] = await select(db).where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id)));
  if (!r) throw notFound('Kiosk not found');
  return toDevice(r, Date.now(), offlineAfterSeconds);
}

// The store, survey and touchpoint must all be the workspace's own (another tenant's id is a 404,
// as one that exists nowhere), and the touchpoint one the survey listens at.
async function requireStore(db: Db, workspaceId: string, storeId: string): Promise<void> {
  const [s] = await db.select({ id: stores.id }).from(stores).where(and(eq(stores.workspaceId, workspaceId), eq(stores.id, storeId)));
  if (!s) throw notFound('Store not found');
}
async function requireSurvey(db: Db, workspaceId: string, surveyId: string): Promise<void> {
  const [s] = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
}
async function listensAt(db: Db, workspaceId: string, surveyId: string, touchpointId: string): Promise<boolean> {
  const [tp] = await db
    .select({ id: surveyTouchpoints.touchpointId })
    .from(surveyTouchpoints)
    .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, surveyId), eq(surveyTouchpoints.touchpointId, touchpointId)));
  return tp !== undefined;
}

export async function createKiosk(db: Db, workspaceId: string, input: { name: string; storeId: string; surveyId: string; touchpointId: string | null }): Promise<string> {
  await requireStore(db, workspaceId, input.storeId);
  await requireSurvey(db, workspaceId, input.surveyId);
  if (input.touchpointId && !(await listensAt(db, workspaceId, input.surveyId, input.touchpointId))) throw notFound('Touchpoint not found');
  const id = newId();
  await db.insert(kioskDevices).values({ workspaceId, id, name: input.name, nameSearch: foldForSearch(input.name), storeId: input.storeId, surveyId: input.surveyId, touchpointId: input.touchpointId });
  return id;
}

/**
 * Renames or moves a tablet; only what changes is checked (a survey deleted since does not block a
 * rename). A new survey without a touchpoint named keeps the old touchpoint only when the new
 * survey listens there too. The paired tablet picks the change up at its next heartbeat.
 */
export async function updateKiosk(
  db: Db,
  workspaceId: string,
  id: string,
  patch: { name?: string | undefined; storeId?: string | undefined; surveyId?: string | undefined; touchpointId?: string | null | undefined },
): Promise<void> {
  const [cur] = await db.select().from(kioskDevices).where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id)));
  if (!cur) throw notFound('Kiosk not found');
  if (patch.storeId) await requireStore(db, workspaceId, patch.storeId);
  if (patch.surveyId) await requireSurvey(db, workspaceId, patch.surveyId);
  const surveyId = patch.surveyId ?? cur.surveyId;
  let touchpointId = patch.touchpointId !== undefined ? patch.touchpointId : cur.touchpointId;
  if (touchpointId && (patch.touchpointId !== undefined || surveyId !== cur.surveyId) && !(await listensAt(db, workspaceId, surveyId, touchpointId))) {
    if (patch.touchpointId !== undefined) throw notFound('Touchpoint not found');
    touchpointId = null;
  }
  await db
    .update(kioskDevices)
    .set({
      storeId: patch.storeId ?? cur.storeId,
      surveyId,
      touchpointId,
      ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
      updatedAt: new Date(),
    })
    .where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id)));
}

export async function deleteKiosk(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db.delete(kioskDevices).where(and(eq(kioskDevices.workspaceId, workspaceId), eq(kioskDevices.id, id))).returning({ id: kioskDevices.id });
  if (r.length === 0) throw notFound('Kiosk not found');
}
