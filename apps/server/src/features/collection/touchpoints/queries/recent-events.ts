import type { MatchableEvent } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

export interface RecentEvent extends MatchableEvent {
  timestamp: string;
}

/** The workspace's latest events (newest first), for trying rules out before saving them. */
export async function recentEvents(q: RawQuery, workspaceId: string, limit: number): Promise<RecentEvent[]> {
  const r = await q<{ type: string; event: string | null; properties: Record<string, unknown>; context: Record<string, unknown>; timestamp: Date | string }>(
    `select type, event, properties, context, timestamp from events where workspace_id = $1 order by timestamp desc limit $2`,
    [workspaceId, limit],
  );
  return r.rows.map((x) => ({ ...x, timestamp: new Date(x.timestamp).toISOString() }));
}
