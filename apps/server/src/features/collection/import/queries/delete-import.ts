import type { RawQuery } from '../../../../db/database.js';
import { NOT_RUNNING } from './import-row.js';

/** Removes an upload that was never imported (its report goes with it); false when it was, or is being, imported. */
export async function deleteImport(q: RawQuery, workspaceId: string, id: string): Promise<boolean> {
  const r = await q(`delete from imports where workspace_id = $1 and id = $2 and ${NOT_RUNNING}`, [workspaceId, id]);
  return r.affected > 0;
}
