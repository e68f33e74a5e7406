import { csatScore, emptyCsat, emptyNps, addCsat, addNps, npsScore, type Scores, type Survey } from '@footprint/core';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import { dayIn } from './respond.js';
import { periodOf } from './scores.js';

describe('days and periods', () => {
  it('puts a response on the workspace’s calendar day, and periods start on Mondays and 1sts', () => {
    expect(dayIn(new Date('2026-11-23T16:59:59Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-23');
    expect(dayIn(new Date('2026-11-23T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-11-24');
    expect(periodOf('2026-11-26', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-23', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-22', 'week')).toBe('2026-11-16');
    expect(periodOf('2026-11-26', 'month')).toBe('2026-11-01');
  });
});

describe.each(ENGINES)('survey responses and scores on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let survey: Survey;
  let counter: string;
  let hotline: string;
  const today = () => dayIn(new Date(), 'Asia/Ho_Chi_Minh');
  let respondents = 0;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Nhà thuốc Bình An');
    const tp = async (name: string) => ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name, channel: 'store', rules: { events: [name] } })).data as { id: string }).id;
    counter = await tp('Quầy thuốc');
    hotline = await tp('Tổng đài');
    const definition = {
      languages: ['vi', 'en'],
      questions: [
        { id: 'nps', type: 'nps', title: { vi: 'Bạn có giới thiệu chúng tôi không?', en: 'Would you recommend us?' } },
        { id: 'why_low', type: 'text', title: { vi: 'Vì sao?', en: 'Why?' }, showIf: { question: 'nps', op: 'lte', value: 6 } },
        { id: 'csat', type: 'csat', required: false, title: { vi: 'Bạn hài lòng chứ?', en: 'Satisfied?' } },
      ],
      thankYou: { title: { vi: 'Cảm ơn', en: 'Thanks' } },
    };
    survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'NPS nhà thuốc', definition, touchpointIds: [counter, hotline] })).data as Survey;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const pub = (path = '') => `/api/v1/public/surveys/${survey.publicId}${path}`;
  const save = (body: Record<string, unknown>) => call(server, 'POST', pub('/responses'), {}, { responseId: randomUUID(), ...body });
  const scores = async (query = '') => {
    const r = await call(server, 'GET', `/api/v1/scores?from=${today()}&to=${today()}${query}`, { cookie: ws.cookie });
    expect(r.statusCode, r.body).toBe(200);
    return r.data as Scores;
  };

  it('shows only active surveys to the public', async () => {
    expect((await call(server, 'GET', pub())).statusCode).toBe(404);
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
    const r = await call(server, 'GET', pub());
    expect(r.statusCode).toBe(200);
    expect(r.data).toMatchObject({ publicId: survey.publicId, workspaceName: 'Nhà thuốc Bình An' });
    expect(JSON.stringify(r.data)).not.toContain(ws.workspaceId);
    expect((await call(server, 'GET', '/api/v1/public/surveys/khongtontaikhaosatnay')).statusCode).toBe(404);
  });

  it('keeps partial answers, completes once, and counts a completed response once however often it is sent', async () => {
    const responseId = randomUUID();
    const partial = await call(server, 'POST', pub('/responses'), {}, { responseId, answers: { nps: 3 } });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.data).toEqual({ id: responseId, completed: false });
    expect((await scores()).totals.nps).toBeNull();
    const body = { responseId, answers: { nps: 3, why_low: { text: 'Phải chờ quá lâu ở quầy' } }, complete: true, touchpointId: counter };
    for (let i = 0; i < 3; i++) expect((await call(server, 'POST', pub('/responses'), {}, body)).data).toEqual({ id: responseId, completed: true });
    // final: a later change is not taken
    await call(server, 'POST', pub('/responses'), {}, { ...body, answers: { nps: 10 } });
    const s = await scores();
    expect(s.totals.nps).toMatchObject({ n: 1, score: -100, detractors: 1 });
  });

  it('refuses answers that do not fit, says what is missing, ignores hidden questions and bots', async () => {
    expect((await save({ answers: { nps: 11 } })).statusCode).toBe(400);
    expect((await save({ answers: { csat: 4 }, complete: true })).data).toMatchObject({ error: { code: 'response_incomplete', details: { questions: ['nps'] } } });
    expect((await save({ answers: { nps: 9 }, touchpointId: randomUUID() })).statusCode).toBe(404);
    expect((await save({ answers: { nps: 9, why_low: { text: 'ẩn' } }, complete: true })).statusCode).toBe(200);
    const bot = await save({ answers: { nps: 0 }, complete: true, website: 'http://spam.example' });
    expect(bot.statusCode).toBe(200);
    const s = await scores();
    expect(s.totals.nps).toMatchObject({ n: 2, promoters: 1, detractors: 1 });
    for (const hostile of [{ answers: { nps: '<script>alert(1)</script>' } }, { answers: { ['__proto__']: 1 } }, { answers: 'x' }, { responseId: 'not-a-uuid', answers: {} }]) {
      const r = await call(server, 'POST', pub('/responses'), {}, { responseId: randomUUID(), ...hostile });
      expect(r.statusCode, JSON.stringify(hostile)).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
    }
  });

  it('throttles a flood of answers from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const r = await server.app.inject({ method: 'POST', url: pub('/responses'), remoteAddress: '10.20.30.40', payload: { responseId: randomUUID(), answers: { nps: 10 } } });
      statuses.push(r.statusCode);
    }
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThan(0);
    expect(statuses.every((x) => x === 200 || x === 429)).toBe(true);
  });

  it('scores from the rollups equal the scores computed from the raw answers, per filter (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ nps: fc.integer({ min: 0, max: 10 }), csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), at: fc.constantFrom('counter', 'hotline', 'none'), channel: fc.constantFrom('link', 'qr') }), { minLength: 1, maxLength: 25 }),
        async (answers) => {
          // A survey of its own per run: nothing from other runs in its scores.
          const copy = (await call(server, 'POST', `/api/v1/surveys/${survey.id}/duplicate`, { cookie: ws.cookie })).data as Survey;
          await call(server, 'PATCH', `/api/v1/surveys/${copy.id}`, { cookie: ws.cookie }, { status: 'active' });
          // in parallel: concurrent completions must add up exactly
          await Promise.all(
            answers.map(async (a) => {
              // Each from its own address, as many people answering (one address is throttled).
              const r = await server.app.inject({
                method: 'POST',
                url: `/api/v1/public/surveys/${copy.publicId}/responses`,
                remoteAddress: `10.${++respondents >> 16 & 255}.${respondents >> 8 & 255}.${respondents & 255}`,
                payload: {
                  responseId: randomUUID(),
                  answers: { nps: a.nps, ...(a.nps <= 6 ? { why_low: { text: 'chậm' } } : {}), ...(a.csat ? { csat: a.csat } : {}) },
                  complete: true,
                  channel: a.channel,
                  ...(a.at === 'none' ? {} : { touchpointId: a.at === 'counter' ? counter : hotline }),
                },
              });
              expect(r.statusCode, r.body).toBe(200);
            }),
          );
          const check = async (query: string, pick: (a: (typeof answers)[number]) => boolean) => {
            const got = await scores(`&surveyId=${copy.id}${query}`);
            const mine = answers.filter(pick);
            const nps = npsScore(mine.reduce((agg, a) => addNps(agg, a.nps), emptyNps()));
            const csat = csatScore(mine.reduce((agg, a) => (a.csat ? addCsat(agg, a.csat) : agg), emptyCsat()));
            expect(got.totals.nps ?? { score: null, n: 0 }).toMatchObject({ score: nps.score, n: nps.n });
            if (nps.n > 0) expect(got.totals.nps?.ci).toEqual(nps.ci);
            expect(got.totals.csat ?? { score: null, n: 0 }).toMatchObject({ score: csat.score, n: csat.n });
            if (csat.n > 0) expect(got.totals.csat?.ci).toEqual(csat.ci);
          };
          await check('', () => true);
          await check(`&touchpointId=${counter}`, (a) => a.at === 'counter');
          await check('&channel=qr', (a) => a.channel === 'qr');
        },
      ),
      { numRuns: 8 },
    );
  });
});
