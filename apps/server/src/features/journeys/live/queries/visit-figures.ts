import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { intArray, uuidArray } from './sql-arrays.js';

export interface VisitFigures {
  touchpoints: Map<string, { customers: number; events: number }>;
  stages: Map<number, { customers: number; toNext: number; medianHours: number | null }>;
}

type Row = { kind: 'tp' | 'stage'; key: string; customers: number; events_or_next: number; median: number | null };

/**
 * Customers and events per touchpoint, and the funnel per stage, from touchpoint_visits over the
 * period's days (never the events): each person's first and last time per touchpoint, then per
 * stage; a person goes on when their last time in the next stage is after their first in this
 * one; the median runs over those whose first time there is after their first here. One scan.
 */
export async function visitFigures(
  db: Db,
  workspaceId: string,
  range: { from: string; to: string },
  stageOf: { stage: number; touchpointId: string }[],
  customerFilter?: SQL,
): Promise<VisitFigures> {
  const tps = [...new Set(stageOf.map((s) => s.touchpointId))];
  const out: VisitFigures = { touchpoints: new Map(), stages: new Map() };
  if (tps.length === 0) return out;
  const filter = customerFilter ? sql`and t.customer_id in (${customerFilter})` : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`with base as materialized (
          select t.touchpoint_id, t.person, min(t.first_at) as f, max(t.last_at) as l, sum(t.events)::bigint as e
          from touchpoint_visits t
          where t.workspace_id = ${workspaceId} and t.touchpoint_id = any(${uuidArray(tps)})
            and t.day >= ${range.from}::date and t.day <= ${range.to}::date ${filter}
          group by t.touchpoint_id, t.person),
        st as (select * from unnest(${intArray(stageOf.map((s) => s.stage))}, ${uuidArray(stageOf.map((s) => s.touchpointId))}) as st(stage, tp)),
        ps as (select st.stage, b.person, min(b.f) as f, max(b.l) as l from base b join st on st.tp = b.touchpoint_id group by st.stage, b.person)
        select 'tp' as kind, touchpoint_id::text as key, count(*)::int as customers, sum(e)::float8 as events_or_next, null::float8 as median
          from base group by touchpoint_id
        union all
        select 'stage', a.stage::text, count(*)::int, (count(*) filter (where b.l > a.f))::float8,
               percentile_cont(0.5) within group (order by extract(epoch from (b.f - a.f)) / 3600.0) filter (where b.f > a.f)
          from ps a left join ps b on b.stage = a.stage + 1 and b.person = a.person
          group by a.stage`,
  );
  for (const r of rows) {
    if (r.kind === 'tp') out.touchpoints.set(r.key, { customers: Number(r.customers), events: Number(r.events_or_next) });
    else out.stages.set(Number(r.key), { customers: Number(r.customers), toNext: Number(r.events_or_next), medianHours: r.median === null ? null : Number(r.median) });
  }
  return out;
}
