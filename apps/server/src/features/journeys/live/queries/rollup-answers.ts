import { ANSWER_SCALE, type AnswerCounts, type LiveMetric } from '@footprint/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { uuidArray } from './sql-arrays.js';

export interface PeriodAnswers {
  now: Map<string, AnswerCounts>;
  before: Map<string, AnswerCounts>;
}

type Row = { k: string; now: boolean; metric: LiveMetric } & Record<`c${number}`, number | null>;
const WIDEST = 11;

export function emptyPeriodAnswers(): PeriodAnswers {
  return { now: new Map(), before: new Map() };
}

export function addTo(into: PeriodAnswers, touchpointId: string, now: boolean, metric: LiveMetric, counts: number[]): void {
  const m = now ? into.now : into.before;
  let c = m.get(touchpointId);
  if (!c) m.set(touchpointId, (c = {}));
  const len = ANSWER_SCALE[metric].max - ANSWER_SCALE[metric].min + 1;
  const cur = c[metric] ?? new Array<number>(len).fill(0);
  c[metric] = cur.map((x, i) => x + (counts[i] ?? 0));
}

/**
 * NPS, CSAT and CES answer counts per touchpoint for the period and the one before it, summed in
 * the database from score_rollups (touchpoint × channel × store × day): never the responses.
 */
export async function rollupAnswers(db: Db, workspaceId: string, touchpointIds: string[], range: { from: string; to: string }, before: { from: string }): Promise<PeriodAnswers> {
  const out = emptyPeriodAnswers();
  if (touchpointIds.length === 0) return out;
  const sums = sql.join(
    Array.from({ length: WIDEST }, (_, i) => sql`sum((counts -> 'counts' ->> ${sql.raw(String(i))})::float8) as ${sql.raw(`c${i}`)}`),
    sql`, `,
  );
  const rows = await queryRows<Row>(
    db,
    sql`select touchpoint_id::text as k, day >= ${range.from} as now, metric, ${sums}
        from score_rollups
        where workspace_id = ${workspaceId} and touchpoint_id = any(${uuidArray(touchpointIds)})
          and day >= ${before.from} and day <= ${range.to} and metric in ('nps', 'csat', 'ces')
        group by 1, 2, 3`,
  );
  for (const r of rows) {
    const len = ANSWER_SCALE[r.metric].max - ANSWER_SCALE[r.metric].min + 1;
    addTo(out, r.k, r.now === true || String(r.now) === 't', r.metric, Array.from({ length: len }, (_, i) => Number(r[`c${i}`] ?? 0)));
  }
  return out;
}
