import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZJourneyDoc } from '@footprint/core';
import { openDatabase } from '../apps/server/src/db/database.js';
import { REBUILD_VISITS_SQL } from '../apps/server/src/features/collection/queries/touchpoint-visits.js';
import { runCli, startServerProcess } from '../apps/server/src/test/processes.js';

const EVENTS = Number(process.env.BENCH_JOURNEY_EVENTS ?? 10_000_000);
const STAGES = 6;
const PER_STAGE = 5;
const DAYS = 90;
/** People: two thirds known customers, a third anonymous visitors. */
const PEOPLE = Number(process.env.BENCH_JOURNEY_PEOPLE ?? 60_000);
const CUSTOMERS = Math.floor((PEOPLE * 2) / 3);
/** The question asked: the last 30 days. */
const PERIOD_DAYS = 30;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

/**
 * The journey live layer of a 6-stage, 30-touchpoint map over EVENTS events: GET
 * /api/v1/journeys/:id/live (touchpoint_visits) against a raw scan of the events answering the same
 * question (customers and events per touchpoint, the funnel with conversion and median time). Events
 * are generated in SQL: each person goes down the stages as far as their own depth, over a day or
 * two; the visits come from them through the backfill's SQL (the write path's resolution). Before
 * timing, both ways must give the same figures.
 */
