import { compareScores, emptyNps, npsScore, previousRange, type DayRange, type NpsScore, type ScoreComparison } from '@footprint/core';
import type { Database } from '../apps/server/src/db/database.js';

const TZ = 'Asia/Ho_Chi_Minh';

export interface RawGroup {
  nps: NpsScore;
  comparison: ScoreComparison;
}

/**
 * The touchpoint breakdown asked of the raw responses: scan both periods, count NPS answers per
 * touchpoint, period and value, then the same core formulas (what /scores/breakdown answers from
 * the rollups with `groupBy=touchpoint&compare=previous`).
 */
export async function rawTouchpointBreakdown(q: Database['query'], workspaceId: string, range: DayRange): Promise<Map<string, RawGroup>> {
  const before = previousRange(range);
  const r = await q<{ touchpoint_id: string; cur: boolean; nps: number | null; n: number }>(
    `select touchpoint_id, (completed_at at time zone '${TZ}')::date >= $2::date as cur, (answers->>'nps')::int as nps, count(*)::int as n
     from responses
     where workspace_id = $1 and completed_at is not null
       and (completed_at at time zone '${TZ}')::date between $3::date and $4::date
     group by 1, 2, 3`,
    [workspaceId, range.from, before.from, range.to],
  );
  const groups = new Map<string, { now: ReturnType<typeof emptyNps>; before: ReturnType<typeof emptyNps> }>();
  for (const row of r.rows) {
    let g = groups.get(row.touchpoint_id);
    if (!g) groups.set(row.touchpoint_id, (g = { now: emptyNps(), before: emptyNps() }));
    if (row.nps !== null) (row.cur ? g.now : g.before).counts[row.nps]! += row.n;
  }
  const out = new Map<string, RawGroup>();
  for (const [key, g] of groups) {
    const nps = npsScore(g.now);
    if (nps.n > 0) out.set(key, { nps, comparison: compareScores(nps, npsScore(g.before)) });
  }
  return out;
}

/**
 * The latest negative comments asked of the raw responses: newest completed responses of the
 * period whose first score (NPS) is 0–6 and that carry a comment, read from the answers rather than
 * from the kept score group and its index.
 */
export async function rawNegativeComments(q: Database['query'], workspaceId: string, range: DayRange, limit: number): Promise<string[]> {
  const r = await q<{ id: string }>(
    `select r.id from responses r
     join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
     left join touchpoints t on t.workspace_id = r.workspace_id and t.id = r.touchpoint_id
     where r.workspace_id = $1
       and r.completed_at >= ($2::date::timestamp at time zone '${TZ}') and r.completed_at < (($3::date + 1)::timestamp at time zone '${TZ}')
       and (r.answers->>'nps')::int <= 6
       and coalesce(r.answers->'why'->>'text', '') <> ''
     order by r.completed_at desc, r.id desc limit $4`,
    [workspaceId, range.from, range.to, limit],
  );
  return r.rows.map((x) => x.id);
}
