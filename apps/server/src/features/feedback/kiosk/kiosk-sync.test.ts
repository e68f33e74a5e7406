import { ZKioskSyncResult } from '@footprint/core';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses } from '../../../db/schema.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, startTestServer } from '../../../test/server.js';
import { answer, csatOn, makeShop, pair, tablet, today, type KioskShop } from './kiosk-test-kit.js';

const DAY = 86_400_000;

/** Answers from the tablet: idempotent syncs, the day they count on, and walls around the device. */
describe.each(ENGINES)('kiosk sync on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let shop: KioskShop;
  let token: string;
  const sync = async (body: unknown, tok = token) => tablet(server, 'POST', '/api/v1/kiosk/responses', tok, body);
  const results = async (body: unknown, tok = token) => {
    const r = await sync(body, tok);
    expect(r.statusCode, r.body).toBe(200);
    return ZKioskSyncResult.parse(r.data).results;
  };

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    shop = await makeShop(server, 'Nhà sách Phương Nam');
    token = await pair(server, shop.code);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('saves a batch once however often it is sent, even concurrently, with the device’s store, touchpoint and channel', async () => {
    const batch = { responses: [answer(shop.survey.id, 1), answer(shop.survey.id, 4), answer(shop.survey.id, 5)] };
    // A lost reply makes the tablet send again; a slow one can overlap the retry.
    const all = await Promise.all([results(batch), results(batch), results(batch)]);
    for (const r of all) expect(r.map((x) => x.status)).toEqual(['saved', 'saved', 'saved']);
    expect(await results(batch)).toHaveLength(3);
    const csat = await csatOn(server, shop.ws, today());
    expect(csat).toMatchObject({ n: 3, score: (2 / 3) * 100 });
    expect(await csatOn(server, shop.ws, today(), today(), `&channel=kiosk&storeId=${shop.storeId}&touchpointId=${shop.touchpointId}`)).toMatchObject({ n: 3 });
    const [row] = await server.ctx.database.db.select().from(responses).where(and(eq(responses.workspaceId, shop.ws.workspaceId), eq(responses.id, batch.responses[0]!.responseId)));
    expect(row).toMatchObject({ channel: 'kiosk', storeId: shop.storeId, deviceId: shop.kioskId, touchpointId: shop.touchpointId, answers: { csat: 1, reason: 'wait' } });
  });

  it('counts an answer given offline on the day it was given, in the workspace’s time zone, not the day it arrives', async () => {
    // 23:30 in Hồ Chí Minh City three days ago is 16:30 UTC: still that day there.
    const threeDaysAgo = new Date(Date.now() - 3 * DAY);
    const late = new Date(`${today(threeDaysAgo)}T16:30:00.000Z`);
    const before = await csatOn(server, shop.ws, today());
    expect(await results({ responses: [answer(shop.survey.id, 2, late)] })).toMatchObject([{ status: 'saved' }]);
    expect(await csatOn(server, shop.ws, today(late))).toMatchObject({ n: 1, score: 0 });
    expect(await csatOn(server, shop.ws, today())).toEqual(before);
  });

  it('corrects a tablet clock that is wrong by the difference between its clock and the server’s', async () => {
    // The tablet's clock is two days behind: it says the answer was given 10 minutes before it sent it.
    const tabletNow = Date.now() - 2 * DAY;
    const a = answer(shop.survey.id, 5, new Date(tabletNow - 600_000));
    expect(await results({ sentAt: new Date(tabletNow).toISOString(), responses: [a] })).toMatchObject([{ status: 'saved' }]);
    const [row] = await server.ctx.database.db.select({ completedAt: responses.completedAt }).from(responses).where(and(eq(responses.workspaceId, shop.ws.workspaceId), eq(responses.id, a.responseId)));
    expect(Math.abs(row!.completedAt!.getTime() - (Date.now() - 600_000))).toBeLessThan(10_000);
  });

  it('rejects, one by one, answers it can never take, and saves the rest of the batch', async () => {
    const tooOld = answer(shop.survey.id, 3, new Date(Date.now() - 15 * DAY));
    const future = answer(shop.survey.id, 3, new Date(Date.now() + 3_600_000));
    const invalid = { ...answer(shop.survey.id, 3), answers: { csat: 9 } };
    const incomplete = { ...answer(shop.survey.id, 1), answers: { csat: 1 } };
    const partial = { ...answer(shop.survey.id, 1), answers: { csat: 1 }, complete: false };
    const good = answer(shop.survey.id, 4);
    const n = (await csatOn(server, shop.ws, today()))!.n;
    const r = await results({ responses: [tooOld, future, invalid, incomplete, partial, good] });
    expect(r.map((x) => [x.status, x.code])).toEqual([
      ['rejected', 'answered_at_out_of_range'],
      ['rejected', 'answered_at_out_of_range'],
      ['rejected', 'validation_failed'],
      ['rejected', 'response_incomplete'],
      ['saved', undefined],
      ['saved', undefined],
    ]);
    // The walked-away customer's rating is kept, but only completed answers count.
    expect((await csatOn(server, shop.ws, today()))!.n).toBe(n + 1);
  });

  it('takes answers given before a pause, none for an archived survey, and none for another survey', async () => {
    const as = { cookie: shop.ws.cookie };
    await call(server, 'PATCH', `/api/v1/surveys/${shop.survey.id}`, as, { status: 'paused' });
    expect(await results({ responses: [answer(shop.survey.id, 5)] })).toMatchObject([{ status: 'saved' }]);
    await call(server, 'PATCH', `/api/v1/surveys/${shop.survey.id}`, as, { status: 'archived' });
    expect(await results({ responses: [answer(shop.survey.id, 5)] })).toMatchObject([{ status: 'rejected', code: 'survey_inactive' }]);
    await call(server, 'PATCH', `/api/v1/surveys/${shop.survey.id}`, as, { status: 'active' });
    const other = ((await call(server, 'POST', '/api/v1/surveys', as, { name: 'Khảo sát khác', template: 'store_smiley' })).data as { id: string }).id;
    await call(server, 'PATCH', `/api/v1/surveys/${other}`, as, { status: 'active' });
    expect(await results({ responses: [answer(other, 5)] })).toMatchObject([{ status: 'rejected', code: 'kiosk_survey_changed' }]);
    expect(await csatOn(server, shop.ws, today(), today(), `&surveyId=${other}`)).toBeNull();
  });

  it('cannot write into another workspace, its survey or its responses with its own device token', async () => {
    const victim = await makeShop(server, 'Chuỗi nhà thuốc khác');
    const victimToken = await pair(server, victim.code);
    const theirs = answer(victim.survey.id, 1);
    expect(await results({ responses: [theirs] }, victimToken)).toMatchObject([{ status: 'saved' }]);
    const before = await csatOn(server, victim.ws, today());
    // Our token with their survey: refused. Our token with their response id: lands in our own workspace only.
    expect(await results({ responses: [answer(victim.survey.id, 5)] })).toMatchObject([{ status: 'rejected', code: 'kiosk_survey_changed' }]);
    expect(await results({ responses: [{ ...answer(shop.survey.id, 5), responseId: theirs.responseId }] })).toMatchObject([{ status: 'saved' }]);
    expect(await csatOn(server, victim.ws, today())).toEqual(before);
    const [row] = await server.ctx.database.db.select().from(responses).where(and(eq(responses.workspaceId, victim.ws.workspaceId), eq(responses.id, theirs.responseId)));
    expect(row).toMatchObject({ deviceId: victim.kioskId, answers: { csat: 1 } });
  });

  it('answers hostile input with a 4xx, never a 5xx (property)', async () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object(), fc.array(fc.jsonValue()));
    const bodies = fc.oneof(
      fc.jsonValue(),
      fc.record({ responses: fc.array(fc.record({ responseId: fc.oneof(fc.uuid(), fc.string()), surveyId: fc.constantFrom(shop.survey.id, randomUUID()), answers: fc.dictionary(fc.string(), anything), answeredAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()), complete: fc.boolean() }), { maxLength: 4 }) }),
      fc.record({ sentAt: fc.string(), responses: fc.constant([answer(shop.survey.id, 3)]) }),
    );
    await fc.assert(
      fc.asyncProperty(bodies, fc.constantFrom('/api/v1/kiosk/responses', '/api/v1/kiosk/heartbeat', '/api/v1/kiosk/pair'), fc.boolean(), async (body, url, withToken) => {
        const r = await tablet(server, 'POST', url, withToken ? token : `fp_k_${randomUUID()}`, body);
        expect(r.statusCode, `${url} ${JSON.stringify(body)} → ${r.body}`).toBeLessThan(500);
        if (r.statusCode >= 400) expect(r.data).toMatchObject({ error: { code: expect.any(String) } });
      }),
      { numRuns: 150 },
    );
  });
});
