import { addCsi, csiScore, emptyCsi, todayIn, type NegativeComment, type Scores, type ScoresBreakdown, type ScoresCoverage, type Survey } from '@footprint/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, startTestServer, type TestWorkspace } from '../../test/server.js';
import { answerAt, dashboardWorkspace } from '../../test/score-fixtures.js';

describe.each(ENGINES)('score API: periods, comments and bad queries on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let counter: string;
  let storeId: string;
  let survey: Survey;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ({ ws, counter, storeId, survey } = await dashboardWorkspace(server, 'Nhà sách Tiền Phong'));
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const get = async (url: string, who: { cookie?: string; key?: string } = { cookie: ws.cookie }) => call(server, 'GET', url, who);
  const ok = async <T>(url: string) => {
    const r = await get(url);
    expect(r.statusCode, r.body).toBe(200);
    return r.data as T;
  };
  const comments = async (query: string) => (await ok<{ items: NegativeComment[] }>(`/api/v1/scores/negative-comments?${query}`)).items;

  it('says when there are no responses yet, then when the first and latest came in', async () => {
    expect(await ok<ScoresCoverage>('/api/v1/scores/coverage')).toEqual({ firstAt: null, lastAt: null });
    await answerAt(server, survey.publicId, new Date('2026-03-08T02:00:00Z'), { answers: { nps: 9 } });
    await answerAt(server, survey.publicId, new Date('2026-03-09T02:00:00Z'), { answers: { nps: 9 } });
    expect(await ok<ScoresCoverage>('/api/v1/scores/coverage')).toEqual({ firstAt: '2026-03-08T02:00:00.000Z', lastAt: '2026-03-09T02:00:00.000Z' });
  });

  it('puts answers on the days, weeks and months of Asia/Ho_Chi_Minh, in scores and in comments', async () => {
    const copy = (await call(server, 'POST', `/api/v1/surveys/${survey.id}/duplicate`, { cookie: ws.cookie })).data as Survey;
    await call(server, 'PATCH', `/api/v1/surveys/${copy.id}`, { cookie: ws.cookie }, { status: 'active' });
    const bad = (text: string) => ({ nps: 1, why_low: { text } });
    // 23:59:59 on Sunday 22/11 and 00:00 on Monday 23/11 in Hanoi; 00:00 on 01/12.
    await answerAt(server, copy.publicId, new Date('2026-11-22T16:59:59Z'), { answers: bad('Chủ nhật muộn') });
    await answerAt(server, copy.publicId, new Date('2026-11-22T17:00:00Z'), { answers: bad('Thứ hai sớm') });
    await answerAt(server, copy.publicId, new Date('2026-11-30T17:00:00Z'), { answers: bad('Đầu tháng 12') });
    const s = `surveyId=${copy.id}`;
    const day = async (d: string) => (await ok<Scores>(`/api/v1/scores?${s}&from=${d}&to=${d}`)).totals.nps?.n ?? 0;
    expect([await day('2026-11-22'), await day('2026-11-23'), await day('2026-11-30'), await day('2026-12-01')]).toEqual([1, 1, 0, 1]);
    const weeks = await ok<Scores>(`/api/v1/scores?${s}&from=2026-11-16&to=2026-12-06&by=week`);
    expect(weeks.series.map((p) => [p.period, p.nps?.n])).toEqual([['2026-11-16', 1], ['2026-11-23', 1], ['2026-11-30', 1]]);
    const months = await ok<Scores>(`/api/v1/scores?${s}&from=2026-11-01&to=2026-12-31&by=month`);
    expect(months.series.map((p) => [p.period, p.nps?.n])).toEqual([['2026-11-01', 2], ['2026-12-01', 1]]);
    expect((await comments(`${s}&from=2026-11-22&to=2026-11-22`)).map((c) => c.comment)).toEqual(['Chủ nhật muộn']);
    expect((await comments(`${s}&from=2026-11-23&to=2026-11-30`)).map((c) => c.comment)).toEqual(['Thứ hai sớm']);
    expect((await comments(`${s}&from=2026-12-01&to=2026-12-01`)).map((c) => c.comment)).toEqual(['Đầu tháng 12']);
    // 01/12 compared with 30/11 (no answers): a change cannot be read.
    const dec = await ok<Scores>(`/api/v1/scores?${s}&from=2026-12-01&to=2026-12-01&compare=previous`);
    expect(dec.previous).toMatchObject({ from: '2026-11-30', to: '2026-11-30', totals: { nps: null }, comparison: { nps: { current: -100, previous: null, delta: null, significant: false } } });
  });

  it('lists the latest comments of negative responses with names, newest first, and nothing else', async () => {
    const writeKey = ((await call(server, 'POST', '/api/v1/keys', { cookie: ws.cookie }, { name: 'web', type: 'write' })).data as { key: string }).key;
    const identify = await server.app.inject({ method: 'POST', url: '/v1/identify', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ writeKey, userId: 'kh-an', traits: { name: 'Nguyễn Thị Ân' } }) });
    expect(identify.statusCode).toBe(200);
    const at = (m: number) => new Date(Date.UTC(2026, 9, 10, 3, m));
    await answerAt(server, survey.publicId, at(1), { answers: { nps: 3, why_low: { text: 'Nhân viên thu ngân thiếu thân thiện' } }, touchpointId: counter, storeId, userId: 'kh-an', channel: 'kiosk' });
    await answerAt(server, survey.publicId, at(2), { answers: { nps: 10, note: { text: 'Rất tốt' } } }); // positive
    await answerAt(server, survey.publicId, at(3), { answers: { nps: 2 } }); // no comment
    // The first score question decides, as on the responses screen: NPS 8 is neutral, whatever the CSAT.
    await answerAt(server, survey.publicId, at(4), { answers: { nps: 8, csat: 1, note: { text: 'Không tính' } } });
    await answerAt(server, survey.publicId, at(5), { answers: { nps: 5, note: { text: 'Giao   hàng trễ hai ngày' }, contact: { name: 'Bà Tư', consent: true } } });
    const items = await comments('from=2026-10-10&to=2026-10-10');
    expect(items.map((c) => c.comment)).toEqual(['Giao hàng trễ hai ngày', 'Nhân viên thu ngân thiếu thân thiện']);
    expect(items[0]).toMatchObject({ customer: { userId: null, name: 'Bà Tư' }, score: { metric: 'nps', value: 5, group: 'negative', npsGroup: 'detractor' }, touchpoint: null, store: null, channel: 'link' });
    expect(items[1]).toMatchObject({
      survey: { id: survey.id, name: 'Sau mua hàng' },
      touchpoint: { id: counter, name: 'Quầy thu ngân' },
      store: { id: storeId, name: 'Cửa hàng Cầu Giấy' },
      customer: { userId: 'kh-an', name: 'Nguyễn Thị Ân' },
      score: { metric: 'nps', value: 3, questionId: 'nps' },
      channel: 'kiosk',
      completedAt: at(1).toISOString(),
    });
    expect((await comments('from=2026-10-10&to=2026-10-10&limit=1')).length).toBe(1);
    expect(await comments(`from=2026-10-10&to=2026-10-10&touchpointId=${counter}`)).toHaveLength(1);
    expect(await comments(`from=2026-10-10&to=2026-10-10&storeId=${storeId}&channel=kiosk`)).toHaveLength(1);
    expect(await comments('from=2026-10-10&to=2026-10-10&channel=qr')).toHaveLength(0);
  });

  it('gives CSI with the survey’s own weights for one survey, and per survey in the breakdown, never mixed across surveys', async () => {
    const csi = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'CSI dịch vụ', template: 'service_csi' })).data as Survey;
    await call(server, 'PATCH', `/api/v1/surveys/${csi.id}`, { cookie: ws.cookie }, { status: 'active' });
    const ratings = [{ service: 5, experience: 3, price: 2 }, { service: 4, experience: 4, price: 1 }, { service: 2, experience: 5 }];
    for (const r of ratings) await answerAt(server, csi.publicId, new Date('2026-05-05T03:00:00Z'), { answers: { csi: { ratings: r } } });
    let agg = emptyCsi();
    for (const r of ratings) for (const [k, v] of Object.entries(r)) agg = addCsi(agg, k, v);
    const want = csiScore(agg, { service: 40, experience: 35, price: 25 });
    const range = 'from=2026-05-05&to=2026-05-05';
    expect((await ok<Scores>(`/api/v1/scores?${range}&surveyId=${csi.id}`)).totals.csi).toEqual(want);
    expect((await ok<Scores>(`/api/v1/scores?${range}`)).totals.csi).toBeNull();
    const bySurvey = await ok<ScoresBreakdown>(`/api/v1/scores/breakdown?${range}&groupBy=survey`);
    expect(bySurvey.items.find((i) => i.key === csi.id)?.csi).toEqual(want);
    // Across surveys CSI means nothing (each has its own attributes): a CSI-only day has no channel groups.
    expect((await ok<ScoresBreakdown>(`/api/v1/scores/breakdown?${range}&groupBy=channel`)).items).toEqual([]);
  });

  it('answers bad queries with a 400 and its code, unknown surveys with a 404, and never a 5xx', async () => {
    const today = todayIn('Asia/Ho_Chi_Minh');
    const range = `from=${today}&to=${today}`;
    for (const url of [
      '/api/v1/scores?from=2026-11-02&to=2026-11-01',
      '/api/v1/scores?from=2026-02-30&to=2026-03-01',
      '/api/v1/scores?from=1999-12-31&to=2026-01-01',
      `/api/v1/scores?${range}&by=year`,
      `/api/v1/scores?${range}&compare=yes`,
      `/api/v1/scores?${range}&channel=sms`,
      `/api/v1/scores?${range}&surveyId=abc`,
      `/api/v1/scores/breakdown?${range}`,
      `/api/v1/scores/breakdown?${range}&groupBy=stage`,
      '/api/v1/scores/breakdown?groupBy=touchpoint',
      `/api/v1/scores/negative-comments?${range}&limit=0`,
      `/api/v1/scores/negative-comments?${range}&limit=51`,
      `/api/v1/scores/negative-comments?${range}&limit=nhiều`,
      `/api/v1/scores/negative-comments?from=${today}`,
    ]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.data, url).toMatchObject({ error: { code: 'validation_failed' } });
    }
    const ghost = '0190a000-0000-7000-8000-000000000000';
    for (const url of [`/api/v1/scores?${range}&surveyId=${ghost}`, `/api/v1/scores/breakdown?${range}&groupBy=store&surveyId=${ghost}`, `/api/v1/scores/negative-comments?${range}&surveyId=${ghost}`]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.data).toMatchObject({ error: { code: 'not_found' } });
    }
    for (const url of ['/api/v1/scores/coverage', `/api/v1/scores/breakdown?${range}&groupBy=touchpoint`]) expect((await get(url, {})).statusCode).toBe(401);
    const PARAMS = ['from', 'to', 'by', 'compare', 'groupBy', 'limit', 'surveyId', 'touchpointId', 'channel', 'storeId'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('', '/breakdown', '/negative-comments'), fc.dictionary(fc.constantFrom(...PARAMS), fc.oneof(fc.string(), fc.constantFrom(today, '2026-11-01', 'touchpoint', 'week', 'previous', '10'))), async (path, params) => {
        const r = await get(`/api/v1/scores${path}?${new URLSearchParams(params).toString()}`);
        expect(r.statusCode, r.body).toBeLessThan(500);
        if (r.statusCode >= 400) expect(r.data).toMatchObject({ error: { code: expect.any(String) } });
      }),
      { numRuns: 60 },
    );
  });
});
