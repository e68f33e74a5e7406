import { randomUUID } from 'node:crypto';
import { ZSurveyDefinition } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { surveys, workspaces } from '../db/schema.js';
import { saveResponse } from '../features/feedback/respond.js';
import type { Server } from '../server.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/** The case engine in the isolation harness: a case with a message and a hand-off, a trigger, a routing rule, a saved view. */

export interface SupportCaseFixtures {
  supportCaseId: string;
  supportCaseSubject: string;
  supportMessageId: string;
  supportMessageBody: string;
  supportHandoffId: string;
  supportTriggerId: string;
  supportTriggerName: string;
  /** Every trigger and routing rule of the workspace (the demo's too), in order, comma-separated. */
  supportTriggerOrder: string;
  supportRoutingOrder: string;
  /** A response no rule opened a case for. */
  supportFreeResponseId: string;
  supportRoutingRuleId: string;
  supportRoutingRuleName: string;
  supportViewId: string;
  supportViewName: string;
}

const ZId = z.object({ id: z.string() });

export async function seedSupportCases(server: Server, auth: Auth, tag: string, t: { departmentId: string; workspaceId: string; surveyId: string; touchpointId: string }): Promise<SupportCaseFixtures> {
  const post = async (url: string, body: unknown) => {
    const r = await send(server, { method: 'POST', url, auth, body });
    if (r.status !== 201) throw new Error(`seeding: POST ${url} → ${r.status} ${r.body}`);
    return ZId.parse(r.data).id;
  };
  const supportCaseSubject = `Yêu cầu ${tag}`;
  const supportCaseId = await post('/api/v1/cases', { subject: supportCaseSubject, description: `Mô tả ${tag}`, tags: [`nhãn-${tag}`.slice(0, 40)] });
  const supportMessageBody = `Ghi chú ${tag}`;
  const supportMessageId = await post(`/api/v1/cases/${supportCaseId}/messages`, { kind: 'note', body: supportMessageBody });
  const supportHandoffId = await post(`/api/v1/cases/${supportCaseId}/handoffs`, { toDepartmentId: t.departmentId, request: `Hỏi ${tag}` });
  // A word nobody writes: the rule never fires on the harness's own feedback.
  const supportTriggerName = `Quy tắc ${tag}`;
  const supportTriggerId = await post('/api/v1/support/triggers', { name: supportTriggerName, conditions: { words: [`từ-${tag}`] } });
  const supportRoutingRuleName = `Điều phối ${tag}`;
  const supportRoutingRuleId = await post('/api/v1/support/routing-rules', { name: supportRoutingRuleName, conditions: { words: [`từ-${tag}`] }, departmentId: t.departmentId });
  // The demo's rules are there too: the order routes take every rule of the workspace, once.
  const ids = async (url: string) => z.object({ items: z.array(z.object({ id: z.string() })) }).parse((await send(server, { method: 'GET', url, auth })).data).items.map((i) => i.id).join(',');
  const supportTriggerOrder = await ids('/api/v1/support/triggers');
  const supportRoutingOrder = await ids('/api/v1/support/routing-rules');
  // A promoter's answer: no rule opens a case for it, so a case can be opened from it by hand.
  const db = server.ctx.database.db;
  const [s] = await db.select({ definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, t.workspaceId), eq(surveys.id, t.surveyId)));
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, t.workspaceId));
  const supportFreeResponseId = randomUUID();
  await saveResponse(
    db,
    { workspaceId: t.workspaceId, surveyId: t.surveyId, definition: ZSurveyDefinition.parse(s!.definition), timeZone: ws!.timeZone, touchpointIds: [t.touchpointId] },
    { responseId: supportFreeResponseId, answers: { nps: 10 }, language: 'vi', complete: true, channel: 'link', touchpointId: t.touchpointId },
  );
  const supportViewName = `Góc nhìn ${tag}`;
  const supportViewId = await post('/api/v1/case-views', { name: supportViewName, query: { queue: 'all' } });
  return {
    supportCaseId,
    supportCaseSubject,
    supportMessageId,
    supportMessageBody,
    supportHandoffId,
    supportTriggerId,
    supportTriggerName,
    supportTriggerOrder,
    supportRoutingOrder,
    supportFreeResponseId,
    supportRoutingRuleId,
    supportRoutingRuleName,
    supportViewId,
    supportViewName,
  };
}

