import type { RawQuery } from '../../../db/database.js';

export interface EventRow {
  workspaceId: string;
  id: string;
  messageId: string;
  type: string;
  event: string | null;
  anonymousId: string | null;
  userId: string | null;
  properties: string; // JSON text
  traits: string | null; // JSON text
  context: string; // JSON text
  timestamp: string; // ISO
  originalTimestamp: string | null;
  sentAt: string | null;
  receivedAt: string;
  sourceKeyId: string | null;
  /** The touchpoint its rules place it on, decided before the insert. */
  touchpointId: string | null;
}

const COLUMNS = [
  ['workspace_id', 'uuid', 'workspaceId'],
  ['id', 'uuid', 'id'],
  ['message_id', 'text', 'messageId'],
  ['type', 'text', 'type'],
  ['event', 'text', 'event'],
  ['anonymous_id', 'text', 'anonymousId'],
  ['user_id', 'text', 'userId'],
  ['properties', 'jsonb', 'properties'],
  ['traits', 'jsonb', 'traits'],
  ['context', 'jsonb', 'context'],
  ['timestamp', 'timestamptz', 'timestamp'],
  ['original_timestamp', 'timestamptz', 'originalTimestamp'],
  ['sent_at', 'timestamptz', 'sentAt'],
  ['received_at', 'timestamptz', 'receivedAt'],
  ['source_key_id', 'uuid', 'sourceKeyId'],
  ['touchpoint_id', 'uuid', 'touchpointId'],
] as const satisfies readonly (readonly [string, string, keyof EventRow])[];

/**
 * Inserts any number of events in one statement: each column travels as one array parameter and
 * unnest() turns them back into rows. A message already stored (same workspace and messageId) is
 * skipped, so retries never duplicate. Returns how many rows were new.
 */
const SQL = `insert into events (${COLUMNS.map((c) => c[0]).join(', ')})
select * from unnest(${COLUMNS.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')})
on conflict (workspace_id, message_id) do nothing
returning id`;

/** Inserts the rows; returns the ids of those that were new (a retried message is skipped). */
export async function insertEvents(query: RawQuery, rows: readonly EventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const params = COLUMNS.map(([, , key]) => rows.map((r) => r[key]));
  const r = await query<{ id: string }>(SQL, params);
  return new Set(r.rows.map((x) => x.id));
}
