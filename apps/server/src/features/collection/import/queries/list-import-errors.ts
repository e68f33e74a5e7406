import type { RowIssue } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/** A page of an import's bad rows, in row order. */
export async function listImportErrors(q: RawQuery, workspaceId: string, id: string, page: number, pageSize: number): Promise<{ rows: Array<{ row: number; issues: RowIssue[] }>; total: number }> {
  const r = await q<{ row: number; issues: RowIssue[] }>(
    'select row, issues from import_errors where workspace_id = $1 and import_id = $2 order by row limit $3 offset $4',
    [workspaceId, id, pageSize, (page - 1) * pageSize],
  );
  const c = await q<{ n: number }>('select count(*)::int as n from import_errors where workspace_id = $1 and import_id = $2', [workspaceId, id]);
  return { rows: r.rows, total: c.rows[0]?.n ?? 0 };
}
