import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { kpiPeriod, type SupportKpis } from '@footprint/core';
import { openDatabase } from '../apps/server/src/db/database.js';
import { runCli, startServerProcess } from '../apps/server/src/test/processes.js';
import { rawSupportKpis, type RawKpis } from './support-kpi-queries.js';

const CASES = Number(process.env.BENCH_SUPPORT_CASES ?? 200_000);
const DAYS = 365;
const AGENTS_PER_DEPARTMENT = 4;
const TZ = 'Asia/Ho_Chi_Minh';
/** Time given to the timed runs of one figure: a request over 90 days of cases takes seconds, so the runs are as many as fit (3 to 30). */
const BUDGET_MS = Number(process.env.BENCH_SUPPORT_BUDGET_MS ?? 20_000);

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

/** Runs `fn` as many times as fit in BUDGET_MS (judged by its first, untimed run), and gives the p95 and the number of runs. */
async function timeP95(fn: () => Promise<unknown>): Promise<{ ms: number; runs: number }> {
  let t0 = performance.now();
  await fn(); // warm-up, and a measure of one run
  const runs = Math.max(3, Math.min(30, Math.floor(BUDGET_MS / (performance.now() - t0))));
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return { ms: p95(out), runs };
}

/** The workspace's day `daysAgo` days before today. */
const day = (daysAgo: number) => new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** The counts both ways must give: a KPI response (or breakdown row) against a raw SQL row. (SLA's n is left out: it moves with `now` between the two.) */
function sameCounts(what: string, k: SupportKpis, r: RawKpis | undefined): void {
  const got = { created: k.created, resolved: k.resolved, frtN: k.frt.n, csatN: k.resolutionCsat.n, loopN: k.closedLoop.n, open: k.backlog.open, fcr: k.fcr.rate };
  const want = r && { created: r.created, resolved: r.resolved, frtN: r.frtN, csatN: r.csatN, loopN: r.loopN, open: r.open, fcr: r.resolved === 0 ? null : r.fcr / r.resolved };
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${what}: route ${JSON.stringify(got)} vs raw SQL ${JSON.stringify(want)}`);
}

/** A workspace with the 5 default departments, 4 agents in each, and CASES cases over the last DAYS days, generated in SQL. */
export async function loadSupportWorkspace(env: Record<string, string>): Promise<{ workspaceId: string; key: string }> {
  const created = await runCli(['workspace', 'create', '--name', 'Bench hỗ trợ', '--owner-email', 'support@example.vn', '--owner-password', 'bench-password-1', '--json'], env);
  if (created.code !== 0) throw new Error(created.stderr);
  const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };
  const key = (JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'secret', '--scope', 'read', '--json'], env)).stdout) as { key: string }).key;
  const database = await openDatabase({ url: env.DATABASE_URL, poolSize: 4 });
  const q = database.query;
  try {
    const started = performance.now();
    // The workspace's 5 default departments, 4 agents in each.
    const departments = (await q<{ id: string }>('select id::text as id from departments where workspace_id = $1 order by created_at, id', [workspaceId])).rows.map((d) => d.id);
    const agents: string[] = [];
    for (const [d, departmentId] of departments.entries()) {
      for (let a = 0; a < AGENTS_PER_DEPARTMENT; a++) {
        const id = crypto.randomUUID();
        agents.push(id);
        await q(`insert into users (id, email, name, name_search, password_hash) values ($1, $2, $3, lower($3), 'x')`, [id, `agent-${d}-${a}@support.example.vn`, `Agent ${d}-${a}`]);
        await q(`insert into memberships (workspace_id, user_id, role, department_id) values ($1, $2, 'agent', $3)`, [workspaceId, id, departmentId]);
      }
    }
    // Case i: created at a spread-out moment of the last DAYS days; first reply after ~1.5 h (none
    // for 1 in 50), resolved ~1.5 days later (1 in 40 never), unless that is still in the future;
    // due times by priority on calendar time; a target already missed is marked breached (as the SLA
    // sweep would have), so the server's sweep has nothing to escalate while the figures are timed.
    await q(
      `insert into cases (workspace_id, id, number, subject, search, status, priority, source, channel, department_id, assignee_id,
                          first_response_due_at, resolution_due_at, first_response_at, first_response_by, resolved_at, closed_at,
                          first_response_breached_at, resolution_breached_at, reply_count, replier_count, reopened_count, csat_score, csat_at,
                          created_at, updated_at)
       select $1, gen_random_uuid(), i, 'Yêu cầu hỗ trợ ' || i, 'yeu cau ho tro ' || i,
              case when r.at is not null then case when i % 3 = 0 and r.at < now() - interval '2 days' then 'closed' else 'resolved' end
                   when f.at is null then 'new' else (array['open', 'waiting_customer', 'waiting_department'])[1 + i % 3] end,
              p.priority, case when i % 5 = 0 then 'rule' when i % 5 < 3 then 'manual' else 'api' end,
              case when i % 5 = 0 then (array['link', 'widget', 'kiosk', 'email', 'qr'])[1 + (i / 5) % 5] else (array['hotline', 'chat', 'email', 'store', 'facebook', 'zalo'])[1 + (i / 7) % 6] end,
              ($3::uuid[])[1 + i % 5], ($4::uuid[])[1 + (i % 5) * ${AGENTS_PER_DEPARTMENT} + (i / 5) % ${AGENTS_PER_DEPARTMENT}],
              p.fr_due, p.res_due, f.at, case when f.at is not null then ($4::uuid[])[1 + (i % 5) * ${AGENTS_PER_DEPARTMENT} + (i / 5) % ${AGENTS_PER_DEPARTMENT}] end,
              r.at, case when r.at is not null and i % 3 = 0 and r.at < now() - interval '2 days' then r.at + interval '2 days' end,
              case when (f.at is null and p.fr_due <= now()) or f.at > p.fr_due then p.fr_due end,
              case when (r.at is null and p.res_due <= now()) or r.at > p.res_due then p.res_due end,
              case when f.at is null then 0 else 1 + (i / 3) % 3 end,
              case when f.at is null then 0 when (i / 3) % 3 = 0 then 1 else 1 + (i / 11) % 2 end,
              case when r.at is not null and i % 20 = 7 then 1 else 0 end,
              case when r.at is not null and i % 4 = 0 then 1 + (i * 31) % 5 end,
              case when r.at is not null and i % 4 = 0 then r.at + interval '1 hour' end,
              t.at, coalesce(r.at, f.at, t.at)
       from generate_series(1, $2::int) as i,
         lateral (select now() - make_interval(secs => ((i::bigint * 7777) % (${DAYS} * 86400))::int) as at) as t,
         lateral (select (array['low', 'normal', 'normal', 'normal', 'high', 'urgent'])[1 + (i / 13) % 6] as pr) as pr,
         lateral (select pr.pr as priority,
                         t.at + case pr.pr when 'urgent' then interval '1 hour' when 'high' then interval '2 hours' when 'normal' then interval '4 hours' else interval '8 hours' end as fr_due,
                         t.at + case pr.pr when 'urgent' then interval '1 day' when 'high' then interval '2 days' when 'normal' then interval '3 days' else interval '5 days' end as res_due) as p,
         lateral (select -ln(((i::bigint * 7919) % 1000 + 1) / 1001.0) * 90 as frt, -ln(((i::bigint * 104729) % 1000 + 1) / 1001.0) * 2160 as art) as m,
         lateral (select case when i % 50 <> 0 and t.at + make_interval(mins => m.frt::int) <= now() then t.at + make_interval(mins => m.frt::int) end as at) as f,
         lateral (select case when i % 40 <> 1 and t.at + make_interval(mins => (m.frt + m.art)::int) <= now() then t.at + make_interval(mins => (m.frt + m.art)::int) end as at) as r`,
      [workspaceId, CASES, departments, agents],
    );
    await q('analyze cases');
    console.log(`  ${CASES.toLocaleString('en-US')} cases generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return { workspaceId, key };
  } finally {
    await database.close();
  }
}

