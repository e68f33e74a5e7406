import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createUser, createWorkspace } from '../features/workspace/index.js';
import type { Server } from '../server.js';
import { EMAIL_CASES, EMAIL_PUBLIC_ROUTES, seedEmail, snapshotEmail, type EmailFixtures } from './isolation-email.js';
import { send, type Auth, type RouteCase, type SendOptions, type Tenancy } from './isolation.js';
import { KIOSK_CASES, KIOSK_PUBLIC_ROUTES, seedKiosk, snapshotKiosk, type KioskFixtures } from './isolation-kiosk.js';
import { JOURNEY_CASES, JOURNEY_PUBLIC_ROUTES, seedJourneys, snapshotJourneys, type JourneyFixtures } from './isolation-journeys.js';
import { PERSONA_CASES, seedPersonas, snapshotPersonas, type PersonaFixtures } from './isolation-personas.js';
import { JOURNEY_LIVE_CASES, JOURNEY_LIVE_PUBLIC_ROUTES, seedJourneyLive, snapshotJourneyLive, type JourneyLiveFixtures } from './isolation-journeys-live.js';
import { RESPONSE_CASES, seedResponses, snapshotResponses, type ResponseFixtures } from './isolation-responses.js';
import { seedWidget, snapshotWidget, WIDGET_CASES, WIDGET_PUBLIC_ROUTES } from './isolation-cases-widget.js';
import { SCORE_CASES } from './isolation-score-cases.js';
import { seedSupportCases, snapshotSupportCases, SUPPORT_CASE_CASES, type SupportCaseFixtures } from './isolation-support-cases.js';
import { SUPPORT_KPI_CASES, seedSupportKpis, snapshotSupportKpis, type SupportKpiFixtures } from './isolation-support-kpis.js';
import { TEST_PASSWORD } from './server.js';
import { seedSupportAlerts, snapshotSupportAlerts, SUPPORT_ALERT_CASES, SUPPORT_ALERT_PUBLIC_ROUTES, type SupportAlertFixtures } from './isolation-support-alerts.js';

/**
 * What a tenant holds and how every route is aimed at another tenant. A feature that adds a route
 * adds its cases to ISOLATION_CASES (or a reason to PUBLIC_ROUTES), and the resources its cases
 * need to Fixtures, seedTenant and snapshotTenant.
 */

/** One tenant with one of everything. Every value is unique to the tenant, so each is a leak marker. */
export interface Fixtures extends KioskFixtures, ResponseFixtures, EmailFixtures, JourneyFixtures, PersonaFixtures, JourneyLiveFixtures, SupportCaseFixtures, SupportAlertFixtures, SupportKpiFixtures {
  workspaceId: string;
  workspaceName: string;
  ownerId: string;
  ownerEmail: string;
  cookie: string;
  secretKey: string;
  secretKeyId: string;
  readKey: string;
  readKeyId: string;
  writeKey: string;
  writeKeyId: string;
  memberUserId: string;
  memberEmail: string;
  memberName: string;
  memberCookie: string;
  departmentId: string;
  departmentName: string;
  invitationId: string;
  invitationEmail: string;
  jobId: string;
  /** A customer identified through the tracking API, with events. */
  customerUserId: string;
  customerName: string;
  eventMessageId: string;
  /** A touchpoint of its own, and an event no touchpoint takes (its name is unique to the tenant). */
  touchpointId: string;
  touchpointName: string;
  unmatchedEvent: string;
  /** An uploaded file, mapped and ready to import (not imported). */
  importId: string;
  importFileName: string;
  /** A survey at the tenant's touchpoint. */
  surveyId: string;
  surveyName: string;
}

async function must(server: Server, o: SendOptions, status: number) {
  const r = await send(server, o);
  if (r.status !== status) throw new Error(`seeding: ${o.method} ${o.url} → ${r.status} ${r.body}`);
  return r;
}

const ZId = z.object({ id: z.string() });
const ZSignedIn = z.object({ user: z.object({ id: z.string() }), activeWorkspaceId: z.string() });

