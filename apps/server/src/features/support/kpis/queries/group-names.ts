import type { KpiGroup } from '@footprint/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../../db/database.js';
import { uuidArray } from './sql-params.js';

export type Names = Map<string, { vi: string; en: string }>;

/** The names of a breakdown's departments, agents or touchpoints (channels are named by the service). */
export async function groupNames(db: Db, workspaceId: string, groupBy: Exclude<KpiGroup, 'channel'>, ids: string[]): Promise<Names> {
  if (ids.length === 0) return new Map();
  const list = uuidArray(ids);
  const rows =
    groupBy === 'department'
      ? await queryRows<{ id: string; vi: string; en: string }>(db, sql`select id::text as id, name_vi as vi, name_en as en from departments where workspace_id = ${workspaceId} and id = any(${list})`)
      : groupBy === 'agent'
        ? await queryRows<{ id: string; vi: string; en: string }>(
            db,
            sql`select u.id::text as id, u.name as vi, u.name as en from users u join memberships m on m.user_id = u.id and m.workspace_id = ${workspaceId} where u.id = any(${list})`,
          )
        : await queryRows<{ id: string; vi: string; en: string }>(db, sql`select id::text as id, name as vi, name as en from touchpoints where workspace_id = ${workspaceId} and id = any(${list})`);
  return new Map(rows.map((r) => [r.id, { vi: r.vi, en: r.en }]));
}
