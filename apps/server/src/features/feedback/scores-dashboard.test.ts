import {
  addCes, addCsat, addDays, addNps, cesScore, compareScores, csatScore, emptyCes, emptyCsat, emptyNps, npsScore, todayIn,
  type Score, type ScoresBreakdown, type Scores, type Survey,
} from '@footprint/core';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, startTestServer, type TestWorkspace } from '../../test/server.js';
import { answerAt, dashboardWorkspace } from '../../test/score-fixtures.js';
import type { Channel } from './respond.js';

const TZ = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

const ANSWER = fc.record({
  nps: fc.integer({ min: 0, max: 10 }),
  csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  ces: fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
  at: fc.constantFrom('counter', 'delivery', 'none'),
  channel: fc.constantFrom<Channel>('link', 'qr', 'kiosk'),
  inStore: fc.boolean(),
  daysAgo: fc.integer({ min: 0, max: 13 }),
});
type A = typeof ANSWER extends fc.Arbitrary<infer T> ? T : never;

function raw(answers: A[]) {
  return {
    nps: npsScore(answers.reduce((agg, a) => addNps(agg, a.nps), emptyNps())),
    csat: csatScore(answers.reduce((agg, a) => (a.csat ? addCsat(agg, a.csat) : agg), emptyCsat())),
    ces: cesScore(answers.reduce((agg, a) => (a.ces ? addCes(agg, a.ces) : agg), emptyCes())),
  };
}

/** The API's score equals the raw one: value, n, interval, parts (null when there are no answers). */
function same(got: Score | null, want: Score) {
  if (want.n === 0) return expect(got).toBeNull();
  expect(got).toEqual(want);
}

