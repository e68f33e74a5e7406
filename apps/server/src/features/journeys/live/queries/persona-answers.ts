import { ANSWER_SCALE, type LiveMetric } from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { addTo, emptyPeriodAnswers, type PeriodAnswers } from './rollup-answers.js';
import { periodEnd, periodStart, RESPONSE_CUSTOMER, uuidArray } from './sql-arrays.js';

/**
 * The same counts as rollupAnswers for one persona's customers: the rollups are not kept per
 * customer, so these come from the completed responses of the covered customers, each NPS, CSAT
 * and CES answer read through its survey's questions (what the rollups count).
 */
export async function personaAnswers(
  db: Db,
  workspaceId: string,
  timeZone: string,
  touchpointIds: string[],
  range: { from: string; to: string },
  before: { from: string },
  customerFilter: SQL,
): Promise<PeriodAnswers> {
  const out = emptyPeriodAnswers();
  if (touchpointIds.length === 0) return out;
  const rows = await queryRows<{ k: string; now: boolean; metric: LiveMetric; v: number; n: number }>(
    db,
    sql`select r.touchpoint_id::text as k, r.completed_at >= ${periodStart(range.from, timeZone)} as now, q ->> 'type' as metric,
               (r.answers ->> (q ->> 'id'))::int as v, count(*)::int as n
        from responses r
        join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
        cross join lateral jsonb_array_elements(s.definition -> 'questions') q
        ${RESPONSE_CUSTOMER}
        where r.workspace_id = ${workspaceId} and r.touchpoint_id = any(${uuidArray(touchpointIds)})
          and r.completed_at >= ${periodStart(before.from, timeZone)} and r.completed_at < ${periodEnd(range.to, timeZone)}
          and q ->> 'type' in ('nps', 'csat', 'ces') and jsonb_typeof(r.answers -> (q ->> 'id')) = 'number'
          and rc.customer_id in (${customerFilter})
        group by 1, 2, 3, 4`,
  );
  for (const r of rows) {
    const { min, max } = ANSWER_SCALE[r.metric];
    const v = Number(r.v);
    if (!Number.isInteger(v) || v < min || v > max) continue;
    const counts = new Array<number>(max - min + 1).fill(0);
    counts[v - min] = Number(r.n);
    addTo(out, r.k, r.now === true || String(r.now) === 't', r.metric, counts);
  }
  return out;
}
