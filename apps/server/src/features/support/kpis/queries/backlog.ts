import { BACKLOG_AGE_BUCKETS, OPEN_CASE_STATUSES, type BacklogAgeKey } from '@footprint/core';
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { caseFilter, type KpiFilters } from './sql-params.js';

export interface BacklogFigures {
  key: string | null;
  open: number;
  breached: number;
  buckets: Record<BacklogAgeKey, number>;
}

/** Open cases now per group, how many are past a due time (core's isBreachedNow), and how many fall in each of core's age buckets (calendar hours since opened). */
export async function backlog(db: Db, workspaceId: string, filters: KpiFilters, now: Date, key: SQL): Promise<BacklogFigures[]> {
  const statuses = sql.join(OPEN_CASE_STATUSES.map((s) => sql`${s}`), sql`, `);
  const counts = BACKLOG_AGE_BUCKETS.map((b, i) => {
    const lower = i === 0 ? sql`true` : sql`age >= ${BACKLOG_AGE_BUCKETS[i - 1]!.underHours}`;
    const upper = Number.isFinite(b.underHours) ? sql` and age < ${b.underHours}` : sql``;
    return sql`(count(*) filter (where ${lower}${upper}))::int as ${sql.identifier(`b${i}`)}`;
  });
  const rows = await queryRows<Record<string, string | number>>(
    db,
    sql`select k, count(*)::int as open, (count(*) filter (where breached))::int as breached, ${sql.join(counts, sql`, `)}
        from (
          select coalesce((${key})::text, '') as k, extract(epoch from (${now}::timestamptz - c.created_at))::float8 / 3600 as age,
                 ((c.first_response_at is null and c.first_response_due_at < ${now}) or c.resolution_due_at < ${now}) as breached
          from cases c
          where ${caseFilter(workspaceId, filters)} and c.status in (${statuses})
        ) open_cases
        group by k`,
  );
  return rows.map((r) => ({
    key: r.k === '' ? null : String(r.k),
    open: Number(r.open),
    breached: Number(r.breached),
    buckets: Object.fromEntries(BACKLOG_AGE_BUCKETS.map((b, i) => [b.key, Number(r[`b${i}`])])) as Record<BacklogAgeKey, number>,
  }));
}
