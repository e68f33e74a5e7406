import { DEFAULT_WIDGET_SETTINGS, isSampled, type Scores, type Survey, type SurveyWidget, type WidgetConfig, type WidgetImpression } from '@footprint/core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';
import { dayIn } from '../respond.js';

let addresses = 0;
/** Each request from its own address, as many visitors: the per-address throttle is tested on its own. */
const nextAddress = () => `10.77.${(++addresses >> 8) & 255}.${addresses & 255}`;

describe.each(ENGINES)('the web widget’s server side on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let writeKey: string;
  let otherKey: string;
  let survey: Survey;
  let second: Survey;
  let checkout: string;
  let cart: string;

  const pub = async (method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await server.app.inject({
      method,
      url: `/api/v1/public/widget${url}`,
      remoteAddress: nextAddress(),
      headers: { 'accept-language': 'en', ...(body !== undefined ? { 'content-type': 'text/plain' } : {}), ...headers },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    return Object.assign(r, { data: r.body ? (JSON.parse(r.body) as unknown) : null });
  };
  const config = async (key = writeKey) => (await pub('GET', `/config?writeKey=${key}`)).data as WidgetConfig;
  const claim = async (surveyId: string, person: { anonymousId: string; userId?: string }) =>
    (await pub('POST', '/impressions', { writeKey, surveyId, ...person })).data as WidgetImpression;
  const putWidget = (id: string, settings: unknown, cookie = ws.cookie) => call(server, 'PUT', `/api/v1/surveys/${id}/widget`, { cookie }, settings);
  const setCap = (frequencyCapDays: number) => call(server, 'PATCH', '/api/v1/feedback/settings', { cookie: ws.cookie }, { frequencyCapDays });

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Siêu thị Điện máy Xanh');
    other = await makeWorkspace(server, 'Cửa hàng khác');
    writeKey = await makeKey(server, ws, 'write');
    otherKey = await makeKey(server, other, 'write');
    const tp = async (name: string, rules: unknown) => ((await call(server, 'POST', '/api/v1/touchpoints', { cookie: ws.cookie }, { name, channel: 'web', rules })).data as { id: string }).id;
    await tp('Trang chủ', { urlPattern: '/' });
    cart = await tp('Giỏ hàng', { urlPattern: '/gio-hang*' });
    checkout = await tp('Thanh toán', { events: ['Đặt hàng'] });
    await tp('Tổng đài', { events: ['Gọi tổng đài'] });
    const make = async (name: string, touchpointIds: string[]) => {
      const s = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name, template: 'post_purchase_nps', touchpointIds })).data as Survey;
      await call(server, 'PATCH', `/api/v1/surveys/${s.id}`, { cookie: ws.cookie }, { status: 'active' });
      return s;
    };
    survey = await make('NPS sau đặt hàng', [checkout, cart]);
    second = await make('NPS giỏ hàng', [cart]);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('keeps widget settings per survey, off until turned on, and refuses what does not fit', async () => {
    const fresh = await call(server, 'GET', `/api/v1/surveys/${survey.id}/widget`, { cookie: ws.cookie });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.data).toEqual({ settings: DEFAULT_WIDGET_SETTINGS, stats: { days: 30, shown: 0, dismissed: 0, answered: 0 } });
    const on = await putWidget(survey.id, { enabled: true, triggers: { events: ['  Đặt hàng '], touchpointIds: [checkout] }, samplingPercent: 100, position: 'center' });
    expect(on.statusCode, on.body).toBe(200);
    expect((on.data as SurveyWidget).settings).toEqual({
      enabled: true,
      triggers: { events: ['Đặt hàng'], touchpointIds: [checkout], urlPattern: null, delaySeconds: null, exitIntent: false },
      samplingPercent: 100,
      position: 'center',
    });
    for (const bad of [{ samplingPercent: 101 }, { samplingPercent: -1 }, { position: 'top' }, { triggers: { delaySeconds: 0 } }, { triggers: { events: ['x'.repeat(201)] } }, { enabled: 'yes' }]) {
      const r = await putWidget(survey.id, bad);
      expect(r.statusCode, JSON.stringify(bad)).toBe(400);
      expect(r.data).toMatchObject({ error: { code: 'validation_failed' } });
    }
    // A touchpoint the survey does not listen at: an answer could never land there.
    const tpOther = await putWidget(second.id, { enabled: true, triggers: { touchpointIds: [checkout] } });
    expect(tpOther.statusCode).toBe(404);
    expect((await putWidget(randomUUID(), { enabled: true })).statusCode).toBe(404);
  });

  it('copies the widget settings to a duplicated survey, turned off', async () => {
    const copy = (await call(server, 'POST', `/api/v1/surveys/${survey.id}/duplicate`, { cookie: ws.cookie })).data as Survey;
    const got = await call(server, 'GET', `/api/v1/surveys/${copy.id}/widget`, { cookie: ws.cookie });
    expect((got.data as SurveyWidget).settings).toEqual({
      enabled: false,
      triggers: { events: ['Đặt hàng'], touchpointIds: [checkout], urlPattern: null, delaySeconds: null, exitIntent: false },
      samplingPercent: 100,
      position: 'center',
    });
    expect((await config()).surveys.map((s) => s.id)).not.toContain(copy.id);
    expect((await call(server, 'DELETE', `/api/v1/surveys/${copy.id}`, { cookie: ws.cookie })).statusCode).toBe(204);
  });

  it('keeps the workspace’s frequency cap, 30 days by default', async () => {
    expect((await call(server, 'GET', '/api/v1/feedback/settings', { cookie: ws.cookie })).data).toEqual({ frequencyCapDays: 30 });
    expect((await setCap(7)).data).toEqual({ frequencyCapDays: 7 });
    expect((await call(server, 'GET', '/api/v1/feedback/settings', { cookie: other.cookie })).data).toEqual({ frequencyCapDays: 30 });
    for (const bad of [-1, 366, 1.5, '30']) expect((await setCap(bad as number)).statusCode).toBe(400);
    await setCap(30);
  });

  it('gives the SDK the active widget surveys, trimmed, with the rules to place events, cacheable', async () => {
    const r = await pub('GET', `/config?writeKey=${writeKey}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['cache-control']).toContain('max-age=60');
    const c = r.data as WidgetConfig;
    expect(c.capDays).toBe(30);
    expect(c.surveys.map((s) => s.id)).toEqual([survey.id]);
    const s = c.surveys[0]!;
    expect(s).toMatchObject({ position: 'center', samplingPercent: 100, triggers: { events: ['Đặt hàng'], touchpointIds: [checkout] } });
    expect(new Set(s.touchpointIds)).toEqual(new Set([checkout, cart]));
    expect(s.definition).toMatchObject({ languages: ['vi', 'en'], brand: { color: '#0c8599' } });
    expect(s.definition).not.toHaveProperty('brand.logoUrl');
    expect(JSON.stringify(c)).not.toContain(ws.workspaceId);

    const again = await pub('GET', `/config?writeKey=${writeKey}`, undefined, { 'if-none-match': String(r.headers.etag) });
    expect(again.statusCode).toBe(304);
    // Another workspace's key sees only its own (none); paused or switched-off surveys are left out.
    expect((await config(otherKey)).surveys).toEqual([]);
    await putWidget(second.id, { enabled: true });
    expect((await config()).surveys.map((x) => x.id)).toEqual([second.id, survey.id]);
    await call(server, 'PATCH', `/api/v1/surveys/${second.id}`, { cookie: ws.cookie }, { status: 'paused' });
    await new Promise((res) => setTimeout(res, 5_100)); // the survey changed outside the widget routes: the cache's 5 s
    expect((await config()).surveys.map((x) => x.id)).toEqual([survey.id]);
    await call(server, 'PATCH', `/api/v1/surveys/${second.id}`, { cookie: ws.cookie }, { status: 'active' });
    await putWidget(second.id, { enabled: false });
    expect((await config()).surveys.map((x) => x.id)).toEqual([survey.id]);
  });

  it('refuses bad and unknown write keys', async () => {
    expect((await pub('GET', '/config')).statusCode).toBe(400);
    const unknown = await pub('GET', '/config?writeKey=fp_w_doesnotexist0000');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.data).toMatchObject({ error: { code: 'invalid_write_key' } });
    const read = await makeKey(server, ws, 'secret', 'read');
    expect((await pub('GET', `/config?writeKey=${read}`)).statusCode).toBe(401);
    const preflight = await server.app.inject({ method: 'OPTIONS', url: '/api/v1/public/widget/responses', headers: { origin: 'https://shop.example.vn', 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('asks each person at most once within the cap, across surveys and devices the server can link', async () => {
    await putWidget(second.id, { enabled: true });
    const a = { anonymousId: `anon-${randomUUID()}` };
    const first = await claim(survey.id, a);
    expect(first).toMatchObject({ show: true });
    const capped = await claim(second.id, a);
    expect(capped).toMatchObject({ show: false, reason: 'capped' });
    expect(Date.parse((capped as { askedAt: string }).askedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await claim(second.id, { anonymousId: `anon-${randomUUID()}` })).toMatchObject({ show: true });

    // A signed-in customer asked on one browser is not asked on another, nor after clearing storage.
    const userId = `kh-${randomUUID().slice(0, 8)}`;
    expect(await claim(survey.id, { anonymousId: `anon-${randomUUID()}`, userId })).toMatchObject({ show: true });
    expect(await claim(survey.id, { anonymousId: `anon-${randomUUID()}`, userId })).toMatchObject({ show: false, reason: 'capped' });

    // An anonymous visit later linked by identify: the same customer, whichever id comes next.
    const earlier = `anon-${randomUUID()}`;
    expect(await claim(survey.id, { anonymousId: earlier })).toMatchObject({ show: true });
    const linked = `kh-${randomUUID().slice(0, 8)}`;
    const batch = await server.app.inject({ method: 'POST', url: '/v1/batch', payload: { writeKey, batch: [{ type: 'identify', anonymousId: earlier, userId: linked }] } });
    expect(batch.statusCode, batch.body).toBe(200);
    expect(await claim(second.id, { anonymousId: `anon-${randomUUID()}`, userId: linked })).toMatchObject({ show: false, reason: 'capped' });

    // No cap: asked again at once.
    await setCap(0);
    expect(await claim(second.id, a)).toMatchObject({ show: true });
    await setCap(30);
    // The cap is the workspace's own: another workspace's person with the same ids is not affected.
  });

  it('places the moment with the workspace’s rules: the answer’s touchpoint, and whether an event is at a trigger touchpoint', async () => {
    await setCap(0);
    const at = (kind: string, type: string, event: string | null, path: string) => ({ kind, type, event, url: `https://shop.vn${path}`, path });
    const person = () => ({ anonymousId: `anon-${randomUUID()}` });
    const ask = async (moment: unknown) => (await pub('POST', '/impressions', { writeKey, surveyId: survey.id, ...person(), moment })).data as WidgetImpression;
    expect(await ask(at('touchpoint', 'track', 'dat hang', '/thanh-toan'))).toMatchObject({ show: true, touchpointId: checkout });
    expect(await ask(at('touchpoint', 'track', 'Gọi tổng đài', '/'))).toEqual({ show: false, reason: 'not_due' });
    expect(await ask(at('touchpoint', 'track', 'Xem sản phẩm', '/'))).toEqual({ show: false, reason: 'not_due' });
    // A page at the cart: the survey listens there too.
    expect(await ask(at('page', 'page', null, '/gio-hang/1'))).toMatchObject({ show: true, touchpointId: cart });
    // Placed elsewhere (the home page), the survey has two touchpoints: none is guessed.
    expect(await ask(at('page', 'page', null, '/'))).toMatchObject({ show: true, touchpointId: null });
    // The second survey listens only at the cart: its answers land there whatever the moment.
    expect((await pub('POST', '/impressions', { writeKey, surveyId: second.id, ...person(), moment: at('event', 'track', 'Khác', '/') })).data).toMatchObject({ show: true, touchpointId: cart });
    for (const bad of [{ kind: 'x' }, { ...at('page', 'page', null, '/'), url: 'x'.repeat(2001) }, { ...at('page', 'page', null, '/'), properties: { big: 'x'.repeat(17_000) } }]) {
      expect((await pub('POST', '/impressions', { writeKey, surveyId: survey.id, ...person(), moment: bad })).statusCode).toBe(400);
    }
    await setCap(30);
  });

  it('throttles a flood of claims from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 130; i++) {
      const r = await server.app.inject({ method: 'POST', url: '/api/v1/public/widget/impressions', remoteAddress: '10.99.99.99', payload: { writeKey, surveyId: survey.id, anonymousId: `flood-${i}` } });
      statuses.push(r.statusCode);
    }
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThan(0);
    expect(statuses.every((x) => x === 200 || x === 429)).toBe(true);
  });

  it('samples the same visitors the browser samples', async () => {
    await putWidget(second.id, { enabled: true, samplingPercent: 30 });
    await setCap(0);
    let shown = 0;
    for (let i = 0; i < 40; i++) {
      const anonymousId = `sample-${i}`;
      const r = await claim(second.id, { anonymousId });
      expect(r.show, anonymousId).toBe(isSampled(anonymousId, second.id, 30));
      if (!r.show) expect(r).toEqual({ show: false, reason: 'sampled_out' });
      else shown++;
    }
    expect(shown).toBeGreaterThan(2);
    expect(shown).toBeLessThan(30);
    await setCap(30);
    await putWidget(second.id, { enabled: true });
  });

  it('records dismissals, saves widget answers with their ids and touchpoint, and the scores move', async () => {
    const person = { anonymousId: `anon-${randomUUID()}`, userId: `kh-${randomUUID().slice(0, 8)}` };
    const shown = (await claim(survey.id, person)) as { impressionId: string };
    const dismissed = await pub('POST', `/impressions/${shown.impressionId}/dismiss`, { writeKey });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await pub('POST', `/impressions/${shown.impressionId}/dismiss`, { writeKey })).statusCode).toBe(200);
    expect((await pub('POST', `/impressions/${randomUUID()}/dismiss`, { writeKey })).statusCode).toBe(404);
    expect((await pub('POST', `/impressions/${shown.impressionId}/dismiss`, { writeKey: otherKey })).statusCode).toBe(404);

    const answerer = { anonymousId: `anon-${randomUUID()}`, userId: `kh-${randomUUID().slice(0, 8)}` };
    const asked = (await claim(survey.id, answerer)) as { impressionId: string };
    const responseId = randomUUID();
    const base = { writeKey, surveyId: survey.id, responseId, impressionId: asked.impressionId, touchpointId: checkout, ...answerer };
    const partial = await pub('POST', '/responses', { ...base, answers: { nps: 9 } });
    expect(partial.data).toEqual({ id: responseId, completed: false });
    const done = await pub('POST', '/responses', { ...base, answers: { nps: 9, why_high: { text: 'Giao hàng nhanh' } }, complete: true, language: 'vi' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.data).toEqual({ id: responseId, completed: true });
    const today = dayIn(new Date(), 'Asia/Ho_Chi_Minh');
    const scores = (await call(server, 'GET', `/api/v1/scores?from=${today}&to=${today}&channel=widget&touchpointId=${checkout}`, { cookie: ws.cookie })).data as Scores;
    expect(scores.totals.nps).toMatchObject({ n: 1, promoters: 1 });
    const stats = ((await call(server, 'GET', `/api/v1/surveys/${survey.id}/widget`, { cookie: ws.cookie })).data as SurveyWidget).stats;
    expect(stats.dismissed).toBe(1);
    expect(stats.answered).toBe(1);
    expect(stats.shown).toBeGreaterThanOrEqual(2);

    // Not through another workspace's key, not to a survey whose widget is off, not at a touchpoint it does not listen at.
    expect((await pub('POST', '/responses', { ...base, responseId: randomUUID(), writeKey: otherKey, answers: { nps: 1 } })).statusCode).toBe(404);
    await putWidget(second.id, { enabled: false });
    expect((await pub('POST', '/responses', { ...base, responseId: randomUUID(), surveyId: second.id, touchpointId: cart, answers: { nps: 1 } })).statusCode).toBe(404);
    expect((await pub('POST', '/responses', { ...base, responseId: randomUUID(), touchpointId: randomUUID(), answers: { nps: 1 } })).statusCode).toBe(404);
    expect((await pub('POST', '/responses', { ...base, responseId: randomUUID(), answers: {}, complete: true })).data).toMatchObject({ error: { code: 'response_incomplete' } });
  });
});
