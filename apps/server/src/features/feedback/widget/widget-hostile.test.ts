import type { Survey } from '@footprint/core';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { ZErrorShape } from '../../../test/isolation.js';
import { call, makeKey, makeWorkspace, startTestServer } from '../../../test/server.js';

let addresses = 0;
const nextAddress = () => `10.88.${(++addresses >> 8) & 255}.${addresses & 255}`;

/** Anything a hostile page or script may send instead of what the SDK sends. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '\u0000', '\uD800', '__proto__', "' or 1=1 --", 'x'.repeat(100_000), -1, Number.MAX_VALUE * 2, NaN),
);

describe.each(ENGINES)('the widget’s public routes take hostile input safely on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let writeKey: string;
  let survey: Survey;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    const ws = await makeWorkspace(server, 'Cửa hàng thử tấn công');
    writeKey = await makeKey(server, ws, 'write');
    survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'NPS', template: 'post_purchase_nps' })).data as Survey;
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
    await call(server, 'PUT', `/api/v1/surveys/${survey.id}/widget`, { cookie: ws.cookie }, { enabled: true });
    await call(server, 'PATCH', '/api/v1/feedback/settings', { cookie: ws.cookie }, { frequencyCapDays: 0 });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const send = async (method: 'GET' | 'POST', url: string, payload?: string, contentType = 'text/plain') => {
    const r = await server.app.inject({ method, url, remoteAddress: nextAddress(), headers: { 'content-type': contentType }, ...(payload !== undefined ? { payload } : {}) });
    const where = `${method} ${url} ${payload?.slice(0, 200) ?? ''} → ${r.statusCode} ${r.body.slice(0, 200)}`;
    expect(r.statusCode, where).toBeLessThan(500);
    if (r.statusCode >= 400) expect(ZErrorShape.safeParse(JSON.parse(r.body)).success, where).toBe(true);
    return r.statusCode;
  };
  const valid = () => ({
    writeKey,
    surveyId: survey.id,
    responseId: randomUUID(),
    anonymousId: `anon-${randomUUID()}`,
    answers: { nps: 7 },
    language: 'vi',
    complete: false,
  });
  const FIELDS = ['writeKey', 'surveyId', 'responseId', 'impressionId', 'anonymousId', 'userId', 'answers', 'language', 'complete', 'touchpointId'] as const;

  it('answers 4xx, never 5xx, to bodies with any field replaced by anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/impressions', '/responses', `/impressions/${randomUUID()}/dismiss`),
        fc.dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 4 }),
        fc.dictionary(fc.string({ maxLength: 45 }), junk, { maxKeys: 5 }),
        fc.constantFrom('text/plain', 'application/json'),
        async (path, replaced, answers, type) => {
          const body: Record<string, unknown> = { ...valid(), ...replaced };
          if (!('answers' in replaced)) body.answers = answers;
          let payload: string;
          try {
            payload = JSON.stringify(body);
          } catch {
            payload = '{';
          }
          await send('POST', `/api/v1/public/widget${path}`, payload, type);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers 4xx to bodies that are not JSON objects, and to hostile queries and ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), fc.constantFrom('/impressions', '/responses'), async (raw, path) => {
        const status = await send('POST', `/api/v1/public/widget${path}`, raw);
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 80 }), async (query, id) => {
        await send('GET', `/api/v1/public/widget/config?writeKey=${encodeURIComponent(query)}&${encodeURIComponent(id)}=1`);
        await send('POST', `/api/v1/public/widget/impressions/${encodeURIComponent(id)}/dismiss`, JSON.stringify({ writeKey }));
      }),
      { numRuns: 60 },
    );
    expect(await send('POST', '/api/v1/public/widget/responses', 'x'.repeat(70 * 1024))).toBe(413);
  });

  it('stores script payloads as the text they are', async () => {
    const body = { ...valid(), answers: { nps: 3, why_low: { text: '<script>alert(1)</script><img src=x onerror=alert(1)>' } }, complete: true };
    expect(await send('POST', '/api/v1/public/widget/responses', JSON.stringify(body))).toBe(200);
    const row = await server.ctx.database.query<{ answers: { why_low: { text: string } } }>('select answers from responses where id = $1', [body.responseId]);
    expect(row.rows[0]?.answers.why_low.text).toBe('<script>alert(1)</script><img src=x onerror=alert(1)>');
  });
});
