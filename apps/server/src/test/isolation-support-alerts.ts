import { z } from 'zod';
import { cases } from '../db/schema.js';
import { notify } from '../features/support/index.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import type { Auth, RouteCase } from './isolation.js';

/** Alerts in the isolation harness: each tenant's owner has one alert about one of its cases. */

export interface SupportAlertFixtures {
  /** The owner's alert, about a case of the tenant. */
  notificationId: string;
  alertCaseId: string;
  alertCaseSubject: string;
}

/** A case written straight into storage (the case engine's routes are not needed here) and an alert about it for the owner. */
export async function seedSupportAlerts(server: Server, tag: string, f: { workspaceId: string; ownerId: string }): Promise<SupportAlertFixtures> {
  const db = server.ctx.database.db;
  const alertCaseId = newId();
  const alertCaseSubject = `Yêu cầu cảnh báo ${tag}`;
  await db.insert(cases).values({ workspaceId: f.workspaceId, id: alertCaseId, number: 900_001, subject: alertCaseSubject, source: 'manual' });
  await db.transaction((tx) => notify(tx, { workspaceId: f.workspaceId, userIds: [f.ownerId], kind: 'assigned', caseId: alertCaseId, data: { number: 900_001 } }));
  const [n] = await server.ctx.database.query<{ id: string }>(`select id from notifications where workspace_id = $1 and user_id = $2 and case_id = $3`, [f.workspaceId, f.ownerId, alertCaseId]).then((r) => r.rows);
  if (!n) throw new Error('seeding: no alert');
  return { notificationId: n.id, alertCaseId, alertCaseSubject };
}

export async function snapshotSupportAlerts(read: (url: string, auth?: Auth) => Promise<unknown>): Promise<Record<string, unknown>> {
  return {
    notifications: await read('/api/v1/notifications?pageSize=100'),
    alertPreferences: await read('/api/v1/notifications/preferences'),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(data).data?.items.some((i) => i.id === id) ?? false;
const members = ['owner'] as const;

export const SUPPORT_ALERT_CASES: RouteCase[] = [
  // A member's own: an API key has no alerts (403), a session reads and marks only its own.
  { route: 'GET /api/v1/notifications', target: 'own', permitted: members, request: () => ({ url: '/api/v1/notifications?pageSize=100' }), actsOn: (d, s: Fixtures) => listHas(s.notificationId)(d) },
  { route: 'POST /api/v1/notifications/read', target: 'victim', permitted: members, request: (v) => ({ url: '/api/v1/notifications/read', body: { ids: [v.notificationId] } }) },
  {
    route: 'POST /api/v1/notifications/read',
    label: "the caller's own alert together with the victim's",
    target: 'victim',
    permitted: members,
    request: (v, s) => ({ url: '/api/v1/notifications/read', body: { ids: [s.notificationId, v.notificationId] } }),
  },
  { route: 'POST /api/v1/notifications/read', label: 'all', target: 'own', permitted: members, request: () => ({ url: '/api/v1/notifications/read', body: { all: true } }) },
  { route: 'GET /api/v1/notifications/preferences', target: 'own', permitted: members, request: () => ({ url: '/api/v1/notifications/preferences' }) },
  {
    route: 'PUT /api/v1/notifications/preferences',
    target: 'own',
    permitted: members,
    request: () => ({
      url: '/api/v1/notifications/preferences',
      body: { email: { negative_feedback: 'daily', sla_breach: 'instant', assigned: 'hourly', mention: 'instant', handoff: 'off' }, quietHours: { from: '22:00', to: '06:30' }, dailyDigestHour: 9 },
    }),
    actsOn: (d) => z.object({ dailyDigestHour: z.literal(9) }).safeParse(d).success,
  },
];

export const SUPPORT_ALERT_PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/public/case-csat/{token}':
    'the emailed 32-character resolution-CSAT token (stored only as SHA-256) is the credential; it shows that one case’s number and subject, the workspace’s name and whether it is answered — no ids, no customer data',
  'POST /api/v1/public/case-csat/{token}':
    'the token is the credential; it records the answer on that one case, once (409 already_answered), and takes no workspace, case or customer from the request',
};