describe.each(ENGINES)('score dashboards on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let counter: string;
  let delivery: string;
  let storeId: string;
  let survey: Survey;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ({ ws, counter, delivery, storeId, survey } = await dashboardWorkspace(server, 'Siêu thị Hoà Bình'));
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });
  afterEach(() => vi.useRealTimers());

  const get = async <T>(url: string) => {
    const r = await call(server, 'GET', url, { cookie: ws.cookie });
    expect(r.statusCode, r.body).toBe(200);
    return r.data as T;
  };

  it('breakdowns, totals, series and period comparisons from the rollups equal the raw computation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ANSWER, { minLength: 1, maxLength: 30 }), async (answers) => {
        // A survey of its own per run: nothing from other runs in its scores.
        const copy = (await call(server, 'POST', `/api/v1/surveys/${survey.id}/duplicate`, { cookie: ws.cookie })).data as Survey;
        await call(server, 'PATCH', `/api/v1/surveys/${copy.id}`, { cookie: ws.cookie }, { status: 'active' });
        const now = Date.now();
        for (const a of answers) {
          await answerAt(server, copy.publicId, new Date(now - a.daysAgo * DAY_MS), {
            answers: { nps: a.nps, ...(a.csat ? { csat: a.csat } : {}), ...(a.ces ? { ces: a.ces } : {}) },
            channel: a.channel,
            ...(a.at === 'none' ? {} : { touchpointId: a.at === 'counter' ? counter : delivery }),
            ...(a.inStore ? { storeId } : {}),
          });
        }
        const today = todayIn(TZ, new Date(now));
        const range = `from=${addDays(today, -6)}&to=${today}&surveyId=${copy.id}&compare=previous`;
        const current = answers.filter((a) => a.daysAgo <= 6);
        const previous = answers.filter((a) => a.daysAgo > 6);

        const scores = await get<Scores>(`/api/v1/scores?${range}&by=day`);
        const want = raw(current);
        const before = raw(previous);
        same(scores.totals.nps, want.nps);
        same(scores.totals.csat, want.csat);
        same(scores.totals.ces, want.ces);
        expect(scores.previous).toMatchObject({ from: addDays(today, -13), to: addDays(today, -7) });
        if (want.nps.n > 0) expect(scores.previous?.comparison.nps).toEqual(compareScores(want.nps, before.nps));
        if (want.csat.n > 0) expect(scores.previous?.comparison.csat).toEqual(compareScores(want.csat, before.csat));
        for (const point of scores.series) {
          const day = current.filter((a) => addDays(today, -a.daysAgo) === point.period);
          same(point.nps, raw(day).nps);
        }
        expect(scores.series.map((p) => p.period)).toEqual([...new Set(current.map((a) => addDays(today, -a.daysAgo)))].sort());

        const keyOf = {
          touchpoint: (a: A) => (a.at === 'none' ? null : a.at === 'counter' ? counter : delivery),
          channel: (a: A) => a.channel,
          store: (a: A) => (a.inStore ? storeId : null),
          survey: () => copy.id,
        };
        for (const groupBy of ['touchpoint', 'channel', 'store', 'survey'] as const) {
          const b = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?${range}&groupBy=${groupBy}`);
          const keys = [...new Set(current.map(keyOf[groupBy]))];
          expect(b.items.map((i) => i.key).sort()).toEqual(keys.sort());
          for (const item of b.items) {
            const mine = current.filter((a) => keyOf[groupBy](a) === item.key);
            const theirs = raw(mine);
            same(item.nps, theirs.nps);
            same(item.csat, theirs.csat);
            same(item.ces, theirs.ces);
            const earlier = raw(previous.filter((a) => keyOf[groupBy](a) === item.key));
            expect(item.comparison?.nps).toEqual(compareScores(theirs.nps, earlier.nps));
          }
          // Most answers first.
          const ns = b.items.map((i) => Math.max(i.nps?.n ?? 0, i.csat?.n ?? 0, i.ces?.n ?? 0));
          expect(ns).toEqual([...ns].sort((x, y) => y - x));
        }
      }),
      { numRuns: 6 },
    );
  });

  it('names the groups, marks answers with no touchpoint or store, and leaves channels to the client', async () => {
    const at = new Date();
    await answerAt(server, survey.publicId, at, { answers: { nps: 10 }, touchpointId: counter, storeId });
    await answerAt(server, survey.publicId, at, { answers: { nps: 2, why_low: { text: 'Chậm' } }, touchpointId: delivery, channel: 'qr' });
    await answerAt(server, survey.publicId, at, { answers: { nps: 8 } });
    const today = todayIn(TZ);
    const q = `from=${today}&to=${today}&surveyId=${survey.id}`;
    const byTp = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?${q}&groupBy=touchpoint`);
    expect(byTp.items.map((i) => [i.key, i.name, i.nps?.n])).toEqual(
      expect.arrayContaining([[counter, 'Quầy thu ngân', 1], [delivery, 'Giao hàng', 1], [null, null, 1]]),
    );
    expect(byTp.previous).toBeNull();
    expect(byTp.items.every((i) => i.comparison === null)).toBe(true);
    const byStore = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?${q}&groupBy=store`);
    expect(byStore.items.find((i) => i.key === storeId)).toMatchObject({ name: 'Cửa hàng Cầu Giấy', nps: { n: 1, score: 100 } });
    const bySurvey = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?from=${today}&to=${today}&groupBy=survey`);
    expect(bySurvey.items.find((i) => i.key === survey.id)).toMatchObject({ name: 'Sau mua hàng' });
    const byChannel = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?${q}&groupBy=channel`);
    expect(byChannel.items.map((i) => [i.key, i.name]).sort()).toEqual([['link', null], ['qr', null]]);
    // A deleted touchpoint keeps its answers, without a name.
    await call(server, 'DELETE', `/api/v1/touchpoints/${delivery}`, { cookie: ws.cookie });
    const after = await get<ScoresBreakdown>(`/api/v1/scores/breakdown?${q}&groupBy=touchpoint`);
    expect(after.items.find((i) => i.key === delivery)).toMatchObject({ name: null, nps: { n: 1 } });
  });
});
