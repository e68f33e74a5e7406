import { addCes, addCsat, addNps, cesScore, csatScore, emptyCes, emptyCsat, emptyNps, npsScore, type Scores } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.js';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';

describe.each(ENGINES)('the demo’s feedback on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let first: Record<string, number>;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi demo');
    first = await loadDemo(t.database, ws.workspaceId, { customers: 400, seed: 5 });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const rows = async <T>(sql: string, params: unknown[] = []) => (await t.database.query<T>(sql, params)).rows;

  it('creates the chain’s stores and four active surveys at their touchpoints, with answers through every channel', async () => {
    const surveys = (await call(server, 'GET', '/api/v1/surveys?pageSize=50', { cookie: ws.cookie })).data as { items: { name: string; status: string; touchpoints: { name: string }[] }[] };
    expect(surveys.items.map((s) => [s.name, s.status, s.touchpoints.map((x) => x.name)]).sort()).toEqual([
      ['Mặt cười tại cửa hàng', 'active', ['Ghé cửa hàng']],
      ['Mức hài lòng khi nhận hàng (CSAT)', 'active', ['Giao hàng']],
      ['NPS sau mua hàng', 'active', ['Đặt hàng online', 'Mua tại cửa hàng']],
      ['Độ dễ dàng khi gọi tổng đài (CES)', 'active', ['Tổng đài chăm sóc khách hàng']],
    ].sort());
    expect(first.responses).toBeGreaterThan(50);
    const [{ n }] = await rows<{ n: number }>('select count(*)::int as n from responses where workspace_id = $1 and completed_at is not null', [ws.workspaceId]) as [{ n: number }];
    expect(n).toBe(first.responses);
    const channels = await rows<{ channel: string; stores: number }>('select channel, count(store_id)::int as stores from responses where workspace_id = $1 group by channel order by channel', [ws.workspaceId]);
    expect(channels.map((c) => c.channel)).toEqual(['email', 'kiosk', 'link', 'qr']);
    expect(channels.find((c) => c.channel === 'kiosk')!.stores).toBeGreaterThan(0);
    const [{ stores }] = await rows<{ stores: number }>('select count(*)::int as stores from stores where workspace_id = $1', [ws.workspaceId]) as [{ stores: number }];
    expect(stores).toBeGreaterThan(10);
  });

  it('keeps the rollups equal to the raw answers, and loading again adds nothing', async () => {
    const again = await loadDemo(t.database, ws.workspaceId, { customers: 400, seed: 5 });
    expect(again.responses).toBe(0);
    const answers = await rows<{ nps: number | null; csat: number | null; ces: number | null }>(
      "select (answers->>'nps')::int as nps, (answers->>'csat')::int as csat, (answers->>'ces')::int as ces from responses where workspace_id = $1",
      [ws.workspaceId],
    );
    const got = (await call(server, 'GET', '/api/v1/scores?from=2000-01-01&to=2100-01-01', { cookie: ws.cookie })).data as Scores;
    const nps = npsScore(answers.reduce((a, r) => (r.nps === null ? a : addNps(a, r.nps)), emptyNps()));
    const csat = csatScore(answers.reduce((a, r) => (r.csat === null ? a : addCsat(a, r.csat)), emptyCsat()));
    const ces = cesScore(answers.reduce((a, r) => (r.ces === null ? a : addCes(a, r.ces)), emptyCes()));
    expect(got.totals.nps).toEqual(nps);
    expect(got.totals.csat).toEqual(csat);
    expect(got.totals.ces).toEqual(ces);
    expect(nps.n + csat.n + ces.n).toBe(answers.length);
  });

  it('scores every answer as a live save would, so the responses screen finds the unhappy ones', async () => {
    const [{ unscored }] = (await rows<{ unscored: number }>('select count(*)::int as unscored from responses where workspace_id = $1 and score_version = 0', [ws.workspaceId])) as [{ unscored: number }];
    expect(unscored).toBe(0);
    const [{ low }] = (await rows<{ low: number }>("select count(*)::int as low from responses where workspace_id = $1 and (answers->>'nps')::int <= 6", [ws.workspaceId])) as [{ low: number }];
    expect(low).toBeGreaterThan(0);
    const detractors = (await call(server, 'GET', '/api/v1/responses?scoreGroup=detractor&pageSize=1', { cookie: ws.cookie })).data as { total: number };
    expect(detractors.total).toBe(low);
  });
});
