import type { RawQuery } from '../../../../db/database.js';

/** Removes an upload that was never imported (its report goes with it); false when it was, or is being, imported. */
export async function deleteImport(q: RawQuery, workspaceId: string, id: string): Promise<boolean> {
  const r = await q(`delete from imports where workspace_id = $1 and id = $2 and status in ('uploaded', 'invalid', 'ready', 'failed')`, [workspaceId, id]);
  return r.affected > 0;
}
