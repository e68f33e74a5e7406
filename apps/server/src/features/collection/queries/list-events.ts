import type { EventPage, EventQuery } from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface EventRecord {
  id: string;
  message_id: string;
  type: EventPage['items'][number]['type'];
  event: string | null;
  user_id: string | null;
  anonymous_id: string | null;
  properties: Record<string, unknown>;
  traits: Record<string, unknown> | null;
  context: Record<string, unknown>;
  timestamp: Date | string;
  received_at: Date | string;
  touchpoint_id: string | null;
}

export const toEvent = (r: EventRecord): EventPage['items'][number] => ({
  id: r.id,
  messageId: r.message_id,
  type: r.type,
  event: r.event,
  userId: r.user_id,
  anonymousId: r.anonymous_id,
  properties: r.properties,
  traits: r.traits,
  context: r.context,
  timestamp: new Date(r.timestamp).toISOString(),
  receivedAt: new Date(r.received_at).toISOString(),
  touchpointId: r.touchpoint_id,
});

export const EVENT_COLUMNS = 'id, message_id, type, event, user_id, anonymous_id, properties, traits, context, timestamp, received_at, touchpoint_id';

/** Builds the page from limit+1 rows: the extra row only says whether there is more. */
export function pageOf(rows: EventRecord[], limit: number): EventPage {
  const items = rows.slice(0, limit).map(toEvent);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, nextBefore: last ? encodeCursor(new Date(last.timestamp), last.id) : null };
}

/** A workspace's events, newest first, filtered, paged by keyset. */
export async function listEvents(q: RawQuery, workspaceId: string, f: EventQuery): Promise<EventPage> {
  const where = ['workspace_id = $1'];
  const params: unknown[] = [workspaceId];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (f.userId) add('user_id = ?', f.userId);
  if (f.anonymousId) add('anonymous_id = ?', f.anonymousId);
  if (f.event) add('event = ?', f.event.normalize('NFC'));
  if (f.type) add('type = ?', f.type);
  if (f.touchpointId === 'none') where.push('touchpoint_id is null');
  else if (f.touchpointId) add('touchpoint_id = ?', f.touchpointId);
  if (f.from) add('timestamp >= ?', f.from);
  if (f.to) add('timestamp < ?', f.to);
  if (f.before) {
    const c = decodeCursor(f.before);
    params.push(c.timestamp, c.id);
    where.push(`(timestamp, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(f.limit + 1);
  const r = await q<EventRecord>(
    `select ${EVENT_COLUMNS} from events where ${where.join(' and ')} order by timestamp desc, id desc limit $${params.length}`,
    params,
  );
  return pageOf(r.rows, f.limit);
}
