import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Analytics } from '@segment/analytics-node';
import type { Customer, EventPage } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../../test/processes.js';

/** Segment's own Node.js library, changed only in `host`, delivering to a running Footprint. */
describe("Segment's Node client against a local Footprint", () => {
  let dir: string;
  let server: ServerProcess;
  let cookie: string;
  let writeKey: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-segment-'));
    server = await startServerProcess({ FOOTPRINT_DATA_DIR: path.join(dir, 'data') });
    const setup = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ workspaceName: 'Shop Thời trang Sài Gòn', name: 'Phạm Minh Khoa', email: 'khoa@thoitrang.vn', password: 'mật-khẩu-dài-dài' }),
    });
    cookie = setup.headers.getSetCookie()[0]!.split(';')[0]!;
    const key = await fetch(`${server.url}/api/v1/keys`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ name: 'Máy chủ cửa hàng', type: 'write' }),
    });
    writeKey = ((await key.json()) as { key: string }).key;
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async <T>(url: string): Promise<T> => (await (await fetch(`${server.url}${url}`, { headers: { cookie } })).json()) as T;

  it('delivers identify, track and page calls to the right customer and touchpoint', async () => {
    const touchpoint = async (body: unknown) => {
      const r = await fetch(`${server.url}/api/v1/touchpoints`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
      expect(r.status).toBe(201);
      return ((await r.json()) as { id: string }).id;
    };
    const checkout = await touchpoint({ name: 'Thanh toán', channel: 'web', rules: { events: ['Thanh toán thành công'] } });
    const collection = await touchpoint({ name: 'Bộ sưu tập', channel: 'web', rules: { types: ['page'], conditions: [{ property: 'url', op: 'contains', value: '/thu-dong' }] } });
    const analytics = new Analytics({ writeKey, host: server.url, flushInterval: 50, maxRetries: 2 });
    const errors: unknown[] = [];
    analytics.on('error', (e) => errors.push(e));
    analytics.identify({ userId: 'kh-segment-1', anonymousId: 'web-anon-1', traits: { name: 'Đỗ Thị Hương', email: 'huong@example.vn', city: 'TP. Hồ Chí Minh' } });
    analytics.page({ userId: 'kh-segment-1', name: 'Bộ sưu tập thu đông', properties: { url: 'https://thoitrang.vn/thu-dong' } });
    analytics.track({ userId: 'kh-segment-1', event: 'Thanh toán thành công', properties: { revenue: 890000, currency: 'VND' } });
    analytics.track({ anonymousId: 'web-anon-1', event: 'Xem sản phẩm', properties: { sku: 'AO-KHOAC-01' } });
    await analytics.closeAndFlush({ timeout: 10_000 });
    expect(errors).toEqual([]);

    const customer = await get<Customer>('/api/v1/customers/kh-segment-1');
    expect(customer).toMatchObject({ name: 'Đỗ Thị Hương', email: 'huong@example.vn', province: 'TP. Hồ Chí Minh' });
    expect(customer.identities.anonymousIds).toEqual(['web-anon-1']);
    expect(customer.counts).toMatchObject({ events: 4, pages: 1, tracks: 2, identifies: 1 });
    const timeline = await get<EventPage>('/api/v1/customers/kh-segment-1/timeline');
    const payment = timeline.items.find((e) => e.event === 'Thanh toán thành công')!;
    expect(payment.properties).toEqual({ revenue: 890000, currency: 'VND' });
    expect((payment.context.library as { name: string }).name).toBe('@segment/analytics-node');
    expect(payment.touchpointId).toBe(checkout);
    expect(timeline.items.find((e) => e.type === 'page')?.touchpointId).toBe(collection);
    expect(timeline.items.find((e) => e.event === 'Xem sản phẩm')?.touchpointId).toBeNull();
  });
});
