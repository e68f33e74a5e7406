import {
  DEFAULT_BUSINESS_HOURS, kpiPeriod, supportKpis, trendBuckets, ZSupportKpiBreakdown, ZSupportKpis, ZSupportKpiTrend,
  type BusinessHours, type CaseChannel, type CaseKpiFacts, type KpiGroup,
} from '@footprint/core';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases, departments, supportSettings } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, makeWorkspace, startTestServer, TEST_PASSWORD, cookieOf, type TestWorkspace } from '../../../test/server.js';
import { addMember, createUser } from '../../workspace/index.js';
import { supportKpiBreakdown, supportKpiSummary, supportKpiTrend } from './service.js';

const MIN = 60_000;
const WINDOW_START = Date.parse('2026-02-10T00:00:00Z');
const WINDOW_MINUTES = 45 * 24 * 60;
const PERIOD = { from: '2026-02-14', to: '2026-03-08' }; // over Tết 2026 (16–20/2)

interface GenCase extends CaseKpiFacts {
  dept: number | null;
  agent: number | null;
  channel: CaseChannel | null;
}
const offset = (max: number) => fc.option(fc.integer({ min: 0, max }), { nil: null });
const genCase: fc.Arbitrary<GenCase> = fc
  .record({
    created: fc.integer({ min: 0, max: WINDOW_MINUTES }),
    fr: offset(6 * 24 * 60),
    res: offset(12 * 24 * 60),
    frDue: offset(3 * 24 * 60),
    resDue: offset(8 * 24 * 60),
    status: fc.constantFrom('new', 'open', 'waiting_customer', 'waiting_department', 'resolved', 'resolved', 'closed' as const),
    source: fc.constantFrom('rule', 'manual', 'api' as const),
    replies: fc.constantFrom(0, 1, 1, 2, 3),
    repliers: fc.integer({ min: 0, max: 2 }),
    reopened: fc.constantFrom(0, 0, 1, 2),
    csat: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    dept: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    agent: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
    channel: fc.option(fc.constantFrom('widget', 'email', 'hotline' as const), { nil: null }),
  })
  .map((g) => {
    const createdAt = new Date(WINDOW_START + g.created * MIN);
    const at = (m: number | null) => (m === null ? null : new Date(createdAt.getTime() + m * MIN));
    return {
      status: g.status,
      source: g.source,
      createdAt,
      firstResponseAt: at(g.fr),
      resolvedAt: at(g.res === null ? null : (g.fr ?? 0) + g.res),
      firstResponseDueAt: at(g.frDue),
      resolutionDueAt: at(g.resDue),
      replyCount: g.replies,
      replierCount: Math.min(g.replies, g.repliers),
      reopenedCount: g.reopened,
      csatScore: g.csat,
      dept: g.dept,
      agent: g.agent,
      channel: g.channel,
    };
  });

/** A support calendar unlike the default one: every day 07:00–19:00 and 20:00–23:00 in Hà Nội, Vietnamese holidays off. */
const LONG_HOURS: BusinessHours = {
  ...DEFAULT_BUSINESS_HOURS,
  vnHolidays: false,
  week: Array.from({ length: 7 }, () => [{ open: '07:00', close: '19:00' }, { open: '20:00', close: '23:00' }]),
};

/** Floats to 6 decimals: the SQL's float8 sums and the reference's may differ in the last bits. */
const rounded = <T>(v: T): T => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'number' && !Number.isInteger(x) ? Math.round(x * 1e6) / 1e6 : x))) as T;