async function signIn(server: Server, url: string, body: unknown) {
  const r = await must(server, { method: 'POST', url, body }, url.endsWith('/setup') ? 201 : 200);
  const cookie = r.setCookie.find((c) => c.startsWith('fp_session='))?.split(';')[0];
  if (!cookie) throw new Error(`seeding: ${url} set no session`);
  const me = ZSignedIn.parse(r.data);
  return { cookie, userId: me.user.id, workspaceId: me.activeWorkspaceId };
}

/** A workspace with an owner, three keys, a custom department with a member in it, a pending invitation and a finished job. */
export async function seedTenant(server: Server, label: string): Promise<Fixtures> {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  const ownerEmail = `owner-${tag}@example.vn`;
  const workspaceName = `Cửa hàng ${tag}`;
  const needsSetup = z.object({ needsSetup: z.boolean() }).parse((await send(server, { method: 'GET', url: '/api/v1/setup' })).data).needsSetup;
  const account = { name: `Chủ ${tag}`, email: ownerEmail, password: TEST_PASSWORD };
  if (!needsSetup) {
    const user = await createUser(server.ctx.database.db, account, 10);
    await createWorkspace(server.ctx.database.db, { name: workspaceName, ownerId: user.id });
  }
  const owner = needsSetup
    ? await signIn(server, '/api/v1/setup', { ...account, workspaceName })
    : await signIn(server, '/api/v1/auth/login', { email: ownerEmail, password: TEST_PASSWORD });
  const auth: Auth = { cookie: owner.cookie };
  const post = async (url: string, body: unknown, status = 201) => (await must(server, { method: 'POST', url, auth, body }, status)).data;
  const ZKey = z.object({ id: z.string(), key: z.string() });
  const secret = ZKey.parse(await post('/api/v1/keys', { name: `secret ${tag}`, type: 'secret', scope: 'full' }));
  const read = ZKey.parse(await post('/api/v1/keys', { name: `read ${tag}`, type: 'secret', scope: 'read' }));
  const write = ZKey.parse(await post('/api/v1/keys', { name: `write ${tag}`, type: 'write' }));
  const departmentName = `Phòng ${tag}`;
  const departmentId = ZId.parse(await post('/api/v1/departments', { nameVi: departmentName, nameEn: `Desk ${tag}` })).id;
  const memberEmail = `member-${tag}@example.vn`;
  const memberName = `Thành viên ${tag}`;
  const invite = z.object({ acceptUrl: z.string() }).parse(await post('/api/v1/invitations', { email: memberEmail, role: 'agent', departmentId }));
  const token = invite.acceptUrl.split('/invite/')[1]!;
  const member = await signIn(server, `/api/v1/invitations/token/${token}/accept`, { name: memberName, password: TEST_PASSWORD });
  const invitationEmail = `invitee-${tag}@example.vn`;
  const invitationId = ZId.parse(await post('/api/v1/invitations', { email: invitationEmail, role: 'viewer', departmentId })).id;
  const jobId = ZId.parse(await post('/api/v1/demo', { customers: 10 }, 202)).id;
  for (const until = Date.now() + 30_000; ; ) {
    const job = z.object({ status: z.string() }).parse((await must(server, { method: 'GET', url: `/api/v1/jobs/${jobId}`, auth }, 200)).data);
    if (job.status === 'done') break;
    if (job.status === 'failed' || Date.now() > until) throw new Error(`seeding: demo job of ${tag} is ${job.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const customerUserId = `kh-${tag}`;
  const customerName = `Khách ${tag}`;
  const eventMessageId = `msg-${tag}`;
  const unmatchedEvent = `Chưa gắn ${tag}`;
  await must(server, {
    method: 'POST',
    url: '/v1/batch',
    body: {
      writeKey: write.key,
      batch: [
        { type: 'page', anonymousId: `anon-${tag}`, name: 'Trang chủ' },
        { type: 'identify', anonymousId: `anon-${tag}`, userId: customerUserId, traits: { name: customerName } },
        { type: 'track', messageId: eventMessageId, userId: customerUserId, event: 'Đặt hàng' },
        { type: 'track', userId: customerUserId, event: unmatchedEvent },
      ],
    },
  }, 200);
  const touchpointName = `Điểm chạm ${tag}`;
  const touchpointId = ZId.parse(await post('/api/v1/touchpoints', { name: touchpointName, channel: 'store', rules: { events: [`Ghé ${tag}`] } })).id;
  const surveyName = `Khảo sát ${tag}`;
  const surveyId = ZId.parse(await post('/api/v1/surveys', { name: surveyName, template: 'post_purchase_nps', touchpointIds: [touchpointId] })).id;
  await seedWidget(server, auth, surveyId, touchpointId);
  const importFileName = `Khách ${tag}.csv`;
  const upload = await must(server, { method: 'POST', url: `/api/v1/imports?fileName=${encodeURIComponent(importFileName)}`, auth, payload: IMPORT_CSV, contentType: 'text/csv' }, 201);
  const importId = ZId.parse(upload.data).id;
  await must(server, { method: 'PUT', url: `/api/v1/imports/${importId}/mapping`, auth, body: IMPORT_MAPPING }, 200);
  const kiosk = await seedKiosk(server, auth, tag, { surveyId, touchpointId });
  const responseFixtures = await seedResponses(server, auth, { tag, workspaceId: owner.workspaceId, surveyId, touchpointId, customerUserId });
  const email = await seedEmail(server, auth, tag, touchpointId);
  const personaFixtures = await seedPersonas(server, auth, tag, customerName);
  const journeys = await seedJourneys(server, auth, tag, { touchpointId, departmentId });
  const journeyLive = await seedJourneyLive(server, owner.workspaceId, tag, touchpointId);
  const supportCases = await seedSupportCases(server, auth, tag, { departmentId, workspaceId: owner.workspaceId, surveyId, touchpointId });
  const supportAlerts = await seedSupportAlerts(server, tag, { workspaceId: owner.workspaceId, ownerId: owner.userId });
  const supportKpis = await seedSupportKpis(server, { workspaceId: owner.workspaceId, departmentId, touchpointId, memberUserId: member.userId }, tag);
  return {
    ...supportCases,
    ...supportAlerts,
    ...personaFixtures,
    ...journeys,
    ...kiosk,
    ...journeyLive,
    ...supportKpis,
    ...responseFixtures,
    ...email,
    workspaceId: owner.workspaceId,
    workspaceName,
    ownerId: owner.userId,
    ownerEmail,
    cookie: owner.cookie,
    secretKey: secret.key,
    secretKeyId: secret.id,
    readKey: read.key,
    readKeyId: read.id,
    writeKey: write.key,
    writeKeyId: write.id,
    memberUserId: member.userId,
    memberEmail,
    memberName,
    memberCookie: member.cookie,
    departmentId,
    departmentName,
    invitationId,
    invitationEmail,
    jobId,
    customerUserId,
    customerName,
    eventMessageId,
    touchpointId,
    touchpointName,
    unmatchedEvent,
    importId,
    importFileName,
    surveyId,
    surveyName,
  };
}

/** A small store-visit file, and its mapping. */
export const IMPORT_CSV = 'Mã KH,Số điện thoại,Thời gian,Cửa hàng\r\nKH-NHAP-1,0912000001,20/11/2026 09:30,Cửa hàng Hà Đông\r\n';
export const IMPORT_MAPPING = { kind: 'store_visit', userId: 0, phone: 1, timestamp: 2, timestampFormat: 'dmy', properties: [{ column: 3, name: 'store', type: 'text' }] };

/** Drops what legitimately moves by itself (a key's "last used"). */
function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'lastUsedAt').map(([k, x]) => [k, stable(x)]));
  return v;
}

/** Everything a tenant sees of itself, read with its own credentials, and whether those still work. */
export async function snapshotTenant(server: Server, f: Fixtures): Promise<Record<string, unknown>> {
  const read = async (url: string, auth: Auth = { cookie: f.cookie }) => {
    const r = await send(server, { method: 'GET', url, auth });
    return { status: r.status, data: stable(r.data) };
  };
  return {
    workspace: await read('/api/v1/workspace'),
    me: await read('/api/v1/me'),
    members: await read('/api/v1/members?pageSize=200&sort=email'),
    departments: await read('/api/v1/departments'),
    invitations: await read('/api/v1/invitations'),
    keys: await read('/api/v1/keys'),
    job: await read(`/api/v1/jobs/${f.jobId}`, { key: f.secretKey }),
    member: await read('/api/v1/me', { cookie: f.memberCookie }),
    readKey: (await read('/api/v1/departments', { key: f.readKey })).status,
    writeKey: (await read('/api/v1/workspace', { key: f.writeKey })).status,
    customer: await read(`/api/v1/customers/${encodeURIComponent(f.customerUserId)}`),
    timeline: await read(`/api/v1/customers/${encodeURIComponent(f.customerUserId)}/timeline`),
    events: await read('/api/v1/events?limit=1000'),
    customers: await read('/api/v1/customers?pageSize=200'),
    touchpoints: await read('/api/v1/touchpoints'),
    unmatched: await read('/api/v1/touchpoints/unmatched'),
    imports: await read('/api/v1/imports?pageSize=200'),
    import: await read(`/api/v1/imports/${f.importId}`),
    importErrors: await read(`/api/v1/imports/${f.importId}/errors`),
    surveys: await read('/api/v1/surveys?pageSize=200'),
    survey: await read(`/api/v1/surveys/${f.surveyId}`),
    ...(await snapshotKiosk(read, f)),
    ...(await snapshotJourneyLive(read, f)),
    ...(await snapshotResponses(read, f)),
    ...(await snapshotWidget(server, f)),
    ...(await snapshotEmail(server, f)),
    ...(await snapshotJourneys(read, f)),
    ...(await snapshotPersonas(read, f)),
    ...(await snapshotSupportCases(read, f)),
    ...(await snapshotSupportAlerts(read)),
    ...(await snapshotSupportKpis(read)),
  };
}

export const TENANCY: Tenancy = { seed: seedTenant, snapshot: snapshotTenant };

const fresh = (who: string) => `${who}-${randomUUID().slice(0, 8)}@example.vn`;
const idIs = (data: unknown, id: string) => ZId.safeParse(data).data?.id === id;
const listHas = (field: string, id: string) => (data: unknown) =>
  z.object({ items: z.array(z.record(z.string(), z.unknown())) }).safeParse(data).data?.items.some((i) => i[field] === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const meIs = (data: unknown, self: Fixtures) => z.object({ user: z.object({ id: z.string() }) }).safeParse(data).data?.user.id === self.ownerId;

export const WORKSPACE_CASES: RouteCase[] = [
  // Workspace settings: always the caller's own.
  { route: 'GET /api/v1/workspace', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/workspace' }), actsOn: (d, s) => idIs(d, s.workspaceId) },
  { route: 'PATCH /api/v1/workspace', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/workspace', body: { locale: 'vi' } }), actsOn: (d, s) => idIs(d, s.workspaceId) },

  // Members
  { route: 'GET /api/v1/members', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/members?pageSize=200' }), actsOn: (d, s) => listHas('userId', s.ownerId)(d) },
  { route: 'GET /api/v1/members', label: "searching for the victim's member", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/members?q=${encodeURIComponent(v.memberName)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/members', label: "filtered by the victim's department", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/members?departmentId=${v.departmentId}` }), actsOn: totalIs(0) },
  { route: 'PATCH /api/v1/members/{userId}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/members/${v.memberUserId}`, body: { role: 'viewer' } }) },
  { route: 'PATCH /api/v1/members/{userId}', label: "own member into the victim's department", target: 'victim', permitted: ['owner', 'secret'], request: (v, s) => ({ url: `/api/v1/members/${s.memberUserId}`, body: { departmentId: v.departmentId } }) },
  { route: 'DELETE /api/v1/members/{userId}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/members/${v.memberUserId}` }) },

  // Invitations
  { route: 'GET /api/v1/invitations', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/invitations' }), actsOn: (d, s) => listHas('id', s.invitationId)(d) },
  { route: 'POST /api/v1/invitations', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/invitations', body: { email: fresh('invitee'), role: 'viewer' } }) },
  { route: 'POST /api/v1/invitations', label: "into the victim's department", target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: '/api/v1/invitations', body: { email: fresh('invitee'), role: 'viewer', departmentId: v.departmentId } }) },
  { route: 'DELETE /api/v1/invitations/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/invitations/${v.invitationId}` }) },

  // Departments
  { route: 'GET /api/v1/departments', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/departments' }), actsOn: (d, s) => listHas('id', s.departmentId)(d) },
  { route: 'POST /api/v1/departments', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/departments', body: { nameVi: 'Phòng mới', nameEn: 'New desk' } }) },
  { route: 'PATCH /api/v1/departments/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/departments/${v.departmentId}`, body: { nameEn: 'Taken over' } }) },
  { route: 'DELETE /api/v1/departments/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/departments/${v.departmentId}` }) },

  // API keys: people manage them, never a key.
  { route: 'GET /api/v1/keys', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/keys' }), actsOn: (d, s) => listHas('id', s.secretKeyId)(d) },
  { route: 'POST /api/v1/keys', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/keys', body: { name: 'Khoá thử', type: 'write' } }) },
  { route: 'DELETE /api/v1/keys/{id}', target: 'victim', permitted: ['owner'], request: (v) => ({ url: `/api/v1/keys/${v.secretKeyId}` }) },

  // Jobs, demo data, live updates
  { route: 'POST /api/v1/demo', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/demo', body: { customers: 10 } }) },
  { route: 'GET /api/v1/jobs/{id}', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/jobs/${v.jobId}` }) },
  {
    route: 'GET /api/v1/live',
    target: 'own',
    permitted: ['owner', 'secret', 'read'],
    request: () => ({ url: '/api/v1/live' }),
    stream: {
      victimEvent: { type: 'workspace.changed', request: () => ({ method: 'PATCH', url: '/api/v1/workspace', body: {} }) },
      selfEvent: { type: 'departments.changed', request: (s) => ({ method: 'PATCH', url: `/api/v1/departments/${s.departmentId}`, body: {} }) },
    },
  },

  // The signed-in person: sessions only, never keys.
  { route: 'GET /api/v1/me', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/me' }), actsOn: (d, s) => meIs(d, s) && z.object({ activeWorkspaceId: z.string() }).safeParse(d).data?.activeWorkspaceId === s.workspaceId },
  { route: 'PATCH /api/v1/me', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/me', body: { name: 'Chủ cửa hàng đổi tên' } }), actsOn: meIs },
  { route: 'POST /api/v1/me/workspace', target: 'victim', permitted: ['owner'], request: (v) => ({ url: '/api/v1/me/workspace', body: { workspaceId: v.workspaceId } }) },
  { route: 'POST /api/v1/workspaces', target: 'own', permitted: ['owner'], movesSession: true, request: () => ({ url: '/api/v1/workspaces', body: { name: 'Chi nhánh mới' } }), actsOn: meIs },
];

const itemsEmpty = (data: unknown) => z.object({ items: z.array(z.unknown()) }).safeParse(data).data?.items.length === 0;

export const COLLECTION_CASES: RouteCase[] = [
  { route: 'GET /api/v1/events', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/events?limit=1000' }), actsOn: (d, s) => listHas('messageId', s.eventMessageId)(d) },
  { route: 'GET /api/v1/events', label: "filtered by the victim's customer", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/events?userId=${encodeURIComponent(v.customerUserId)}` }), actsOn: itemsEmpty },
  { route: 'GET /api/v1/customers', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/customers?pageSize=200' }), actsOn: (d, s) => listHas('userId', s.customerUserId)(d) },
  { route: 'GET /api/v1/customers', label: "searching for the victim's customer", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/customers?q=${encodeURIComponent(v.customerName)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/customers/{userId}', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/customers/${encodeURIComponent(v.customerUserId)}` }) },
  { route: 'GET /api/v1/events', label: "on the victim's touchpoint", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/events?touchpointId=${v.touchpointId}` }), actsOn: itemsEmpty },

  // Touchpoints
  { route: 'GET /api/v1/touchpoints', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/touchpoints' }), actsOn: (d, s) => listHas('id', s.touchpointId)(d) },
  { route: 'GET /api/v1/touchpoints/unmatched', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/touchpoints/unmatched' }), actsOn: (d, s) => listHas('event', s.unmatchedEvent)(d) },
  {
    route: 'POST /api/v1/touchpoints/preview',
    readOnly: true,
    target: 'own',
    permitted: ['owner', 'secret', 'read'],
    request: (_v, s) => ({ url: '/api/v1/touchpoints/preview', body: { rules: { events: [s.unmatchedEvent] } } }),
    actsOn: (d) => z.object({ matched: z.number() }).safeParse(d).data?.matched === 1,
  },
  {
    route: 'POST /api/v1/touchpoints/preview',
    label: "with the victim's event name",
    readOnly: true,
    target: 'own',
    permitted: ['owner', 'secret', 'read'],
    request: (v) => ({ url: '/api/v1/touchpoints/preview', body: { rules: { events: [v.unmatchedEvent] } } }),
    actsOn: (d) => z.object({ matched: z.number() }).safeParse(d).data?.matched === 0,
  },
  { route: 'POST /api/v1/touchpoints', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/touchpoints', body: { name: `Quầy ${randomUUID().slice(0, 8)}`, channel: 'store', rules: { channels: ['store'] } } }) },
  { route: 'GET /api/v1/touchpoints/{id}', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/touchpoints/${v.touchpointId}` }) },
  { route: 'PATCH /api/v1/touchpoints/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/touchpoints/${v.touchpointId}`, body: { rules: { events: ['Chiếm quyền'] } } }) },
  { route: 'DELETE /api/v1/touchpoints/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/touchpoints/${v.touchpointId}` }) },
  { route: 'PUT /api/v1/touchpoints/order', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: '/api/v1/touchpoints/order', body: { ids: [v.touchpointId] } }) },
  { route: 'GET /api/v1/customers/{userId}/timeline', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/customers/${encodeURIComponent(v.customerUserId)}/timeline` }) },
];

export const IMPORT_CASES: RouteCase[] = [
  { route: 'GET /api/v1/imports', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/imports?pageSize=200' }), actsOn: (d, s) => listHas('id', s.importId)(d) },
  { route: 'GET /api/v1/imports', label: "searching for the victim's file", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/imports?q=${encodeURIComponent(v.importFileName)}` }), actsOn: totalIs(0) },
  {
    route: 'POST /api/v1/imports',
    target: 'own',
    permitted: ['owner', 'secret'],
    request: () => ({ url: '/api/v1/imports?fileName=gh%C3%A9-c%E1%BB%ADa-h%C3%A0ng.csv', payload: IMPORT_CSV, contentType: 'text/csv' }),
    actsOn: (d) => z.object({ status: z.literal('uploaded') }).safeParse(d).success,
  },
  { route: 'GET /api/v1/imports/template', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/imports/template?kind=store_visit' }) },
  { route: 'GET /api/v1/imports/{id}', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/imports/${v.importId}` }) },
  { route: 'PUT /api/v1/imports/{id}/mapping', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/imports/${v.importId}/mapping`, body: { ...IMPORT_MAPPING, properties: [] } }) },
  { route: 'GET /api/v1/imports/{id}/errors', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/imports/${v.importId}/errors` }) },
  { route: 'POST /api/v1/imports/{id}/run', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/imports/${v.importId}/run` }) },
  { route: 'DELETE /api/v1/imports/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/imports/${v.importId}` }) },
];

/** Routes under /api/v1/ that act on no workspace, each with the reason. */
export const PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/ping': 'answers a constant; reads nothing',
  'GET /api/v1/setup': 'says only whether the installation has any user yet',
  'POST /api/v1/setup': 'first run only; refused once any user exists',
  'POST /api/v1/auth/login': 'takes an email and password; opens a session on the user\'s own workspace',
  'POST /api/v1/auth/logout': 'ends only the caller\'s own session',
  'POST /api/v1/auth/password-reset': 'takes an email; answers the same whether it exists or not',
  'POST /api/v1/auth/password-reset/confirm': 'the emailed one-time token is the credential',
  'GET /api/v1/invitations/token/{token}': 'the 40-character invitation token is the credential',
  'GET /api/v1/public/surveys/{publicId}': 'the unguessable public id is the credential; only active surveys answer, and no workspace id is shown',
  'POST /api/v1/public/surveys/{publicId}/responses': 'the public id is the credential; a response id is scoped to the survey’s own workspace',
  ...KIOSK_PUBLIC_ROUTES,
  ...JOURNEY_LIVE_PUBLIC_ROUTES,
  'POST /api/v1/invitations/token/{token}/accept': 'the invitation token is the credential; the invitee must prove the invited email',
  ...WIDGET_PUBLIC_ROUTES,
  ...EMAIL_PUBLIC_ROUTES,
  ...JOURNEY_PUBLIC_ROUTES,
  ...SUPPORT_ALERT_PUBLIC_ROUTES,
};

/** Every feature's cases: the isolation test runs them all and checks none is missing. */
export const FEEDBACK_CASES: RouteCase[] = [
  { route: 'GET /api/v1/survey-templates', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/survey-templates' }), actsOn: (d) => z.object({ items: z.array(z.unknown()).length(5) }).safeParse(d).success },
  { route: 'GET /api/v1/surveys', target: 'own', permitted: ['owner', 'secret', 'read'], request: () => ({ url: '/api/v1/surveys?pageSize=200' }), actsOn: (d, s) => listHas('id', s.surveyId)(d) },
  { route: 'GET /api/v1/surveys', label: "searching for the victim's survey", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys?q=${encodeURIComponent(v.surveyName)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/surveys', label: "at the victim's touchpoint", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys?touchpointId=${v.touchpointId}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/surveys', target: 'own', permitted: ['owner', 'secret'], request: () => ({ url: '/api/v1/surveys', body: { name: `Khảo sát ${randomUUID().slice(0, 8)}`, template: 'store_smiley' } }) },
  { route: 'POST /api/v1/surveys', label: "at the victim's touchpoint", target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: '/api/v1/surveys', body: { name: `Khảo sát ${randomUUID().slice(0, 8)}`, template: 'store_smiley', touchpointIds: [v.touchpointId] } }) },
  { route: 'GET /api/v1/surveys/{id}', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}` }) },
  { route: 'PATCH /api/v1/surveys/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}`, body: { status: 'paused' } }) },
  { route: 'PATCH /api/v1/surveys/{id}', label: "own survey onto the victim's touchpoint", target: 'victim', permitted: ['owner', 'secret'], request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}`, body: { touchpointIds: [v.touchpointId] } }) },
  { route: 'POST /api/v1/surveys/{id}/duplicate', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/duplicate` }) },
  { route: 'GET /api/v1/scores', label: "of the victim's survey", target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/scores?surveyId=${v.surveyId}&from=2020-01-01&to=2035-12-31` }) },
  { route: 'GET /api/v1/scores', label: "at the victim's touchpoint", target: 'own', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/scores?touchpointId=${v.touchpointId}&from=2020-01-01&to=2035-12-31` }), actsOn: (d) => z.object({ series: z.array(z.unknown()).length(0) }).safeParse(d).success },
  { route: 'GET /api/v1/surveys/{id}/qr', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/qr` }) },
  { route: 'GET /api/v1/surveys/{id}/qr', label: "own survey at the victim's touchpoint", target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}/qr?touchpointId=${v.touchpointId}` }) },
  { route: 'GET /api/v1/surveys/{id}/poster', target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/poster` }) },
  { route: 'GET /api/v1/surveys/{id}/poster', label: "own survey at the victim's touchpoint", target: 'victim', permitted: ['owner', 'secret', 'read'], request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}/poster?touchpointId=${v.touchpointId}` }) },
  { route: 'DELETE /api/v1/surveys/{id}', target: 'victim', permitted: ['owner', 'secret'], request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}` }) },
];

export const ISOLATION_CASES: readonly RouteCase[] = [
  ...WORKSPACE_CASES, ...COLLECTION_CASES, ...IMPORT_CASES, ...FEEDBACK_CASES, ...RESPONSE_CASES, ...WIDGET_CASES, ...EMAIL_CASES, ...KIOSK_CASES,
  ...SCORE_CASES,
  ...JOURNEY_CASES,
  ...PERSONA_CASES,
    ...JOURNEY_LIVE_CASES,
  ...SUPPORT_CASE_CASES,
  ...SUPPORT_ALERT_CASES,
  ...SUPPORT_KPI_CASES,
];
