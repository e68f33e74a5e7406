import type { Customer, CustomerSummary, EventPage } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import type { Server } from '../../server.js';

describe.each(ENGINES)('customers and identity on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let writeKey: string;
  let readKey: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Nhà sách Phương Nam');
    writeKey = await makeKey(server, ws, 'write');
    readKey = await makeKey(server, ws, 'secret', 'read');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const batch = async (messages: unknown[]) => {
    const r = await server.app.inject({ method: 'POST', url: '/v1/batch', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ writeKey, batch: messages }) });
    expect(r.statusCode, r.body).toBe(200);
  };
  const get = async <T>(url: string) => {
    const r = await call(server, 'GET', url, { key: readKey });
    expect(r.statusCode, r.body).toBe(200);
    return r.data as T;
  };
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 3, minute)).toISOString();

  it('stitches an anonymous visit to the customer who signs in, with their traits', async () => {
    await batch([
      { type: 'page', anonymousId: 'anon-lan', name: 'Trang chủ', timestamp: at(0), context: { campaign: { source: 'facebook' } } },
      { type: 'track', anonymousId: 'anon-lan', event: 'Xem sách', properties: { title: 'Dế Mèn phiêu lưu ký' }, timestamp: at(1) },
      { type: 'identify', anonymousId: 'anon-lan', userId: 'kh-lan', traits: { name: 'Trần Thị Lan', email: 'Lan.Tran@Example.vn', phone: '0912345678', city: 'Hà Nội', hang_thanh_vien: 'Vàng' }, timestamp: at(2) },
      { type: 'track', userId: 'kh-lan', event: 'Đặt hàng', properties: { total: 185000 }, timestamp: at(3) },
    ]);
    const c = await get<Customer>('/api/v1/customers/kh-lan');
    expect(c).toMatchObject({ userId: 'kh-lan', name: 'Trần Thị Lan', email: 'lan.tran@example.vn', phone: '0912345678', province: 'Hà Nội', firstSeen: at(2), lastSeen: at(3) });
    expect(c.traits).toMatchObject({ hang_thanh_vien: 'Vàng' });
    expect(c.identities).toEqual({ userIds: ['kh-lan'], anonymousIds: ['anon-lan'] });
    expect(c.counts).toEqual({ events: 4, pages: 1, tracks: 2, identifies: 1 });
    const timeline = await get<EventPage>('/api/v1/customers/kh-lan/timeline');
    expect(timeline.items.map((e) => e.event ?? e.type)).toEqual(['Đặt hàng', 'identify', 'Xem sách', 'Trang chủ']);
  });

  it('keeps every change of a trait, and searches names without diacritics', async () => {
    await batch([{ type: 'identify', userId: 'kh-lan', traits: { phone: '0987654321', hang_thanh_vien: 'Vàng' }, timestamp: at(10) }]);
    const c = await get<Customer>('/api/v1/customers/kh-lan');
    expect(c.phone).toBe('0987654321');
    expect(c.traitHistory.filter((h) => h.trait === 'phone').map((h) => h.value)).toEqual(['0987654321', '0912345678']);
    expect(c.traitHistory.filter((h) => h.trait === 'hang_thanh_vien')).toHaveLength(1); // unchanged: no new row
    for (const q of ['tran thi lan', 'TRẦN', 'lan.tran@', '0987654321', 'kh-lan']) {
      const page = await get<{ items: CustomerSummary[] }>(`/api/v1/customers?q=${encodeURIComponent(q)}`);
      expect(page.items.map((x) => x.userId), q).toEqual(['kh-lan']);
    }
  });

  it('merges two known customers on alias, and finds them by either id', async () => {
    await batch([
      { type: 'identify', userId: 'email:binh@example.vn', traits: { name: 'Lê Văn Bình' }, timestamp: at(20) },
      { type: 'track', userId: 'email:binh@example.vn', event: 'Đăng ký nhận tin', timestamp: at(21) },
      { type: 'identify', userId: 'kh-binh', traits: { phone: '0901112223' }, timestamp: at(22) },
      { type: 'alias', previousId: 'email:binh@example.vn', userId: 'kh-binh', timestamp: at(23) },
    ]);
    const merged = await get<Customer>('/api/v1/customers/email:binh@example.vn');
    expect(merged).toMatchObject({ userId: 'kh-binh', name: 'Lê Văn Bình', phone: '0901112223', firstSeen: at(20) });
    expect(merged.identities.userIds.sort()).toEqual(['email:binh@example.vn', 'kh-binh']);
    expect(merged.counts.tracks).toBe(1);
    const list = await get<{ items: CustomerSummary[]; total: number }>('/api/v1/customers?q=binh');
    expect(list.items.map((x) => x.userId)).toEqual(['kh-binh']);
  });

  it('lists customers sorted and paged, with every event they made counted', async () => {
    await batch(Array.from({ length: 30 }, (_, i) => ({ type: 'identify', userId: `kh-${String(i).padStart(3, '0')}`, traits: { name: `Khách ${i}` }, timestamp: at(30 + i) })));
    const p1 = await get<{ items: CustomerSummary[]; total: number }>('/api/v1/customers?pageSize=10&sort=lastSeen&order=desc');
    expect(p1.total).toBe(32);
    expect(p1.items[0]!.userId).toBe('kh-029');
    const p4 = await get<{ items: CustomerSummary[]; total: number }>('/api/v1/customers?pageSize=10&page=4&sort=lastSeen&order=desc');
    expect(p4.items.map((x) => x.userId).sort()).toEqual(['kh-binh', 'kh-lan']);
    expect(p4.items.find((x) => x.userId === 'kh-lan')!.eventCount).toBe(5);
    expect((await get<{ items: CustomerSummary[]; total: number }>('/api/v1/customers?page=99')).total).toBe(32);
  });

  it('filters events and pages them by cursor without gaps or repeats', async () => {
    const all = await get<EventPage>('/api/v1/events?limit=1000');
    const seen: string[] = [];
    let before: string | null = null;
    do {
      const page: EventPage = await get<EventPage>(`/api/v1/events?limit=7${before ? `&before=${before}` : ''}`);
      seen.push(...page.items.map((e) => e.id));
      before = page.nextBefore;
    } while (before);
    expect(seen).toEqual(all.items.map((e) => e.id));
    const orders = await get<EventPage>(`/api/v1/events?event=${encodeURIComponent('Đặt hàng')}&userId=kh-lan`);
    expect(orders.items).toHaveLength(1);
    const window = await get<EventPage>(`/api/v1/events?type=page&from=${at(0)}&to=${at(1)}`);
    expect(window.items.map((e) => e.event)).toEqual(['Trang chủ']);
    expect((await call(server, 'GET', '/api/v1/events?before=garbage', { key: readKey })).statusCode).toBe(400);
    expect((await call(server, 'GET', '/api/v1/customers/khong-ton-tai', { key: readKey })).statusCode).toBe(404);
  });

  it('resolves one customer under concurrent identifies from many requests', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        batch([{ type: 'identify', userId: 'kh-dong-thoi', anonymousId: `may-${i}`, traits: { lan_thu: i }, timestamp: at(100 + i) }]),
      ),
    );
    const c = await get<Customer>('/api/v1/customers/kh-dong-thoi');
    expect(c.identities.anonymousIds).toHaveLength(20);
    expect(c.counts.identifies).toBe(20);
  });

  it('moves last seen to the minute (at most once a minute per customer) and first seen back at once', async () => {
    const t = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 21, 8, minute, second)).toISOString();
    const seen = async () => {
      const c = await get<Customer>('/api/v1/customers/kh-phut');
      return [c.firstSeen, c.lastSeen];
    };
    await batch([{ type: 'identify', userId: 'kh-phut', anonymousId: 'may-phut', traits: { name: 'Khách Phút' }, timestamp: t(10) }]);
    expect(await seen()).toEqual([t(10), t(10)]);
    // within the minute: stored, counted, but "last seen" stays (it is shown to the minute)
    await batch([{ type: 'track', userId: 'kh-phut', anonymousId: 'may-phut', event: 'Xem sản phẩm', timestamp: t(10, 40) }]);
    expect(await seen()).toEqual([t(10), t(10)]);
    // over a minute later, from the linked device without signing in: it moves
    await batch([{ type: 'page', anonymousId: 'may-phut', name: 'Giỏ hàng', timestamp: t(12) }]);
    expect(await seen()).toEqual([t(10), t(12)]);
    await batch([{ type: 'track', userId: 'kh-phut', event: 'Đặt hàng', timestamp: t(15) }]);
    expect(await seen()).toEqual([t(10), t(15)]);
    // an older event that arrives late moves first seen back immediately
    await batch([{ type: 'track', userId: 'kh-phut', event: 'Xem sản phẩm', timestamp: t(1) }]);
    expect(await seen()).toEqual([t(1), t(15)]);
    expect((await get<Customer>('/api/v1/customers/kh-phut')).counts.events).toBe(5);
  });
});

