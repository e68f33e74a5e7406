import { journeyTemplate, type Journey } from '@footprint/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { ZErrorShape } from '../../test/isolation.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';

let addresses = 0;
const nextAddress = () => `10.89.${(++addresses >> 8) & 255}.${addresses & 255}`;

/** Anything a broken client or a hostile script may send instead of what the editor sends. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '\u0000', '\uD800', '__proto__', "' or 1=1 --", 'x'.repeat(5000), -1, 0, 2 ** 53, NaN, null, [], {}),
);

describe.each(ENGINES)('journey routes take hostile input safely on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let map: Journey;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Cửa hàng thử tấn công');
    map = (await call(server, 'POST', '/api/v1/journeys', { cookie: ws.cookie }, { name: 'Bản đồ thử', template: 'retail', kind: 'current' })).data as Journey;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const send = async (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
    const r = await server.app.inject({
      method, url, remoteAddress: nextAddress(),
      headers: { cookie: ws.cookie, 'content-type': 'application/json' },
      ...(body !== undefined ? { payload: JSON.stringify(body) ?? 'null' } : {}),
    });
    const where = `${method} ${url} ${JSON.stringify(body)?.slice(0, 300) ?? ''} → ${r.statusCode} ${r.body.slice(0, 300)}`;
    expect(r.statusCode, where).toBeLessThan(500);
    if (r.statusCode >= 400) expect(ZErrorShape.safeParse(JSON.parse(r.body)).success, where).toBe(true);
    return r.statusCode;
  };

  it('answers 4xx, never 5xx, to creations with any field replaced by anything', async () => {
    const FIELDS = ['name', 'description', 'kind', 'template', 'doc', 'currentStateId', 'personaId'] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), junk, async (field, value) => {
        await send('POST', '/api/v1/journeys', { name: 'Thử', template: 'aida', [field]: value });
      }),
      { numRuns: 60 },
    );
  });

  it('answers 4xx, never 5xx, to documents broken anywhere', async () => {
    const base = journeyTemplate('retail', 'current');
    // A path into the document, and what to put there.
    const where = fc.oneof(
      fc.constant(['stages']),
      fc.constant(['lanes']),
      fc.tuple(fc.constant('stages'), fc.nat(9), fc.constantFrom('id', 'name', 'description', 'cells')),
      fc.tuple(fc.constant('lanes'), fc.nat(7), fc.constantFrom('id', 'kind', 'title', 'hidden')),
      fc.tuple(fc.constant('stages'), fc.nat(9), fc.constant('cells'), fc.constantFrom('ln-touchpoints', 'ln-emotions', 'ln-pains', 'nope', '__proto__')),
    );
    await fc.assert(
      fc.asyncProperty(where, junk, async (path, value) => {
        const doc = structuredClone(base) as unknown as Record<string, unknown>;
        let at: Record<string, unknown> = doc;
        for (const key of path.slice(0, -1)) at = (at[key as string] ?? {}) as Record<string, unknown>;
        at[path[path.length - 1] as string] = value;
        await send('POST', '/api/v1/journeys', { name: 'Thử', doc });
        await send('PATCH', `/api/v1/journeys/${map.id}`, { version: map.version, doc });
      }),
      { numRuns: 60 },
    );
  });

  it('answers 4xx, never 5xx, to touchpoint items, targets and emotions out of range', async () => {
    const item = fc.record({
      id: fc.oneof(fc.constant('tp1'), junk),
      touchpointId: fc.oneof(fc.uuid(), junk),
      departmentId: fc.oneof(fc.uuid(), fc.constant(null), junk),
      channel: fc.oneof(fc.constantFrom('web', 'zalo', 'fax'), junk),
      mode: fc.oneof(fc.constantFrom('online', 'offline'), junk),
      target: fc.oneof(fc.record({ metric: fc.constantFrom('nps', 'csat', 'ces', 'x'), min: fc.oneof(fc.double(), junk) }), junk),
    });
    const emotion = fc.oneof(fc.record({ value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double(), junk), note: fc.oneof(fc.string(), junk) }), junk);
    await fc.assert(
      fc.asyncProperty(item, emotion, async (tp, feel) => {
        const doc = journeyTemplate('retail', 'current') as unknown as { stages: { cells: Record<string, unknown> }[] };
        doc.stages[0]!.cells = { 'ln-touchpoints': { touchpoints: [tp] }, 'ln-emotions': { emotion: feel } };
        await send('POST', '/api/v1/journeys', { name: 'Thử', doc });
      }),
      { numRuns: 60 },
    );
  });

  it('answers 4xx, never 5xx, to junk in paths, queries and the other bodies', async () => {
    // Earlier tests may have saved a broken-looking document that was valid after all.
    const before = ((await call(server, 'GET', `/api/v1/journeys/${map.id}`, { cookie: ws.cookie })).data as Journey).version;
    const segment = fc.oneof(fc.string({ maxLength: 60 }), fc.uuid(), fc.constantFrom('%00', '..', '%E0%A4%A', 'null', '-1', '1e309', '99999999999'));
    await fc.assert(
      fc.asyncProperty(segment, segment, junk, async (a, b, body) => {
        const id = encodeURIComponent(a);
        await send('GET', `/api/v1/journeys/${id}`);
        await send('GET', `/api/v1/journeys/${map.id}/versions/${encodeURIComponent(b)}`);
        await send('POST', `/api/v1/journeys/${map.id}/versions/${encodeURIComponent(b)}/restore`, body);
        await send('POST', `/api/v1/journeys/${id}/shares`, body);
        await send('PATCH', `/api/v1/journeys/${map.id}`, body);
        await send('GET', `/api/v1/journeys?q=${id}&sort=${encodeURIComponent(b)}&page=${id}`);
        await send('GET', `/api/v1/journeys/${map.id}/export.pdf?lang=${id}`);
        await send('GET', `/api/v1/public/journey-shares/${id}`);
      }),
      { numRuns: 40 },
    );
    // The map survived all of it unchanged: every save above was refused.
    const now = (await call(server, 'GET', `/api/v1/journeys/${map.id}`, { cookie: ws.cookie })).data as Journey;
    expect(now.version).toBe(before);
  });
});
