import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { periodEnd, periodStart, RESPONSE_CUSTOMER, uuidArray } from './sql-arrays.js';

/** How many negative responses per touchpoint complaints are read from (the latest). */
export const COMPLAINT_SAMPLE = 500;

/**
 * The latest completed negative responses at the touchpoints in the period, with their answers and
 * their survey's questions, for the complaints: at most COMPLAINT_SAMPLE per touchpoint.
 */
export async function negativeResponses(
  db: Db,
  workspaceId: string,
  timeZone: string,
  touchpointIds: string[],
  range: { from: string; to: string },
  customerFilter?: SQL,
): Promise<{ touchpointId: string; answers: unknown; definition: unknown }[]> {
  if (touchpointIds.length === 0) return [];
  const rows = await queryRows<{ k: string; answers: unknown; definition: unknown }>(
    db,
    sql`select x.k, x.answers, s.definition from (
          select r.touchpoint_id::text as k, r.survey_id, r.answers,
                 row_number() over (partition by r.touchpoint_id order by r.completed_at desc, r.id desc) as rn
          from responses r ${customerFilter ? RESPONSE_CUSTOMER : sql``}
          where r.workspace_id = ${workspaceId} and r.score_group = 'negative' and r.touchpoint_id = any(${uuidArray(touchpointIds)})
            and r.completed_at >= ${periodStart(range.from, timeZone)} and r.completed_at < ${periodEnd(range.to, timeZone)}
            ${customerFilter ? sql`and rc.customer_id in (${customerFilter})` : sql``}) x
        join surveys s on s.workspace_id = ${workspaceId} and s.id = x.survey_id
        where x.rn <= ${COMPLAINT_SAMPLE}`,
  );
  const parse = (v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as unknown) : v);
  return rows.map((r) => ({ touchpointId: r.k, answers: parse(r.answers), definition: parse(r.definition) }));
}
