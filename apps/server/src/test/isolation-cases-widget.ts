import { z } from 'zod';
import type { Server } from '../server.js';
import { send, type Auth, type RouteCase } from './isolation.js';
import type { Fixtures } from './isolation-cases.js';

/**
 * The web widget's routes in the isolation harness: its settings per survey and the workspace's
 * feedback settings. Each tenant's survey has its widget on, waiting for its own touchpoint, and
 * the tenant has a frequency cap of its own, so a change from across the wall shows in the snapshot.
 */

export const WIDGET_CAP_DAYS = 21;

export async function seedWidget(server: Server, auth: Auth, surveyId: string, touchpointId: string): Promise<void> {
  const put = await send(server, { method: 'PUT', url: `/api/v1/surveys/${surveyId}/widget`, auth, body: { enabled: true, triggers: { touchpointIds: [touchpointId], delaySeconds: 5 }, samplingPercent: 50 } });
  const cap = await send(server, { method: 'PATCH', url: '/api/v1/feedback/settings', auth, body: { frequencyCapDays: WIDGET_CAP_DAYS } });
  if (put.status !== 200 || cap.status !== 200) throw new Error(`seeding the widget: ${put.status} ${put.body} / ${cap.status} ${cap.body}`);
}

export async function snapshotWidget(server: Server, f: Fixtures): Promise<Record<string, unknown>> {
  const read = async (url: string) => {
    const r = await send(server, { method: 'GET', url, auth: { cookie: f.cookie } });
    return { status: r.status, data: r.data };
  };
  return { widget: await read(`/api/v1/surveys/${f.surveyId}/widget`), feedbackSettings: await read('/api/v1/feedback/settings') };
}

const capIs = (n: number) => (data: unknown) => z.object({ frequencyCapDays: z.literal(n) }).safeParse(data).success;

export const WIDGET_CASES: RouteCase[] = [
  { route: 'GET /api/v1/feedback/settings', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/feedback/settings' }), actsOn: capIs(WIDGET_CAP_DAYS) },
  { route: 'PATCH /api/v1/feedback/settings', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/feedback/settings', body: { frequencyCapDays: WIDGET_CAP_DAYS } }), actsOn: capIs(WIDGET_CAP_DAYS) },
  { route: 'GET /api/v1/surveys/{id}/widget', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/widget` }) },
  { route: 'PUT /api/v1/surveys/{id}/widget', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/widget`, body: { enabled: false } }) },
  {
    route: 'PUT /api/v1/surveys/{id}/widget',
    label: "own survey waiting for the victim's touchpoint",
    target: 'victim',
    permitted: ['owner', 'secret'],
    request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}/widget`, body: { enabled: true, triggers: { touchpointIds: [v.touchpointId] } } }),
  },
];

/** The SDK's widget routes: the write key (public by design, in web pages) is the credential. */
export const WIDGET_PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/public/widget/config': "the write key names the workspace; answers only its active widget surveys' public texts and triggers, no ids of people",
  'POST /api/v1/public/widget/impressions': "the write key names the workspace; the survey must be that workspace's, and only show/no-show is answered",
  'POST /api/v1/public/widget/impressions/{id}/dismiss': "the write key names the workspace; another workspace's impression is not found",
  'POST /api/v1/public/widget/responses': "the write key names the workspace; the survey must be that workspace's, active, widget on",
};
