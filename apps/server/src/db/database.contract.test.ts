import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../test/databases.js';
import { newId } from '../platform/ids.js';
import { queryRows } from './database.js';
import { departments, workspaces } from './schema.js';

/** The storage contract: every engine Footprint runs on passes the same suite. */
describe.each(ENGINES)('storage contract on $name', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await engine.create();
  });
  afterAll(async () => {
    await t.drop();
  });

  it('is ready once migrated, and migrating again changes nothing', async () => {
    expect(await t.database.ready()).toBe(true);
    await t.database.migrate();
    expect(await t.database.ready()).toBe(true);
  });

  it('stores Vietnamese text exactly and keys tenant rows by (workspace_id, id)', async () => {
    const w1 = newId();
    const w2 = newId();
    await t.database.db.insert(workspaces).values([
      { id: w1, name: 'Siêu thị Đà Nẵng' },
      { id: w2, name: 'Nhà thuốc Hà Nội' },
    ]);
    const shared = newId();
    // The same id in two workspaces is two rows: the key is the pair.
    await t.database.db.insert(departments).values([
      { workspaceId: w1, id: shared, nameVi: 'Kho', nameEn: 'Warehouse' },
      { workspaceId: w2, id: shared, nameVi: 'Vận chuyển', nameEn: 'Shipping' },
    ]);
    const [d] = await t.database.db
      .select()
      .from(departments)
      .where(and(eq(departments.workspaceId, w2), eq(departments.id, shared)));
    expect(d?.nameVi).toBe('Vận chuyển');
    const [w] = await t.database.db.select().from(workspaces).where(eq(workspaces.id, w1));
    expect(w?.name).toBe('Siêu thị Đà Nẵng');
    expect(w?.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('rolls a failed transaction back whole', async () => {
    const id = newId();
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.insert(workspaces).values({ id, name: 'Tạm thời' });
        await tx.execute(sql`select 1/0`);
      }),
    ).rejects.toThrow();
    const rows = await t.database.db.select().from(workspaces).where(eq(workspaces.id, id));
    expect(rows).toHaveLength(0);
  });

  it('returns timestamptz as instants, whatever the session time zone', async () => {
    const [r] = await queryRows<{ t: Date | string }>(t.database.db, sql`select timestamptz '2026-01-01 07:00:00+07' as t`);
    expect(new Date(r!.t).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('delivers NOTIFY to listeners, and only after commit', async () => {
    const got: string[] = [];
    const stop = await t.database.listen('fp_contract', (p) => got.push(p));
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('fp_contract', 'in-tx')`);
      await new Promise((r) => setTimeout(r, 100));
      expect(got).not.toContain('in-tx');
    });
    await t.database.notify('fp_contract', 'Xin chào');
    const until = Date.now() + 5000;
    while (got.length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(got).toEqual(['in-tx', 'Xin chào']);
    await stop();
  });
});
