import type { EventPage, Touchpoint, TouchpointList, TouchpointPreview } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';
import type { Server } from '../../../server.js';

describe.each(ENGINES)('touchpoints on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let writeKey: string;
  let readKey: string;
  let fullKey: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Điện máy Sài Gòn');
    writeKey = await makeKey(server, ws, 'write');
    readKey = await makeKey(server, ws, 'secret', 'read');
    fullKey = await makeKey(server, ws, 'secret', 'full');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const owner = () => ({ cookie: ws.cookie });
  const batch = async (messages: unknown[]) => {
    const r = await server.app.inject({ method: 'POST', url: '/v1/batch', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ writeKey, batch: messages }) });
    expect(r.statusCode, r.body).toBe(200);
  };
  const create = async (body: unknown) => {
    const r = await call(server, 'POST', '/api/v1/touchpoints', owner(), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Touchpoint;
  };
  const list = async () => (await call(server, 'GET', '/api/v1/touchpoints', { key: readKey })).data as TouchpointList;
  const placedOf = async (event: string) => {
    const r = await call(server, 'GET', `/api/v1/events?event=${encodeURIComponent(event)}&limit=1000`, { key: readKey });
    return (r.data as EventPage).items.map((e) => e.touchpointId);
  };
  /** Re-placement runs a few seconds after a change (after every process has the new rules). */
  const settled = async () => {
    for (let i = 0; i < 100; i++) {
      const l = await list();
      if (l.placement.state === 'idle') return l;
      if (l.placement.state === 'failed') throw new Error('placement failed');
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('placement did not finish');
  };
  const page = (anonymousId: string, path: string) => ({ type: 'page', anonymousId, name: path, context: { page: { path, url: `https://shop.vn${path}` } } });

  it('refuses rules that would take every event, and bad conditions, with codes', async () => {
    const empty = await call(server, 'POST', '/api/v1/touchpoints', owner(), { name: 'Mọi thứ', channel: 'web', rules: {} });
    expect(empty.statusCode).toBe(400);
    expect((empty.data as { error: { code: string } }).error.code).toBe('validation_failed');
    const noValue = await call(server, 'POST', '/api/v1/touchpoints', owner(), { name: 'X', channel: 'web', rules: { conditions: [{ property: 'total', op: 'gt' }] } });
    expect(noValue.statusCode).toBe(400);
    const badChannel = await call(server, 'POST', '/api/v1/touchpoints', owner(), { name: 'X', channel: 'fax', rules: { events: ['a'] } });
    expect(badChannel.statusCode).toBe(400);
  });

  it('re-places events that arrived before the touchpoint existed', async () => {
    await batch([page('a1', '/gio-hang'), page('a2', '/gio-hang'), { type: 'track', anonymousId: 'a1', event: 'Đặt hàng', properties: { total: 9_490_000 }, context: { channel: 'web' } }]);
    expect(await placedOf('/gio-hang')).toEqual([null, null]);
    const cart = await create({ name: 'Giỏ hàng', channel: 'web', rules: { urlPattern: '/gio-hang' } });
    expect(cart).toMatchObject({ name: 'Giỏ hàng', channel: 'web', position: 0, rules: { urlPattern: '/gio-hang', events: [], types: [] } });
    const l = await settled();
    expect(await placedOf('/gio-hang')).toEqual([cart.id, cart.id]);
    expect(l.items.find((x) => x.id === cart.id)?.events30d).toBe(2);
  });

  it('places each new event at ingestion on the first touchpoint, in order, that takes it', async () => {
    const web = await create({ name: 'Đặt hàng online', channel: 'web', rules: { events: ['đặt hàng'], channels: ['web', 'app'] } });
    const store = await create({ name: 'Mua tại cửa hàng', channel: 'store', rules: { events: ['Đặt hàng'], channels: ['store'] } });
    const big = await create({ name: 'Đơn lớn', description: 'Đơn từ 10 triệu đồng', channel: 'other', rules: { events: ['Đặt hàng'], conditions: [{ property: 'total', op: 'gte', value: 10_000_000 }] } });
    await settled();
    await batch([
      { type: 'track', userId: 'kh1', event: 'Đặt hàng', properties: { total: 22_990_000 }, context: { channel: 'store' } },
      { type: 'track', userId: 'kh2', event: 'Đặt hàng', properties: { total: 22_990_000 }, context: { channel: 'hotline' } },
      { type: 'track', userId: 'kh3', event: 'Đặt hàng', properties: { total: 100_000 }, context: { channel: 'hotline' } },
    ]);
    // no waiting: placed as they were stored
    const placed = await placedOf('Đặt hàng');
    expect(placed.slice(0, 3).sort()).toEqual([store.id, big.id, null].sort());
    // the earlier order (a web order) was placed by the re-placement job
    expect(placed[3]).toBe(web.id);
    const live = await call(server, 'GET', '/api/v1/events?touchpointId=none&event=%C4%90%E1%BA%B7t%20h%C3%A0ng', { key: readKey });
    expect((live.data as EventPage).items).toHaveLength(1);

    // put "Đơn lớn" first: big store orders move to it
    const ids = (await list()).items.map((x) => x.id);
    const order = await call(server, 'PUT', '/api/v1/touchpoints/order', owner(), { ids: [big.id, ...ids.filter((x) => x !== big.id)] });
    expect(order.statusCode, order.body).toBe(200);
    await settled();
    const after = await placedOf('Đặt hàng');
    expect(after.filter((x) => x === big.id)).toHaveLength(2);
    expect(after.filter((x) => x === store.id)).toHaveLength(0);
  });

  it('moves events when rules change, and frees them when a touchpoint goes', async () => {
    const l = await list();
    const cart = l.items.find((x) => x.name === 'Giỏ hàng')!;
    const edited = await call(server, 'PATCH', `/api/v1/touchpoints/${cart.id}`, { key: fullKey }, { rules: { urlPattern: '/thanh-toan' } });
    expect(edited.statusCode, edited.body).toBe(200);
    await settled();
    expect(await placedOf('/gio-hang')).toEqual([null, null]);
    await call(server, 'PATCH', `/api/v1/touchpoints/${cart.id}`, owner(), { rules: { urlPattern: '/gio-*' } });
    await settled();
    expect(await placedOf('/gio-hang')).toEqual([cart.id, cart.id]);
    const removed = await call(server, 'DELETE', `/api/v1/touchpoints/${cart.id}`, owner());
    expect(removed.statusCode).toBe(204);
    await settled();
    expect(await placedOf('/gio-hang')).toEqual([null, null]);
    expect((await call(server, 'GET', `/api/v1/touchpoints/${cart.id}`, owner())).statusCode).toBe(404);
  });

  it('lists what no touchpoint takes, grouped, biggest first', async () => {
    await batch([page('a3', '/khuyen-mai'), page('a4', '/khuyen-mai'), page('a5', '/khuyen-mai'), { type: 'track', anonymousId: 'a3', event: 'Gọi tổng đài', context: { channel: 'hotline' } }]);
    const r = await call(server, 'GET', '/api/v1/touchpoints/unmatched', { key: readKey });
    expect(r.statusCode).toBe(200);
    const u = r.data as { items: { type: string; event: string | null; path: string | null; channel: string | null; count: number }[]; total: number };
    expect(u.items[0]).toMatchObject({ type: 'page', path: '/khuyen-mai', count: 3 });
    expect(u.items).toContainEqual(expect.objectContaining({ type: 'track', event: 'Gọi tổng đài', channel: 'hotline', count: 1 }));
    expect(u.items.some((g) => g.type === 'identify')).toBe(false);
    expect(u.total).toBe(u.items.reduce((s, g) => s + g.count, 0));
    expect((await list()).unmatched30d).toBe(u.total);
  });

  it('previews rules on recent events without saving', async () => {
    const r = await call(server, 'POST', '/api/v1/touchpoints/preview', { key: readKey }, { rules: { urlPattern: '/khuyen-*' } });
    expect(r.statusCode, r.body).toBe(200);
    const p = r.data as TouchpointPreview;
    expect(p.matched).toBe(3);
    expect(p.samples[0]).toMatchObject({ type: 'page', url: 'https://shop.vn/khuyen-mai' });
    expect(p.examined).toBeGreaterThanOrEqual(p.matched);
    expect((await list()).items.some((x) => x.rules.urlPattern === '/khuyen-*')).toBe(false);
  });

  it('names are unique per workspace, ignoring case and diacritics; an order moves the listed first', async () => {
    const dup = await call(server, 'POST', '/api/v1/touchpoints', owner(), { name: 'ĐẶT HÀNG ONLINE', channel: 'web', rules: { events: ['x'] } });
    expect(dup.statusCode).toBe(409);
    expect((dup.data as { error: { code: string } }).error.code).toBe('touchpoint_name_taken');
    const ids = (await list()).items.map((x) => x.id);
    const last = ids[ids.length - 1]!;
    const moved = await call(server, 'PUT', '/api/v1/touchpoints/order', owner(), { ids: [last] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((moved.data as TouchpointList).items.map((x) => x.id)).toEqual([last, ...ids.slice(0, -1)]);
    const twice = await call(server, 'PUT', '/api/v1/touchpoints/order', owner(), { ids: [last, last] });
    expect(twice.statusCode).toBe(400);
    const unknown = await call(server, 'PUT', '/api/v1/touchpoints/order', owner(), { ids: ['0190a000-0000-7000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(404);
    await settled();
  });

  it('read keys read but never change touchpoints', async () => {
    const r = await call(server, 'POST', '/api/v1/touchpoints', { key: readKey }, { name: 'Khác', channel: 'web', rules: { events: ['x'] } });
    expect(r.statusCode).toBe(403);
    const created = await call(server, 'POST', '/api/v1/touchpoints', { key: fullKey }, { name: 'Khác', channel: 'web', rules: { events: ['x'] } });
    expect(created.statusCode).toBe(201);
  });
});