/**
 * The support KPIs over CASES cases (a year, 5 departments, 20 agents): GET /api/v1/support/kpis for
 * 30 and 90 days and the department breakdown for 90 days, against the same figures by SQL alone
 * with wall-clock durations — so the ratio is what the business-minute counting (one clock walk per
 * case in the server, then the arrays handed back to the SQL) and HTTP cost beyond a bare scan. The
 * cases are generated in SQL; before timing, both ways must give the same counts.
 */
export async function benchSupportKpis(env: Record<string, string>): Promise<{ figure: string; value: number; limitName: string; limit: number }[]> {
  const { workspaceId, key } = await loadSupportWorkspace(env);
  const database = await openDatabase({ url: env.DATABASE_URL, poolSize: 4 });
  const q = database.query;
  try {
    const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' });
    try {
      const get = async <T>(p: string): Promise<T> => {
        const r = await fetch(`${server.url}${p}`, { headers: { authorization: `Bearer ${key}` } });
        if (r.status !== 200) throw new Error(`${p} → ${r.status} ${await r.text()}`);
        return (await r.json()) as T;
      };
      const out: { figure: string; value: number; limitName: string; limit: number }[] = [];
      for (const { days, breakdown } of [{ days: 30, breakdown: false }, { days: 90, breakdown: false }, { days: 90, breakdown: true }]) {
        const from = day(days - 1);
        const to = day(0);
        const period = kpiPeriod(from, to, TZ);
        const route = breakdown ? `/api/v1/support/kpis/breakdown?from=${from}&to=${to}&groupBy=department` : `/api/v1/support/kpis?from=${from}&to=${to}`;
        const raw = () => rawSupportKpis(q, workspaceId, period.start, period.end, new Date(), breakdown);
        const viaRoute = breakdown ? (await get<{ rows: { key: string | null; kpis: SupportKpis }[] }>(route)).rows : [{ key: null, kpis: await get<SupportKpis>(route) }];
        const viaSql = await raw();
        if (viaRoute.length !== viaSql.length) throw new Error(`${route}: ${viaRoute.length} groups, raw SQL ${viaSql.length}`);
        for (const row of viaRoute) sameCounts(`${route} ${row.key ?? ''}`, row.kpis, viaSql.find((r) => r.key === row.key));
        const inPeriod = viaRoute.reduce((n, r) => n + r.kpis.created, 0);
        const http = await timeP95(() => get(route));
        const sql = await timeP95(raw);
        const what = breakdown ? `support KPIs by department, last ${days} days` : `support KPIs, last ${days} days`;
        console.log(`  ${what}: ${inPeriod.toLocaleString('en-US')} cases created in the period; HTTP p95 over ${http.runs} runs, raw SQL over ${sql.runs}`);
        out.push({
          figure: `${what}, p95 ms, ${CASES.toLocaleString('en-US')} cases (HTTP, business minutes per case)`,
          value: http.ms,
          limitName: 'raw SQL alone, wall-clock minutes, p95 ms',
          limit: sql.ms,
        });
      }
      return out;
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

// `npx tsx bench/support-kpis.ts` with TEST_DATABASE_URL runs this part alone.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { createPostgresDatabase } = await import('../apps/server/src/test/databases.js');
  const pgdb = await createPostgresDatabase();
  try {
    for (const r of await benchSupportKpis({ DATABASE_URL: pgdb.url })) console.log(`${r.figure}: ${r.value.toFixed(1)} | ${r.limitName}: ${r.limit.toFixed(1)} | ${((r.value / r.limit) * 100).toFixed(1)}%`);
  } finally {
    await pgdb.drop();
  }
}
