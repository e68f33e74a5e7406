import { csatScore, emptyCsat, emptyNps, npsScore } from '@footprint/core';
import { openDatabase } from '../apps/server/src/db/database.js';
import { runCli, startServerProcess } from '../apps/server/src/test/processes.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const TOUCHPOINTS = 10;
const DAYS = 90;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

/**
 * The score dashboard over RESPONSES completed responses: GET /api/v1/scores (rollups) against the
 * raw SQL scan of the responses answering the same question (NPS and CSAT for 90 days, by week).
 * The responses are generated in SQL, their rollups aggregated from them; before timing, the two
 * ways must give the same scores, so the comparison is of equal answers.
 */
export async function benchScores(env: Record<string, string>): Promise<{ figure: string; value: number; limitName: string; limit: number }[]> {
  const created = await runCli(['workspace', 'create', '--name', 'Bench điểm', '--owner-email', 'scores@example.vn', '--owner-password', 'bench-password-1', '--json'], env);
  if (created.code !== 0) throw new Error(created.stderr);
  const { workspaceId } = JSON.parse(created.stdout) as { workspaceId: string };
  const key = (JSON.parse((await runCli(['key', 'create', '--workspace', workspaceId, '--type', 'secret', '--scope', 'read', '--json'], env)).stdout) as { key: string }).key;
  const database = await openDatabase({ url: env.DATABASE_URL, poolSize: 4 });
  const q = database.query;
  const surveyId = crypto.randomUUID();
  const definition = {
    languages: ['vi'],
    questions: [
      { id: 'nps', type: 'nps', required: true, title: { vi: 'Bạn có giới thiệu chúng tôi không?' } },
      { id: 'csat', type: 'csat', style: 'smileys', required: true, title: { vi: 'Bạn hài lòng chứ?' } },
    ],
    rules: [],
    thankYou: { title: { vi: 'Cảm ơn' } },
    brand: { color: '#0c8599', logoUrl: null },
  };
  const touchpointIds = Array.from({ length: TOUCHPOINTS }, () => crypto.randomUUID());
  try {
    await q(`insert into surveys (workspace_id, id, name, name_search, status, definition, public_id) values ($1, $2, 'Bench', 'bench', 'active', $3, $4)`, [workspaceId, surveyId, JSON.stringify(definition), crypto.randomUUID().replace(/-/g, '').slice(0, 22)]);
    for (const [i, id] of touchpointIds.entries()) {
      await q(`insert into touchpoints (workspace_id, id, name, name_search, channel, rules, position) values ($1, $2, $3, $3, 'store', '{"types":[],"events":["x"],"urlPattern":null,"channels":[],"conditions":[]}', $4)`, [workspaceId, id, `Điểm ${i}`, i]);
    }
    const started = performance.now();
    await q(
      `insert into responses (workspace_id, id, survey_id, touchpoint_id, channel, language, answers, search, created_at, updated_at, completed_at)
       select $1, gen_random_uuid(), $2, ($3::uuid[])[1 + i % ${TOUCHPOINTS}], (array['link','qr','kiosk','widget'])[1 + (i / 7) % 4], 'vi',
         jsonb_build_object('nps', (i::bigint * 7919) % 11, 'csat', 1 + (i::bigint * 104729 / 3) % 5), '', t, t, t
       from generate_series(1, $4::int) as i, lateral (select now() - make_interval(secs => (i::bigint * 7777) % (${DAYS} * 86400))) as x(t)`,
      [workspaceId, surveyId, touchpointIds, RESPONSES],
    );
    for (const [metric, lo, hi] of [['nps', 0, 10], ['csat', 1, 5]] as const) {
      await q(
        `insert into score_rollups (workspace_id, survey_id, question_id, touchpoint_id, channel, day, metric, counts)
         select $1, $2, '${metric}', k.touchpoint_id, k.channel, k.day, '${metric}',
           jsonb_build_object('counts', jsonb_agg(coalesce(g.n, 0) order by v))
         from (select distinct touchpoint_id, channel, to_char(completed_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day
               from responses where workspace_id = $1 and survey_id = $2) k
         cross join generate_series(${lo}, ${hi}) as v
         left join (select touchpoint_id, channel, to_char(completed_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') as day, (answers->>'${metric}')::int as value, count(*)::int as n
                    from responses where workspace_id = $1 and survey_id = $2 group by 1, 2, 3, 4) g
           on g.touchpoint_id = k.touchpoint_id and g.channel = k.channel and g.day = k.day and g.value = v
         group by k.touchpoint_id, k.channel, k.day`,
        [workspaceId, surveyId],
      );
    }
    await q('analyze responses; analyze score_rollups');
    console.log(`  ${RESPONSES.toLocaleString('en-US')} responses and their rollups generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - (DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    // The raw way: scan the responses of the period and count answers, weekly, then the same core formulas.
    const rawScan = async () => {
      const r = await q<{ week: string; nps: number | null; csat: number | null; n: number }>(
        `select to_char(date_trunc('week', completed_at at time zone 'Asia/Ho_Chi_Minh'), 'YYYY-MM-DD') as week,
                (answers->>'nps')::int as nps, (answers->>'csat')::int as csat, count(*)::int as n
         from responses
         where workspace_id = $1 and completed_at is not null
           and (completed_at at time zone 'Asia/Ho_Chi_Minh')::date between $2::date and $3::date
         group by 1, 2, 3`,
        [workspaceId, from, to],
      );
      const nps = emptyNps();
      const csat = emptyCsat();
      for (const row of r.rows) {
        if (row.nps !== null) nps.counts[row.nps]! += row.n;
        if (row.csat !== null) csat.counts[row.csat - 1]! += row.n;
      }
      return { nps: npsScore(nps), csat: csatScore(csat) };
    };

    const server = await startServerProcess({ ...env, LOG_LEVEL: 'warn' });
    try {
      const url = `${server.url}/api/v1/scores?from=${from}&to=${to}&by=week`;
      const dashboard = async () => {
        const r = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
        if (r.status !== 200) throw new Error(`/api/v1/scores → ${r.status} ${await r.text()}`);
        return (await r.json()) as { totals: { nps: { score: number; n: number } | null; csat: { score: number; n: number } | null } };
      };
      const viaRollups = await dashboard();
      const viaScan = await rawScan();
      if (viaRollups.totals.nps?.n !== viaScan.nps.n || viaRollups.totals.nps.score !== viaScan.nps.score || viaRollups.totals.csat?.score !== viaScan.csat.score) {
        throw new Error(`rollups and raw scan disagree: ${JSON.stringify(viaRollups.totals)} vs ${JSON.stringify(viaScan)}`);
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
      await time(dashboard, 5);
      const rollupMs = p95(await time(dashboard, 60));
      const scanMs = p95(await time(rawScan, 8));
      const label = `${RESPONSES.toLocaleString('en-US')} responses`;
      return [
        { figure: `score dashboard p95 ms, ${label} (HTTP, rollups; goal < 200)`, value: rollupMs, limitName: 'raw SQL scan of the responses, p95 ms', limit: scanMs },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}
