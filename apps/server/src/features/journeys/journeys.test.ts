import { foldForSearch, journeyTemplate, type Journey, type JourneyDoc, type JourneySummary } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personas } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';

type Page = { items: JourneySummary[]; total: number };

/** A retail map with a linked touchpoint (owned by a department) and an unlinked idea in its stages. */
export function retailDoc(touchpointId: string, departmentId: string | null = null): JourneyDoc {
  const doc = journeyTemplate('retail', 'current');
  doc.stages[1]!.cells['ln-touchpoints'] = {
    notes: [], pains: [], opportunities: [], emotion: null,
    touchpoints: [{ id: 'tp-search', touchpointId, name: '', channel: 'web', mode: 'online', departmentId, target: { metric: 'csat', min: 80 } }],
  };
  doc.stages[1]!.cells['ln-actions'] = { notes: [{ id: 'n1', text: 'Tìm “tủ lạnh Inverter” trên website' }], touchpoints: [], pains: [], opportunities: [], emotion: null };
  doc.stages[1]!.cells['ln-emotions'] = { notes: [], touchpoints: [], pains: [], opportunities: [], emotion: { value: 1, note: 'Hào hứng' } };
  return doc;
}

describe.each(ENGINES)('journey maps on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let readKey: string;
  let secretKey: string;
  let search: string;
  let foreignTouchpoint: string;
  let care: string;
  let persona: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Điện máy Hoàng Long');
    other = await makeWorkspace(server, 'Cửa hàng khác');
    readKey = await makeKey(server, ws, 'secret', 'read');
    secretKey = await makeKey(server, ws, 'secret', 'full');
    const tp = async (who: TestWorkspace, name: string) =>
      ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: who.cookie }, { name, channel: 'web', rules: { events: [name] } })).data as { id: string }).id;
    search = await tp(ws, 'Tìm kiếm sản phẩm');
    foreignTouchpoint = await tp(other, 'Trang chủ');
    care = ((await call(server, 'GET', '/api/v1/departments', { cookie: ws.cookie })).data as { items: { id: string; nameVi: string }[] }).items.find((d) => d.nameVi === 'Chăm sóc khách hàng')!.id;
    persona = newId();
    await server.ctx.database.db.insert(personas).values({ workspaceId: ws.workspaceId, id: persona, name: 'Chị Lan, nội trợ', nameSearch: foldForSearch('Chị Lan, nội trợ') });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const owner = () => ({ cookie: ws.cookie });
  const create = async (body: unknown) => {
    const r = await call(server, 'POST', '/api/v1/journeys', owner(), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Journey;
  };

  it('offers the models with their stages in both languages', async () => {
    const r = await call(server, 'GET', '/api/v1/journey-templates', { key: readKey });
    expect(r.statusCode).toBe(200);
    const items = (r.data as { items: { key: string; name: { vi: string }; stages: { vi: string; en: string }[] }[] }).items;
    expect(items.map((i) => i.key)).toEqual(['aida', '5a', 'acc', 'retail', 'blank']);
    expect(items[3]!.name.vi).toBe('Hành trình mua lẻ');
    expect(items[3]!.stages[5]).toEqual({ vi: 'Giao hàng', en: 'Delivery' });
  });

  it('creates a map from a model, for a persona, and reads it back with names', async () => {
    const j = await create({ name: 'Hành trình mua tủ lạnh', template: 'retail', kind: 'current', personaId: persona });
    expect(j).toMatchObject({ name: 'Hành trình mua tủ lạnh', kind: 'current', version: 1, stageCount: 9, touchpointCount: 0, persona: { id: persona, name: 'Chị Lan, nội trợ' }, currentState: null, futureStates: [], updatedBy: { id: ws.ownerId, name: 'Nguyễn Văn An' } });
    expect(j.doc.stages.map((s) => s.name.vi)).toContain('Thanh toán');
    const again = await call(server, 'GET', `/api/v1/journeys/${j.id}`, { key: readKey });
    expect(again.statusCode).toBe(200);
    expect(again.data).toEqual(j);
  });

  it('creates from a document, checking every touchpoint and department is the workspace’s own', async () => {
    const j = await create({ name: 'Tìm mua online', kind: 'current', doc: retailDoc(search, care) });
    expect(j.touchpointCount).toBe(1);
    expect(j.doc.stages[1]!.cells['ln-touchpoints']!.touchpoints[0]).toMatchObject({ touchpointId: search, departmentId: care, target: { metric: 'csat', min: 80 } });
    for (const doc of [retailDoc(foreignTouchpoint), retailDoc(newId()), retailDoc(search, newId())]) {
      const r = await call(server, 'POST', '/api/v1/journeys', owner(), { name: 'Lạc', kind: 'current', doc });
      expect(r.statusCode, r.body).toBe(404);
      expect(r.data).toMatchObject({ error: { code: 'journey_reference_unknown', details: { path: expect.stringMatching(/^doc\.stages\.1\.cells\.ln-touchpoints\.touchpoints\.0\./) } } });
      expect(r.body).not.toContain(foreignTouchpoint);
    }
    const lost = await call(server, 'POST', '/api/v1/journeys', owner(), { name: 'Lạc', template: 'aida', personaId: newId() });
    expect(lost.statusCode).toBe(404);
    expect(lost.data).toMatchObject({ error: { code: 'not_found', details: { field: 'personaId' } } });
  });

  it('makes a future state from a copy of its current-state map, and links them both ways', async () => {
    const current = await create({ name: 'Mua hàng hiện tại', kind: 'current', doc: retailDoc(search) });
    const future = await create({ name: 'Mua hàng — tương lai', kind: 'future', currentStateId: current.id });
    expect(future).toMatchObject({ kind: 'future', currentState: { id: current.id, name: 'Mua hàng hiện tại' } });
    expect(future.doc).toEqual(current.doc);
    const reread = (await call(server, 'GET', `/api/v1/journeys/${current.id}`, owner())).data as Journey;
    expect(reread.futureStates).toEqual([{ id: future.id, name: 'Mua hàng — tương lai' }]);
    // Not from another workspace's map, nor from a future state, nor for a kind that is not 'future'.
    const foreign = await call(server, 'POST', '/api/v1/journeys', { cookie: other.cookie }, { name: 'X', kind: 'future', currentStateId: current.id });
    expect(foreign.statusCode).toBe(404);
    expect((await call(server, 'POST', '/api/v1/journeys', owner(), { name: 'X', kind: 'future', currentStateId: future.id })).statusCode).toBe(400);
    expect((await call(server, 'POST', '/api/v1/journeys', owner(), { name: 'X', kind: 'current', currentStateId: current.id })).statusCode).toBe(400);
    // Deleting the current state keeps the future state, unlinked.
    expect((await call(server, 'DELETE', `/api/v1/journeys/${current.id}`, owner())).statusCode).toBe(204);
    expect(((await call(server, 'GET', `/api/v1/journeys/${future.id}`, owner())).data as Journey).currentState).toBeNull();
  });

  it('lists maps paged, searching without diacritics, filtered and sorted', async () => {
    await create({ name: 'Bảo hành điều hoà', template: 'acc', kind: 'blueprint' });
    await create({ name: 'Một ngày của chị Lan', template: '5a', kind: 'day_in_life', personaId: persona });
    const list = async (q: string) => {
      const r = await call(server, 'GET', `/api/v1/journeys${q}`, { key: readKey });
      expect(r.statusCode, r.body).toBe(200);
      return r.data as Page;
    };
    expect((await list('?q=BAO%20HANH%20dieu')).items.map((i) => i.name)).toEqual(['Bảo hành điều hoà']);
    expect((await list('?kind=blueprint')).items.map((i) => i.kind)).toEqual(['blueprint']);
    expect((await list(`?personaId=${persona}&sort=name&order=asc`)).items.map((i) => i.name)).toEqual(['Hành trình mua tủ lạnh', 'Một ngày của chị Lan']);
    const page = await list('?sort=name&order=asc&pageSize=2&page=2');
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(5);
    const all = await list('?sort=kind&order=asc&pageSize=200');
    expect(all.items.map((i) => i.kind)).toEqual([...all.items.map((i) => i.kind)].sort());
    expect((await call(server, 'GET', '/api/v1/journeys', { cookie: other.cookie })).data).toMatchObject({ total: 0 });
  });

  it('refuses a save made on an old version, and the first editor’s work is kept', async () => {
    const j = await create({ name: 'Hai người cùng sửa', template: 'acc', kind: 'current' });
    const first = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, owner(), { version: 1, description: 'Chị An sửa trước' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.data).toMatchObject({ version: 2, description: 'Chị An sửa trước' });
    const second = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, { key: secretKey }, { version: 1, description: 'Anh Bình ghi đè' });
    expect(second.statusCode).toBe(409);
    expect(second.data).toMatchObject({ error: { code: 'version_conflict', details: { version: 2, updatedBy: { id: ws.ownerId, name: 'Nguyễn Văn An' } } } });
    expect(((await call(server, 'GET', `/api/v1/journeys/${j.id}`, owner())).data as Journey).description).toBe('Chị An sửa trước');
    // Reloaded, the second editor saves on the current version.
    const retry = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, { key: secretKey }, { version: 2, description: 'Anh Bình sửa sau' });
    expect(retry.data).toMatchObject({ version: 3, updatedBy: null });
  });

  it('lets only one of two simultaneous saves on one version through', async () => {
    const j = await create({ name: 'Cùng lúc', template: 'aida', kind: 'current' });
    const saves = await Promise.all(
      ['Một', 'Hai', 'Ba'].map((d) => call(server, 'PATCH', `/api/v1/journeys/${j.id}`, owner(), { version: 1, description: d })),
    );
    expect(saves.map((s) => s.statusCode).sort()).toEqual([200, 409, 409]);
    const won = saves.find((s) => s.statusCode === 200)!.data as Journey;
    const now = (await call(server, 'GET', `/api/v1/journeys/${j.id}`, owner())).data as Journey;
    expect(now).toMatchObject({ version: 2, description: won.description });
  });

  it('keeps a history: one entry per person per 10 minutes of saving, restorable as a new version', async () => {
    const j = await create({ name: 'Có lịch sử', template: 'acc', kind: 'current' });
    const doc = j.doc;
    let version = j.version;
    const save = async (who: { cookie?: string; key?: string }, patch: object) => {
      const r = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, who, { ...patch, version });
      expect(r.statusCode, r.body).toBe(200);
      version = (r.data as Journey).version;
    };
    type History = { items: { version: number; name: string; stageCount: number; savedBy: { name: string } | null }[]; total: number };
    const versions = async () => (await call(server, 'GET', `/api/v1/journeys/${j.id}/versions`, { key: readKey })).data as History;
    const fourStages = { ...doc, stages: [...doc.stages, { id: 'st4', name: { vi: 'Trung thành', en: 'Loyalty' }, description: '', cells: {} }] };
    await save(owner(), { doc: fourStages });
    await save(owner(), { name: 'Có lịch sử (sửa)' });
    // Creating and two quick saves by the same person make one entry: the latest state.
    let h = await versions();
    expect(h.items.map((v) => [v.version, v.stageCount])).toEqual([[3, 4]]);
    expect(h.items[0]).toMatchObject({ name: 'Có lịch sử (sửa)', savedBy: { name: 'Nguyễn Văn An' } });
    // Someone else's save starts a new entry.
    await save({ key: secretKey }, { doc, description: 'Bằng khoá API' });
    h = await versions();
    expect(h.items.map((v) => [v.version, v.stageCount, v.savedBy?.name ?? null])).toEqual([[4, 3, null], [3, 4, 'Nguyễn Văn An']]);
    const v3 = await call(server, 'GET', `/api/v1/journeys/${j.id}/versions/3`, owner());
    expect(v3.data).toMatchObject({ version: 3, name: 'Có lịch sử (sửa)', doc: fourStages });
    expect((await call(server, 'GET', `/api/v1/journeys/${j.id}/versions/1`, owner())).statusCode).toBe(404);
    // Restoring needs the current version, and becomes an entry of its own even right after the person's own save.
    const stale = await call(server, 'POST', `/api/v1/journeys/${j.id}/versions/3/restore`, owner(), { version: 3 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data).toMatchObject({ error: { code: 'version_conflict', details: { version: 4, updatedBy: null } } });
    const restored = await call(server, 'POST', `/api/v1/journeys/${j.id}/versions/3/restore`, owner(), { version: 4 });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.data).toMatchObject({ version: 5, name: 'Có lịch sử (sửa)', doc: fourStages, stageCount: 4, description: 'Bằng khoá API' });
    h = await versions();
    expect(h.items.map((v) => v.version)).toEqual([5, 4, 3]);
    expect((await call(server, 'GET', `/api/v1/journeys/${j.id}/versions?pageSize=1&page=2`, owner())).data).toMatchObject({ items: [{ version: 4 }], total: 3 });
  });

  it('merges saves into the person’s latest entry only within 10 minutes', async () => {
    const j = await create({ name: 'Lưu tự động', template: 'acc', kind: 'current' });
    // The creation entry is made older than the window: the next save adds an entry.
    await t.database.query(`update journey_versions set saved_at = now() - interval '11 minutes' where journey_id = $1`, [j.id]);
    const r = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, owner(), { version: 1, description: 'Sau 11 phút' });
    expect(r.statusCode).toBe(200);
    const h = (await call(server, 'GET', `/api/v1/journeys/${j.id}/versions`, owner())).data as { items: { version: number }[] };
    expect(h.items.map((v) => v.version)).toEqual([2, 1]);
  });

  it('duplicates a map with a fresh history, and deletes one', async () => {
    const j = await create({ name: 'Gốc', kind: 'current', doc: retailDoc(search, care), personaId: persona });
    const r = await call(server, 'POST', `/api/v1/journeys/${j.id}/duplicate`, { cookie: ws.cookie, lang: 'vi' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.data).toMatchObject({ name: 'Gốc (bản sao)', version: 1, doc: j.doc, persona: { id: persona } });
    const copy = r.data as Journey;
    expect((await call(server, 'DELETE', `/api/v1/journeys/${copy.id}`, owner())).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/journeys/${copy.id}`, owner())).statusCode).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/journeys/${copy.id}`, owner())).statusCode).toBe(404);
  });

  it('lets only editors write: a read key and an agent may read', async () => {
    const j = await create({ name: 'Chỉ xem', template: 'aida', kind: 'current' });
    const denied = await call(server, 'PATCH', `/api/v1/journeys/${j.id}`, { key: readKey }, { version: 1, name: 'Không được' });
    expect(denied.statusCode).toBe(403);
    expect((await call(server, 'POST', '/api/v1/journeys', { key: readKey }, { name: 'X', template: 'aida' })).statusCode).toBe(403);
    expect((await call(server, 'GET', `/api/v1/journeys/${j.id}`, { key: readKey })).statusCode).toBe(200);
  });

  it('shares a map read-only by a link shown once, with names resolved, until revoked', async () => {
    const j = await create({ name: 'Chia sẻ', kind: 'current', doc: retailDoc(search, care), personaId: persona });
    const made = await call(server, 'POST', `/api/v1/journeys/${j.id}/shares`, owner(), { withLive: true });
    expect(made.statusCode, made.body).toBe(201);
    const share = made.data as { id: string; url: string; tokenStart: string; withLive: boolean };
    expect(share.url).toMatch(/^http:\/\/footprint\.test\/m\/[A-Za-z0-9]{32}$/);
    const token = share.url.split('/m/')[1]!;
    expect(token.startsWith(share.tokenStart)).toBe(true);
    const listed = (await call(server, 'GET', `/api/v1/journeys/${j.id}/shares`, { key: readKey })).data as { items: { id: string; url: string | null }[] };
    expect(listed.items).toEqual([expect.objectContaining({ id: share.id, url: null, withLive: true, createdBy: { id: ws.ownerId, name: 'Nguyễn Văn An' } })]);
    const pub = await call(server, 'GET', `/api/v1/public/journey-shares/${token}`);
    expect(pub.statusCode, pub.body).toBe(200);
    expect(pub.data).toMatchObject({
      name: 'Chia sẻ', kind: 'current', workspaceName: 'Điện máy Hoàng Long', persona: { name: 'Chị Lan, nội trợ' }, withLive: true,
      touchpoints: { [search]: { name: 'Tìm kiếm sản phẩm', channel: 'web' } },
      departments: { [care]: { nameVi: 'Chăm sóc khách hàng', nameEn: 'Customer care' } },
    });
    expect(pub.body).not.toContain(ws.workspaceId);
    expect(pub.body).not.toContain(ws.ownerId);
    expect((await call(server, 'DELETE', `/api/v1/journeys/${j.id}/shares/${share.id}`, owner())).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/public/journey-shares/${token}`)).statusCode).toBe(404);
    expect((await call(server, 'DELETE', `/api/v1/journeys/${j.id}/shares/${share.id}`, owner())).statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/public/journey-shares/${'A'.repeat(32)}`)).statusCode).toBe(404);
    expect((await call(server, 'GET', '/api/v1/public/journey-shares/short')).statusCode).toBe(400);
  });
});
