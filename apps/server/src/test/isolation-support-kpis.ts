import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../db/database.js';
import { cases, supportSettings } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';
import type { Fixtures } from './isolation-cases.js';
import type { RouteCase } from './isolation.js';

/** Support KPIs in the isolation harness: one resolved case in the tenant's department, at its touchpoint, assigned to its agent. */

export interface SupportKpiFixtures {
  kpiCaseId: string;
}

/** Written directly (cases are made by another feature's routes), numbered after the demo's cases like any new case. */
export async function seedSupportKpis(server: Server, f: { workspaceId: string; departmentId: string; touchpointId: string; memberUserId: string }, tag: string): Promise<SupportKpiFixtures> {
  const now = Date.now();
  const kpiCaseId = newId();
  const db = server.ctx.database.db;
  const [{ n } = { n: 1 }] = await queryRows<{ n: number }>(db, sql`select coalesce(max(number), 0)::int + 1 as n from cases where workspace_id = ${f.workspaceId}`);
  await db.update(supportSettings).set({ lastCaseNumber: sql`greatest(${supportSettings.lastCaseNumber}, ${n})` }).where(sql`${supportSettings.workspaceId} = ${f.workspaceId}`);
  await db.insert(cases).values({
    workspaceId: f.workspaceId, id: kpiCaseId, number: Number(n), subject: `Yêu cầu ${tag}`, status: 'resolved', source: 'rule', channel: 'hotline',
    departmentId: f.departmentId, touchpointId: f.touchpointId, assigneeId: f.memberUserId, firstResponseBy: f.memberUserId,
    createdAt: new Date(now - 3_600_000), firstResponseAt: new Date(now - 1_800_000), resolvedAt: new Date(now - 60_000), replyCount: 1, replierCount: 1,
  });
  return { kpiCaseId };
}

/** The last month and tomorrow (the workspace's today may be UTC's tomorrow). */
const period = () => {
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  return `from=${day(-30)}&to=${day(1)}`;
};

/**
 * The figures that do not move with the clock: SLA decisions and the backlog's ages and breaches
 * change as due times pass, so the snapshot keeps the counts and times of the period only.
 */
const still = (r: unknown) => {
  const k = (x: unknown) => {
    const p = ZKpis.safeParse(x);
    if (!p.success) return x;
    const { created, resolved, frt, art, fcr, closedLoop } = p.data;
    return { created, resolved, frt, art, fcr, closedLoop };
  };
  const v = r as { status: number; data: unknown };
  const rows = ZRows.safeParse(v.data);
  return { status: v.status, data: rows.success ? rows.data.rows.map((x) => ({ key: x.key, name: x.name, kpis: k(x.kpis) })) : k(v.data) };
};

export async function snapshotSupportKpis(read: (url: string) => Promise<unknown>): Promise<Record<string, unknown>> {
  return {
    supportKpis: still(await read(`/api/v1/support/kpis?${period()}`)),
    supportKpisByDepartment: still(await read(`/api/v1/support/kpis/breakdown?${period()}&groupBy=department`)),
    supportKpisByAgent: still(await read(`/api/v1/support/kpis/breakdown?${period()}&groupBy=agent`)),
  };
}

const read = ['owner', 'secret', 'read'] as const;
const ZKpis = z.object({ created: z.number(), resolved: z.number(), frt: z.unknown(), art: z.unknown(), fcr: z.unknown(), closedLoop: z.unknown(), backlog: z.object({ open: z.number() }) });
const ZRows = z.object({ rows: z.array(z.object({ key: z.string().nullable(), name: z.object({ vi: z.string() }), kpis: ZKpis })) });
const ZTrend = z.object({ points: z.array(z.object({ kpis: z.object({ created: z.number() }) })) });
const created = (n: number) => (d: unknown) => ZKpis.safeParse(d).data?.created === n;
const someCreated = (d: unknown) => (ZKpis.safeParse(d).data?.created ?? 0) >= 1;
const trendCreated = (n: number) => (d: unknown) => ZTrend.safeParse(d).data?.points.reduce((s, p) => s + p.kpis.created, 0) === n;
const trendSomeCreated = (d: unknown) => (ZTrend.safeParse(d).data?.points.reduce((s, p) => s + p.kpis.created, 0) ?? 0) >= 1;

export const SUPPORT_KPI_CASES: RouteCase[] = [
  { route: 'GET /api/v1/support/kpis', target: 'own', permitted: read, request: () => ({ url: `/api/v1/support/kpis?${period()}` }), actsOn: someCreated },
  { route: 'GET /api/v1/support/kpis', label: "of the victim's department", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/support/kpis?${period()}&departmentId=${v.departmentId}` }), actsOn: created(0) },
  { route: 'GET /api/v1/support/kpis', label: "of the victim's agent", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/support/kpis?${period()}&assigneeId=${v.memberUserId}` }), actsOn: created(0) },
  { route: 'GET /api/v1/support/kpis', label: "at the victim's touchpoint", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/support/kpis?${period()}&touchpointId=${v.touchpointId}` }), actsOn: created(0) },
  {
    route: 'GET /api/v1/support/kpis/breakdown',
    target: 'own',
    permitted: read,
    request: () => ({ url: `/api/v1/support/kpis/breakdown?${period()}&groupBy=department` }),
    actsOn: (d, s: Fixtures) => {
      const rows = ZRows.safeParse(d).data?.rows;
      return rows?.some((r) => r.key === s.departmentId && r.name.vi === s.departmentName && r.kpis.created >= 1) ?? false;
    },
  },
  {
    route: 'GET /api/v1/support/kpis/breakdown',
    label: "by agent, of the victim's agent",
    target: 'own',
    permitted: read,
    request: (v) => ({ url: `/api/v1/support/kpis/breakdown?${period()}&groupBy=agent&assigneeId=${v.memberUserId}` }),
    actsOn: (d) => ZRows.safeParse(d).data?.rows.length === 0,
  },
  {
    route: 'GET /api/v1/support/kpis/breakdown',
    label: 'by touchpoint',
    target: 'own',
    permitted: read,
    request: () => ({ url: `/api/v1/support/kpis/breakdown?${period()}&groupBy=touchpoint` }),
    actsOn: (d, s: Fixtures) => {
      const rows = ZRows.safeParse(d).data?.rows;
      return rows?.some((r) => r.key === s.touchpointId && r.name.vi === s.touchpointName) ?? false;
    },
  },
  { route: 'GET /api/v1/support/kpis/trend', target: 'own', permitted: read, request: () => ({ url: `/api/v1/support/kpis/trend?${period()}&interval=week` }), actsOn: trendSomeCreated },
  { route: 'GET /api/v1/support/kpis/trend', label: "of the victim's department", target: 'own', permitted: read, request: (v) => ({ url: `/api/v1/support/kpis/trend?${period()}&departmentId=${v.departmentId}` }), actsOn: trendCreated(0) },
];
