import { addCes, addNps, cesScore, emptyCes, emptyNps, foldForSearch, npsScore, todayIn, type Persona, type PersonaCoverage, type PersonaSummary } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { answerAt, dashboardWorkspace } from '../../../test/score-fixtures.js';
import { call, makeKey, type TestWorkspace } from '../../../test/server.js';
import { loadDemoPersonas } from './demo.js';

type Page = { items: PersonaSummary[]; total: number };

// A 1×1 PNG and the first bytes of a JPEG: real images' signatures.
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const png = `data:image/png;base64,${PNG_1PX}`;

describe.each(ENGINES)('personas on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let readKey: string;
  let publicId: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startServer();
    const d = await dashboardWorkspace(server, 'Điện máy Sao Mai');
    ws = d.ws;
    publicId = d.survey.publicId;
    readKey = await makeKey(server, ws, 'secret', 'read');
    const writeKey = await makeKey(server, ws, 'write');
    // Four customers: two in Hà Nội (one a woman with a birthday), one in Đà Nẵng, one with no province.
    const batch = [
      { type: 'identify', userId: 'lan', traits: { name: 'Nguyễn Thị Lan', province: 'Hà Nội', gender: 'female', birthday: '1992-03-04', tier: 'Vàng', orders: 7 } },
      { type: 'identify', userId: 'tuan', traits: { name: 'Trần Văn Tuấn', province: 'Hà Nội', gender: 'male', tier: 'Bạc', orders: '2' } },
      { type: 'identify', userId: 'hoa', traits: { name: 'Lê Thị Hoa', province: 'Đà Nẵng', gender: 'female', email: 'hoa@example.vn' } },
      { type: 'identify', userId: 'an', traits: { name: 'Phạm An' } },
    ];
    const r = await server.app.inject({ method: 'POST', url: '/v1/batch', payload: { writeKey, batch } });
    expect(r.statusCode, r.body).toBe(200);
    const now = new Date();
    await answerAt(server, publicId, now, { answers: { nps: 10, ces: 6 }, userId: 'lan' });
    await answerAt(server, publicId, now, { answers: { nps: 3, why_low: { text: 'Giao chậm' }, ces: 2 }, userId: 'tuan' });
    await answerAt(server, publicId, now, { answers: { nps: 9 }, userId: 'hoa' });
    // Long ago: outside the default 90 days.
    await answerAt(server, publicId, new Date(now.getTime() - 200 * 86_400_000), { answers: { nps: 0 }, userId: 'lan' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  async function startServer() {
    const { startTestServer } = await import('../../../test/server.js');
    return startTestServer(t.database);
  }
  const owner = () => ({ cookie: ws.cookie });
  const create = async (body: unknown) => {
    const r = await call(server, 'POST', '/api/v1/personas', owner(), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Persona;
  };
  const haNoi = { match: 'all', conditions: [{ field: 'province', op: 'eq', value: 'ha noi' }] };

  it('creates a persona with its profile, empathy map and rule, and counts the customers it covers', async () => {
    const p = await create({
      name: 'Chị Lan — mẹ bỉm sữa ở Hà Nội',
      photo: png,
      profile: {
        ageMin: 28,
        ageMax: 35,
        occupation: 'Kế toán',
        province: 'Hà Nội',
        incomeMin: 15_000_000,
        goals: ['Giao hàng đúng hẹn'],
        preferredChannels: ['app', 'zalo', 'app'],
        quote: 'Tôi không có thời gian ra cửa hàng.',
        empathy: { says: ['Giao trước 6 giờ nhé'], feels: ['Lo lắng khi đơn chậm'] },
      },
      rule: haNoi,
    });
    expect(p).toMatchObject({ name: 'Chị Lan — mẹ bỉm sữa ở Hà Nội', photo: png, version: 1, hasRule: true, customers: 2, quote: 'Tôi không có thời gian ra cửa hàng.', createdBy: { id: ws.ownerId } });
    expect(p.profile.preferredChannels).toEqual(['app', 'zalo']);
    expect(p.profile.empathy).toEqual({ says: ['Giao trước 6 giờ nhé'], thinks: [], does: [], feels: ['Lo lắng khi đơn chậm'] });
  });

  it('reports the covered customers, their share and their scores over the period', async () => {
    const p = await create({ name: 'Khách Hà Nội', rule: haNoi });
    const r = await call(server, 'GET', `/api/v1/personas/${p.id}/coverage`, { key: readKey });
    expect(r.statusCode, r.body).toBe(200);
    const c = r.data as PersonaCoverage;
    expect(c).toMatchObject({ customers: 2, total: 4, share: 0.5, responses: 2, to: todayIn('Asia/Ho_Chi_Minh') });
    expect(c.nps).toEqual(npsScore(addNps(addNps(emptyNps(), 10), 3)));
    expect(c.ces).toEqual(cesScore(addCes(addCes(emptyCes(), 6), 2)));
    expect(c.csat).toBeNull();
    // A period that holds only the old answer.
    const old = new Date(Date.now() - 200 * 86_400_000);
    const day = todayIn('Asia/Ho_Chi_Minh', old);
    const then = (await call(server, 'GET', `/api/v1/personas/${p.id}/coverage?from=${day}&to=${day}`, owner())).data as PersonaCoverage;
    expect(then).toMatchObject({ from: day, to: day, responses: 1, customers: 2 });
    expect(then.nps?.n).toBe(1);
    expect(then.nps?.score).toBe(-100);
  });

  it('previews a rule as it is being written: traits, numbers as text, "any" and none', async () => {
    const preview = async (rule: unknown) => {
      const r = await call(server, 'POST', '/api/v1/personas/coverage', { key: readKey }, { rule });
      expect(r.statusCode, r.body).toBe(200);
      return r.data as PersonaCoverage;
    };
    expect((await preview({ match: 'all', conditions: [{ field: 'trait', key: 'tier', op: 'eq', value: 'vang' }] })).customers).toBe(1);
    expect((await preview({ match: 'all', conditions: [{ field: 'trait', key: 'orders', op: 'gte', value: 2 }] })).customers).toBe(2);
    expect((await preview({ match: 'any', conditions: [{ field: 'province', op: 'contains', value: 'NANG' }, { field: 'age', op: 'gte', value: 18 }] })).customers).toBe(2);
    expect((await preview({ match: 'all', conditions: [{ field: 'email', op: 'exists', value: true }] })).customers).toBe(1);
    expect((await preview({ match: 'any', conditions: [] })).customers).toBe(0);
    const all = await preview({ match: 'all', conditions: [] });
    expect(all).toMatchObject({ customers: 4, share: 1, responses: 3 });
  });

  it('refuses rules that do not make sense, with the place named', async () => {
    const bad = [
      { match: 'all', conditions: [{ field: 'trait', op: 'eq', value: 'x' }] },
      { match: 'all', conditions: [{ field: 'province', op: 'gt', value: 3 }] },
      { match: 'all', conditions: [{ field: 'age', op: 'gte', value: 'ba mươi' }] },
      { match: 'all', conditions: [{ field: 'email', op: 'exists', value: 'có' }] },
      { match: 'some', conditions: [] },
    ];
    for (const rule of bad) {
      const r = await call(server, 'POST', '/api/v1/personas', owner(), { name: 'Sai luật', rule });
      expect(r.statusCode, JSON.stringify(rule)).toBe(400);
      expect((r.data as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });

  it('checks the photo: a real PNG, JPEG or WebP of at most 300 KB', async () => {
    const tryPhoto = async (photo: string) => call(server, 'POST', '/api/v1/personas', owner(), { name: `Ảnh ${Math.random()}`, photo });
    const gif = await tryPhoto('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
    expect(gif.statusCode).toBe(422);
    expect((gif.data as { error: { code: string } }).error.code).toBe('photo_invalid');
    const lying = await tryPhoto(`data:image/jpeg;base64,${PNG_1PX}`);
    expect((lying.data as { error: { code: string } }).error.code).toBe('photo_invalid');
    const big = Buffer.concat([Buffer.from(PNG_1PX, 'base64'), Buffer.alloc(310 * 1024, 7)]).toString('base64');
    const tooBig = await tryPhoto(`data:image/png;base64,${big}`);
    expect(tooBig.statusCode).toBe(413);
    expect((tooBig.data as { error: { code: string; message: string } }).error).toMatchObject({ code: 'photo_too_large', message: 'The photo is larger than 300 KB.', details: { maxBytes: 300 * 1024 } });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString('base64');
    expect((await tryPhoto(`data:image/jpeg;base64,${jpeg}`)).statusCode).toBe(201);
  });

  it('lists, searches without diacritics, sorts and pages', async () => {
    await create({ name: 'Anh Minh — dân văn phòng ở TP.HCM', avatar: 'office' });
    await create({ name: 'Cô Hoa — khách quen tại cửa hàng', avatar: 'shopkeeper' });
    const list = async (qs: string) => (await call(server, 'GET', `/api/v1/personas?${qs}`, { key: readKey })).data as Page;
    expect((await list('q=co hoa')).items.map((p) => p.name)).toEqual(['Cô Hoa — khách quen tại cửa hàng']);
    expect((await list('q=MINH VAN PHONG')).items.map((p) => p.avatar)).toEqual(['office']);
    const names = (await list('sort=name&order=asc&pageSize=200')).items.map((p) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(4);
    expect(names).toEqual([...names].sort((a, b) => (foldForSearch(a) < foldForSearch(b) ? -1 : 1)));
    const page2 = await list('sort=name&order=asc&pageSize=2&page=2');
    expect(page2).toMatchObject({ total: names.length });
    expect(page2.items.map((p) => p.name)).toEqual(names.slice(2, 4));
    expect((await list('sort=name&order=desc&pageSize=1')).items[0]!.name).toBe(names.at(-1));
    const sketch = (await list('q=anh minh')).items[0]!;
    expect(sketch).toMatchObject({ hasRule: false, customers: null });
  });

  it('refuses a save made on an older version (409 version_conflict) and a taken name', async () => {
    const p = await create({ name: 'Sinh viên Đà Nẵng' });
    const first = await call(server, 'PATCH', `/api/v1/personas/${p.id}`, owner(), { profile: { quote: 'Rẻ là được' }, version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect((first.data as Persona).version).toBe(2);
    const stale = await call(server, 'PATCH', `/api/v1/personas/${p.id}`, owner(), { name: 'Sinh viên', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data).toMatchObject({ error: { code: 'version_conflict', details: { version: 2 } } });
    const taken = await call(server, 'PATCH', `/api/v1/personas/${p.id}`, owner(), { name: 'sinh vien da nang ', version: 2 });
    expect(taken.statusCode).toBe(200);
    const dup = await call(server, 'POST', '/api/v1/personas', owner(), { name: 'SINH VIÊN ĐÀ NẴNG' });
    expect(dup.statusCode).toBe(409);
    expect((dup.data as { error: { code: string } }).error.code).toBe('persona_name_taken');
  });

  it('duplicates and deletes; a read key reads but cannot write', async () => {
    const p = await create({ name: 'Khách VIP', rule: haNoi, avatar: 'man' });
    const copy = await call(server, 'POST', `/api/v1/personas/${p.id}/duplicate`, owner());
    expect(copy.statusCode).toBe(201);
    expect(copy.data).toMatchObject({ name: 'Khách VIP (copy)', rule: p.rule, avatar: 'man', customers: 2 });
    const again = await call(server, 'POST', `/api/v1/personas/${p.id}/duplicate`, owner());
    expect((again.data as Persona).name).toBe('Khách VIP (copy 2)');
    expect((await call(server, 'PATCH', `/api/v1/personas/${p.id}`, { key: readKey }, { name: 'Đổi' })).statusCode).toBe(403);
    expect((await call(server, 'DELETE', `/api/v1/personas/${p.id}`, owner())).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/personas/${p.id}`, owner())).statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/personas/${p.id}/coverage`, owner())).statusCode).toBe(404);
  });

  it('loads the demo personas once, tied to the demo customers', async () => {
    expect(await loadDemoPersonas(server.ctx.database.db, ws.workspaceId)).toBe(3);
    expect(await loadDemoPersonas(server.ctx.database.db, ws.workspaceId)).toBe(0);
    const lan = ((await call(server, 'GET', '/api/v1/personas?q=chi lan me bim', owner())).data as Page).items[0]!;
    expect(lan).toMatchObject({ name: 'Chị Lan — mẹ bỉm sữa bận rộn ở Hà Nội', hasRule: true, customers: 1 });
  });
});
