import type { PersonalLink, Survey } from '@footprint/core';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '../../../db/schema.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';

const tokenOf = (url: string) => new URL(url).searchParams.get('t')!;

describe.each(ENGINES)('personal survey links on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let survey: Survey;
  let otherSurvey: Survey;
  let counter: string;
  let hotline: string;

  const tp = async (w: TestWorkspace, name: string) =>
    ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: w.cookie }, { name, channel: 'store', rules: { events: [name] } })).data as { id: string }).id;
  const link = (body: Record<string, unknown>, w = ws, s = survey) => call(server, 'POST', `/api/v1/surveys/${s.id}/personal-links`, { cookie: w.cookie }, body);

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Phòng khám Bình An');
    other = await makeWorkspace(server, 'Nhà thuốc Hạnh Phúc');
    for (const [w, people] of [
      [ws, [{ userId: 'BN-001', traits: { name: 'Ngô Thị Hằng', email: 'hang@example.vn', language: 'en' } }, { userId: 'BN-002', traits: { name: 'Võ Minh Khang' } }]],
      [other, [{ userId: 'BN-001', traits: { name: 'Khách nhà thuốc' } }]],
    ] as const) {
      const writeKey = await makeKey(server, w, 'write');
      await call(server, 'POST', '/v1/batch', {}, { writeKey, batch: people.map((p) => ({ type: 'identify', ...p })) });
    }
    counter = await tp(ws, 'Quầy tiếp đón');
    hotline = await tp(ws, 'Tổng đài');
    survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'NPS khám bệnh', template: 'post_purchase_nps', touchpointIds: [counter] })).data as Survey;
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
    otherSurvey = (await call(server, 'POST', '/api/v1/surveys', { cookie: other.cookie }, { name: 'NPS nhà thuốc', template: 'post_purchase_nps' })).data as Survey;
    await call(server, 'PATCH', `/api/v1/surveys/${otherSurvey.id}`, { cookie: other.cookie }, { status: 'active' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('makes one link per customer and touchpoint, and gives the same one when asked again', async () => {
    const a = await link({ userId: 'BN-001', touchpointId: counter });
    expect(a.statusCode, a.body).toBe(200);
    const made = a.data as PersonalLink;
    expect(made).toMatchObject({ customer: { userId: 'BN-001', name: 'Ngô Thị Hằng', email: 'hang@example.vn' }, touchpoint: { id: counter, name: 'Quầy tiếp đón' }, answered: false });
    expect(made.url).toMatch(new RegExp(`^http://footprint\\.test/s/${survey.publicId}\\?t=[A-Za-z0-9]{32}$`));
    expect(((await link({ userId: 'BN-001', touchpointId: counter })).data as PersonalLink).url).toBe(made.url);
    const plain = (await link({ userId: 'BN-001' })).data as PersonalLink;
    expect(plain.url).not.toBe(made.url);
    expect(((await link({ userId: 'BN-001', touchpointId: null })).data as PersonalLink).url).toBe(plain.url);
    expect((await link({ userId: 'BN-002', touchpointId: counter })).statusCode).toBe(200);
  });

  it('refuses a customer, a touchpoint or a survey that is not there (or is another workspace’s) with 404', async () => {
    expect((await link({ userId: 'BN-404' })).statusCode).toBe(404);
    expect((await link({ userId: 'BN-001', touchpointId: hotline })).statusCode).toBe(404); // not one of the survey's
    expect((await link({ userId: 'BN-001' }, other, survey)).statusCode).toBe(404);
    expect((await link({ userId: '' })).statusCode).toBe(400);
  });

  it('answers as the customer, at the touchpoint, through the invitation: once, and the body cannot say otherwise', async () => {
    const made = (await link({ userId: 'BN-001', touchpointId: counter })).data as PersonalLink;
    const token = tokenOf(made.url);
    expect((await call(server, 'GET', `/api/v1/public/invites/${token}`)).data).toEqual({ publicId: survey.publicId, language: null, completed: false, answers: {} });
    const save = (body: Record<string, unknown>) => call(server, 'POST', `/api/v1/public/invites/${token}/responses`, {}, { language: 'vi', ...body });
    const first = await save({ answers: { nps: 4 }, responseId: '0190e5a0-0000-7000-8000-000000000001', userId: 'BN-002', touchpointId: hotline, channel: 'qr' });
    expect(first.statusCode, first.body).toBe(200);
    const done = await save({ answers: { nps: 4, why_low: { text: 'Chờ lâu' } }, complete: true });
    expect(done.data).toEqual({ id: (first.data as { id: string }).id, completed: true });
    expect((await save({ answers: { nps: 10 }, complete: true })).data).toEqual({ id: (first.data as { id: string }).id, completed: true });
    const rows = await t.database.db.select().from(responses).where(eq(responses.surveyId, survey.id));
    expect(rows).toEqual([expect.objectContaining({ userId: 'BN-001', touchpointId: counter, invitationId: made.id, channel: 'link', answers: { nps: 4, why_low: { text: 'Chờ lâu' } } })]);
    expect(rows[0]!.id).not.toBe('0190e5a0-0000-7000-8000-000000000001');
    expect((await call(server, 'GET', `/api/v1/public/invites/${token}`)).data).toMatchObject({ completed: true, answers: {} });
    expect(((await link({ userId: 'BN-001', touchpointId: counter })).data as PersonalLink).answered).toBe(true);
  });

  it('keeps a token inside its own workspace: it reaches its survey, never another’s data', async () => {
    const mine = tokenOf(((await link({ userId: 'BN-002' })).data as PersonalLink).url);
    const theirs = tokenOf(((await link({ userId: 'BN-001' }, other, otherSurvey)).data as PersonalLink).url);
    expect(((await call(server, 'GET', `/api/v1/public/invites/${theirs}`)).data as { publicId: string }).publicId).toBe(otherSurvey.publicId);
    const r = await call(server, 'POST', `/api/v1/public/invites/${theirs}/responses`, {}, { answers: { nps: 8 }, complete: true, surveyId: survey.id, workspaceId: ws.workspaceId });
    expect(r.statusCode).toBe(200);
    const saved = (await t.database.db.select().from(responses).where(eq(responses.id, (r.data as { id: string }).id)))[0]!;
    expect(saved).toMatchObject({ workspaceId: other.workspaceId, surveyId: otherSurvey.id, userId: 'BN-001' });
    // My workspace still has only the one response from before, and my token still works for me.
    expect(await t.database.db.select().from(responses).where(eq(responses.workspaceId, ws.workspaceId))).toHaveLength(1);
    expect((await call(server, 'GET', `/api/v1/public/invites/${mine}`)).statusCode).toBe(200);
    // A personal link is not an email: it has no unsubscribe.
    expect((await call(server, 'GET', `/api/v1/public/unsubscribe/${mine}`)).statusCode).toBe(404);
  });

  it('stops answering when the survey is paused', async () => {
    const token = tokenOf(((await link({ userId: 'BN-002', touchpointId: counter })).data as PersonalLink).url);
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'paused' });
    expect((await call(server, 'GET', `/api/v1/public/invites/${token}`)).statusCode).toBe(404);
    expect((await call(server, 'POST', `/api/v1/public/invites/${token}/responses`, {}, { answers: { nps: 9 } })).statusCode).toBe(404);
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
  });

  it('answers hostile input on every public invitation route with a 4xx, never a 5xx', async () => {
    const real = tokenOf(((await link({ userId: 'BN-002' })).data as PersonalLink).url);
    let n = 0;
    const hit = async (method: 'GET' | 'POST', url: string, payload?: unknown, contentType = 'application/json') => {
      const res = await server.app.inject({
        method,
        url,
        remoteAddress: `10.9.${(++n >> 8) & 255}.${n & 255}`,
        headers: { 'content-type': contentType },
        ...(payload !== undefined ? { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
      });
      expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)?.slice(0, 200)} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(JSON.parse(res.body)).toMatchObject({ error: { code: expect.any(String) } });
      return res.statusCode;
    };
    const tokens = fc.oneof(fc.string({ maxLength: 300 }), fc.constant(real), fc.stringMatching(/^[A-Za-z0-9]{32}$/), fc.constant('%00'), fc.constant('..%2F..%2Fetc'));
    const bodies = fc.oneof(
      fc.anything(),
      fc.record({ answers: fc.dictionary(fc.string({ maxLength: 50 }), fc.anything()), language: fc.string(), complete: fc.anything() }, { requiredKeys: [] }),
      fc.record({ answers: fc.record({ nps: fc.oneof(fc.integer(), fc.double(), fc.string()) }), complete: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(tokens, bodies, fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain'), async (token, body, type) => {
        const at = encodeURIComponent(token);
        await hit('GET', `/api/v1/public/invites/${at}`);
        await hit('POST', `/api/v1/public/invites/${at}/responses`, body ?? null, type);
        await hit('GET', `/api/v1/public/unsubscribe/${at}`);
        await hit('POST', `/api/v1/public/unsubscribe/${at}`, type === 'application/json' ? (body ?? null) : 'List-Unsubscribe=One-Click', type);
      }),
      { numRuns: 60 },
    );
    // The real token's response is still well-formed after all that.
    expect((await call(server, 'GET', `/api/v1/public/invites/${real}`)).statusCode).toBe(200);
  });
});
