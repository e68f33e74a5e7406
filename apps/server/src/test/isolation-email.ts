import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/**
 * Email campaigns and personal links in the tenant isolation harness: what each tenant holds
 * (seeded by seedEmail, read by snapshotEmail) and how every email route is aimed at another tenant.
 */
export interface EmailFixtures {
  /** An active survey the campaigns send. */
  emailSurveyId: string;
  /** A draft campaign with one uploaded recipient. */
  campaignId: string;
  campaignName: string;
  recipientId: string;
  recipientEmail: string;
  /** A campaign already sent (no reminder planned), to remind and retry. */
  sentCampaignId: string;
  /** An address on the unsubscribe list. */
  suppressedEmail: string;
}

const ZId = z.object({ id: z.string() });

export async function seedEmail(server: Server, auth: Auth, tag: string, touchpointId: string): Promise<EmailFixtures> {
  const must = async (method: 'POST' | 'PATCH' | 'GET', url: string, body: unknown, status: number, raw?: { payload: string; contentType: string }) => {
    const r = await send(server, { method, url, auth, ...(raw ?? { body }) });
    if (r.status !== status) throw new Error(`seeding email: ${method} ${url} → ${r.status} ${r.body}`);
    return r.data;
  };
  const emailSurveyId = ZId.parse(await must('POST', '/api/v1/surveys', { name: `Khảo sát email ${tag}`, template: 'delivery_csat', touchpointIds: [touchpointId] }, 201)).id;
  await must('PATCH', `/api/v1/surveys/${emailSurveyId}`, { status: 'active' }, 200);
  const campaignName = `Chiến dịch ${tag}`;
  const recipientEmail = `nhan-${tag}@example.vn`.toLowerCase();
  const list = (email: string) => ({ payload: `Email,Họ tên\r\n${email},Người nhận ${tag}\r\n`, contentType: 'text/csv' });
  const campaignId = ZId.parse(await must('POST', '/api/v1/email-campaigns', { name: campaignName, surveyId: emailSurveyId, touchpointId, audience: { kind: 'list' }, reminderDays: null }, 201)).id;
  await must('POST', `/api/v1/email-campaigns/${campaignId}/recipients-file`, null, 200, list(recipientEmail));
  const recipients = z.object({ items: z.array(ZId) }).parse(await must('GET', `/api/v1/email-campaigns/${campaignId}/recipients`, undefined, 200));
  const sentCampaignId = ZId.parse(await must('POST', '/api/v1/email-campaigns', { name: `Đã gửi ${tag}`, surveyId: emailSurveyId, audience: { kind: 'list' }, reminderDays: null }, 201)).id;
  await must('POST', `/api/v1/email-campaigns/${sentCampaignId}/recipients-file`, null, 200, list(`da-gui-${tag}@example.vn`.toLowerCase()));
  await must('POST', `/api/v1/email-campaigns/${sentCampaignId}/send`, {}, 200);
  for (const until = Date.now() + 30_000; ; ) {
    const c = z.object({ status: z.string() }).parse(await must('GET', `/api/v1/email-campaigns/${sentCampaignId}`, undefined, 200));
    if (c.status === 'sent') break;
    if (Date.now() > until) throw new Error(`seeding email: campaign of ${tag} is ${c.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const suppressedEmail = `huy-${tag}@example.vn`.toLowerCase();
  await must('POST', '/api/v1/email-suppressions', { email: suppressedEmail }, 204);
  return { emailSurveyId, campaignId, campaignName, recipientId: recipients.items[0]!.id, recipientEmail, sentCampaignId, suppressedEmail };
}

/** What a tenant sees of its email campaigns, for the harness's before/after comparison. */
export async function snapshotEmail(server: Server, f: Fixtures): Promise<Record<string, unknown>> {
  const read = async (url: string) => {
    const r = await send(server, { method: 'GET', url, auth: { cookie: f.cookie } });
    return { status: r.status, data: r.data };
  };
  return {
    campaigns: await read('/api/v1/email-campaigns?pageSize=200'),
    campaign: await read(`/api/v1/email-campaigns/${f.campaignId}`),
    sentCampaign: await read(`/api/v1/email-campaigns/${f.sentCampaignId}`),
    recipients: await read(`/api/v1/email-campaigns/${f.campaignId}/recipients?pageSize=200`),
    suppressions: await read('/api/v1/email-suppressions?pageSize=200'),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.record(z.string(), z.unknown())) }).safeParse(data).data?.items.some((i) => i.id === id || i.email === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const RW = ['owner', 'secret'] as const;
const R = ['owner', 'secret', 'read'] as const;
const fresh = () => randomUUID().slice(0, 8);

export const EMAIL_CASES: RouteCase[] = [
  // Personal links
  { route: 'POST /api/v1/surveys/{id}/personal-links', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/surveys/${v.surveyId}/personal-links`, body: { userId: v.customerUserId } }) },
  { route: 'POST /api/v1/surveys/{id}/personal-links', label: "own survey for the victim's customer", target: 'victim', permitted: RW, request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}/personal-links`, body: { userId: v.customerUserId } }) },
  { route: 'POST /api/v1/surveys/{id}/personal-links', label: "own survey at the victim's touchpoint", target: 'victim', permitted: RW, request: (v, s) => ({ url: `/api/v1/surveys/${s.surveyId}/personal-links`, body: { userId: s.customerUserId, touchpointId: v.touchpointId } }) },

  // Campaigns
  { route: 'GET /api/v1/email-campaigns', target: 'own', permitted: R, request: () => ({ url: '/api/v1/email-campaigns?pageSize=200' }), actsOn: (d, s) => listHas(s.campaignId)(d) },
  { route: 'GET /api/v1/email-campaigns', label: "searching for the victim's campaign", target: 'own', permitted: R, request: (v) => ({ url: `/api/v1/email-campaigns?q=${encodeURIComponent(v.campaignName)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/email-campaigns', label: "of the victim's survey", target: 'own', permitted: R, request: (v) => ({ url: `/api/v1/email-campaigns?surveyId=${v.emailSurveyId}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/email-campaigns', target: 'own', permitted: RW, request: (_v, s) => ({ url: '/api/v1/email-campaigns', body: { name: `Chiến dịch ${fresh()}`, surveyId: s.emailSurveyId } }) },
  { route: 'POST /api/v1/email-campaigns', label: "for the victim's survey", target: 'victim', permitted: RW, request: (v) => ({ url: '/api/v1/email-campaigns', body: { name: `Chiến dịch ${fresh()}`, surveyId: v.emailSurveyId } }) },
  { route: 'POST /api/v1/email-campaigns', label: "at the victim's touchpoint", target: 'victim', permitted: RW, request: (v, s) => ({ url: '/api/v1/email-campaigns', body: { name: `Chiến dịch ${fresh()}`, surveyId: s.emailSurveyId, touchpointId: v.touchpointId } }) },
  { route: 'GET /api/v1/email-campaigns/{id}', target: 'victim', permitted: R, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}` }) },
  { route: 'PATCH /api/v1/email-campaigns/{id}', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}`, body: { name: 'Chiếm quyền' } }) },
  { route: 'PATCH /api/v1/email-campaigns/{id}', label: "own campaign onto the victim's survey", target: 'victim', permitted: RW, request: (v, s) => ({ url: `/api/v1/email-campaigns/${s.campaignId}`, body: { surveyId: v.emailSurveyId } }) },
  { route: 'DELETE /api/v1/email-campaigns/{id}', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}` }) },
  {
    route: 'POST /api/v1/email-campaigns/{id}/recipients-file',
    target: 'victim',
    permitted: RW,
    request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}/recipients-file`, payload: `Email\r\nchiem-${fresh()}@example.vn\r\n`, contentType: 'text/csv' }),
  },
  { route: 'POST /api/v1/email-campaigns/{id}/send', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}/send`, body: {} }) },
  { route: 'POST /api/v1/email-campaigns/{id}/cancel', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}/cancel` }) },
  { route: 'POST /api/v1/email-campaigns/{id}/remind', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.sentCampaignId}/remind` }) },
  { route: 'POST /api/v1/email-campaigns/{id}/retry', target: 'victim', permitted: RW, request: (v) => ({ url: `/api/v1/email-campaigns/${v.sentCampaignId}/retry` }) },
  { route: 'GET /api/v1/email-campaigns/{id}/recipients', target: 'victim', permitted: R, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}/recipients` }) },
  { route: 'GET /api/v1/email-campaigns/{id}/recipients/{recipientId}', target: 'victim', permitted: R, request: (v) => ({ url: `/api/v1/email-campaigns/${v.campaignId}/recipients/${v.recipientId}` }) },
  {
    route: 'GET /api/v1/email-campaigns/{id}/recipients/{recipientId}',
    label: "own campaign, the victim's recipient",
    target: 'victim',
    permitted: R,
    request: (v, s) => ({ url: `/api/v1/email-campaigns/${s.campaignId}/recipients/${v.recipientId}` }),
  },
  { route: 'GET /api/v1/email-audience', target: 'own', permitted: R, request: (_v, s) => ({ url: `/api/v1/email-audience?surveyId=${s.emailSurveyId}` }), actsOn: (d) => z.object({ matched: z.number() }).safeParse(d).success },
  { route: 'GET /api/v1/email-audience', label: "for the victim's survey", target: 'victim', permitted: R, request: (v) => ({ url: `/api/v1/email-audience?surveyId=${v.emailSurveyId}` }) },

  // The unsubscribe list
  { route: 'GET /api/v1/email-suppressions', target: 'own', permitted: R, request: () => ({ url: '/api/v1/email-suppressions?pageSize=200' }), actsOn: (d, s) => listHas(s.suppressedEmail)(d) },
  { route: 'GET /api/v1/email-suppressions', label: "searching for the victim's address", target: 'own', permitted: R, request: (v) => ({ url: `/api/v1/email-suppressions?q=${encodeURIComponent(v.suppressedEmail)}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/email-suppressions', target: 'own', permitted: RW, request: () => ({ url: '/api/v1/email-suppressions', body: { email: `khong-nhan-${fresh()}@example.vn` } }) },
];

/** The token routes customers reach from an email or a personal link, each with why it is public. */
export const EMAIL_PUBLIC_ROUTES: Record<string, string> = {
  'GET /api/v1/public/invites/{token}': 'the 32-character invitation token is the credential; it names one invitation of one workspace and shows only its survey’s public id',
  'POST /api/v1/public/invites/{token}/responses': 'the invitation token is the credential; customer, touchpoint and workspace come from it, never from the body',
  'GET /api/v1/public/unsubscribe/{token}': 'the emailed token is the credential; answers the workspace name and a masked address only',
  'POST /api/v1/public/unsubscribe/{token}': 'the emailed token is the credential (List-Unsubscribe one-click); it can only unsubscribe its own address',
};
