import { randomUUID } from 'node:crypto';
import { ZSurveyDefinition } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { surveys, workspaces } from '../db/schema.js';
import { saveResponse } from '../features/feedback/respond.js';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import { send, type Auth, type RouteCase } from './isolation.js';

/** What a tenant holds of survey responses: an answer of its customer, with a text unique to it, and a finished export. */
export interface ResponseFixtures {
  responseId: string;
  responseText: string;
  exportId: string;
}

/** Answers the tenant's survey at its touchpoint as its customer (the path every channel takes), then exports the responses. */
export async function seedResponses(
  server: Server,
  auth: Auth,
  t: { tag: string; workspaceId: string; surveyId: string; touchpointId: string; customerUserId: string },
): Promise<ResponseFixtures> {
  const db = server.ctx.database.db;
  const [s] = await db.select({ definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, t.workspaceId), eq(surveys.id, t.surveyId)));
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, t.workspaceId));
  const responseId = randomUUID();
  const responseText = `Góp ý ${t.tag}`;
  await saveResponse(
    db,
    { workspaceId: t.workspaceId, surveyId: t.surveyId, definition: ZSurveyDefinition.parse(s!.definition), timeZone: ws!.timeZone, touchpointIds: [t.touchpointId] },
    { responseId, answers: { nps: 3, why_low: { text: responseText } }, language: 'vi', complete: true, channel: 'link', userId: t.customerUserId, touchpointId: t.touchpointId },
  );
  const r = await send(server, { method: 'POST', url: '/api/v1/response-exports', auth, body: { format: 'csv' } });
  if (r.status !== 202) throw new Error(`seeding: export → ${r.status} ${r.body}`);
  const exportId = z.object({ export: z.object({ id: z.string() }) }).parse(r.data).export.id;
  for (const until = Date.now() + 30_000; ; ) {
    const e = await send(server, { method: 'GET', url: `/api/v1/response-exports/${exportId}`, auth });
    const status = z.object({ status: z.string() }).parse(e.data).status;
    if (status === 'done') break;
    if (status === 'failed' || Date.now() > until) throw new Error(`seeding: export of ${t.tag} is ${status}`);
    await new Promise((res) => setTimeout(res, 20));
  }
  return { responseId, responseText, exportId };
}

/** What the tenant sees of its responses and exports (the snapshot part). */
export async function snapshotResponses(read: (url: string) => Promise<unknown>, f: Fixtures): Promise<Record<string, unknown>> {
  return {
    responses: await read('/api/v1/responses?pageSize=200'),
    response: await read(`/api/v1/responses/${f.responseId}`),
    exports: await read('/api/v1/response-exports'),
    export: await read(`/api/v1/response-exports/${f.exportId}`),
  };
}

const items = z.object({ items: z.array(z.record(z.string(), z.unknown())) });
const listHas = (field: string, id: string) => (data: unknown) => items.safeParse(data).data?.items.some((i) => i[field] === id) ?? false;
const totalIs = (n: number) => (data: unknown) => z.object({ total: z.number() }).safeParse(data).data?.total === n;
const rowCountOf = (data: unknown) => z.object({ export: z.object({ rowCount: z.number() }) }).safeParse(data).data?.export.rowCount;
const readers = ['owner', 'secret', 'read'] as const;
const exporters = ['owner', 'secret'] as const;

export const RESPONSE_CASES: RouteCase[] = [
  { route: 'GET /api/v1/responses', target: 'own', permitted: readers, request: () => ({ url: '/api/v1/responses?pageSize=200' }), actsOn: (d, s) => listHas('id', s.responseId)(d) },
  { route: 'GET /api/v1/responses', label: "of the victim's survey", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/responses?surveyId=${v.surveyId}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/responses', label: "at the victim's touchpoint", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/responses?touchpointId=${v.touchpointId}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/responses', label: "of the victim's customer", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/responses?customer=${encodeURIComponent(v.customerUserId)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/responses', label: "searching for the victim's answer", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/responses?q=${encodeURIComponent(v.responseText)}` }), actsOn: totalIs(0) },
  { route: 'GET /api/v1/responses/{id}', target: 'victim', permitted: readers, request: (v) => ({ url: `/api/v1/responses/${v.responseId}` }) },
  { route: 'POST /api/v1/response-exports', target: 'own', permitted: exporters, request: () => ({ url: '/api/v1/response-exports', body: { format: 'xlsx' } }), actsOn: (d) => (rowCountOf(d) ?? 0) >= 1 },
  {
    route: 'POST /api/v1/response-exports',
    label: "of the victim's survey and customer",
    target: 'own',
    permitted: exporters,
    request: (v) => ({ url: '/api/v1/response-exports', body: { format: 'csv', filters: { surveyId: v.surveyId, customer: v.customerUserId } } }),
    actsOn: (d) => rowCountOf(d) === 0,
  },
  { route: 'GET /api/v1/response-exports', target: 'own', permitted: exporters, request: () => ({ url: '/api/v1/response-exports' }), actsOn: (d, s) => listHas('id', s.exportId)(d) },
  { route: 'GET /api/v1/response-exports/{id}', target: 'victim', permitted: exporters, request: (v) => ({ url: `/api/v1/response-exports/${v.exportId}` }) },
  { route: 'GET /api/v1/response-exports/{id}/file', target: 'victim', permitted: exporters, request: (v) => ({ url: `/api/v1/response-exports/${v.exportId}/file` }) },
];
