import type { MatchableEvent } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

export interface StoredEvent extends MatchableEvent {
  id: string;
  touchpoint_id: string | null;
}

/** The next page of a workspace's events in id (time) order, after `afterId`. */
export async function eventsAfter(q: RawQuery, workspaceId: string, afterId: string | null, limit: number): Promise<StoredEvent[]> {
  const r = await q<StoredEvent>(
    `select id, type, event, properties, context, touchpoint_id from events
     where workspace_id = $1 ${afterId ? 'and id > $3' : ''}
     order by id limit $2`,
    afterId ? [workspaceId, limit, afterId] : [workspaceId, limit],
  );
  return r.rows;
}

export async function countEvents(q: RawQuery, workspaceId: string): Promise<number> {
  const r = await q<{ n: number }>('select count(*)::int as n from events where workspace_id = $1', [workspaceId]);
  return r.rows[0]?.n ?? 0;
}
