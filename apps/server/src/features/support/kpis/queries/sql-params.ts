import { sql, type SQL } from 'drizzle-orm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid[] parameter (one array literal, taken alike by both drivers). Refuses anything but UUIDs. */
export function uuidArray(ids: readonly string[]): SQL {
  for (const id of ids) if (!UUID.test(id)) throw new TypeError(`not a uuid: ${id}`);
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/** A float8[] parameter; null stays NULL. Refuses anything but finite numbers. */
export function floatArray(values: readonly (number | null)[]): SQL {
  for (const v of values) if (v !== null && !Number.isFinite(v)) throw new TypeError(`not a number: ${v}`);
  return sql`${`{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`}::float8[]`;
}

/** Which cases a KPI query looks at: the workspace's, narrowed by the query's filters (alias `c`). */
export interface KpiFilters {
  departmentId?: string | undefined;
  assigneeId?: string | undefined;
  touchpointId?: string | undefined;
  channel?: string | undefined;
}
export function caseFilter(workspaceId: string, f: KpiFilters): SQL {
  return sql`c.workspace_id = ${workspaceId}
    ${f.departmentId ? sql`and c.department_id = ${f.departmentId}` : sql``}
    ${f.assigneeId ? sql`and c.assignee_id = ${f.assigneeId}` : sql``}
    ${f.touchpointId ? sql`and c.touchpoint_id = ${f.touchpointId}` : sql``}
    ${f.channel ? sql`and c.channel = ${f.channel}` : sql``}`;
}

/** Resolved now: resolved or closed after a resolution (core's isResolvedCase). */
export const IS_RESOLVED = sql.raw(`(c.status in ('resolved', 'closed') and c.resolved_at is not null)`);
