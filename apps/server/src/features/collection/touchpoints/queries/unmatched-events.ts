import type { UnmatchedGroup } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/**
 * What no touchpoint takes yet, grouped the way a person would map it: by type, event name and page
 * path (and channel), biggest first.
 */
export async function unmatchedEvents(q: RawQuery, workspaceId: string, days: number): Promise<{ items: UnmatchedGroup[]; total: number }> {
  const r = await q<{ type: string; event: string | null; path: string | null; channel: string | null; n: number; last_seen: Date | string; total: number }>(
    `select type, event, path, channel, n, last_seen, sum(n) over ()::int as total from (
       select type, event,
         case when type = 'page' then coalesce(context->'page'->>'path', context->'page'->>'url') end as path,
         -- as core's channelOf: what the sender said, else pages are web and screens app
         coalesce(lower(nullif(context->>'channel', '')), case type when 'page' then 'web' when 'screen' then 'app' end) as channel,
         count(*)::int as n, max(timestamp) as last_seen
       from events
       where workspace_id = $1 and touchpoint_id is null and type in ('track', 'page', 'screen')
         and timestamp > now() - make_interval(days => $2)
       group by 1, 2, 3, 4
     ) g
     order by n desc, last_seen desc
     limit 100`,
    [workspaceId, days],
  );
  return {
    items: r.rows.map((x) => ({ type: x.type, event: x.event, path: x.path, channel: x.channel, count: x.n, lastSeen: new Date(x.last_seen).toISOString() })),
    total: r.rows[0]?.total ?? 0,
  };
}
