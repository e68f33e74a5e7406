import type { RawQuery } from '../../../../db/database.js';
import { RESPONSE_COLUMNS, RESPONSE_JOINS, type ResponseRow } from './response-row.js';

export async function getResponseRow(q: RawQuery, workspaceId: string, id: string): Promise<ResponseRow | null> {
  const r = await q<ResponseRow>(`select ${RESPONSE_COLUMNS} from responses r ${RESPONSE_JOINS} where r.workspace_id = $1 and r.id = $2`, [workspaceId, id]);
  return r.rows[0] ?? null;
}
