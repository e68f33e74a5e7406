import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { periodEnd, periodStart, RESPONSE_CUSTOMER, uuidArray } from './sql-arrays.js';

/**
 * Completed scored responses per touchpoint in the period, and how many of them are negative
 * (score_group, core's responseScore), along responses_completed_idx.
 */
export async function negativeShare(
  db: Db,
  workspaceId: string,
  timeZone: string,
  touchpointIds: string[],
  range: { from: string; to: string },
  customerFilter?: SQL,
): Promise<Map<string, { responses: number; negatives: number }>> {
  if (touchpointIds.length === 0) return new Map();
  const rows = await queryRows<{ k: string; n: number; neg: number }>(
    db,
    sql`select r.touchpoint_id::text as k, count(*)::int as n, (count(*) filter (where r.score_group = 'negative'))::int as neg
        from responses r ${customerFilter ? RESPONSE_CUSTOMER : sql``}
        where r.workspace_id = ${workspaceId} and r.touchpoint_id = any(${uuidArray(touchpointIds)})
          and r.completed_at >= ${periodStart(range.from, timeZone)} and r.completed_at < ${periodEnd(range.to, timeZone)}
          and r.score_group is not null ${customerFilter ? sql`and rc.customer_id in (${customerFilter})` : sql``}
        group by 1`,
  );
  return new Map(rows.map((r) => [r.k, { responses: Number(r.n), negatives: Number(r.neg) }]));
}
