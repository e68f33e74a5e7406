import type { ImportMapping, RowIssue } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';
import { NOT_RUNNING } from './import-row.js';

/**
 * Replaces an import's mapping and validation report, in the caller's transaction. Only an import
 * not yet started changes; returns false otherwise.
 */
export async function saveValidation(
  q: RawQuery,
  workspaceId: string,
  id: string,
  v: { mapping: ImportMapping; timeZone: string; bad: Array<{ row: number; issues: RowIssue[] }> },
): Promise<boolean> {
  const u = await q(
    `update imports set mapping = $3::jsonb, time_zone = $4, status = $5, error_count = $6, error = null
     where workspace_id = $1 and id = $2 and ${NOT_RUNNING}`,
    [workspaceId, id, JSON.stringify(v.mapping), v.timeZone, v.bad.length > 0 ? 'invalid' : 'ready', v.bad.length],
  );
  if (u.affected === 0) return false;
  await q('delete from import_errors where workspace_id = $1 and import_id = $2', [workspaceId, id]);
  for (let i = 0; i < v.bad.length; i += 5000) {
    const part = v.bad.slice(i, i + 5000);
    await q(
      `insert into import_errors (workspace_id, import_id, row, issues)
       select $1, $2, r, i::jsonb from unnest($3::int[], $4::text[]) as t(r, i)`,
      [workspaceId, id, part.map((b) => b.row), part.map((b) => JSON.stringify(b.issues))],
    );
  }
  return true;
}
