import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/** Stores and kiosk tablets in the isolation harness: what a tenant holds, how it is read, how each route is aimed. */

export interface KioskFixtures {
  /** A store with the tenant's kiosk in it, and one with none (deletable). */
  storeId: string;
  storeName: string;
  spareStoreId: string;
  /** A registered kiosk (pairing code waiting) in that store, running the tenant's survey at its touchpoint. */
  kioskId: string;
  kioskName: string;
}

const ZId = z.object({ id: z.string() });

export async function seedKiosk(server: Server, auth: Auth, tag: string, f: { surveyId: string; touchpointId: string }): Promise<KioskFixtures> {
  const post = async (url: string, body: unknown) => {
    const r = await send(server, { method: 'POST', url, auth, body });
    if (r.status !== 201) throw new Error(`seeding: POST ${url} → ${r.status} ${r.body}`);
    return ZId.parse(r.data).id;
  };
  const storeName = `Cửa hàng ${tag}`;
  const storeId = await post('/api/v1/stores', { name: storeName, address: `Số 1 phố ${tag}`, province: 'Hà Nội' });
  const spareStoreId = await post('/api/v1/stores', { name: `Kho ${tag}` });
  const kioskName = `Máy quầy ${tag}`;
  const kioskId = await post('/api/v1/kiosks', { name: kioskName, storeId, surveyId: f.surveyId, touchpointId: f.touchpointId });
  return { storeId, storeName, spareStoreId, kioskId, kioskName };
}

export async function snapshotKiosk(read: (url: string) => Promise<unknown>, f: KioskFixtures): Promise<Record<string, unknown>> {
  return {
    stores: await read('/api/v1/stores?pageSize=200'),
    store: await read(`/api/v1/stores/${f.storeId}`),
    kiosks: await read('/api/v1/kiosks?pageSize=200'),
    kiosk: await read(`/api/v1/kiosks/${f.kioskId}`),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(data).data?.items.some((i) => i.id === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const fresh = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

const manage = ['owner', 'secret'] as const;
const read = ['owner', 'secret', 'read'] as const;

export const KIOSK_CASES: RouteCase[] = [
  // Stores
  { route: 'GET /api/v1/stores', target: 'own', permitted: read, request: () => ({ url: '/api/v1/stores?pageSize=200' }), actsOn: (d, s: Fixtures) => listHas(s.storeId)(d) },
  { route: 'GET /api/v1/stores', label: "searching for the victim's store", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/stores?q=${encodeURIComponent(v.storeName)}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/stores', target: 'own', permitted: manage, request: () => ({ url: '/api/v1/stores', body: { name: fresh('Cửa hàng'), province: 'Đà Nẵng' } }) },
  { route: 'GET /api/v1/stores/{id}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/stores/${v.storeId}` }) },
  { route: 'PATCH /api/v1/stores/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/stores/${v.storeId}`, body: { province: 'Chiếm quyền' } }) },
  { route: 'DELETE /api/v1/stores/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/stores/${v.spareStoreId}` }) },

  // Kiosk tablets, as the dashboard manages them
  { route: 'GET /api/v1/kiosks', target: 'own', permitted: read, request: () => ({ url: '/api/v1/kiosks?pageSize=200' }), actsOn: (d, s: Fixtures) => listHas(s.kioskId)(d) },
  { route: 'GET /api/v1/kiosks', label: "in the victim's store", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/kiosks?storeId=${v.storeId}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/kiosks', label: "searching for the victim's kiosk", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/kiosks?q=${encodeURIComponent(v.kioskName)}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/kiosks', target: 'own', permitted: manage, request: (_v, s) => ({ url: '/api/v1/kiosks', body: { name: fresh('Máy'), storeId: s.storeId, surveyId: s.surveyId } }) },
  { route: 'POST /api/v1/kiosks', label: "in the victim's store", target: 'victim', permitted: manage, request: (v, s) => ({ url: '/api/v1/kiosks', body: { name: fresh('Máy'), storeId: v.storeId, surveyId: s.surveyId } }) },
  { route: 'POST /api/v1/kiosks', label: "with the victim's survey", target: 'victim', permitted: manage, request: (v, s) => ({ url: '/api/v1/kiosks', body: { name: fresh('Máy'), storeId: s.storeId, surveyId: v.surveyId } }) },
  { route: 'POST /api/v1/kiosks', label: "at the victim's touchpoint", target: 'victim', permitted: manage, request: (v, s) => ({ url: '/api/v1/kiosks', body: { name: fresh('Máy'), storeId: s.storeId, surveyId: s.surveyId, touchpointId: v.touchpointId } }) },
  { route: 'GET /api/v1/kiosks/{id}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/kiosks/${v.kioskId}` }) },
  { route: 'PATCH /api/v1/kiosks/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/kiosks/${v.kioskId}`, body: { name: 'Chiếm quyền' } }) },
  { route: 'PATCH /api/v1/kiosks/{id}', label: "own kiosk into the victim's store", target: 'victim', permitted: manage, request: (v, s) => ({ url: `/api/v1/kiosks/${s.kioskId}`, body: { storeId: v.storeId } }) },
  { route: 'PATCH /api/v1/kiosks/{id}', label: "own kiosk onto the victim's survey", target: 'victim', permitted: manage, request: (v, s) => ({ url: `/api/v1/kiosks/${s.kioskId}`, body: { surveyId: v.surveyId } }) },
  { route: 'PATCH /api/v1/kiosks/{id}', label: "own kiosk at the victim's touchpoint", target: 'victim', permitted: manage, request: (v, s) => ({ url: `/api/v1/kiosks/${s.kioskId}`, body: { touchpointId: v.touchpointId } }) },
  { route: 'POST /api/v1/kiosks/{id}/pairing', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/kiosks/${v.kioskId}/pairing` }) },
  { route: 'POST /api/v1/kiosks/{id}/unpair', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/kiosks/${v.kioskId}/unpair` }) },
  { route: 'DELETE /api/v1/kiosks/{id}', target: 'victim', permitted: manage, request: (v) => ({ url: `/api/v1/kiosks/${v.kioskId}` }) },
];

/** The tablet's routes act on no session's workspace: the device token (or pairing code) is the credential. */
export const KIOSK_PUBLIC_ROUTES: Record<string, string> = {
  'POST /api/v1/kiosk/pair': 'the single-use, expiring pairing code is the credential; it yields the token of that one device, and no workspace id is shown',
  'GET /api/v1/kiosk/config': 'the device token is the credential; it names one device, and so its own workspace, store and survey',
  'POST /api/v1/kiosk/responses': 'the device token is the credential; answers go only to the device’s own survey in its own workspace (kiosk-sync.test.ts tries another tenant’s)',
  'POST /api/v1/kiosk/heartbeat': 'the device token is the credential; it updates only that device’s last-seen time, version and queue',
};
