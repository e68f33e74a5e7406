import { csatScore, emptyCsat, emptyNps, npsScore, RESPONSE_SCORE_VERSION } from '@footprint/core';
import { openDatabase } from '../apps/server/src/db/database.js';
import { runCli, startServerProcess } from '../apps/server/src/test/processes.js';
import { rawNegativeComments, rawTouchpointBreakdown } from './score-queries.js';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 1_000_000);
const TOUCHPOINTS = 10;
const DAYS = 90;

function p95(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}

/**
 * The score dashboard over RESPONSES completed responses: GET /api/v1/scores (rollups) against the
 * raw SQL scan of the responses answering the same question (NPS and CSAT for 90 days, by week);
 * the same for the touchpoint breakdown against the previous period, the latest negative comments
 * and the Overview's requests together. The responses are generated in SQL, their rollups
 * aggregated from them; before timing, the two ways must give the same answers, so the comparison
 * is of equal answers.
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
      { id: 'why', type: 'text', required: false, title: { vi: 'Vì sao?' }, showIf: { question: 'nps', op: 'lte', value: 6 } },
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
    // Every fifth detractor leaves a comment. The score columns are what saveResponse writes (core's
    // responseScore: the first score question, NPS), at the current version so no rescore job runs.
    await q(
      `insert into responses (workspace_id, id, survey_id, touchpoint_id, channel, language, answers, search,
                              score_metric, score_value, score_norm, score_group, nps_group, score_version, created_at, updated_at, completed_at)
       select $1, gen_random_uuid(), $2, ($3::uuid[])[1 + i % ${TOUCHPOINTS}], (array['link','qr','kiosk','widget'])[1 + (i / 7) % 4], 'vi',
         jsonb_build_object('nps', v.nps, 'csat', v.csat) || case when v.comment then '{"why":{"text":"Giao hàng chậm quá"}}'::jsonb else '{}'::jsonb end,
         case when v.comment then 'giao hang cham qua' else '' end,
         'nps', v.nps, v.nps * 10, case when v.nps <= 6 then 'negative' when v.nps <= 8 then 'neutral' else 'positive' end,
         case when v.nps <= 6 then 'detractor' when v.nps <= 8 then 'passive' else 'promoter' end, ${RESPONSE_SCORE_VERSION}, t, t, t
       from generate_series(1, $4::int) as i,
         lateral (select now() - make_interval(secs => (i::bigint * 7777) % (${DAYS} * 86400))) as x(t),
         lateral (select (i::bigint * 7919) % 11 as nps, 1 + (i::bigint * 104729 / 3) % 5 as csat, i % 5 = 0 and (i::bigint * 7919) % 11 <= 6 as comment) as v`,
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

      // The touchpoint breakdown against the previous 90 days, and the latest negative comments.
      const range = { from, to };
      const auth = { headers: { authorization: `Bearer ${key}` } };
      const fetchJson = async <T>(path: string): Promise<T> => {
        const r = await fetch(`${server.url}${path}`, auth);
        if (r.status !== 200) throw new Error(`${path} → ${r.status} ${await r.text()}`);
        return (await r.json()) as T;
      };
      const breakdownUrl = `/api/v1/scores/breakdown?from=${from}&to=${to}&groupBy=touchpoint&compare=previous`;
      const breakdown = () => fetchJson<{ items: { key: string; nps: { score: number; n: number } | null; comparison: { nps: { delta: number | null } | null } }[] }>(breakdownUrl);
      const rawBreakdown = () => rawTouchpointBreakdown(q, workspaceId, range);
      const viaRollupGroups = await breakdown();
      const viaScanGroups = await rawBreakdown();
      for (const item of viaRollupGroups.items) {
        const want = viaScanGroups.get(item.key);
        if (!want || item.nps?.n !== want.nps.n || item.nps.score !== want.nps.score || item.comparison?.nps?.delta !== want.comparison.delta) {
          throw new Error(`breakdown and raw scan disagree on ${item.key}: ${JSON.stringify(item)} vs ${JSON.stringify(want)}`);
        }
      }
      if (viaRollupGroups.items.length !== viaScanGroups.size) throw new Error('breakdown and raw scan have different touchpoints');
      const commentsUrl = `/api/v1/scores/negative-comments?from=${from}&to=${to}&limit=5`;
      const comments = () => fetchJson<{ items: { id: string }[] }>(commentsUrl);
      const rawComments = () => rawNegativeComments(q, workspaceId, range, 5);
      if (JSON.stringify((await comments()).items.map((c) => c.id)) !== JSON.stringify(await rawComments())) throw new Error('negative comments and raw scan disagree');
      // The Overview asks these together (and when the workspace's first answers came in).
      const overview = () => Promise.all([fetchJson(`/api/v1/scores?from=${from}&to=${to}&by=week&compare=previous`), breakdown(), comments(), fetchJson('/api/v1/scores/coverage')]);
      const rawOverview = () => Promise.all([rawScan(), rawBreakdown(), rawComments()]);
      await time(breakdown, 5);
      const breakdownMs = p95(await time(breakdown, 60));
      const breakdownScanMs = p95(await time(rawBreakdown, 8));
      await time(comments, 5);
      const commentsMs = p95(await time(comments, 60));
      const commentsScanMs = p95(await time(rawComments, 20));
      await time(overview, 3);
      const overviewMs = p95(await time(overview, 30));
      const overviewScanMs = p95(await time(rawOverview, 5));
      const label = `${RESPONSES.toLocaleString('en-US')} responses`;
      return [
        { figure: `score dashboard p95 ms, ${label} (HTTP, rollups; goal < 200)`, value: rollupMs, limitName: 'raw SQL scan of the responses, p95 ms', limit: scanMs },
        { figure: `scores by touchpoint vs previous period p95 ms, ${label} (HTTP, rollups; goal < 200)`, value: breakdownMs, limitName: 'raw SQL scan of both periods, p95 ms', limit: breakdownScanMs },
        { figure: `latest negative comments p95 ms, ${label} (HTTP, score-group index; goal < 200)`, value: commentsMs, limitName: 'raw SQL, newest first by answers, p95 ms', limit: commentsScanMs },
        { figure: `Overview, its 4 requests at once, p95 ms, ${label} (HTTP; goal < 200)`, value: overviewMs, limitName: 'the raw SQL equivalents at once, p95 ms', limit: overviewScanMs },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    await database.close();
  }
}
