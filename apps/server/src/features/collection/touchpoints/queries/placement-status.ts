import type { PlacementStatus } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

export const PLACE_JOB = 'touchpoints.place';

/** The latest re-placement job of the workspace, if it has not finished. */
export async function placementStatus(q: RawQuery, workspaceId: string): Promise<PlacementStatus> {
  const r = await q<{ id: string; status: string; progress: number }>(
    `select id, status, progress from jobs where workspace_id = $1 and kind = $2 order by created_at desc, id desc limit 1`,
    [workspaceId, PLACE_JOB],
  );
  const j = r.rows[0];
  if (!j || j.status === 'done') return { jobId: null, state: 'idle', progress: 1 };
  const state = j.status === 'queued' ? 'queued' : j.status === 'running' ? 'running' : 'failed';
  return { jobId: j.id, state, progress: Math.min(1, Math.max(0, j.progress)) };
}
