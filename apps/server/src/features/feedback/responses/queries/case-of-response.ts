import type { ResponseCase } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/** The support case a response led to (one at most: cases_response_key), for closing the loop. */
export async function caseOfResponse(q: RawQuery, workspaceId: string, responseId: string): Promise<ResponseCase> {
  const r = await q<{ id: string; number: number; status: NonNullable<ResponseCase>['status'] }>(
    `select id, number, status from cases where workspace_id = $1 and response_id = $2`,
    [workspaceId, responseId],
  );
  return r.rows[0] ?? null;
}