export async function snapshotSupportCases(read: (url: string) => Promise<unknown>, f: SupportCaseFixtures): Promise<Record<string, unknown>> {
  return {
    supportCase: await read(`/api/v1/cases/${f.supportCaseId}`),
    supportCases: await read('/api/v1/cases?pageSize=200&status=new,open,waiting_customer,waiting_department,resolved,closed'),
    supportMessages: await read(`/api/v1/cases/${f.supportCaseId}/messages`),
    supportAudit: await read(`/api/v1/cases/${f.supportCaseId}/audit`),
    supportHandoffs: await read(`/api/v1/cases/${f.supportCaseId}/handoffs`),
    supportTriggers: await read('/api/v1/support/triggers'),
    supportRouting: await read('/api/v1/support/routing-rules'),
    supportViews: await read('/api/v1/case-views'),
    supportDepartments: await read('/api/v1/support/departments'),
    supportSla: await read('/api/v1/support/sla'),
  };
}

const listHas = (id: string) => (data: unknown) => z.object({ items: z.array(z.object({ id: z.string() })) }).safeParse(data).data?.items.some((i) => i.id === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const fresh = (s: string) => `${s} ${randomUUID().slice(0, 8)}`;

const work = ['owner', 'secret'] as const;
const read = ['owner', 'secret', 'read'] as const;

export const SUPPORT_CASE_CASES: RouteCase[] = [
  // Cases
  { route: 'GET /api/v1/cases', target: 'own', permitted: read, request: () => ({ url: '/api/v1/cases?pageSize=200' }), actsOn: (d, s) => listHas(s.supportCaseId)(d) },
  { route: 'GET /api/v1/cases', label: "searching for the victim's case", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/cases?q=${encodeURIComponent(v.supportCaseSubject)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/cases', label: "in the victim's department", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/cases?departmentId=${v.departmentId}` }), actsOn: totalIs(0) },
  {
    route: 'GET /api/v1/cases/queues',
    target: 'own',
    permitted: read,
    request: () => ({ url: '/api/v1/cases/queues' }),
    actsOn: (d, s) => z.object({ departments: z.array(z.object({ id: z.string() })) }).safeParse(d).data?.departments.some((x) => x.id === s.departmentId) ?? false,
  },
  { route: 'POST /api/v1/cases', target: 'own', permitted: work, request: () => ({ url: '/api/v1/cases', body: { subject: fresh('Yêu cầu mới') } }) },
  { route: 'POST /api/v1/cases', label: "into the victim's department", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/cases', body: { subject: fresh('Yêu cầu'), departmentId: v.departmentId } }) },
  { route: 'POST /api/v1/cases', label: "from the victim's response", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/cases', body: { subject: fresh('Yêu cầu'), responseId: v.supportFreeResponseId } }) },
  { route: 'POST /api/v1/cases', label: "at the victim's touchpoint", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/cases', body: { subject: fresh('Yêu cầu'), touchpointId: v.touchpointId } }) },
  { route: 'POST /api/v1/cases', label: "for the victim's member", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/cases', body: { subject: fresh('Yêu cầu'), assigneeId: v.memberUserId } }) },
  {
    route: 'POST /api/v1/cases/bulk',
    target: 'own',
    permitted: work,
    request: (_v, s) => ({ url: '/api/v1/cases/bulk', body: { ids: [s.supportCaseId], set: { priority: 'high' } } }),
    actsOn: (d) => z.object({ changed: z.number() }).safeParse(d).success,
  },
  { route: 'GET /api/v1/cases/{id}', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}` }) },
  { route: 'PATCH /api/v1/cases/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}`, body: { priority: 'urgent', version: 1 } }) },
  { route: 'PATCH /api/v1/cases/{id}', label: "own case to the victim's department", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/cases/${s.supportCaseId}`, body: { departmentId: v.departmentId, version: 1 } }) },
  { route: 'GET /api/v1/cases/{id}/messages', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}/messages` }) },
  { route: 'POST /api/v1/cases/{id}/messages', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}/messages`, body: { kind: 'note', body: 'Chen vào' } }) },
  { route: 'POST /api/v1/cases/{id}/messages', label: "mentioning the victim's member", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/cases/${s.supportCaseId}/messages`, body: { kind: 'note', body: 'Gọi', mentions: [v.memberUserId] } }) },
  { route: 'GET /api/v1/cases/{id}/audit', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}/audit` }) },
  { route: 'GET /api/v1/cases/{id}/handoffs', target: 'victim', permitted: read, request: (v) => ({ url: `/api/v1/cases/${v.supportCaseId}/handoffs` }) },
  { route: 'POST /api/v1/cases/{id}/handoffs', target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/cases/${v.supportCaseId}/handoffs`, body: { toDepartmentId: s.departmentId, request: 'Hỏi' } }) },
  { route: 'POST /api/v1/cases/{id}/handoffs', label: "own case to the victim's department", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/cases/${s.supportCaseId}/handoffs`, body: { toDepartmentId: v.departmentId, request: 'Hỏi' } }) },

  // Hand-offs
  { route: 'GET /api/v1/handoffs', target: 'own', permitted: read, request: () => ({ url: '/api/v1/handoffs?pageSize=200' }), actsOn: (d, s) => listHas(s.supportHandoffId)(d) },
  { route: 'GET /api/v1/handoffs', label: "the victim's department queue", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/handoffs?departmentId=${v.departmentId}` }), actsOn: totalIs(0) },
  { route: 'POST /api/v1/handoffs/{id}/answer', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/handoffs/${v.supportHandoffId}/answer`, body: { answer: 'Trả lời hộ' } }) },
  { route: 'POST /api/v1/handoffs/{id}/cancel', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/handoffs/${v.supportHandoffId}/cancel` }) },

  // Saved views: a person's own
  { route: 'GET /api/v1/case-views', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/case-views' }), actsOn: (d, s) => listHas(s.supportViewId)(d) },
  { route: 'POST /api/v1/case-views', target: 'own', permitted: ['owner'], request: () => ({ url: '/api/v1/case-views', body: { name: fresh('Góc nhìn'), query: { queue: 'mine' } } }) },
  { route: 'DELETE /api/v1/case-views/{id}', target: 'victim', permitted: ['owner'], request: (v) => ({ url: `/api/v1/case-views/${v.supportViewId}` }) },

  // Rules
  { route: 'GET /api/v1/support/triggers', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/triggers' }), actsOn: (d, s) => listHas(s.supportTriggerId)(d) },
  { route: 'POST /api/v1/support/triggers', target: 'own', permitted: work, request: () => ({ url: '/api/v1/support/triggers', body: { name: fresh('Quy tắc'), enabled: false, conditions: {} } }) },
  { route: 'POST /api/v1/support/triggers', label: "at the victim's touchpoint", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/support/triggers', body: { name: fresh('Quy tắc'), enabled: false, conditions: { touchpointIds: [v.touchpointId] } } }) },
  { route: 'PATCH /api/v1/support/triggers/{id}', label: "own rule onto the victim's survey", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/support/triggers/${s.supportTriggerId}`, body: { conditions: { surveyIds: [v.surveyId] } } }) },
  { route: 'PATCH /api/v1/support/triggers/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/triggers/${v.supportTriggerId}`, body: { enabled: false } }) },
  { route: 'DELETE /api/v1/support/triggers/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/triggers/${v.supportTriggerId}` }) },
  { route: 'PUT /api/v1/support/triggers/order', target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/support/triggers/order', body: { ids: v.supportTriggerOrder.split(',') } }) },
  { route: 'GET /api/v1/support/routing-rules', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/routing-rules' }), actsOn: (d, s) => listHas(s.supportRoutingRuleId)(d) },
  { route: 'POST /api/v1/support/routing-rules', target: 'own', permitted: work, request: (_v, s) => ({ url: '/api/v1/support/routing-rules', body: { name: fresh('Điều phối'), enabled: false, conditions: {}, departmentId: s.departmentId } }) },
  { route: 'POST /api/v1/support/routing-rules', label: "to the victim's department", target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/support/routing-rules', body: { name: fresh('Điều phối'), conditions: {}, departmentId: v.departmentId } }) },
  { route: 'PATCH /api/v1/support/routing-rules/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/routing-rules/${v.supportRoutingRuleId}`, body: { enabled: false } }) },
  { route: 'PATCH /api/v1/support/routing-rules/{id}', label: "own rule to the victim's department", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/support/routing-rules/${s.supportRoutingRuleId}`, body: { departmentId: v.departmentId } }) },
  { route: 'DELETE /api/v1/support/routing-rules/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/routing-rules/${v.supportRoutingRuleId}` }) },
  { route: 'PUT /api/v1/support/routing-rules/order', target: 'victim', permitted: work, request: (v) => ({ url: '/api/v1/support/routing-rules/order', body: { ids: v.supportRoutingOrder.split(',') } }) },
  {
    route: 'POST /api/v1/support/rules/preview',
    target: 'own',
    readOnly: true,
    permitted: read,
    request: (_v, s) => ({ url: '/api/v1/support/rules/preview', body: { conditions: { touchpointIds: [s.touchpointId] } } }),
    actsOn: (d) => (z.object({ matched: z.number() }).safeParse(d).data?.matched ?? 0) >= 1,
  },
  {
    route: 'POST /api/v1/support/rules/preview',
    label: "at the victim's touchpoint",
    target: 'own',
    readOnly: true,
    permitted: read,
    request: (v) => ({ url: '/api/v1/support/rules/preview', body: { conditions: { touchpointIds: [v.touchpointId] } } }),
    actsOn: (d) => z.object({ matched: z.number() }).safeParse(d).data?.matched === 0,
  },

  // Setup
  { route: 'GET /api/v1/support/departments', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/departments' }), actsOn: (d, s) => listHas(s.departmentId)(d) },
  { route: 'PATCH /api/v1/support/departments/{id}', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/departments/${v.departmentId}`, body: { assignment: 'round_robin' } }) },
  { route: 'PATCH /api/v1/support/departments/{id}', label: "the victim's member as lead", target: 'victim', permitted: work, request: (v, s) => ({ url: `/api/v1/support/departments/${s.departmentId}`, body: { leadId: v.memberUserId } }) },
  { route: 'PUT /api/v1/support/agents/{userId}/shift', target: 'victim', permitted: work, request: (v) => ({ url: `/api/v1/support/agents/${v.memberUserId}/shift`, body: { onShift: false } }) },
  { route: 'GET /api/v1/support/me', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/me' }), actsOn: (d) => z.object({ onShift: z.boolean() }).safeParse(d).success },
  { route: 'GET /api/v1/support/sla', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/sla' }), actsOn: (d) => z.object({ policies: z.array(z.unknown()).length(4) }).safeParse(d).success },
  {
    route: 'PUT /api/v1/support/sla',
    target: 'own',
    permitted: work,
    request: () => ({ url: '/api/v1/support/sla', body: SLA_BODY }),
    actsOn: (d) => z.object({ hours: z.object({ timeZone: z.literal('Asia/Ho_Chi_Minh') }) }).safeParse(d).success,
  },
  { route: 'GET /api/v1/support/holidays', target: 'own', permitted: read, request: () => ({ url: '/api/v1/support/holidays?year=2026' }), actsOn: (d) => listHas('2026-09-02')({ items: (z.object({ items: z.array(z.object({ day: z.string() })) }).safeParse(d).data?.items ?? []).map((x) => ({ id: x.day })) }) },
];

const week = [[], ...Array.from({ length: 5 }, () => [{ open: '08:00', close: '17:30' }]), [{ open: '08:00', close: '12:00' }]];
const esc = { notifyLead: true, raisePriority: false, reassignToId: null };
const SLA_BODY = {
  hours: { timeZone: 'Asia/Ho_Chi_Minh', week, vnHolidays: true, extraHolidays: [], workingDays: [] },
  policies: [
    { priority: 'low', firstResponseMinutes: 480, resolutionMinutes: 2400, escalation: esc },
    { priority: 'normal', firstResponseMinutes: 240, resolutionMinutes: 1440, escalation: esc },
    { priority: 'high', firstResponseMinutes: 60, resolutionMinutes: 480, escalation: esc },
    { priority: 'urgent', firstResponseMinutes: 30, resolutionMinutes: 240, escalation: esc },
  ],
};

