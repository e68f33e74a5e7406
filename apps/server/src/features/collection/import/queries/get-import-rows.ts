import type { TableRow } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/** Every row of an import's file, as read at upload. */
export async function getImportRows(q: RawQuery, workspaceId: string, id: string): Promise<TableRow[] | null> {
  const r = await q<{ rows: string }>('select rows from imports where workspace_id = $1 and id = $2', [workspaceId, id]);
  return r.rows[0] ? (JSON.parse(r.rows[0].rows) as TableRow[]) : null;
}