describe.each(ENGINES)('support KPIs on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let deptIds: string[];
  let agentIds: string[];
  let agentCookie: string;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi bán lẻ Sông Hồng');
    const db = t.database.db;
    deptIds = (await db.select({ id: departments.id }).from(departments).where(eq(departments.workspaceId, ws.workspaceId))).map((d) => d.id).slice(0, 3);
    agentIds = [];
    for (const name of ['Lê Thu Hà', 'Phạm Quốc Bảo']) {
      const u = await createUser(db, { email: `${newId()}@example.vn`, name, password: TEST_PASSWORD }, 10);
      await addMember(db, ws.workspaceId, u.id, 'agent', deptIds[0]!);
      agentIds.push(u.id);
      if (!agentCookie) agentCookie = cookieOf(await call(server, 'POST', '/api/v1/auth/login', {}, { email: u.email, password: TEST_PASSWORD }));
    }
  });
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  let number = 0;
  async function store(list: GenCase[], hours: BusinessHours | null) {
    const db = t.database.db;
    await db.delete(cases).where(eq(cases.workspaceId, ws.workspaceId));
    await db.delete(supportSettings).where(eq(supportSettings.workspaceId, ws.workspaceId));
    if (hours) await db.insert(supportSettings).values({ workspaceId: ws.workspaceId, hours, policies: [] });
    if (list.length === 0) return;
    await db.insert(cases).values(
      list.map((c) => ({
        workspaceId: ws.workspaceId,
        id: newId(),
        number: ++number,
        subject: `Yêu cầu ${number}`,
        status: c.status,
        source: c.source,
        channel: c.channel,
        departmentId: c.dept === null ? null : deptIds[c.dept]!,
        assigneeId: c.agent === null ? null : agentIds[c.agent]!,
        createdAt: c.createdAt,
        firstResponseAt: c.firstResponseAt,
        resolvedAt: c.resolvedAt,
        firstResponseDueAt: c.firstResponseDueAt,
        resolutionDueAt: c.resolutionDueAt,
        replyCount: c.replyCount,
        replierCount: c.replierCount,
        reopenedCount: c.reopenedCount,
        csatScore: c.csatScore,
      })),
    );
  }

  const keyOf = (c: GenCase, g: KpiGroup): string | null =>
    g === 'department' ? (c.dept === null ? null : deptIds[c.dept]!) : g === 'agent' ? (c.agent === null ? null : agentIds[c.agent]!) : g === 'channel' ? c.channel : null;

  it('computes in SQL what core computes, for the period, per group and per week (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(genCase, { minLength: 5, maxLength: 40 }),
        fc.integer({ min: 0, max: WINDOW_MINUTES }),
        fc.boolean(),
        fc.constantFrom<KpiGroup>('department', 'agent', 'channel'),
        async (list, nowMinute, long, groupBy) => {
          const hours = long ? LONG_HOURS : null;
          await store(list, hours);
          const cal = hours ?? DEFAULT_BUSINESS_HOURS;
          const now = new Date(WINDOW_START + nowMinute * MIN);
          const period = kpiPeriod(PERIOD.from, PERIOD.to, 'Asia/Ho_Chi_Minh');
          const db = t.database.db;

          expect(rounded(await supportKpiSummary(db, ws.workspaceId, PERIOD, now))).toEqual(rounded(supportKpis(list, period, now, cal)));

          const breakdown = await supportKpiBreakdown(db, ws.workspaceId, PERIOD, groupBy, now);
          const expected = new Map<string | null, GenCase[]>();
          for (const c of list) {
            const open = ['new', 'open', 'waiting_customer', 'waiting_department'].includes(c.status);
            const counted = (c.createdAt >= period.start && c.createdAt < period.end) || (c.resolvedAt && c.resolvedAt >= period.start && c.resolvedAt < period.end) || open;
            if (counted) expected.set(keyOf(c, groupBy), [...(expected.get(keyOf(c, groupBy)) ?? []), c]);
          }
          // Every group with a case in the period or open now, and nothing else.
          const shown = new Set(breakdown.rows.map((r) => r.key));
          for (const [k, group] of expected) {
            const inPeriod = group.some((c) => (c.createdAt >= period.start && c.createdAt < period.end) || (c.resolvedAt && c.resolvedAt >= period.start && c.resolvedAt < period.end && ['resolved', 'closed'].includes(c.status)));
            const open = group.some((c) => ['new', 'open', 'waiting_customer', 'waiting_department'].includes(c.status));
            if (inPeriod || open) expect(shown.has(k)).toBe(true);
          }
          for (const row of breakdown.rows) {
            const group = list.filter((c) => keyOf(c, groupBy) === row.key);
            expect(rounded(row.kpis)).toEqual(rounded(supportKpis(group, period, now, cal)));
          }

          const trend = await supportKpiTrend(db, ws.workspaceId, PERIOD, 'week', now);
          const buckets = trendBuckets(PERIOD.from, PERIOD.to, 'week');
          expect(trend.points.map((p) => p.start)).toEqual(buckets.map((b) => b.start));
          trend.points.forEach((p, i) => {
            const b = buckets[i]!;
            const { backlog: _b, ...ref } = supportKpis(list, kpiPeriod(b.from, b.to, 'Asia/Ho_Chi_Minh'), now, cal);
            expect(rounded(p.kpis)).toEqual(rounded(ref));
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers the three routes, filtered, to the owner and an agent, and refuses bad periods with 400', async () => {
    const now = Date.now();
    const day = (d: number) => new Date(now - d * 86_400_000);
    const list: GenCase[] = [
      { status: 'resolved', source: 'rule', createdAt: day(3), firstResponseAt: day(2.9), resolvedAt: day(2), firstResponseDueAt: day(2.5), resolutionDueAt: day(1), replyCount: 1, replierCount: 1, reopenedCount: 0, csatScore: 5, dept: 0, agent: 0, channel: 'widget' },
      { status: 'open', source: 'manual', createdAt: day(1), firstResponseAt: null, resolvedAt: null, firstResponseDueAt: day(0.5), resolutionDueAt: null, replyCount: 0, replierCount: 0, reopenedCount: 0, csatScore: null, dept: 1, agent: null, channel: null },
    ];
    await store(list, null);
    const to = new Date(now + 86_400_000).toISOString().slice(0, 10);
    const from = new Date(now - 10 * 86_400_000).toISOString().slice(0, 10);

    const all = await call(server, 'GET', `/api/v1/support/kpis?from=${from}&to=${to}`, ws);
    expect(all.statusCode).toBe(200);
    const k = ZSupportKpis.parse(all.data);
    expect(k).toMatchObject({ created: 2, resolved: 1, fcr: { rate: 1, n: 1 }, backlog: { open: 1 }, closedLoop: { rate: 1, n: 1 }, resolutionCsat: { score: 100, mean: 5, n: 1 } });
    expect(k.sla).toMatchObject({ firstResponse: 0.5, resolution: 1, n: 3 });

    const one = ZSupportKpis.parse((await call(server, 'GET', `/api/v1/support/kpis?from=${from}&to=${to}&departmentId=${deptIds[1]}`, ws)).data);
    expect(one).toMatchObject({ created: 1, resolved: 0, backlog: { open: 1 }, fcr: { rate: null, n: 0 } });
    const byChannel = ZSupportKpis.parse((await call(server, 'GET', `/api/v1/support/kpis?from=${from}&to=${to}&channel=widget`, ws)).data);
    expect(byChannel.created).toBe(1);

    const byDept = await call(server, 'GET', `/api/v1/support/kpis/breakdown?from=${from}&to=${to}&groupBy=department`, { cookie: agentCookie, lang: 'vi' });
    expect(byDept.statusCode).toBe(200);
    const rows = ZSupportKpiBreakdown.parse(byDept.data).rows;
    expect(rows).toHaveLength(2);
    const [dept0] = await t.database.db.select().from(departments).where(eq(departments.id, deptIds[0]!));
    expect(rows.find((r) => r.key === deptIds[0])!.name).toEqual({ vi: dept0!.nameVi, en: dept0!.nameEn });
    const byAgent = ZSupportKpiBreakdown.parse((await call(server, 'GET', `/api/v1/support/kpis/breakdown?from=${from}&to=${to}&groupBy=agent`, ws)).data);
    expect(byAgent.rows.map((r) => r.name.vi)).toEqual(['Lê Thu Hà', 'Chưa giao']);
    const byCh = ZSupportKpiBreakdown.parse((await call(server, 'GET', `/api/v1/support/kpis/breakdown?from=${from}&to=${to}&groupBy=channel`, ws)).data);
    expect(byCh.rows.map((r) => r.name.en)).toEqual(['Web widget', 'Unknown channel']);

    const trend = await call(server, 'GET', `/api/v1/support/kpis/trend?from=${from}&to=${to}&interval=day`, ws);
    expect(trend.statusCode).toBe(200);
    const points = ZSupportKpiTrend.parse(trend.data).points;
    expect(points).toHaveLength(12);
    expect(points.reduce((s, p) => s + p.kpis.created, 0)).toBe(2);
    expect(ZSupportKpiTrend.parse((await call(server, 'GET', `/api/v1/support/kpis/trend?from=${from}&to=${to}`, ws)).data).interval).toBe('day');

    for (const bad of [
      `/api/v1/support/kpis?from=${to}&to=${from}`,
      '/api/v1/support/kpis?from=2026-02-31&to=2026-03-01',
      '/api/v1/support/kpis?from=2020-01-01&to=2026-01-01',
      '/api/v1/support/kpis?from=2026-01-01',
      `/api/v1/support/kpis?from=${from}&to=${to}&departmentId=phong-kho`,
      `/api/v1/support/kpis?from=${from}&to=${to}&channel=fax`,
      `/api/v1/support/kpis/breakdown?from=${from}&to=${to}&groupBy=store`,
      `/api/v1/support/kpis/breakdown?from=${from}&to=${to}`,
      `/api/v1/support/kpis/trend?from=${from}&to=${to}&interval=year`,
    ]) {
      const r = await call(server, 'GET', bad, ws);
      expect(r.statusCode, bad).toBe(400);
      expect((r.data as { error: { code: string } }).error.code).toBe('validation_failed');
    }
    expect((await call(server, 'GET', `/api/v1/support/kpis?from=${from}&to=${to}`)).statusCode).toBe(401);
  });

  it('answers hostile query strings with 4xx or 200, never 5xx (fast-check)', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('2026-02-29', '2024-02-29', '0000-01-01', '9999-12-31', '2026-13-01', '2026-01-01T00:00', "'; drop table cases;--", 'null', '', '%00', 'ha noi', 'Hà Nội'),
      fc.date({ min: new Date('1969-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('', '/breakdown', '/trend'),
        fc.dictionary(fc.constantFrom('from', 'to', 'departmentId', 'assigneeId', 'touchpointId', 'channel', 'groupBy', 'interval', 'x'), value, { maxKeys: 6 }),
        async (path, params) => {
          const r = await call(server, 'GET', `/api/v1/support/kpis${path}?${new URLSearchParams(params).toString()}`, ws);
          expect(r.statusCode, `${path} ${JSON.stringify(params)}: ${r.body}`).toBeLessThan(500);
          if (r.statusCode >= 400) expect((r.data as { error: { code: string } }).error.code).toBeTruthy();
        },
      ),
      { numRuns: engine.name === 'pglite' ? 150 : 60 },
    );
  });

  it('documents the routes and their query parameters in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/docs/json' })).json() as { paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> };
    const params = (p: string) => (doc.paths[p]?.get?.parameters ?? []).filter((x) => x.in === 'query').map((x) => x.name);
    expect(params('/api/v1/support/kpis')).toEqual(expect.arrayContaining(['from', 'to', 'departmentId', 'assigneeId', 'touchpointId', 'channel']));
    expect(params('/api/v1/support/kpis/breakdown')).toEqual(expect.arrayContaining(['from', 'to', 'groupBy']));
    expect(params('/api/v1/support/kpis/trend')).toEqual(expect.arrayContaining(['from', 'to', 'interval']));
  });

  it('counts only its own workspace', async () => {
    const other = await makeWorkspace(server, 'Cửa hàng khác');
    const now = new Date();
    await t.database.db.insert(cases).values({ workspaceId: other.workspaceId, id: newId(), number: 1, subject: 'Khác', source: 'manual', createdAt: now });
    const day = now.toISOString().slice(0, 10);
    const before = ZSupportKpis.parse((await call(server, 'GET', `/api/v1/support/kpis?from=${day}&to=${day}`, ws)).data);
    await t.database.db.insert(cases).values({ workspaceId: other.workspaceId, id: newId(), number: 2, subject: 'Khác nữa', source: 'rule', departmentId: deptIds[0]!, createdAt: now });
    const theirs = ZSupportKpis.parse((await call(server, 'GET', `/api/v1/support/kpis?from=${day}&to=${day}`, other)).data);
    expect(theirs).toMatchObject({ created: 2, backlog: { open: 2 }, closedLoop: { n: 1 } });
    // The other workspace's cases (one of them naming this workspace's department) change nothing here.
    expect(ZSupportKpis.parse((await call(server, 'GET', `/api/v1/support/kpis?from=${day}&to=${day}`, ws)).data)).toEqual(before);
    const dept = ZSupportKpiBreakdown.parse((await call(server, 'GET', `/api/v1/support/kpis/breakdown?from=${day}&to=${day}&groupBy=department`, other)).data);
    // A department id that is not its own gets no name from this workspace.
    expect(dept.rows.find((r) => r.key === deptIds[0])?.name.en).toBe('Deleted department');
  });
});
