import { ZStoredRules, type Channel, type Touchpoint } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

interface Row {
  id: string;
  name: string;
  description: string | null;
  channel: Channel;
  rules: unknown;
  position: number;
  created_at: Date | string;
  updated_at: Date | string;
  events30d: number;
  last_event_at: Date | string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

/** The workspace's touchpoints in placement order, each with its recent event count (index-only scans). */
export async function listTouchpoints(q: RawQuery, workspaceId: string, id?: string): Promise<Touchpoint[]> {
  const r = await q<Row>(
    `select t.id, t.name, t.description, t.channel, t.rules, t.position, t.created_at, t.updated_at,
       (select count(*)::int from events e
         where e.workspace_id = t.workspace_id and e.touchpoint_id = t.id and e.timestamp > now() - interval '30 days') as events30d,
       (select max(e.timestamp) from events e where e.workspace_id = t.workspace_id and e.touchpoint_id = t.id) as last_event_at
     from touchpoints t
     where t.workspace_id = $1 ${id ? 'and t.id = $2' : ''}
     order by t.position, t.id`,
    id ? [workspaceId, id] : [workspaceId],
  );
  return r.rows.map((x) => ({
    id: x.id,
    name: x.name,
    description: x.description,
    channel: x.channel,
    rules: ZStoredRules.parse(x.rules),
    position: x.position,
    events30d: x.events30d,
    lastEventAt: x.last_event_at === null ? null : iso(x.last_event_at),
    createdAt: iso(x.created_at),
    updatedAt: iso(x.updated_at),
  }));
}

/** Events (tracks, pages, screens) of the last 30 days that no touchpoint takes. */
export async function countUnmatched(q: RawQuery, workspaceId: string): Promise<number> {
  const r = await q<{ n: number }>(
    `select count(*)::int as n from events where workspace_id = $1 and touchpoint_id is null and type in ('track', 'page', 'screen') and timestamp > now() - interval '30 days'`,
    [workspaceId],
  );
  return r.rows[0]?.n ?? 0;
}
