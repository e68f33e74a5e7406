import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../db/schema.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import type { Server } from '../../server.js';

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe.each(ENGINES)('Segment-compatible tracking API on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let writeKey: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Siêu thị Điện máy Xanh');
    writeKey = await makeKey(server, ws, 'write');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const send = (url: string, body: unknown, headers: Record<string, string> = { authorization: basic(writeKey) }) =>
    server.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(body) });
  const stored = (messageId: string) =>
    t.database.db.select().from(events).where(eq(events.messageId, messageId));

  it('stores a batch as Segment sends it, correcting the device clock', async () => {
    const res = await send('/v1/batch', {
      sentAt: '2030-01-01T00:00:10.000Z', // the device clock is years ahead
      batch: [
        { type: 'identify', messageId: 'm-identify-1', userId: 'kh-001', traits: { name: 'Nguyễn Văn An', city: 'Hà Nội' }, timestamp: '2030-01-01T00:00:00.000Z' },
        { type: 'track', messageId: 'm-track-1', userId: 'kh-001', event: 'Đặt hàng', properties: { total: 1250000, currency: 'VND' }, timestamp: '2030-01-01T00:00:05.000Z', context: { campaign: { source: 'zalo' } } },
        { type: 'page', messageId: 'm-page-1', anonymousId: 'anon-9', name: 'Trang chủ', properties: { url: 'https://shop.vn/' } },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ success: true });
    const [identify] = await stored('m-identify-1');
    const [track] = await stored('m-track-1');
    const [page] = await stored('m-page-1');
    expect(identify).toMatchObject({ workspaceId: ws.workspaceId, type: 'identify', userId: 'kh-001', traits: { name: 'Nguyễn Văn An', city: 'Hà Nội' } });
    expect(track).toMatchObject({ event: 'Đặt hàng', properties: { total: 1250000, currency: 'VND' } });
    expect((track!.context as { campaign: unknown; ip: string }).campaign).toEqual({ source: 'zalo' });
    expect(typeof (track!.context as { ip: string }).ip).toBe('string');
    // Sent 10 s after identify and 5 s after track, on the server's clock: just before receipt.
    const skewed = track!.receivedAt.getTime() - track!.timestamp.getTime();
    expect(skewed).toBeGreaterThanOrEqual(5000);
    expect(skewed).toBeLessThan(6000);
    expect(page).toMatchObject({ type: 'page', event: 'Trang chủ', anonymousId: 'anon-9', userId: null });
    expect(page!.timestamp.getTime()).toBeLessThanOrEqual(page!.receivedAt.getTime());
  });

  it('tells live dashboards what arrived, small enough for NOTIFY', async () => {
    const got: { type: string; data: Record<string, unknown> }[] = [];
    const stop = server.ctx.live.subscribe(ws.workspaceId, (e) => got.push(e));
    const batch = Array.from({ length: 25 }, (_, i) => ({ type: 'page', anonymousId: 'live-1', name: 'Trang sản phẩm', properties: {}, context: { page: { url: `https://shop.vn/sp/${i}?q=${'x'.repeat(500)}` } } }));
    expect((await send('/v1/batch', { batch })).statusCode).toBe(200);
    const until = Date.now() + 5000;
    while (!got.some((e) => e.type === 'events.received') && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    stop();
    const e = got.find((x) => x.type === 'events.received')!;
    expect(e.data.count).toBe(25);
    const items = e.data.items as { type: string; event: string; url: string }[];
    expect(items).toHaveLength(10);
    expect(items[0]).toMatchObject({ type: 'page', event: 'Trang sản phẩm', anonymousId: 'live-1' });
    expect(items[0]!.url.length).toBeLessThanOrEqual(201);
  });

  it('stores a retried message once', async () => {
    const body = { batch: [{ type: 'track', messageId: 'm-retry', anonymousId: 'a1', event: 'Xem sản phẩm' }] };
    expect((await send('/v1/batch', body)).statusCode).toBe(200);
    expect((await send('/v1/batch', body)).statusCode).toBe(200);
    expect((await send('/v1/track', body.batch[0])).statusCode).toBe(200);
    expect(await stored('m-retry')).toHaveLength(1);
  });

  it('takes the write key from the body and text/plain JSON from browsers, with CORS', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/v1/page',
      headers: { 'content-type': 'text/plain;charset=UTF-8', origin: 'https://shop.example.vn' },
      payload: JSON.stringify({ writeKey, messageId: 'm-browser', anonymousId: 'b1', name: 'Giỏ hàng' }),
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(await stored('m-browser')).toHaveLength(1);
    const preflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/v1/batch',
      headers: { origin: 'https://shop.example.vn', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('serves the browser SDK to any site, and lets it read Retry-After', async () => {
    const sdk = await server.app.inject({ method: 'GET', url: '/sdk/footprint.js' });
    expect(sdk.statusCode).toBe(200);
    expect(sdk.headers['content-type']).toMatch(/javascript/);
    expect(sdk.headers['access-control-allow-origin']).toBe('*');
    expect(sdk.body).toContain('footprint');
    expect((await server.app.inject({ method: 'GET', url: '/sdk/missing.js' })).statusCode).toBe(404);
    const res = await server.app.inject({ method: 'POST', url: '/v1/track', headers: { 'content-type': 'text/plain', origin: 'https://shop.vn' }, payload: JSON.stringify({ writeKey, anonymousId: 'a', event: 'E' }) });
    expect(res.headers['access-control-expose-headers']).toBe('retry-after');
  });

  it('refuses missing, wrong, revoked and read-only keys; accepts full secret keys', async () => {
    const msg = { type: 'track', anonymousId: 'x', event: 'E' };
    expect((await send('/v1/track', msg, {})).json()).toMatchObject({ error: { code: 'invalid_write_key' } });
    expect((await send('/v1/track', msg, { authorization: basic('fp_w_nope') })).statusCode).toBe(401);
    const readKey = await makeKey(server, ws, 'secret', 'read');
    expect((await send('/v1/track', msg, { authorization: basic(readKey) })).statusCode).toBe(401);
    const fullKey = await makeKey(server, ws, 'secret', 'full');
    expect((await send('/v1/track', msg, { authorization: basic(fullKey) })).statusCode).toBe(200);
  });

  it('rejects a batch with a bad message whole, naming the message', async () => {
    const res = await send('/v1/batch', { batch: [
      { type: 'track', messageId: 'm-ok-but-rejected', userId: 'u', event: 'A' },
      { type: 'track', userId: 'u' },
    ] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed', details: { index: 1 } } });
    expect(await stored('m-ok-but-rejected')).toHaveLength(0);
  });

  it('answers Segment’s size limits: 400 for a message over 32 KB, 413 for a request over 500 KB', async () => {
    const big = { type: 'track', userId: 'u', event: 'Big', properties: { blob: 'x'.repeat(33 * 1024) } };
    const tooBig = await send('/v1/batch', { batch: [big] });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json()).toMatchObject({ error: { code: 'message_too_large', details: { index: 0 } } });
    const many = Array.from({ length: 20 }, () => ({ type: 'track', userId: 'u', event: 'E', properties: { p: 'y'.repeat(30 * 1024) } }));
    const huge = await send('/v1/batch', { batch: many });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('refuses text PostgreSQL cannot store without failing other senders', async () => {
    const bad = send('/v1/track', { anonymousId: 'x', event: 'E', properties: { note: 'a\u0000b' } });
    const good = send('/v1/track', { messageId: 'm-good-neighbour', anonymousId: 'x', event: 'E', properties: { note: '\uD83D\uDE00' } });
    const [b, g] = await Promise.all([bad, good]);
    expect(b.statusCode).toBe(400);
    expect(g.statusCode).toBe(200);
    expect(await stored('m-good-neighbour')).toHaveLength(1);
  });

  it('commits concurrent requests together and acknowledges every event', async () => {
    const clients = Array.from({ length: 40 }, (_, c) =>
      send('/v1/batch', { batch: Array.from({ length: 50 }, (_, i) => ({ type: 'track', messageId: `conc-${c}-${i}`, anonymousId: `c${c}`, event: 'Cuộn trang' })) }),
    );
    const results = await Promise.all(clients);
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const rows = await t.database.query<{ n: number }>(`select count(*)::int as n from events where message_id like 'conc-%'`);
    expect(rows.rows[0]!.n).toBe(2000);
  });

  it('answers hostile messages from a valid key with 200 or a 4xx, and stores exactly what it acknowledged (property)', async () => {
    const hostileText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('\u0000', '\uD800', '__proto__', 'constructor', 'Hà Nội', 'x'.repeat(40_000)));
    const value = fc.oneof(hostileText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 4 }));
    const message = fc.record(
      {
        type: fc.oneof(fc.constantFrom('identify', 'track', 'page', 'screen', 'group', 'alias'), hostileText),
        messageId: fc.uuid(),
        userId: fc.oneof(hostileText, fc.integer(), fc.constant(undefined)),
        anonymousId: fc.oneof(hostileText, fc.constant(undefined)),
        event: fc.oneof(hostileText, value),
        name: value,
        previousId: value,
        groupId: value,
        properties: fc.oneof(fc.dictionary(hostileText, value, { maxKeys: 5 }), value),
        traits: fc.oneof(fc.dictionary(hostileText, value, { maxKeys: 5 }), value),
        context: fc.oneof(fc.dictionary(hostileText, value, { maxKeys: 3 }), value),
        timestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileText),
      },
      { requiredKeys: ['type', 'messageId'] },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), async (batch) => {
        const res = await send('/v1/batch', { batch });
        expect(res.statusCode, res.body).toBeLessThan(500);
        const ids = batch.map((m) => m.messageId);
        const found = await t.database.query<{ n: number }>(`select count(*)::int as n from events where message_id = any($1::text[])`, [ids]);
        // Whole batch or nothing: never a part of it.
        expect(found.rows[0]!.n).toBe(res.statusCode === 200 ? new Set(ids).size : 0);
      }),
      { numRuns: 150 },
    );
  });
});
