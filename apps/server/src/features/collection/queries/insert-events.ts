import type { Database } from '../../../db/database.js';

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
] as const satisfies readonly (readonly [string, string, keyof EventRow])[];

/**
 * Inserts any number of events in one statement: each column travels as one array parameter and
 * unnest() turns them back into rows. A message already stored (same workspace and messageId) is
 * skipped, so retries never duplicate. Returns how many rows were new.
 */
const SQL = `insert into events (${COLUMNS.map((c) => c[0]).join(', ')})
select * from unnest(${COLUMNS.map((c, i) => `$${i + 1}::${c[1]}[]`).join(', ')})
on conflict (workspace_id, message_id) do nothing`;

export async function insertEvents(database: Pick<Database, 'query'>, rows: readonly EventRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const params = COLUMNS.map(([, , key]) => rows.map((r) => r[key]));
  const r = await database.query(SQL, params);
  return r.affected;
}
