import { ZJourneyLive, type JourneyLive } from '@footprint/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeys, journeyShares } from '../../../db/schema.js';
import { sha256 } from '../../../platform/crypto.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, startTestServer } from '../../../test/server.js';
import { ingest, liveWorkspace, type LiveWorkspace } from './live-fixture.js';

describe.each(ENGINES)('journey live routes on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let a: LiveWorkspace & { journeyId: string; token: string; mapOnly: string; revoked: string };
  let b: LiveWorkspace & { journeyId: string; token: string };

  const tenant = async (suffix: string) => {
    const lw = await liveWorkspace(server, suffix);
    const journeyId = randomUUID();
    await server.ctx.database.db.insert(journeys).values({ workspaceId: lw.ws.workspaceId, id: journeyId, name: `Bản đồ ${suffix}`, nameSearch: `ban do ${suffix}`, kind: 'current', doc: lw.doc });
    const share = async (withLive: boolean, revoked = false) => {
      const token = randomBytes(24).toString('hex');
      await server.ctx.database.db.insert(journeyShares).values({
        workspaceId: lw.ws.workspaceId, id: randomUUID(), journeyId, tokenHash: sha256(token), tokenStart: token.slice(0, 6), withLive, revokedAt: revoked ? new Date() : null,
      });
      return token;
    };
    return { ...lw, journeyId, token: await share(true), mapOnly: await share(false), revoked: await share(true, true) };
  };

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    a = await tenant('A');
    b = await tenant('B');
    // A: 3 customers at the first touchpoint; B: 1.
    await ingest(server, a, [0, 1, 2].map((user) => ({ user, anon: null, tp: 0, minute: 60 + user })));
    await ingest(server, b, [{ user: 0, anon: null, tp: 0, minute: 60 }]);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const period = 'from=2026-03-01&to=2026-03-04';

  it('gives a member the live layer of their map, and refuses bad periods and unknown personas', async () => {
    const r = await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}`, { cookie: a.ws.cookie });
    expect(r.statusCode, r.body).toBe(200);
    const live = ZJourneyLive.parse(r.data);
    expect(live.touchpoints.map((x) => [x.itemId, x.customers])).toEqual([['i0', 3], ['i1', 0], ['i2', 0], ['i3', 0], ['i4', 3]]);
    expect(live.stages.map((s) => s.customers)).toEqual([3, 0, 3]);
    expect(live.persona).toBeNull();
    expect((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?from=2026-03-04&to=2026-03-01`, { cookie: a.ws.cookie })).statusCode).toBe(400);
    expect((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?from=2026-13-01&to=2026-03-01`, { cookie: a.ws.cookie })).statusCode).toBe(400);
    expect((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}&personaId=${randomUUID()}`, { cookie: a.ws.cookie })).statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/journeys/${randomUUID()}/live?${period}`, { cookie: a.ws.cookie })).statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}`)).statusCode).toBe(401);
  });

  it('filters the figures to the customers a persona covers, and refuses another tenant’s persona', async () => {
    // One of A's three customers lives in Hà Nội; the rule is typed without diacritics.
    await server.ctx.database.query(`update customers set province = 'Hà Nội' where workspace_id = $1 and user_id = 'kh-0'`, [a.ws.workspaceId]);
    const rule = { match: 'all', conditions: [{ field: 'province', op: 'eq', value: 'ha noi' }] };
    const make = async (ws: LiveWorkspace, name: string, body: object = { rule }) => {
      const r = await call(server, 'POST', '/api/v1/personas', { cookie: ws.ws.cookie }, { name, ...body });
      expect(r.statusCode, r.body).toBe(201);
      return (r.data as { id: string }).id;
    };
    const lan = await make(a, 'Chị Lan ở Hà Nội');
    const r = await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}&personaId=${lan}`, { cookie: a.ws.cookie });
    expect(r.statusCode, r.body).toBe(200);
    const live = ZJourneyLive.parse(r.data);
    expect(live.persona).toEqual({ id: lan, name: 'Chị Lan ở Hà Nội', customers: 1 });
    expect(live.touchpoints[0]!.customers).toBe(1);
    // Without a rule a persona covers nobody.
    const empty = await make(a, 'Chưa có quy tắc', {});
    const none = ZJourneyLive.parse((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}&personaId=${empty}`, { cookie: a.ws.cookie })).data);
    expect(none.touchpoints[0]!.customers).toBe(0);
    const theirs = await make(b, 'Khách của B');
    expect((await call(server, 'GET', `/api/v1/journeys/${a.journeyId}/live?${period}&personaId=${theirs}`, { cookie: a.ws.cookie })).statusCode).toBe(404);
  });

  it("answers another tenant's map as not found", async () => {
    const r = await call(server, 'GET', `/api/v1/journeys/${b.journeyId}/live?${period}`, { cookie: a.ws.cookie });
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain(b.tps[0]!);
  });

  it('shows a live share link its own map’s figures only, and nothing for map-only, revoked or unknown links', async () => {
    const pub = async (token: string) => call(server, 'GET', `/api/v1/public/journey-shares/${token}/live?${period}`);
    const ra = await pub(a.token);
    expect(ra.statusCode, ra.body).toBe(200);
    const la = ra.data as JourneyLive;
    expect(la.touchpoints[0]).toMatchObject({ touchpointId: a.tps[0], customers: 3 });
    const rb = await pub(b.token);
    const lb = rb.data as JourneyLive;
    expect(lb.touchpoints.map((x) => x.touchpointId)).toEqual([b.tps[0], b.tps[1], b.tps[2], b.tps[3], b.tps[0]]);
    expect(lb.touchpoints[0]!.customers).toBe(1);
    expect(rb.body).not.toContain(a.tps[0]!);
    expect(lb.persona).toBeNull();
    for (const w of [...la.weakest, ...lb.weakest]) expect(w.evidence.complaints).toEqual([]);
    expect((await pub(a.mapOnly)).statusCode).toBe(404);
    expect((await pub(a.revoked)).statusCode).toBe(404);
    expect((await pub('Z'.repeat(40))).statusCode).toBe(404);
    expect((await pub('short')).statusCode).toBe(400);
  });
});
