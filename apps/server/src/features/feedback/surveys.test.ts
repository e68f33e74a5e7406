import type { Survey, SurveySummary } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, cookieOf, makeKey, makeWorkspace, startTestServer, TEST_PASSWORD, type TestWorkspace } from '../../test/server.js';
import { addMember, createUser } from '../workspace/index.js';

type Page = { items: SurveySummary[]; total: number };

describe.each(ENGINES)('surveys on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let readKey: string;
  let counter: string;
  let delivery: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Siêu thị Bình Minh');
    readKey = await makeKey(server, ws, 'secret', 'read');
    const tp = async (name: string, channel: string) =>
      ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name, channel, rules: { events: [name] } })).data as { id: string }).id;
    counter = await tp('Quầy thu ngân', 'store');
    delivery = await tp('Giao hàng', 'delivery');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const owner = () => ({ cookie: ws.cookie });
  const create = async (body: unknown) => {
    const r = await call(server, 'POST', '/api/v1/surveys', owner(), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Survey;
  };

  it('offers five templates, each in Vietnamese and English', async () => {
    const r = await call(server, 'GET', '/api/v1/survey-templates', { key: readKey });
    expect(r.statusCode).toBe(200);
    const items = (r.data as { items: { key: string; name: { vi: string; en: string } }[] }).items;
    expect(items.map((x) => x.key)).toEqual(['post_purchase_nps', 'delivery_csat', 'support_ces', 'store_smiley', 'service_csi']);
    expect(items[0]!.name).toEqual({ vi: 'NPS sau mua hàng', en: 'Post-purchase NPS' });
  });

  it('creates a draft from a template, at its touchpoints, with an unguessable public id', async () => {
    const s = await create({ name: 'NPS sau mua hàng tại quầy', template: 'post_purchase_nps', touchpointIds: [counter] });
    expect(s).toMatchObject({ name: 'NPS sau mua hàng tại quầy', status: 'draft', metrics: ['nps'], questionCount: 4, touchpoints: [{ id: counter, name: 'Quầy thu ngân' }], createdBy: { id: ws.ownerId } });
    expect(s.publicId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect((s.definition as { questions: { id: string }[] }).questions.map((q) => q.id)).toEqual(['nps', 'why_low', 'why_mid', 'why_high']);
  });

  it('refuses a definition whose logic is broken, naming where', async () => {
    const r = await call(server, 'POST', '/api/v1/surveys', owner(), {
      name: 'Hỏng',
      definition: {
        questions: [
          { id: 'a', type: 'text', title: { vi: 'A' }, showIf: { question: 'b', op: 'answered' } },
          { id: 'b', type: 'nps', title: { vi: 'B' } },
        ],
        thankYou: { title: { vi: 'Cảm ơn' } },
      },
    });
    expect(r.statusCode).toBe(400);
    expect(JSON.stringify(r.data)).toContain('showIf');
    const none = await call(server, 'POST', '/api/v1/surveys', owner(), { name: 'Trống' });
    expect(none.statusCode).toBe(400);
  });

  it('edits name, questions, status and touchpoints; refuses touchpoints it does not have', async () => {
    const s = await create({ name: 'CSAT giao hàng', template: 'delivery_csat' });
    const definition = { ...s.definition, questions: [{ id: 'csat', type: 'csat', style: 'numbers', title: { vi: 'Bạn hài lòng chứ?', en: 'Satisfied?' } }] };
    const r = await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { status: 'active', touchpointIds: [delivery, counter], definition });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data).toMatchObject({ status: 'active', questionCount: 1, metrics: ['csat'], touchpoints: [{ name: 'Quầy thu ngân' }, { name: 'Giao hàng' }] });
    const other = await makeWorkspace(server, 'Cửa hàng khác');
    const theirs = ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: other.cookie }, { name: 'Của họ', channel: 'web', rules: { events: ['x'] } })).data as { id: string }).id;
    for (const bad of [theirs, '0190a000-0000-7000-8000-000000000000']) {
      const refused = await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { touchpointIds: [bad] });
      expect(refused.statusCode).toBe(404);
    }
    expect(((await call(server, 'GET', `/api/v1/surveys/${s.id}`, owner())).data as Survey).touchpoints).toHaveLength(2);
  });

  it('lists surveys paged, sorted and filtered; search ignores diacritics', async () => {
    await create({ name: 'Mặt cười tại cửa hàng Hà Nội', template: 'store_smiley', touchpointIds: [counter] });
    const all = (await call(server, 'GET', '/api/v1/surveys?sort=name&order=asc', { key: readKey })).data as Page;
    expect(all.total).toBe(3);
    expect(all.items.map((x) => x.name)).toEqual(['CSAT giao hàng', 'Mặt cười tại cửa hàng Hà Nội', 'NPS sau mua hàng tại quầy']);
    const found = (await call(server, 'GET', `/api/v1/surveys?q=${encodeURIComponent('ha noi MAT CUOI')}`, { key: readKey })).data as Page;
    expect(found.items.map((x) => x.name)).toEqual(['Mặt cười tại cửa hàng Hà Nội']);
    const active = (await call(server, 'GET', '/api/v1/surveys?status=active', { key: readKey })).data as Page;
    expect(active.items.map((x) => x.name)).toEqual(['CSAT giao hàng']);
    const atDelivery = (await call(server, 'GET', `/api/v1/surveys?touchpointId=${delivery}`, { key: readKey })).data as Page;
    expect(atDelivery.items.map((x) => x.name)).toEqual(['CSAT giao hàng']);
    const page2 = (await call(server, 'GET', '/api/v1/surveys?pageSize=2&page=2&sort=name&order=asc', { key: readKey })).data as Page;
    expect(page2).toMatchObject({ total: 3, page: 2 });
    expect(page2.items.map((x) => x.name)).toEqual(['NPS sau mua hàng tại quầy']);
  });

  it('duplicates a survey as a draft with a new public id, and deletes one', async () => {
    const [source] = ((await call(server, 'GET', '/api/v1/surveys?status=active', owner())).data as Page).items;
    const r = await call(server, 'POST', `/api/v1/surveys/${source!.id}/duplicate`, { ...owner(), lang: 'vi' });
    expect(r.statusCode, r.body).toBe(201);
    const copy = r.data as Survey;
    expect(copy).toMatchObject({ name: 'CSAT giao hàng (bản sao)', status: 'draft', metrics: ['csat'] });
    expect(copy.touchpoints).toHaveLength(2);
    expect(copy.publicId).not.toBe(((await call(server, 'GET', `/api/v1/surveys/${source!.id}`, owner())).data as Survey).publicId);
    expect((await call(server, 'DELETE', `/api/v1/surveys/${copy.id}`, owner())).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/surveys/${copy.id}`, owner())).statusCode).toBe(404);
  });

  it('lets analysts build surveys; agents, viewers and read keys only read', async () => {
    const cookieFor = async (role: 'analyst' | 'agent' | 'viewer') => {
      const email = `${role}-${Date.now()}@binhminh.vn`;
      const user = await createUser(server.ctx.database.db, { email, name: `Người ${role}`, password: TEST_PASSWORD }, 10);
      await addMember(server.ctx.database.db, ws.workspaceId, user.id, role, null);
      const login = await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD });
      return cookieOf(login);
    };
    const body = { name: `Khảo sát ${Date.now()}`, template: 'support_ces' };
    expect((await call(server, 'POST', '/api/v1/surveys', { cookie: await cookieFor('analyst') }, body)).statusCode).toBe(201);
    for (const who of [{ cookie: await cookieFor('agent') }, { cookie: await cookieFor('viewer') }, { key: readKey }]) {
      expect((await call(server, 'POST', '/api/v1/surveys', who, { ...body, name: `${body.name} 2` })).statusCode).toBe(403);
      expect((await call(server, 'GET', '/api/v1/surveys', who)).statusCode).toBe(200);
    }
  });

  it('refuses a save made on an older version instead of overwriting a newer one', async () => {
    const s = await create({ name: 'NPS sau mua', template: 'post_purchase_nps' });
    expect(s.version).toBe(1);
    // Two managers open version 1; the first saves, the second's save from version 1 is refused.
    const first = await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { name: 'NPS sau mua (Lan)', version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect((first.data as Survey).version).toBe(2);
    const second = await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { name: 'NPS sau mua (Minh)', version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.data).toMatchObject({ error: { code: 'version_conflict', details: { version: 2 } } });
    expect(((await call(server, 'GET', `/api/v1/surveys/${s.id}`, owner())).data as Survey).name).toBe('NPS sau mua (Lan)');
    // Choosing to overwrite: the save names the version it now knows.
    const again = await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { name: 'NPS sau mua (Minh)', version: 2 });
    expect(again.data).toMatchObject({ name: 'NPS sau mua (Minh)', version: 3 });
    // Integrators that send no version keep last-write-wins; a missing survey is still a 404.
    expect((await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, owner(), { status: 'active' })).data).toMatchObject({ version: 4 });
    expect((await call(server, 'PATCH', '/api/v1/surveys/0190a000-0000-7000-8000-000000000000', owner(), { name: 'x', version: 1 })).statusCode).toBe(404);
  });
});
