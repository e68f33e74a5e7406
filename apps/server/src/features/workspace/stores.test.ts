import { zPage, ZStore, type Store } from '@footprint/core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stores } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { storeSearchColumns } from './stores.js';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeKey, makeWorkspace, type TestWorkspace } from '../../test/server.js';
import { startTestServer } from '../../test/server.js';

const ZStores = zPage(ZStore);

describe.each(ENGINES)('stores on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  const as = () => ({ cookie: ws.cookie });
  const create = async (body: Record<string, unknown>) => call(server, 'POST', '/api/v1/stores', as(), body);
  const list = async (query: string) => {
    const r = await call(server, 'GET', `/api/v1/stores${query}`, as());
    expect(r.statusCode, r.body).toBe(200);
    return ZStores.parse(r.data);
  };

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi Điện máy An Phát');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('creates stores in NFC, and refuses a second one with the same name however it is typed', async () => {
    const r = await create({ name: 'Chi nhánh Hà Đông'.normalize('NFD'), address: '  12 Quang Trung, Hà Đông ', province: 'Hà Nội' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.data).toMatchObject({ name: 'Chi nhánh Hà Đông', address: '12 Quang Trung, Hà Đông', province: 'Hà Nội', kioskCount: 0 });
    const dup = await create({ name: 'CHI NHANH HA DONG' });
    expect(dup.statusCode).toBe(409);
    expect(dup.data).toMatchObject({ error: { code: 'store_name_taken' } });
    for (const bad of [{ name: '' }, { name: 'x'.repeat(121) }, { name: 'Cửa hàng', province: 'a\u0000b' }, {}]) {
      const b = await create(bad);
      expect(b.statusCode, JSON.stringify(bad)).toBe(400);
      expect(b.data).toMatchObject({ error: { code: 'validation_failed' } });
    }
  });

  it('searches name, address and province without diacritics, sorts and pages', async () => {
    for (const s of [
      { name: 'Cửa hàng Quận 1', address: '45 Lê Lợi, Bến Nghé', province: 'TP. Hồ Chí Minh' },
      { name: 'Cửa hàng Đà Nẵng', address: '8 Bạch Đằng', province: 'Đà Nẵng' },
      { name: 'Cửa hàng Cầu Giấy', address: '101 Xuân Thuỷ', province: 'Hà Nội' },
    ]) expect((await create(s)).statusCode).toBe(201);
    expect((await list('?q=ha%20noi')).items.map((s) => s.name)).toEqual(['Chi nhánh Hà Đông', 'Cửa hàng Cầu Giấy']);
    expect((await list('?q=da%20nang')).items.map((s) => s.name)).toEqual(['Cửa hàng Đà Nẵng']);
    expect((await list('?q=le%20loi')).items.map((s) => s.name)).toEqual(['Cửa hàng Quận 1']);
    expect((await list('?q=%25')).total).toBe(0);
    const byProvince = await list('?sort=province&order=desc');
    expect(byProvince.items.map((s) => s.province)).toEqual(['TP. Hồ Chí Minh', 'Hà Nội', 'Hà Nội', 'Đà Nẵng']);
    expect(byProvince.items.map((s) => s.name).slice(1, 3)).toEqual(['Chi nhánh Hà Đông', 'Cửa hàng Cầu Giấy']);
    const page2 = await list('?pageSize=3&page=2');
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items).toHaveLength(1);
    expect((await list('?pageSize=3&page=9')).total).toBe(4);
  });

  it('edits and deletes a store; another workspace sees none of them', async () => {
    const s = (await create({ name: 'Cửa hàng tạm' })).data as Store;
    const renamed = await call(server, 'PATCH', `/api/v1/stores/${s.id}`, as(), { name: 'Cửa hàng Long Biên', province: 'Hà Nội' });
    expect(renamed.data).toMatchObject({ name: 'Cửa hàng Long Biên', province: 'Hà Nội', address: '' });
    expect((await call(server, 'PATCH', `/api/v1/stores/${s.id}`, as(), { name: 'cua hang da nang' })).data).toMatchObject({ error: { code: 'store_name_taken' } });
    const other = await makeWorkspace(server, 'Nhà thuốc khác');
    expect((await call(server, 'GET', `/api/v1/stores/${s.id}`, { cookie: other.cookie })).statusCode).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/stores/${s.id}`, { cookie: other.cookie })).statusCode).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/stores/${s.id}`, as())).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/stores/${s.id}`, as())).statusCode).toBe(404);
  });

  it('folds stores made before the search columns existed (the migration) exactly as the app does', async () => {
    const drizzle = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');
    const file = readdirSync(drizzle).find((f) => f.endsWith('_store_search_backfill.sql'))!;
    const backfill = readFileSync(path.join(drizzle, file), 'utf8').split('--> statement-breakpoint').find((x) => x.includes('UPDATE "stores"'))!;
    const db = server.ctx.database.db;
    const old = [
      { name: 'Điện máy An Phát — ĐỐNG ĐA', address: '  Số 5   Nguyễn Lương Bằng ', province: 'Thừa Thiên Huế' },
      { name: 'Cửa hàng Ỷ Lan', address: 'Ngõ Quỳnh, Hai Bà Trưng', province: 'HÀ NỘI' },
    ];
    const ids = old.map(() => newId());
    await db.insert(stores).values(old.map((s, i) => ({ workspaceId: ws.workspaceId, id: ids[i]!, ...s, nameSearch: storeSearchColumns(s).nameSearch })));
    await db.execute(sql.raw(backfill));
    for (const [i, s] of old.entries()) {
      const [row] = await db.select({ search: stores.search, provinceSearch: stores.provinceSearch }).from(stores).where(eq(stores.id, ids[i]!));
      const want = storeSearchColumns(s);
      expect(row).toEqual({ search: want.search, provinceSearch: want.provinceSearch });
    }
    expect((await list('?q=dong%20da%20hue')).items.map((x) => x.name)).toEqual([old[0]!.name]);
  });

  it('lets read keys list stores but not change them', async () => {
    const read = await makeKey(server, ws, 'secret', 'read');
    expect((await call(server, 'GET', '/api/v1/stores', { key: read })).statusCode).toBe(200);
    const r = await call(server, 'POST', '/api/v1/stores', { key: read }, { name: 'Không được' });
    expect(r.statusCode).toBe(403);
    expect(r.data).toMatchObject({ error: { code: 'forbidden' } });
  });
});
