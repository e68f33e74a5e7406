import type { ResponseDetail, ResponseSummary } from '@footprint/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { makeResponsesFixture, type ResponsesFixture } from '../../../test/responses-fixture.js';
import { call, startTestServer } from '../../../test/server.js';

type Page = { items: ResponseSummary[]; total: number; page: number; pageSize: number };

describe.each(ENGINES)('the responses list and detail on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let f: ResponsesFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    f = await makeResponsesFixture(server);
    // 23:59 on 04/03 and 00:00 on 05/03 in Hồ Chí Minh City (UTC+7), and later days.
    ids.late = await f.respond(f.nps, { rec: 2, why_low: { text: 'Dược sĩ ở Hà Nội không tư vấn gì cả' } }, { touchpointId: f.counter, userId: 'kh-binh', at: '2026-03-04T16:59:00Z' });
    ids.midnight = await f.respond(f.nps, { rec: 10, liked: { text: 'Nhân viên đăng ký thẻ thành viên nhanh' }, bought: ['thuoc', 'vitamin'] }, { touchpointId: f.hotline, anonymousId: 'anon-cuc', at: '2026-03-04T17:00:00Z' });
    ids.passive = await f.respond(f.nps, { rec: 8, csi: { ratings: { service: 5, price: 2 } }, contact: { name: 'Phạm Văn Đức', phone: '0912000111', consent: true } }, { channel: 'qr', storeId: f.storeId, at: '2026-03-06T02:00:00Z', language: 'en' });
    ids.sad = await f.respond(f.csat, { smile: 1, note: { text: 'Chờ 100% lâu_quá' } }, { channel: 'kiosk', storeId: f.storeId, touchpointId: f.counter, at: '2026-03-07T03:00:00Z' });
    ids.happy = await f.respond(f.csat, { smile: 5 }, { channel: 'kiosk', storeId: f.storeId, at: '2026-03-07T04:00:00Z' });
    ids.partial = await f.respond(f.nps, { rec: 4 }, { complete: false, userId: 'kh-binh', at: '2026-03-08T05:00:00Z' });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const list = async (query = '', who: { cookie?: string; key?: string } = { key: f.readKey }) => {
    const r = await call(server, 'GET', `/api/v1/responses${query}`, who);
    expect(r.statusCode, r.body).toBe(200);
    return r.data as Page;
  };
  const idsOf = async (query: string) => (await list(query)).items.map((i) => i.id);
  const name = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0];
  const namesOf = async (query: string) => (await idsOf(query)).map(name);

  it('lists every response newest first, with names beside every reference', async () => {
    const page = await list();
    expect(page.total).toBe(6);
    expect(page.items.map((i) => name(i.id))).toEqual(['partial', 'happy', 'sad', 'passive', 'midnight', 'late']);
    const late = page.items.find((i) => i.id === ids.late)!;
    expect(late).toMatchObject({
      status: 'completed',
      answeredAt: '2026-03-04T16:59:00.000Z',
      survey: { id: f.nps.id, name: 'NPS nhà thuốc' },
      touchpoint: { id: f.counter, name: 'Quầy thuốc' },
      channel: 'link',
      store: null,
      customer: { userId: 'kh-binh', name: 'Trần Thị Bình' },
      score: { metric: 'nps', value: 2, min: 0, max: 10, group: 'negative', npsGroup: 'detractor' },
      snippet: 'Dược sĩ ở Hà Nội không tư vấn gì cả',
    });
    // Answered anonymously, identified later: still the customer's.
    expect(page.items.find((i) => i.id === ids.midnight)!.customer).toMatchObject({ userId: 'kh-cuc', name: 'Lê Thị Cúc' });
    expect(page.items.find((i) => i.id === ids.sad)).toMatchObject({ store: { id: f.storeId, name: 'Chi nhánh Hà Đông' }, channel: 'kiosk', score: { metric: 'csat', value: 1, group: 'negative', npsGroup: null } });
    expect(page.items.find((i) => i.id === ids.partial)).toMatchObject({ status: 'partial', score: { value: 4, npsGroup: 'detractor' }, snippet: null });
    expect(page.items.find((i) => i.id === ids.passive)!.customer).toBeNull();
  });

  it('filters by survey, touchpoint, channel, store and status', async () => {
    expect(await namesOf(`?surveyId=${f.csat.id}`)).toEqual(['happy', 'sad']);
    expect(await namesOf(`?touchpointId=${f.counter}`)).toEqual(['sad', 'late']);
    expect(await namesOf('?channel=qr')).toEqual(['passive']);
    expect(await namesOf(`?storeId=${f.storeId}&channel=kiosk`)).toEqual(['happy', 'sad']);
    expect(await namesOf('?status=partial')).toEqual(['partial']);
    expect((await list('?status=completed')).total).toBe(5);
  });

  it('filters by NPS group, and by how people felt on any scale', async () => {
    expect(await namesOf('?scoreGroup=detractor')).toEqual(['partial', 'late']);
    expect(await namesOf('?scoreGroup=detractor&status=completed')).toEqual(['late']);
    expect(await namesOf('?scoreGroup=promoter')).toEqual(['midnight']);
    expect(await namesOf('?scoreGroup=passive')).toEqual(['passive']);
    expect(await namesOf('?scoreGroup=negative')).toEqual(['partial', 'sad', 'late']);
    expect(await namesOf('?scoreGroup=positive')).toEqual(['happy', 'midnight']);
    expect(await namesOf('?scoreGroup=neutral')).toEqual(['passive']);
  });

  it('reads days on the workspace’s calendar, both ends included', async () => {
    expect(await namesOf('?from=2026-03-05&to=2026-03-05')).toEqual(['midnight']);
    expect(await namesOf('?to=2026-03-04')).toEqual(['late']);
    expect(await namesOf('?from=2026-03-07')).toEqual(['partial', 'happy', 'sad']);
    // The same days in another time zone move the midnight response.
    await call(server, 'PATCH', '/api/v1/workspace', { cookie: f.ws.cookie }, { timeZone: 'UTC' });
    expect(await namesOf('?from=2026-03-04&to=2026-03-04')).toEqual(['midnight', 'late']);
    await call(server, 'PATCH', '/api/v1/workspace', { cookie: f.ws.cookie }, { timeZone: 'Asia/Ho_Chi_Minh' });
  });

  it('searches open answers with or without diacritics, every word, wildcards taken literally', async () => {
    expect(await namesOf(`?q=${encodeURIComponent('ha noi')}`)).toEqual(['late']);
    expect(await namesOf(`?q=${encodeURIComponent('HÀ NỘI')}`)).toEqual(['late']);
    expect(await namesOf('?q=dang')).toEqual(['midnight']);
    expect(await namesOf(`?q=${encodeURIComponent('đăng ký')}`)).toEqual(['midnight']);
    expect(await namesOf(`?q=${encodeURIComponent('tu van duoc si')}`)).toEqual(['late']);
    expect(await namesOf(`?q=${encodeURIComponent('ha noi nhanh')}`)).toEqual([]);
    expect(await namesOf(`?q=${encodeURIComponent('100%')}`)).toEqual(['sad']);
    expect(await namesOf(`?q=${encodeURIComponent('%')}`)).toEqual(['sad']);
    expect(await namesOf('?q=l_u')).toEqual([]);
    expect(await namesOf(`?q=${encodeURIComponent('ha noi')}&scoreGroup=detractor`)).toEqual(['late']);
  });

  it('finds a customer’s responses under every identity they have', async () => {
    expect(await namesOf('?customer=kh-binh')).toEqual(['partial', 'late']);
    expect(await namesOf('?customer=kh-cuc')).toEqual(['midnight']);
    expect(await namesOf('?customer=kh-khong-co')).toEqual([]);
  });

  it('pages without overlap and sorts by time, score and survey', async () => {
    const p1 = await list('?pageSize=4');
    const p2 = await list('?pageSize=4&page=2');
    expect([p1.total, p2.total, p1.items.length, p2.items.length]).toEqual([6, 6, 4, 2]);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(6);
    expect((await list('?page=9')).items).toEqual([]);
    expect(await namesOf('?sort=answeredAt&order=asc')).toEqual(['late', 'midnight', 'passive', 'sad', 'happy', 'partial']);
    // Scores on different scales sort on 0..100: CSAT 1 (0), NPS 2 (20), NPS 4 (40), NPS 8 (80), NPS 10 and CSAT 5 (100, newer first).
    expect(await namesOf('?sort=score&order=asc')).toEqual(['sad', 'late', 'partial', 'passive', 'happy', 'midnight']);
    expect(await namesOf('?sort=score&order=desc')).toEqual(['happy', 'midnight', 'passive', 'partial', 'late', 'sad']);
    expect((await namesOf('?sort=survey&order=asc')).slice(0, 2)).toEqual(['happy', 'sad']);
  });

  it('refuses bad filters with 400 and a code, never 500', async () => {
    for (const query of [
      '?surveyId=not-a-uuid',
      '?touchpointId=1',
      '?channel=fax',
      '?scoreGroup=angry',
      '?status=done',
      '?from=2026-02-30',
      '?from=05/03/2026',
      '?from=2026-03-09&to=2026-03-01',
      `?q=${'a'.repeat(201)}`,
      '?q=%00',
      '?pageSize=500',
      '?page=0',
      '?sort=name',
      '?order=up',
    ]) {
      const r = await call(server, 'GET', `/api/v1/responses${query}`, { key: f.readKey });
      expect(r.statusCode, `${query} → ${r.body}`).toBe(400);
      expect((r.data as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });

  it('answers any query string with 200 or a 400 that says why, never a 500 (property)', async () => {
    const keys = ['surveyId', 'touchpointId', 'channel', 'storeId', 'scoreGroup', 'status', 'from', 'to', 'q', 'customer', 'sort', 'order', 'page', 'pageSize', 'x'];
    const value = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '%', '\\', '_', "'; drop table responses; --", '2026-03-05', '9999-99-99', '-1', '1e9', 'detractor', 'kiosk', f.nps.id));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 5 }), async (pairs) => {
        const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const r = await call(server, 'GET', `/api/v1/responses?${qs}`, { key: f.readKey });
        if (r.statusCode !== 200) {
          expect(r.statusCode, `${qs} → ${r.body}`).toBe(400);
          expect((r.data as { error: { code: string } }).error.code).toBe('validation_failed');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows one response with every question labelled, in the reader’s language, contact details marked personal', async () => {
    const get = async (id: string, lang: 'vi' | 'en') => {
      const r = await call(server, 'GET', `/api/v1/responses/${id}`, { key: f.readKey, lang });
      expect(r.statusCode, r.body).toBe(200);
      return r.data as ResponseDetail;
    };
    const d = await get(ids.passive!, 'en');
    expect(d).toMatchObject({ id: ids.passive, language: 'en', channel: 'qr', store: { name: 'Chi nhánh Hà Đông' }, survey: { name: 'NPS nhà thuốc' }, completedAt: '2026-03-06T02:00:00.000Z' });
    expect(d.answers.map((a) => [a.questionId, a.title, a.shown])).toEqual([
      ['rec', 'Would you recommend the pharmacy?', true],
      ['why_low', 'What disappointed you?', false],
      ['liked', 'What did you like most?', true],
      ['bought', 'What did you buy?', true],
      ['csi', 'Rate each part', true],
      ['contact', 'Your contact', true],
    ]);
    expect(d.answers[0]!.answer).toEqual({ kind: 'score', value: 8, min: 0, max: 10, group: 'neutral', npsGroup: 'passive' });
    expect(d.answers[2]!.answer).toBeNull();
    expect(d.answers[4]!.answer).toEqual({
      kind: 'ratings',
      items: [{ key: 'service', label: 'Pharmacist', value: 5, max: 5 }, { key: 'price', label: 'Price', value: 2, max: 5 }],
      value: 70,
      group: 'neutral',
    });
    expect(d.answers[5]!.answer).toEqual({ kind: 'contact', personal: true, name: 'Phạm Văn Đức', phone: '0912000111', email: null });
    const vi = await get(ids.midnight!, 'vi');
    expect(vi.answers.find((a) => a.questionId === 'bought')!.answer).toEqual({ kind: 'choice', labels: ['Thuốc kê đơn', 'Vitamin'] });
    expect(vi.customer).toMatchObject({ userId: 'kh-cuc', name: 'Lê Thị Cúc' });
    expect(vi.touchpoint).toEqual({ id: f.hotline, name: 'Tổng đài' });
    const missing = await call(server, 'GET', '/api/v1/responses/0190a0b0-0000-7000-8000-000000000000', { key: f.readKey });
    expect([missing.statusCode, (missing.data as { error: { code: string } }).error.code]).toEqual([404, 'not_found']);
    expect((await call(server, 'GET', '/api/v1/responses/xyz', { key: f.readKey })).statusCode).toBe(400);
  });
});
