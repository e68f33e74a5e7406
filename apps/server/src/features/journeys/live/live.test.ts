import { liveReference, type JourneyLive } from '@footprint/core';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitsFromEvents } from '../../collection/queries/touchpoint-visits.js';
import { placeJob } from '../../collection/index.js';
import { currentRevision } from '../../collection/touchpoints/queries/load-rules.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';
import { journeyLive } from './index.js';
import { ingest, liveWorkspace, referenceInputs, respond, type GenEvent, type GenResponse, type LiveWorkspace } from './live-fixture.js';

const DAYS = 4;
const MINUTES = DAYS * 24 * 60;

const genEvent: fc.Arbitrary<GenEvent> = fc.record({
  user: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  anon: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  tp: fc.integer({ min: 0, max: 4 }),
  minute: fc.integer({ min: 0, max: MINUTES - 1 }),
});
const notes = ['Giao hàng quá chậm', 'giao hang cham lam', 'Nhân viên không nhiệt tình', 'Giá hơi cao', 'Ổn'];
const genResponse: fc.Arbitrary<GenResponse> = fc.record({
  tp: fc.integer({ min: 0, max: 4 }),
  minute: fc.integer({ min: 0, max: MINUTES - 1 }),
  user: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  anon: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  nps: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
  why: fc.option(fc.constantFrom('slow' as const, 'rude' as const, 'price' as const), { nil: undefined }),
  note: fc.option(fc.constantFrom(...notes), { nil: undefined }),
});
const genRange = fc.tuple(fc.integer({ min: 0, max: DAYS - 1 }), fc.integer({ min: 0, max: DAYS - 1 })).map(([a, b]) => {
  const day = (n: number) => `2026-03-${String(1 + n).padStart(2, '0')}`;
  return { from: day(Math.min(a, b)), to: day(Math.max(a, b)) };
});

/**
 * Anonymous ids belong to one user each (an-k to kh-k for k < 4) or to nobody (k ≥ 4): an event
 * pairing them links them, and a link never moves to another customer (docs/journey-live.md).
 */
const owned = <T extends { user: number | null; anon: number | null }>(e: T): T => (e.user !== null && e.anon !== null && (e.anon >= 4 || e.anon !== e.user) ? { ...e, anon: null } : e);

const rounded = (live: Omit<JourneyLive, 'persona'>) =>
  JSON.parse(JSON.stringify(live, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v))) as unknown;

