import { FCR_MAX_REPLIERS, FCR_MAX_REPLIES, RESOLUTION_CSAT_SATISFIED_MIN } from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { caseFilter, floatArray, IS_RESOLVED, uuidArray, type KpiFilters } from './sql-params.js';

/** The figures of one group for a period, as SQL counts them (core's supportKpis without the backlog). */
export interface PeriodFigures {
  key: string | null;
  created: number;
  frtMean: number | null;
  frtMedian: number | null;
  frtN: number;
  frDue: number;
  frMet: number;
  resDue: number;
  resMet: number;
  loopN: number;
  loopDone: number;
  resolved: number;
  artMean: number | null;
  artMedian: number | null;
  fcr: number;
  reopened: number;
  csatN: number;
  csatSatisfied: number;
  csatMean: number | null;
}

/**
 * Period KPIs per group. `createdKey` groups the cases created in the period, `resolvedKey` those
 * resolved in it (the same column for a breakdown; each one's own interval for a trend). Business
 * minutes come in as arrays per case id (`durations`), counted by the service on the support clock;
 * medians are percentile_cont(0.5), as core's median.
 */
export async function periodFigures(
  db: Db,
  workspaceId: string,
  filters: KpiFilters,
  period: { start: Date; end: Date; now: Date },
  keys: { created: SQL; resolved: SQL },
  durations: { ids: string[]; frt: (number | null)[]; art: (number | null)[] },
): Promise<PeriodFigures[]> {
  const { start, end, now } = period;
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`with d as (select * from unnest(${uuidArray(durations.ids)}, ${floatArray(durations.frt)}, ${floatArray(durations.art)}) as d(id, frt, art)),
        c as (
          select c.*, d.frt, d.art, ${IS_RESOLVED} as is_resolved,
                 coalesce((${keys.created})::text, '') as ckey, coalesce((${keys.resolved})::text, '') as rkey
          from cases c left join d on d.id = c.id
          where ${caseFilter(workspaceId, filters)}
            and ((c.created_at >= ${start} and c.created_at < ${end}) or (c.resolved_at >= ${start} and c.resolved_at < ${end}))
        ),
        made as (
          select ckey as k, count(*)::int as created,
            (avg(frt) filter (where first_response_at is not null))::float8 as frt_mean,
            (percentile_cont(0.5) within group (order by frt) filter (where first_response_at is not null))::float8 as frt_median,
            (count(*) filter (where first_response_at is not null))::int as frt_n,
            (count(*) filter (where first_response_due_at is not null and (first_response_at is not null or first_response_due_at < ${now})))::int as fr_due,
            (count(*) filter (where first_response_due_at is not null and first_response_at <= first_response_due_at))::int as fr_met,
            (count(*) filter (where resolution_due_at is not null and (is_resolved or resolution_due_at < ${now})))::int as res_due,
            (count(*) filter (where resolution_due_at is not null and is_resolved and resolved_at <= resolution_due_at))::int as res_met,
            (count(*) filter (where source = 'rule'))::int as loop_n,
            (count(*) filter (where source = 'rule' and is_resolved))::int as loop_done
          from c where created_at >= ${start} and created_at < ${end}
          group by ckey
        ),
        done as (
          select rkey as k, count(*)::int as resolved,
            avg(art)::float8 as art_mean,
            (percentile_cont(0.5) within group (order by art))::float8 as art_median,
            (count(*) filter (where reply_count >= 1 and reply_count <= ${FCR_MAX_REPLIES} and replier_count <= ${FCR_MAX_REPLIERS} and reopened_count = 0))::int as fcr,
            (count(*) filter (where reopened_count > 0))::int as reopened,
            count(csat_score)::int as csat_n,
            (count(*) filter (where csat_score >= ${RESOLUTION_CSAT_SATISFIED_MIN}))::int as csat_sat,
            avg(csat_score)::float8 as csat_mean
          from c where is_resolved and resolved_at >= ${start} and resolved_at < ${end}
          group by rkey
        )
        select coalesce(made.k, done.k) as k, made.created, made.frt_mean, made.frt_median, made.frt_n, made.fr_due, made.fr_met, made.res_due, made.res_met,
               made.loop_n, made.loop_done, done.resolved, done.art_mean, done.art_median, done.fcr, done.reopened, done.csat_n, done.csat_sat, done.csat_mean
        from made full outer join done on made.k = done.k`,
  );
  const int = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Number(v));
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    key: r.k === '' || r.k === null ? null : String(r.k),
    created: int(r.created),
    frtMean: num(r.frt_mean),
    frtMedian: num(r.frt_median),
    frtN: int(r.frt_n),
    frDue: int(r.fr_due),
    frMet: int(r.fr_met),
    resDue: int(r.res_due),
    resMet: int(r.res_met),
    loopN: int(r.loop_n),
    loopDone: int(r.loop_done),
    resolved: int(r.resolved),
    artMean: num(r.art_mean),
    artMedian: num(r.art_median),
    fcr: int(r.fcr),
    reopened: int(r.reopened),
    csatN: int(r.csat_n),
    csatSatisfied: int(r.csat_sat),
    csatMean: num(r.csat_mean),
  }));
}
