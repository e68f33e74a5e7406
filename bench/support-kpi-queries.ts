import { FCR_MAX_REPLIERS, FCR_MAX_REPLIES, OPEN_CASE_STATUSES, RESOLUTION_CSAT_SATISFIED_MIN } from '@footprint/core';
import type { Database } from '../apps/server/src/db/database.js';

/** One group's figures as the raw SQL counts them (the counts the KPI routes also give). */
export interface RawKpis {
  key: string | null;
  created: number;
  resolved: number;
  frtN: number;
  frtMedian: number | null;
  artMedian: number | null;
  slaN: number;
  fcr: number;
  csatN: number;
  loopN: number;
  open: number;
}

const RESOLVED = `(c.status in ('resolved', 'closed') and c.resolved_at is not null)`;
const OPEN = OPEN_CASE_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The support KPIs of a period asked of the cases by SQL alone, durations in wall-clock minutes
 * (no support calendar): what GET /support/kpis answers, less the clock walk per case in the server
 * and the arrays handed back to the SQL. `byDepartment` groups as `groupBy=department` does.
 */
export async function rawSupportKpis(q: Database['query'], workspaceId: string, start: Date, end: Date, now: Date, byDepartment: boolean): Promise<RawKpis[]> {
  const key = byDepartment ? `coalesce(c.department_id::text, '')` : `''`;
  const r = await q<Record<string, string | number | null>>(
    `with c as (
       select c.*, ${RESOLVED} as is_resolved, ${key} as k,
              extract(epoch from (c.first_response_at - c.created_at)) / 60 as frt,
              extract(epoch from (c.resolved_at - c.created_at)) / 60 as art
       from cases c
       where c.workspace_id = $1 and ((c.created_at >= $2 and c.created_at < $3) or (c.resolved_at >= $2 and c.resolved_at < $3))
     ),
     made as (
       select k, count(*)::int as created,
         (count(*) filter (where first_response_at is not null))::int as frt_n,
         (percentile_cont(0.5) within group (order by frt) filter (where first_response_at is not null))::float8 as frt_median,
         avg(frt)::float8 as frt_mean,
         (count(*) filter (where first_response_due_at is not null and (first_response_at is not null or first_response_due_at < $4)))::int
           + (count(*) filter (where resolution_due_at is not null and (is_resolved or resolution_due_at < $4)))::int as sla_n,
         (count(*) filter (where first_response_due_at is not null and first_response_at <= first_response_due_at))::int as fr_met,
         (count(*) filter (where resolution_due_at is not null and is_resolved and resolved_at <= resolution_due_at))::int as res_met,
         (count(*) filter (where source = 'rule'))::int as loop_n,
         (count(*) filter (where source = 'rule' and is_resolved))::int as loop_done
       from c where created_at >= $2 and created_at < $3 group by k
     ),
     done as (
       select k, count(*)::int as resolved, avg(art)::float8 as art_mean,
         (percentile_cont(0.5) within group (order by art))::float8 as art_median,
         (count(*) filter (where reply_count >= 1 and reply_count <= ${FCR_MAX_REPLIES} and replier_count <= ${FCR_MAX_REPLIERS} and reopened_count = 0))::int as fcr,
         (count(*) filter (where reopened_count > 0))::int as reopened,
         count(csat_score)::int as csat_n,
         (count(*) filter (where csat_score >= ${RESOLUTION_CSAT_SATISFIED_MIN}))::int as csat_sat
       from c where is_resolved and resolved_at >= $2 and resolved_at < $3 group by k
     ),
     open_now as (
       select ${key} as k, count(*)::int as open,
         (count(*) filter (where (c.first_response_at is null and c.first_response_due_at < $4) or c.resolution_due_at < $4))::int as breached
       from cases c where c.workspace_id = $1 and c.status in (${OPEN}) group by 1
     )
     -- Every figure the route answers is selected (unused outputs would be planned away).
     select coalesce(made.k, done.k, open_now.k) as gk, made.*, done.*, open_now.*
     from made full outer join done on done.k = made.k full outer join open_now on open_now.k = coalesce(made.k, done.k)`,
    [workspaceId, start, end, now],
  );
  const int = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return r.rows.map((x) => ({
    key: x.gk === '' || x.gk === null ? null : String(x.gk),
    created: int(x.created),
    resolved: int(x.resolved),
    frtN: int(x.frt_n),
    frtMedian: num(x.frt_median),
    artMedian: num(x.art_median),
    slaN: int(x.sla_n),
    fcr: int(x.fcr),
    csatN: int(x.csat_n),
    loopN: int(x.loop_n),
    open: int(x.open),
  }));
}