describe.each(ENGINES)('journey live layer on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let n = 0;
  let ws: TestWorkspace;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi cửa hàng Phương Nam');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const visitsMatchEvents = async (lw: LiveWorkspace) => {
    const stored = (
      await server.ctx.database.query<{ touchpoint_id: string; day: string; person: string; customer_id: string | null; first_at: Date; last_at: Date; events: number }>(
        `select touchpoint_id, day::text as day, person, customer_id, first_at, last_at, events from touchpoint_visits where workspace_id = $1`,
        [lw.ws.workspaceId],
      )
    ).rows;
    const key = (r: { touchpoint_id: string; day: string; person: string }) => `${r.touchpoint_id}|${r.day}|${r.person}`;
    const norm = (rows: typeof stored) =>
      rows.map((r) => ({ ...r, first_at: new Date(r.first_at).toISOString(), last_at: new Date(r.last_at).toISOString(), events: Number(r.events) })).sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(norm(stored)).toEqual(norm(await visitsFromEvents(server.ctx.database.query, lw.ws.workspaceId)));
  };

  it('computes in SQL what the in-memory reference computes, with and without a persona', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(genEvent, { minLength: 40, maxLength: 120 }),
        fc.array(genResponse, { minLength: 5, maxLength: 40 }),
        genRange,
        fc.subarray([0, 1, 2, 3]),
        async (rawEvents, rawResponses, range, personaUsers) => {
          const events = rawEvents.map(owned);
          const responses = rawResponses.map(owned);
          const lw = await liveWorkspace(server, `#${++n}`, ws);
          // Two halves: links made by the second half bring the first half's visits along.
          await ingest(server, lw, events.slice(0, Math.ceil(events.length / 2)));
          await ingest(server, lw, events.slice(Math.ceil(events.length / 2)));
          await respond(server, lw, responses);
          await visitsMatchEvents(lw);

          const ref = await referenceInputs(server, lw, events, responses);
          const got = await journeyLive(server.ctx.database.db, lw.ws.workspaceId, lw.doc, range);
          expect(rounded(got)).toEqual(rounded(liveReference(lw.doc, range, ref.events, ref.responses)));

          const covered = new Set(personaUsers.map((u) => ref.customerOf(`kh-${u}`)).filter((c): c is string => c !== null));
          const userIds = personaUsers.map((u) => `kh-${u}`);
          const filter = sql`select id from customers where workspace_id = ${lw.ws.workspaceId} and user_id = any(${`{${userIds.join(',')}}`}::text[])`;
          const persona = await journeyLive(server.ctx.database.db, lw.ws.workspaceId, lw.doc, range, { customerFilter: filter });
          expect(rounded(persona)).toEqual(rounded(liveReference(lw.doc, range, ref.events, ref.responses, covered)));
        },
      ),
      { numRuns: 12, endOnFailure: true },
    );
  }, 180_000);

  it('keeps the visits right when past events are placed again and when customers merge', async () => {
    const lw = await liveWorkspace(server, 'đổi luật', ws);
    const events: GenEvent[] = [];
    for (let i = 0; i < 40; i++) events.push({ user: i % 3 === 0 ? i % 5 : null, anon: i % 7, tp: i % 5, minute: i * 97 });
    await ingest(server, lw, events.map(owned));
    await visitsMatchEvents(lw);
    // "Thanh toán" now also takes "Xem sản phẩm" events, and "Đổi trả" takes none.
    const patch = async (k: number, names: string[]) => call(server, 'PATCH', `/api/v1/touchpoints/${lw.tps[k]}`, { cookie: lw.ws.cookie }, { rules: { events: names.map((x) => `${x} đổi luật`) } });
    expect((await patch(1, ['không có'])).statusCode).toBe(200);
    expect((await patch(2, ['Thanh toán', 'Xem sản phẩm'])).statusCode).toBe(200);
    expect((await patch(4, ['không có'])).statusCode).toBe(200);
    const revision = await currentRevision(server.ctx.database.query, lw.ws.workspaceId);
    const result = await placeJob(server.ctx.database)({
      db: server.ctx.database.db,
      job: { id: 'x', workspaceId: lw.ws.workspaceId, kind: 'touchpoints.place', payload: { revision }, attempts: 1 },
      progress: async () => {},
    });
    expect(result).toMatchObject({ moved: 16 });
    await visitsMatchEvents(lw);
    const moved = await server.ctx.database.query<{ n: number }>(`select count(*)::int as n from touchpoint_visits where workspace_id = $1 and touchpoint_id = any($2::uuid[])`, [
      lw.ws.workspaceId,
      [lw.tps[1], lw.tps[4]],
    ]);
    expect(moved.rows[0]!.n).toBe(0);

    // an-5 browsed alone; kh-5 signs in on it, then kh-0 and kh-5 turn out to be one person (alias).
    await ingest(server, lw, [{ user: 5, anon: 5, tp: 0, minute: 5000 }]);
    await visitsMatchEvents(lw);
    const before = await server.ctx.database.query<{ n: number }>(`select count(*)::int as n from touchpoint_visits where workspace_id = $1 and person = 'a:an-5'`, [lw.ws.workspaceId]);
    expect(before.rows[0]!.n).toBe(0);
    const alias = [{ type: 'alias', userId: 'kh-0', previousId: 'kh-5', messageId: 'alias-1', timestamp: new Date('2026-03-05T00:00:00Z').toISOString() }];
    const { storeEvents, toRows } = await import('../../collection/index.js');
    await storeEvents(server.ctx.database, toRows(alias, { workspaceId: lw.ws.workspaceId, keyId: null, receivedAt: new Date(), ip: '127.0.0.1' }), lw.cache);
    await visitsMatchEvents(lw);
    const people = await server.ctx.database.query<{ n: number }>(`select count(distinct person)::int as n from touchpoint_visits where workspace_id = $1 and customer_id is not null`, [lw.ws.workspaceId]);
    const customers = await server.ctx.database.query<{ n: number }>(`select count(*)::int as n from customers where workspace_id = $1`, [lw.ws.workspaceId]);
    expect(people.rows[0]!.n).toBeLessThanOrEqual(customers.rows[0]!.n);
  }, 60_000);
});