export async function benchJourneyLive(env: Record<string, string>): Promise<{ figure: string; value: number; limitName: string; limit: number }[]> {
  const created = await runCli(['workspace', 'create', '--name', 'Bench hành trình', '--owner-email', 'journeys@example.vn', '--owner-password', 'bench-password-1', '--json'], env);
  if (created.code !== 0) throw new Error(created.stderr);
  const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };
  const key = (JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'secret', '--scope', 'read', '--json'], env)).stdout) as { key: string }).key;
  const database = await openDatabase({ url: env.DATABASE_URL, poolSize: 4 });
  const q = database.query;
  try {
    const tps = Array.from({ length: STAGES * PER_STAGE }, () => crypto.randomUUID());
    for (const [i, id] of tps.entries()) {
      await q(`insert into touchpoints (workspace_id, id, name, name_search, channel, rules, position) values ($1, $2, $3, $3, 'web', '{"types":[],"events":["x"],"urlPattern":null,"channels":[],"conditions":[]}', $4)`, [workspaceId, id, `Điểm ${i}`, i]);
    }
    const doc = ZJourneyDoc.parse({
      lanes: [{ id: 'tp', kind: 'touchpoints' }],
      stages: Array.from({ length: STAGES }, (_, s) => ({
        id: `s${s}`,
        name: { vi: `Giai đoạn ${s + 1}` },
        cells: { tp: { touchpoints: tps.slice(s * PER_STAGE, (s + 1) * PER_STAGE).map((touchpointId, k) => ({ id: `i${s}-${k}`, touchpointId, channel: 'web', mode: 'online', target: { metric: 'csat', min: 80 } })) } },
      })),
    });
    const journeyId = crypto.randomUUID();
    await q(`insert into journeys (workspace_id, id, name, name_search, kind, doc) values ($1, $2, 'Bench', 'bench', 'current', $3)`, [workspaceId, journeyId, JSON.stringify(doc)]);

    const started = performance.now();
    await q(
      `insert into customers (workspace_id, id, user_id, first_seen, last_seen) select $1, gen_random_uuid(), 'kh-' || p, now(), now() from generate_series(0, $2::int - 1) p`,
      [workspaceId, CUSTOMERS],
    );
    await q(`insert into customer_identities (workspace_id, kind, value, customer_id) select workspace_id, 'user', user_id, id from customers where workspace_id = $1`, [workspaceId]);
    // A bulk load into a throw-away database: the events' indexes are dropped for the load and the
    // ones a question by period and touchpoint reads are built after it (as one restores a dump).
    // Ingestion's own speed, with every index, is measured apart (bench/ingest.ts).
    const indexes = (await q<{ name: string; def: string; pkey: boolean }>(
      `select i.indexname as name, i.indexdef as def, c.contype is not null as pkey from pg_indexes i
       left join pg_constraint c on c.conname = i.indexname
       where i.tablename = 'events' and i.schemaname = current_schema()`,
    )).rows;
    for (const ix of indexes) await q(ix.pkey ? `alter table events drop constraint "${ix.name}"` : `drop index "${ix.name}"`);
    // Person p goes down to stage depth(p) (fewer the deeper), starting on day start(p); event i is
    // at stage i mod (depth + 1), a few hours per stage, so stages follow one another in time.
    await q(
      `insert into events (workspace_id, id, message_id, type, event, user_id, anonymous_id, timestamp, received_at, touchpoint_id)
       select $1, gen_random_uuid(), i::text, 'track', 'x',
              case when p < $4 then 'kh-' || p end, case when p >= $4 then 'an-' || p end,
              t, t, ($3::uuid[])[1 + st * ${PER_STAGE} + (i / 7) % ${PER_STAGE}]
       from generate_series(1, $2::int) as i,
         lateral (select (i::bigint * 2654435761) % $5 as p) as a,
         lateral (select least(${STAGES - 1}, floor(-ln(((a.p * 7919) % 1000 + 1) / 1001.0) * 1.6))::int as depth) as d,
         lateral (select (i % (d.depth + 1))::int as st) as s,
         lateral (select now() - make_interval(days => ${DAYS}) + make_interval(secs => ((a.p * 104729) % (${DAYS - 2} * 86400))::int + s.st * 5 * 3600 + (i % 97) * 60) as t) as x`,
      [workspaceId, EVENTS, tps, CUSTOMERS, PEOPLE],
    );
    for (const ix of indexes) if (ix.name === 'events_touchpoint_idx' || ix.name === 'events_time_idx') await q(ix.def);
    // The visits, through the backfill's SQL (the resolution every write path uses).
    await q(REBUILD_VISITS_SQL.replace('from events s', `from (select * from events where workspace_id = '${workspaceId}') s`));
    await q('analyze events; analyze touchpoint_visits; analyze customer_identities');
    const visits = (await q<{ n: number }>('select count(*)::int as n from touchpoint_visits where workspace_id = $1', [workspaceId])).rows[0]!.n;
    console.log(`  ${EVENTS.toLocaleString('en-US')} events (${visits.toLocaleString('en-US')} visit rows) generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const to = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - (PERIOD_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const stageOf = tps.map((id, i) => ({ id, stage: Math.floor(i / PER_STAGE) }));
    // The raw way: the period's events, each person resolved as the write path does, then the same figures.
    const rawScan = async () => {
      const r = await q<{ kind: string; key: string; customers: number; n: number; median: number | null }>(
        `with ev as (
           select e.touchpoint_id, coalesce(coalesce(iu.customer_id, ia.customer_id)::text, case when e.user_id is not null then 'u:' || e.user_id else 'a:' || e.anonymous_id end) as person, e.timestamp
           from events e
           left join customer_identities iu on iu.workspace_id = e.workspace_id and iu.kind = 'user' and iu.value = e.user_id
           left join customer_identities ia on e.user_id is null and ia.workspace_id = e.workspace_id and ia.kind = 'anonymous' and ia.value = e.anonymous_id
           where e.workspace_id = $1 and e.touchpoint_id = any($2::uuid[])
             and e.timestamp >= ($4::date::timestamp at time zone 'Asia/Ho_Chi_Minh') and e.timestamp < (($5::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')),
         st as (select * from unnest($2::uuid[], $3::int[]) as st(tp, stage)),
         ps as (select st.stage, ev.person, min(ev.timestamp) as f, max(ev.timestamp) as l from ev join st on st.tp = ev.touchpoint_id group by 1, 2)
         select 'tp' as kind, touchpoint_id::text as key, count(distinct person)::int as customers, count(*)::int as n, null::float8 as median from ev group by touchpoint_id
         union all
         select 'stage', a.stage::text, count(*)::int, (count(*) filter (where b.l > a.f))::int,
                percentile_cont(0.5) within group (order by extract(epoch from (b.f - a.f)) / 3600.0) filter (where b.f > a.f)
         from ps a left join ps b on b.stage = a.stage + 1 and b.person = a.person group by a.stage`,
        [workspaceId, stageOf.map((s) => s.id), stageOf.map((s) => s.stage), from, to],
      );
      return r.rows;
    };

    const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' });
    try {
      const url = `${server.url}/api/v1/journeys/${journeyId}/live?from=${from}&to=${to}`;
      const live = async () => {
        const r = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
        if (r.status !== 200) throw new Error(`/live → ${r.status} ${await r.text()}`);
        return (await r.json()) as { touchpoints: { touchpointId: string; customers: number; events: number }[]; stages: { customers: number; toNext: number | null; medianHoursToNext: number | null }[] };
      };
      const viaVisits = await live();
      const viaScan = await rawScan();
      for (const row of viaScan) {
        if (row.kind === 'tp') {
          const t = viaVisits.touchpoints.find((x) => x.touchpointId === row.key);
          if (t?.customers !== row.customers || t.events !== row.n) throw new Error(`touchpoint ${row.key}: visits ${JSON.stringify(t)} vs scan ${JSON.stringify(row)}`);
        } else {
          const s = viaVisits.stages[Number(row.key)]!;
          const med = (x: number | null) => (x === null ? null : Math.round(x * 1e6));
          if (s.customers !== row.customers || (s.toNext ?? row.n) !== row.n || (s.toNext !== null && med(s.medianHoursToNext) !== med(row.median))) {
            throw new Error(`stage ${row.key}: visits ${JSON.stringify(s)} vs scan ${JSON.stringify(row)}`);
          }
        }
      }
      const time = async (fn: () => Promise<unknown>, runs: number) => {
        const out: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          await fn();
          out.push(performance.now() - t0);
        }
        return out;
      };
      await time(live, 3);
      const liveMs = p95(await time(live, 30));
      const scanMs = p95(await time(rawScan, 3));
      return [
        {
          figure: `journey live layer p95 ms, 6 stages × 30 touchpoints, ${EVENTS.toLocaleString('en-US')} events, last ${PERIOD_DAYS} days (HTTP, touchpoint_visits; goal < 500)`,
          value: liveMs,
          limitName: 'raw SQL scan of the events, p95 ms',
          limit: scanMs,
        },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}

// `npx tsx bench/journey-live.ts` with TEST_DATABASE_URL runs this part alone.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { createPostgresDatabase } = await import('../apps/server/src/test/databases.js');
  const pgdb = await createPostgresDatabase();
  try {
    for (const r of await benchJourneyLive({ DATABASE_URL: pgdb.url })) console.log(`${r.figure}: ${r.value.toFixed(1)} | ${r.limitName}: ${r.limit.toFixed(1)} | ${((r.value / r.limit) * 100).toFixed(1)}%`);
  } finally {
    await pgdb.drop();
  }
}
