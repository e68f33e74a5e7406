import { ZSupportKpiBreakdown, ZSupportKpiTrend } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.js';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import { loadDemoSupport } from './demo.js';

describe.each(ENGINES)('the demo’s support desk on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let first: Record<string, number>;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi demo');
    first = await loadDemo(t.database, ws.workspaceId, { customers: 400, seed: 5 });
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const rows = async <T>(sql: string, params: unknown[] = [ws.workspaceId]) => (await t.database.query<T>(sql, params)).rows;

  it('opens one case per negative answer a trigger takes, numbered from the counter, with the rules and agents in place', async () => {
    expect(first.supportCases).toBeGreaterThan(20);
    const [c] = await rows<{ n: number; max: number; min: number; responses: number; last: number }>(
      `select count(*)::int as n, max(number) as max, min(number) as min, count(distinct response_id)::int as responses,
              (select last_case_number from support_settings s where s.workspace_id = $1) as last
         from cases where workspace_id = $1`,
    );
    expect(c).toEqual({ n: first.supportCases, max: first.supportCases, min: 1, responses: first.supportCases, last: first.supportCases });
    const triggers = await rows<{ name: string; fired: number; priority: string }>('select name, fired, priority from case_triggers where workspace_id = $1 order by position');
    expect(triggers.map((x) => x.name)).toEqual(['Khách không hài lòng khi nhận hàng', 'NPS thấp (0–6)', 'CSAT thấp (1–2)', 'Khó liên hệ (CES ≥ 5)']);
    expect(triggers.reduce((s, x) => s + x.fired, 0)).toBe(first.supportCases);
    expect(triggers[0]!.priority).toBe('high');
    const routes = await rows<{ name: string; dept: string }>('select r.name, d.name_vi as dept from routing_rules r join departments d on d.id = r.department_id where r.workspace_id = $1 order by position');
    expect(routes.map((r) => r.dept)).toEqual(['Vận chuyển', 'Kho', 'Kỹ thuật']);
    // Every case came from a negative answer the first matching trigger took; deliveries went to shipping at high priority.
    const wrong = await rows<{ n: number }>(
      `select count(*)::int as n from cases c join responses r on r.workspace_id = c.workspace_id and r.id = c.response_id
        where c.workspace_id = $1 and (r.score_group <> 'negative' or c.source <> 'rule' or c.trigger_id is null)`,
    );
    expect(wrong[0]!.n).toBe(0);
    const delivery = await rows<{ dept: string; priority: string; n: number }>(
      `select d.key as dept, c.priority, count(*)::int as n from cases c join touchpoints tp on tp.id = c.touchpoint_id and tp.workspace_id = c.workspace_id
         join departments d on d.id = c.department_id and d.workspace_id = c.workspace_id
        where c.workspace_id = $1 and tp.name = 'Giao hàng' group by 1, 2`,
    );
    expect(delivery.length).toBeGreaterThan(0);
    expect(delivery.every((x) => x.dept === 'shipping' && x.priority === 'high')).toBe(true);
    const agents = await rows<{ n: number }>(`select count(*)::int as n from support_agents where workspace_id = $1 and on_shift`);
    expect(agents[0]!.n).toBeGreaterThanOrEqual(10);
    // Assignees are agents of the case's department.
    const misassigned = await rows<{ n: number }>(
      `select count(*)::int as n from cases c join memberships m on m.workspace_id = c.workspace_id and m.user_id = c.assignee_id
        where c.workspace_id = $1 and (m.department_id is distinct from c.department_id or m.role <> 'agent')`,
    );
    expect(misassigned[0]!.n).toBe(0);
  });

  it('keeps the counts on the case true to its conversation and history', async () => {
    const bad = await rows<{ n: number }>(
      `select count(*)::int as n from cases c
        where c.workspace_id = $1 and (
          c.reply_count <> (select count(*) from case_messages m where m.workspace_id = c.workspace_id and m.case_id = c.id and m.kind = 'reply')
          or c.replier_count <> (select count(distinct author_id) from case_messages m where m.workspace_id = c.workspace_id and m.case_id = c.id and m.kind = 'reply')
          or c.version <> 1 + (select count(*) from case_audit a where a.workspace_id = c.workspace_id and a.case_id = c.id)
          or (c.first_response_at is not null) <> (c.reply_count > 0)
          or (c.status in ('resolved', 'closed')) <> (c.resolved_at is not null)
          or c.first_response_at < c.created_at or c.resolved_at < c.first_response_at)`,
    );
    expect(bad[0]!.n).toBe(0);
    const [mix] = await rows<{ resolved: number; open: number; reopened: number; breached: number; csat: number; handoffs: number; answered: number }>(
      `select (count(*) filter (where status in ('resolved', 'closed')))::int as resolved,
              (count(*) filter (where status in ('new', 'open', 'waiting_customer', 'waiting_department')))::int as open,
              (count(*) filter (where reopened_count > 0))::int as reopened,
              (count(*) filter (where first_response_breached_at is not null or resolution_breached_at is not null))::int as breached,
              count(csat_score)::int as csat,
              (select count(*)::int from case_handoffs h where h.workspace_id = $1) as handoffs,
              (select count(*)::int from case_handoffs h where h.workspace_id = $1 and h.status = 'answered') as answered
         from cases where workspace_id = $1`,
    );
    expect(mix!.resolved / first.supportCases!).toBeGreaterThan(0.6);
    for (const k of ['open', 'breached', 'csat', 'handoffs', 'answered'] as const) expect(mix![k], k).toBeGreaterThan(0);
    const texts = await rows<{ body: string }>(`select body from case_messages where workspace_id = $1 and kind = 'reply' limit 3`);
    expect(texts.every((m) => m.body === m.body.normalize('NFC') && /[ạảãáàâăđêôơư]/i.test(m.body))).toBe(true);
  });

  it('shows FRT, ART, FCR and SLA compliance per department on the KPI route', async () => {
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const res = await call(server, 'GET', `/api/v1/support/kpis/breakdown?from=${day(-90)}&to=${day(1)}&groupBy=department`, ws);
    expect(res.statusCode).toBe(200);
    const byDept = new Map(ZSupportKpiBreakdown.parse(res.data).rows.map((r) => [r.name.vi, r.kpis]));
    for (const name of ['Chăm sóc khách hàng', 'Vận chuyển']) {
      const k = byDept.get(name);
      expect(k, name).toBeDefined();
      expect(k!.frt.median, name).not.toBeNull();
      expect(k!.art.median, name).not.toBeNull();
      expect(k!.fcr.rate, name).toBeGreaterThan(0);
      expect(k!.sla.rate, name).not.toBeNull();
    }
  });

  it('has figures every week of the quarter', async () => {
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const res = await call(server, 'GET', `/api/v1/support/kpis/trend?from=${day(-90)}&to=${day(0)}&interval=week`, ws);
    const points = ZSupportKpiTrend.parse(res.data).points;
    const busy = points.filter((p) => p.kpis.created >= 2);
    expect(busy.length).toBeGreaterThan(6);
    for (const p of busy) {
      expect(p.kpis.frt.median, p.start).not.toBeNull();
      expect(p.kpis.sla.rate, p.start).not.toBeNull();
    }
    expect(points.filter((p) => p.kpis.fcr.rate !== null && p.kpis.fcr.rate > 0).length).toBeGreaterThan(6);
  });

  it('adds nothing when loaded again', async () => {
    const before = await rows<{ n: number }>('select (select count(*) from cases where workspace_id = $1)::int + (select count(*) from case_messages where workspace_id = $1)::int + (select count(*) from case_triggers where workspace_id = $1)::int + (select count(*) from routing_rules where workspace_id = $1)::int as n');
    expect(await loadDemoSupport(t.database, ws.workspaceId, 5, new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000))).toBe(0);
    const after = await rows<{ n: number }>('select (select count(*) from cases where workspace_id = $1)::int + (select count(*) from case_messages where workspace_id = $1)::int + (select count(*) from case_triggers where workspace_id = $1)::int + (select count(*) from routing_rules where workspace_id = $1)::int as n');
    expect(after).toEqual(before);
  });
});
