import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { makeKey, makeWorkspace, startTestServer } from '../../test/server.js';
import type { Server } from '../../server.js';

describe.each(ENGINES)('tracking under overload on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let url: string;
  let writeKey: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database, { config: { maxIngestInFlight: 2 } });
    writeKey = await makeKey(server, await makeWorkspace(server, 'Siêu thị quá tải'), 'write');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('sheds what it cannot take with 503 + Retry-After before reading it, and stores exactly what it acknowledged', async () => {
    const auth = `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`;
    const send = async (c: number) => {
      const ids = Array.from({ length: 200 }, (_, i) => `load-${c}-${i}`);
      const res = await fetch(`${url}/v1/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: auth },
        body: JSON.stringify({ batch: ids.map((messageId) => ({ type: 'track', messageId, anonymousId: `c${c}`, event: 'Quét mã' })) }),
      });
      return { ids, status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { code: string } } };
    };
    // Two slow clients: headers sent, bodies held back, so two requests are in flight for a while.
    const slow: Socket[] = [];
    const body = JSON.stringify({ batch: [{ type: 'track', messageId: 'slow', anonymousId: 's', event: 'Chậm' }] });
    for (let i = 0; i < 2; i++) {
      const socket = connect(Number(new URL(url).port), '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      socket.write(`POST /v1/batch HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`);
      slow.push(socket);
    }
    await new Promise((r) => setTimeout(r, 100));
    const results = await Promise.all(Array.from({ length: 10 }, (_, c) => send(c)));
    for (const socket of slow) {
      socket.write(body);
      socket.end();
    }
    await new Promise((r) => setTimeout(r, 200));
    for (let c = 0; c < 5; c++) results.push(await send(100 + c)); // one at a time: within the limit
    const shed = results.filter((r) => r.status === 503);
    const ok = results.filter((r) => r.status === 200);
    expect(shed.length + ok.length).toBe(results.length);
    expect(shed.length).toBeGreaterThan(0);
    expect(ok.length).toBeGreaterThan(0);
    for (const r of shed) expect(r).toMatchObject({ retryAfter: '1', body: { error: { code: 'overloaded' } } });
    const stored = await t.database.query<{ message_id: string }>(`select message_id from events where message_id like 'load-%'`);
    expect(stored.rows.map((r) => r.message_id).sort()).toEqual(ok.flatMap((r) => r.ids).sort());
    // While both slots were held every request was refused; once released, all were taken.
    expect(results.slice(0, 10).every((r) => r.status === 503)).toBe(true);
    expect(results.slice(10).every((r) => r.status === 200)).toBe(true);
  });
});
