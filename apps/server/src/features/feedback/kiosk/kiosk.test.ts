import { ZKioskConfig, ZKioskDevice, ZKioskList, ZKioskPairing, type KioskDevice } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskDevices } from '../../../db/schema.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeKey, startTestServer } from '../../../test/server.js';
import { makeShop, pair, tablet, type KioskShop } from './kiosk-test-kit.js';

/** Registering tablets, pairing them, their heartbeats and online state, unpairing. */
describe.each(ENGINES)('kiosk devices on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let shop: KioskShop;
  const as = () => ({ cookie: shop.ws.cookie });
  const device = async (id = shop.kioskId) => ZKioskDevice.parse((await call(server, 'GET', `/api/v1/kiosks/${id}`, as())).data);
  const list = async (query = '') => ZKioskList.parse((await call(server, 'GET', `/api/v1/kiosks${query}`, as())).data);

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database, { config: { kioskOfflineAfterSeconds: 120 } });
    shop = await makeShop(server, 'Siêu thị Mini Sài Gòn');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('registers a tablet with a readable pairing code, its link and QR code, waiting to be paired', async () => {
    expect(shop.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const d = await device();
    expect(d).toMatchObject({ name: 'Máy tính bảng quầy 1', state: 'pairing', online: false, store: { id: shop.storeId }, survey: { id: shop.survey.id, status: 'active' }, touchpoint: { name: 'Quầy thu ngân' } });
    const again = ZKioskPairing.parse((await call(server, 'POST', `/api/v1/kiosks/${shop.kioskId}/pairing`, as())).data);
    expect(again.link).toBe(`http://footprint.test/kiosk?code=${again.code}`);
    expect(again.qr.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(again.qr.split(',')[1]!, 'base64').toString()).toContain('<svg');
    // The earlier code stopped working when the new one was made.
    const old = await tablet(server, 'POST', '/api/v1/kiosk/pair', null, { code: shop.code });
    expect(old.statusCode).toBe(400);
    expect(old.data).toMatchObject({ error: { code: 'pair_code_invalid' } });
    shop.code = again.code;
  });

  it('refuses a store, survey or touchpoint that is not the workspace’s own or not the survey’s', async () => {
    const other = await makeShop(server, 'Cửa hàng của người khác');
    const base = { name: 'Máy lạ', storeId: shop.storeId, surveyId: shop.survey.id };
    for (const body of [{ ...base, storeId: other.storeId }, { ...base, surveyId: other.survey.id }, { ...base, touchpointId: other.touchpointId }]) {
      const r = await call(server, 'POST', '/api/v1/kiosks', as(), body);
      expect(r.statusCode, JSON.stringify(body)).toBe(404);
    }
    const patch = await call(server, 'PATCH', `/api/v1/kiosks/${shop.kioskId}`, as(), { storeId: other.storeId });
    expect(patch.statusCode).toBe(404);
    expect((await call(server, 'GET', `/api/v1/kiosks/${shop.kioskId}`, { cookie: other.ws.cookie })).statusCode).toBe(404);
  });

  it('pairs once with the code however it is typed, then answers with its configuration', async () => {
    const token = await pair(server, shop.code.toLowerCase().replace('-', ' '));
    expect(token.startsWith('fp_k_')).toBe(true);
    expect((await tablet(server, 'POST', '/api/v1/kiosk/pair', null, { code: shop.code })).data).toMatchObject({ error: { code: 'pair_code_invalid' } });
    const config = ZKioskConfig.parse((await tablet(server, 'GET', '/api/v1/kiosk/config', token)).data);
    expect(config).toMatchObject({ device: { id: shop.kioskId }, store: { name: 'Siêu thị Mini Sài Gòn — Quận 1' }, workspaceName: 'Siêu thị Mini Sài Gòn', survey: { id: shop.survey.id, status: 'active' }, heartbeatSeconds: 30 });
    expect(JSON.stringify(config)).not.toContain(shop.ws.workspaceId);
    const d = await device();
    expect(d).toMatchObject({ state: 'paired', online: true, pairingExpiresAt: null });
    // The token is stored hashed only.
    const [row] = await server.ctx.database.db.select().from(kioskDevices).where(eq(kioskDevices.id, shop.kioskId));
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it('reports heartbeats, shows a silent tablet offline, and filters by state', async () => {
    const code = ZKioskPairing.parse((await call(server, 'POST', `/api/v1/kiosks/${shop.kioskId}/pairing`, as())).data).code;
    const token = await pair(server, code);
    const live: string[] = [];
    const stop = server.ctx.live.subscribe(shop.ws.workspaceId, (e) => live.push(e.type));
    const beat = await tablet(server, 'POST', '/api/v1/kiosk/heartbeat', token, { appVersion: '0.1.0', queued: 3 });
    expect(beat.statusCode, beat.body).toBe(200);
    expect(await device()).toMatchObject({ online: true, appVersion: '0.1.0', queued: 3 });
    // The same report again tells the dashboards nothing new.
    await new Promise((r) => setTimeout(r, 50));
    const heard = live.length;
    await tablet(server, 'POST', '/api/v1/kiosk/heartbeat', token, { appVersion: '0.1.0', queued: 3 });
    await new Promise((r) => setTimeout(r, 50));
    expect(live.length).toBe(heard);
    // Silence longer than the threshold (as if three minutes passed): offline.
    await server.ctx.database.db.update(kioskDevices).set({ lastSeenAt: new Date(Date.now() - 180_000) }).where(and(eq(kioskDevices.workspaceId, shop.ws.workspaceId), eq(kioskDevices.id, shop.kioskId)));
    expect((await device()).online).toBe(false);
    expect((await list('?status=offline')).items.map((d) => d.id)).toEqual([shop.kioskId]);
    expect((await list('?status=online')).total).toBe(0);
    await tablet(server, 'POST', '/api/v1/kiosk/heartbeat', token, { appVersion: '0.1.0', queued: 0 });
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(live).toContain('kiosks.changed');
    expect(await device()).toMatchObject({ online: true, queued: 0 });
    const all = await list();
    expect(all).toMatchObject({ total: 1, offlineAfterSeconds: 120 });
    expect((await list('?status=online')).total).toBe(1);
    expect((await list('?q=may%20tinh%20bang')).total).toBe(1);
    expect((await list('?q=sai%20gon%20quan%201')).total).toBe(1);
    expect((await list('?q=khong%20co')).total).toBe(0);
  });

  it('moves and renames a tablet; a new survey drops a touchpoint it does not listen at', async () => {
    const as2 = as();
    const store2 = ((await call(server, 'POST', '/api/v1/stores', as2, { name: 'Siêu thị Mini Thủ Đức' })).data as { id: string }).id;
    const survey2 = ((await call(server, 'POST', '/api/v1/surveys', as2, { name: 'CSAT giao hàng', template: 'delivery_csat' })).data as { id: string }).id;
    const moved = ZKioskDevice.parse((await call(server, 'PATCH', `/api/v1/kiosks/${shop.kioskId}`, as2, { name: 'Quầy 2', storeId: store2, surveyId: survey2 })).data);
    expect(moved).toMatchObject({ name: 'Quầy 2', store: { name: 'Siêu thị Mini Thủ Đức' }, survey: { id: survey2, status: 'draft' }, touchpoint: null });
    // The old store now has no tablet and can go; the new one cannot while the tablet is there.
    const inUse = await call(server, 'DELETE', `/api/v1/stores/${store2}`, as2);
    expect(inUse.statusCode, inUse.body).toBe(409);
    expect(inUse.data).toMatchObject({ error: { code: 'store_in_use', details: { kiosks: 1 } } });
    const back = await call(server, 'PATCH', `/api/v1/kiosks/${shop.kioskId}`, as2, { storeId: shop.storeId, surveyId: shop.survey.id, touchpointId: shop.touchpointId });
    expect(back.data).toMatchObject({ store: { id: shop.storeId }, touchpoint: { id: shop.touchpointId } });
    expect((await call(server, 'DELETE', `/api/v1/stores/${store2}`, as2)).statusCode).toBe(204);
  });

  it('unpairs: the tablet’s token stops at once with a code it acts on; pairing again gives a new token', async () => {
    const code = ZKioskPairing.parse((await call(server, 'POST', `/api/v1/kiosks/${shop.kioskId}/pairing`, as())).data).code;
    const token = await pair(server, code);
    expect((await tablet(server, 'GET', '/api/v1/kiosk/config', token)).statusCode).toBe(200);
    const un = ZKioskDevice.parse((await call(server, 'POST', `/api/v1/kiosks/${shop.kioskId}/unpair`, as())).data);
    expect(un).toMatchObject({ state: 'unpaired', online: false });
    for (const [method, url, body] of [
      ['GET', '/api/v1/kiosk/config', undefined],
      ['POST', '/api/v1/kiosk/heartbeat', { appVersion: '0.1.0', queued: 0 }],
      ['POST', '/api/v1/kiosk/responses', { responses: [{ responseId: crypto.randomUUID(), surveyId: shop.survey.id, answers: { csat: 5 }, answeredAt: new Date().toISOString() }] }],
    ] as const) {
      const r = await tablet(server, method, url, token, body);
      expect(r.statusCode, url).toBe(401);
      expect(r.data).toMatchObject({ error: { code: 'kiosk_token_invalid' } });
    }
    const fresh = await pair(server, ZKioskPairing.parse((await call(server, 'POST', `/api/v1/kiosks/${shop.kioskId}/pairing`, as())).data).code);
    expect(fresh).not.toBe(token);
    expect((await tablet(server, 'GET', '/api/v1/kiosk/config', fresh)).statusCode).toBe(200);
    expect((await tablet(server, 'GET', '/api/v1/kiosk/config', token)).statusCode).toBe(401);
    expect((await tablet(server, 'GET', '/api/v1/kiosk/config', 'fp_w_notadevice')).statusCode).toBe(401);
    expect((await tablet(server, 'GET', '/api/v1/kiosk/config', null)).statusCode).toBe(401);
  });

  it('lets analysts and full keys manage tablets; read keys only look', async () => {
    const read = await makeKey(server, shop.ws, 'secret', 'read');
    expect((await call(server, 'GET', '/api/v1/kiosks', { key: read })).statusCode).toBe(200);
    for (const [method, url] of [['POST', `/api/v1/kiosks/${shop.kioskId}/unpair`], ['POST', `/api/v1/kiosks/${shop.kioskId}/pairing`], ['DELETE', `/api/v1/kiosks/${shop.kioskId}`]] as const) {
      expect((await call(server, method, url, { key: read })).statusCode).toBe(403);
    }
    const full = await makeKey(server, shop.ws, 'secret', 'full');
    const removed = await call(server, 'DELETE', `/api/v1/kiosks/${shop.kioskId}`, { key: full });
    expect(removed.statusCode).toBe(204);
    expect((await list()).items as KioskDevice[]).toEqual([]);
  });
});
