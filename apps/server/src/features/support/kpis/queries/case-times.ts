import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { caseFilter, IS_RESOLVED, type KpiFilters } from './sql-params.js';

export interface CaseTimes {
  id: string;
  createdAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** Created in the period; resolved (now) in the period. */
  createdIn: boolean;
  resolvedIn: boolean;
}

/**
 * The times of the cases a period's KPIs measure — created in it (FRT) or resolved in it (ART) — so
 * the service can count their business minutes on the support calendar. Along cases_created_idx and
 * cases_resolved_idx.
 */
export async function caseTimes(db: Db, workspaceId: string, filters: KpiFilters, start: Date, end: Date): Promise<CaseTimes[]> {
  const rows = await queryRows<{ id: string; created_at: string | Date; first_response_at: string | Date | null; resolved_at: string | Date | null; created_in: boolean; resolved_in: boolean }>(
    db,
    sql`select c.id::text as id, c.created_at, c.first_response_at, c.resolved_at,
          (c.created_at >= ${start} and c.created_at < ${end}) as created_in,
          (${IS_RESOLVED} and c.resolved_at >= ${start} and c.resolved_at < ${end}) as resolved_in
        from cases c
        where ${caseFilter(workspaceId, filters)}
          and ((c.created_at >= ${start} and c.created_at < ${end}) or (c.resolved_at >= ${start} and c.resolved_at < ${end}))`,
  );
  const date = (v: string | Date | null) => (v === null ? null : new Date(v));
  return rows.map((r) => ({ id: r.id, createdAt: new Date(r.created_at), firstResponseAt: date(r.first_response_at), resolvedAt: date(r.resolved_at), createdIn: r.created_in, resolvedIn: r.resolved_in }));
}
