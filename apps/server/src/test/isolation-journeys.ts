import { randomUUID } from 'node:crypto';
import { journeyTemplate, type JourneyDoc } from '@footprint/core';
import { z } from 'zod';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/** Journey maps in the isolation harness: what a tenant holds, how it is read, how each route is aimed. */

export interface JourneyFixtures {
  /** A map on the tenant's touchpoint (owned by its department), with a read-only link. */
  journeyId: string;
  journeyName: string;
  shareId: string;
  /** A second map (from a model), to be turned into a future state. */
  spareJourneyId: string;
}

const ZId = z.object({ id: z.string() });

/** A map whose first stage holds one touchpoint item, linked to `touchpointId` and owned by `departmentId`. */
export function docWith(touchpointId: string | null, departmentId: string | null = null): JourneyDoc {
  const doc = journeyTemplate('acc', 'current');
  doc.stages[0]!.cells['ln-touchpoints'] = {
    notes: [], pains: [], opportunities: [], emotion: null,
    touchpoints: [{ id: 'tp1', touchpointId, name: touchpointId ? '' : 'Ý tưởng', channel: 'store', mode: 'offline', departmentId, target: null }],
  };
  return doc;
}

export async function seedJourneys(server: Server, auth: Auth, tag: string, f: { touchpointId: string; departmentId: string }): Promise<JourneyFixtures> {
  const post = async (url: string, body: unknown) => {
    const r = await send(server, { method: 'POST', url, auth, body });
    if (r.status !== 201) throw new Error(`seeding: POST ${url} → ${r.status} ${r.body}`);
    return ZId.parse(r.data).id;
  };
  const journeyName = `Hành trình ${tag}`;
  const journeyId = await post('/api/v1/journeys', { name: journeyName, kind: 'current', doc: docWith(f.touchpointId, f.departmentId) });
  const shareId = await post(`/api/v1/journeys/${journeyId}/shares`, { withLive: false });
  const spareJourneyId = await post('/api/v1/journeys', { name: `Bản nháp ${tag}`, template: 'aida' });
  return { journeyId, journeyName, shareId, spareJourneyId };
}

export async function snapshotJourneys(read: (url: string) => Promise<unknown>, f: JourneyFixtures): Promise<Record<string, unknown>> {
  return {
    journeys: await read('/api/v1/journeys?pageSize=200'),
    journey: await read(`/api/v1/journeys/${f.journeyId}`),
    journeyVersions: await read(`/api/v1/journeys/${f.journeyId}/versions?pageSize=200`),
    journeyShares: await read(`/api/v1/journeys/${f.journeyId}/shares`),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(data).data?.items.some((i) => i.id === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const fresh = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

const edit = ['owner', 'secret'] as const;
const read = ['owner', 'secret', 'read'] as const;

export const JOURNEY_CASES: RouteCase[] = [
  {
    route: 'GET /api/v1/journey-templates',
    target: 'own',
    permitted: read,
    request: () => ({ url: '/api/v1/journey-templates' }),
    actsOn: (d) => z.object({ items: z.array(z.unknown()).length(5) }).safeParse(d).success,
  },
  { route: 'GET /api/v1/journeys', target: 'own', permitted: read, request: () => ({ url: '/api/v1/journeys?pageSize=200' }), actsOn: (d, s: Fixtures) => listHas(s.journeyId)(d) },
  { route: 'GET /api/v1/journeys', label: "searching for the victim's map", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/journeys?q=${encodeURIComponent(v.journeyName)}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/journeys', target: 'own', permitted: edit, request: () => ({ url: '/api/v1/journeys', body: { name: fresh('Hành trình'), template: 'aida' } }) },
  { route: 'POST /api/v1/journeys', label: "at the victim's touchpoint", target: 'victim', permitted: edit, request: (v) => ({ url: '/api/v1/journeys', body: { name: fresh('Hành trình'), doc: docWith(v.touchpointId) } }) },
  {
    route: 'POST /api/v1/journeys',
    label: "owned by the victim's department",
    target: 'victim',
    permitted: edit,
    request: (v, s) => ({ url: '/api/v1/journeys', body: { name: fresh('Hành trình'), doc: docWith(s.touchpointId, v.departmentId) } }),
  },
  {
    route: 'POST /api/v1/journeys',
    label: "as a future state of the victim's map",
    target: 'victim',
    permitted: edit,
    request: (v) => ({ url: '/api/v1/journeys', body: { name: fresh('Tương lai'), kind: 'future', currentStateId: v.journeyId } }),
  },
  { route: 'GET /api/v1/journeys/{id}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}` }) },
  { route: 'PATCH /api/v1/journeys/{id}', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}`, body: { name: 'Chiếm quyền', version: 1 } }) },
  {
    route: 'PATCH /api/v1/journeys/{id}',
    label: "own map onto the victim's touchpoint",
    target: 'victim',
    permitted: edit,
    request: (v, s) => ({ url: `/api/v1/journeys/${s.journeyId}`, body: { doc: docWith(v.touchpointId), version: 1 } }),
  },
  {
    route: 'PATCH /api/v1/journeys/{id}',
    label: "own map as a future state of the victim's map",
    target: 'victim',
    permitted: edit,
    request: (v, s) => ({ url: `/api/v1/journeys/${s.spareJourneyId}`, body: { kind: 'future', currentStateId: v.journeyId, version: 1 } }),
  },
  { route: 'DELETE /api/v1/journeys/{id}', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}` }) },
  { route: 'POST /api/v1/journeys/{id}/duplicate', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/duplicate` }) },
  { route: 'GET /api/v1/journeys/{id}/versions', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/versions` }) },
  { route: 'GET /api/v1/journeys/{id}/versions/{version}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/versions/1` }) },
  { route: 'POST /api/v1/journeys/{id}/versions/{version}/restore', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/versions/1/restore`, body: { version: 1 } }) },
  { route: 'GET /api/v1/journeys/{id}/export.pdf', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/export.pdf` }) },
  { route: 'POST /api/v1/journeys/{id}/shares', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/shares`, body: { withLive: true } }) },
  { route: 'GET /api/v1/journeys/{id}/shares', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/shares` }) },
  { route: 'DELETE /api/v1/journeys/{id}/shares/{shareId}', target: 'victim', permitted: edit, request: (v) => ({ url: `/api/v1/journeys/${v.journeyId}/shares/${v.shareId}` }) },
  {
    route: 'DELETE /api/v1/journeys/{id}/shares/{shareId}',
    label: "the victim's link under the caller's own map",
    target: 'victim',
    permitted: edit,
    request: (v, s) => ({ url: `/api/v1/journeys/${s.journeyId}/shares/${v.shareId}` }),
  },
];

/** A share link acts on no session's workspace: the token is the credential. */
export const JOURNEY_PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/public/journey-shares/{token}':
    'the unguessable 32-character share token (stored only as SHA-256) is the credential; it shows that one map read-only, with names but no ids of members, customers or the workspace, and a revoked token is a 404',
};
