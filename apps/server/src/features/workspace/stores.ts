import { escapeLike, foldForSearch, type Store, type StoreQuery } from '@footprint/core';
import { and, asc, count, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { stores } from '../../db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';
const nameTaken = () => new AppError(409, 'store_name_taken', 'A store with this name already exists');

// Written out: inside a template, drizzle leaves column names unqualified, which would compare kiosk_devices with itself.
const kioskCount = sql<number>`(select count(*) from kiosk_devices k where k.workspace_id = ${sql.raw('"stores"."workspace_id"')} and k.store_id = ${sql.raw('"stores"."id"')})`.mapWith(Number);
const sortColumns = { name: stores.nameSearch, province: stores.provinceSearch, createdAt: stores.createdAt } as const;

function toStore(r: typeof stores.$inferSelect, kiosks: number): Store {
  return { id: r.id, name: r.name, address: r.address, province: r.province, kioskCount: kiosks, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
}

/**
 * The folded columns a store is searched and sorted by: its name (unique), name + address + province
 * ("ha noi" finds a store in Hà Nội by any of them) and its province. Whoever writes a store writes these.
 */
export const storeSearchColumns = (s: { name: string; address: string; province: string }) => ({
  nameSearch: foldForSearch(s.name),
  search: foldForSearch(`${s.name} ${s.address} ${s.province}`),
  provinceSearch: foldForSearch(s.province),
});

export async function listStores(db: Db, workspaceId: string, q: StoreQuery) {
  const where: SQL[] = [eq(stores.workspaceId, workspaceId)];
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(like(stores.search, `%${escapeLike(word)}%`));
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await db
    .select({ s: stores, kioskCount, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(stores)
    .where(and(...where))
    .orderBy(dir(sortColumns[q.sort]), asc(stores.nameSearch), asc(stores.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const total = rows[0]?.total ?? (q.page > 1 ? Number((await db.select({ n: count() }).from(stores).where(and(...where)))[0]?.n ?? 0) : 0);
  return { items: rows.map((r) => toStore(r.s, r.kioskCount)), total, page: q.page, pageSize: q.pageSize };
}

export async function getStore(db: Db, workspaceId: string, id: string): Promise<Store> {
  const [r] = await db.select({ s: stores, kioskCount }).from(stores).where(and(eq(stores.workspaceId, workspaceId), eq(stores.id, id)));
  if (!r) throw notFound('Store not found');
  return toStore(r.s, r.kioskCount);
}

export async function createStore(db: Db, workspaceId: string, input: { name: string; address: string; province: string }): Promise<string> {
  const id = newId();
  try {
    await db.insert(stores).values({ workspaceId, id, ...input, ...storeSearchColumns(input) });
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken();
    throw e;
  }
  return id;
}

export async function updateStore(db: Db, workspaceId: string, id: string, patch: { name?: string | undefined; address?: string | undefined; province?: string | undefined }): Promise<void> {
  await db.transaction(async (tx) => {
    const [cur] = await tx.select().from(stores).where(and(eq(stores.workspaceId, workspaceId), eq(stores.id, id))).for('update');
    if (!cur) throw notFound('Store not found');
    const next = { name: patch.name ?? cur.name, address: patch.address ?? cur.address, province: patch.province ?? cur.province };
    try {
      await tx
        .update(stores)
        .set({ ...next, ...storeSearchColumns(next), updatedAt: new Date() })
        .where(and(eq(stores.workspaceId, workspaceId), eq(stores.id, id)));
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken();
      throw e;
    }
  });
}

/** A store with kiosk tablets in it is kept until they are moved or removed; its past answers keep its id. */
export async function deleteStore(db: Db, workspaceId: string, id: string): Promise<void> {
  const s = await getStore(db, workspaceId, id);
  const inUse = (kiosks: number) => new AppError(409, 'store_in_use', 'Move or remove the kiosk tablets of this store first', { kiosks });
  if (s.kioskCount > 0) throw inUse(s.kioskCount);
  try {
    await db.delete(stores).where(and(eq(stores.workspaceId, workspaceId), eq(stores.id, id)));
  } catch (e) {
    // A tablet registered to it meanwhile: the foreign key refuses.
    if ((e as { cause?: { code?: string } }).cause?.code === '23503' || (e as { code?: string }).code === '23503') throw inUse(1);
    throw e;
  }
}
