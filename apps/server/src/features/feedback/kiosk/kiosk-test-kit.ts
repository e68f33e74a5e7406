import { ZKioskCreated, ZKioskPaired, type KioskAnswer, type Scores, type Survey } from '@footprint/core';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Server } from '../../../server.js';
import { nextAddress } from '../../../test/isolation.js';
import { call, makeWorkspace, type TestWorkspace } from '../../../test/server.js';
import { dayIn } from '../respond.js';

/** A workspace with a store, a touchpoint, an active in-store smiley survey there and a registered kiosk. */
export interface KioskShop {
  ws: TestWorkspace;
  storeId: string;
  touchpointId: string;
  survey: Survey;
  kioskId: string;
  code: string;
}

export async function makeShop(server: Server, name: string): Promise<KioskShop> {
  const ws = await makeWorkspace(server, name);
  const as = { cookie: ws.cookie };
  const storeId = ((await call(server, 'POST', '/api/v1/stores', as, { name: `${name} — Quận 1`, province: 'TP. Hồ Chí Minh' })).data as { id: string }).id;
  const touchpointId = ((await call(server, 'POST', '/api/v1/touchpoints', as, { name: 'Quầy thu ngân', channel: 'store', rules: { events: ['Thanh toán'] } })).data as { id: string }).id;
  const survey = (await call(server, 'POST', '/api/v1/surveys', as, { name: 'Mặt cười tại quầy', template: 'store_smiley', touchpointIds: [touchpointId] })).data as Survey;
  await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, as, { status: 'active' });
  const created = await call(server, 'POST', '/api/v1/kiosks', as, { name: 'Máy tính bảng quầy 1', storeId, surveyId: survey.id, touchpointId });
  expect(created.statusCode, created.body).toBe(201);
  const k = ZKioskCreated.parse(created.data);
  return { ws, storeId, touchpointId, survey, kioskId: k.id, code: k.pairing.code };
}

/** A tablet's request, from its own address (per-address throttling must not decide a test). */
export async function tablet(server: Server, method: 'GET' | 'POST', url: string, token: string | null, body?: unknown) {
  const res = await server.app.inject({
    method,
    url,
    remoteAddress: nextAddress(),
    headers: { 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
  });
  return Object.assign(res, { data: res.body ? (JSON.parse(res.body) as unknown) : null });
}

export async function pair(server: Server, code: string): Promise<string> {
  const r = await tablet(server, 'POST', '/api/v1/kiosk/pair', null, { code });
  expect(r.statusCode, r.body).toBe(200);
  return ZKioskPaired.parse(r.data).token;
}

export const answer = (surveyId: string, csat: number, at = new Date(), extra: Partial<KioskAnswer> = {}): KioskAnswer => ({
  responseId: randomUUID(),
  surveyId,
  answers: csat <= 2 ? { csat, reason: 'wait' } : { csat },
  answeredAt: at.toISOString(),
  ...extra,
});

export const today = (at = new Date()) => dayIn(at, 'Asia/Ho_Chi_Minh');

export async function csatOn(server: Server, ws: TestWorkspace, from: string, to = from, query = '') {
  const r = await call(server, 'GET', `/api/v1/scores?from=${from}&to=${to}${query}`, { cookie: ws.cookie });
  expect(r.statusCode, r.body).toBe(200);
  return (r.data as Scores).totals.csat;
}
