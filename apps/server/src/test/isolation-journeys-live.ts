import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { journeys, journeyShares } from '../db/schema.js';
import { sha256 } from '../platform/crypto.js';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import type { RouteCase } from './isolation.js';

/** The journey live layer in the isolation harness: a map at the tenant's touchpoint, and a share link with its live figures. */

export interface JourneyLiveFixtures {
  liveJourneyId: string;
  liveShareToken: string;
}

/** A one-stage map holding the tenant's touchpoint (written directly: the map's own routes are another feature's). */
export async function seedJourneyLive(server: Server, workspaceId: string, tag: string, touchpointId: string): Promise<JourneyLiveFixtures> {
  const db = server.ctx.database.db;
  const liveJourneyId = randomUUID();
  const doc = {
    lanes: [{ id: 'tp', kind: 'touchpoints', title: '', hidden: false }],
    stages: [{ id: 's1', name: { vi: `Giai đoạn ${tag}`, en: '' }, description: '', cells: { tp: { notes: [], pains: [], opportunities: [], emotion: null, touchpoints: [{ id: 'i1', touchpointId, name: '', channel: 'store', mode: 'offline', departmentId: null, target: null }] } } }],
  };
  await db.insert(journeys).values({ workspaceId, id: liveJourneyId, name: `Hành trình ${tag}`, nameSearch: `hanh trinh ${tag}`, kind: 'current', doc });
  const liveShareToken = randomBytes(24).toString('hex');
  await db.insert(journeyShares).values({ workspaceId, id: randomUUID(), journeyId: liveJourneyId, tokenHash: sha256(liveShareToken), tokenStart: liveShareToken.slice(0, 6), withLive: true });
  return { liveJourneyId, liveShareToken };
}

export async function snapshotJourneyLive(read: (url: string) => Promise<unknown>, f: JourneyLiveFixtures): Promise<Record<string, unknown>> {
  return { journeyLive: await read(`/api/v1/journeys/${f.liveJourneyId}/live?from=2020-01-01&to=2035-12-31`) };
}

const read = ['owner', 'secret', 'read'] as const;

export const JOURNEY_LIVE_CASES: RouteCase[] = [
  { route: 'GET /api/v1/journeys/{id}/live', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/journeys/${v.liveJourneyId}/live?from=2020-01-01&to=2035-12-31` }) },
  {
    route: 'GET /api/v1/journeys/{id}/live',
    label: 'own map',
    target: 'own',
    permitted: read,
    request: (_v, s: Fixtures) => ({ url: `/api/v1/journeys/${s.liveJourneyId}/live?from=2020-01-01&to=2035-12-31` }),
    actsOn: (d, s: Fixtures) => z.object({ touchpoints: z.array(z.object({ touchpointId: z.string() })) }).safeParse(d).data?.touchpoints[0]?.touchpointId === s.touchpointId,
  },
];

export const JOURNEY_LIVE_PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/public/journey-shares/{token}/live':
    'the share token is the credential; it names one map in its own workspace, answers only for links made with live figures, and shows counts and scores, never a customer (journey-live-routes.test.ts tries another tenant’s)',
};
