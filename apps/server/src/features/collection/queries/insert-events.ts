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

const JSON_COLUMNS = new Set<keyof EventRow>(['properties', 'traits', 'context']);
/** One-letter field names: the rows' JSON is what goes over the wire, a hundred bytes less a row. */
const field = (i: number) => String.fromCharCode(97 + i);

/**
 * Inserts any number of events in one statement: the rows travel as one JSON array parameter, which
 * json_to_recordset turns back into rows. Each JSON column is spliced in as the JSON text it already
 * is, so nothing is escaped twice (array parameters would quote every JSON document again). A message
 * already stored (same workspace and messageId) is skipped, so retries never duplicate.
 */
const SQL = `insert into events (${COLUMNS.map((c) => c[0]).join(', ')})
select ${COLUMNS.map((_, i) => field(i)).join(', ')}
from json_to_recordset($1::json) as x(${COLUMNS.map((c, i) => `${field(i)} ${c[1]}`).join(', ')})
on conflict (workspace_id, message_id) do nothing
returning id`;

const KEYS = COLUMNS.map(([, , key], i) => [`"${field(i)}"`, key, JSON_COLUMNS.has(key)] as const);

/** The rows as one JSON array text: strings quoted by JSON.stringify, JSON columns as they are. */
export function rowsJson(rows: readonly EventRow[]): string {
  const parts: string[] = [];
  for (const r of rows) {
    const fields: string[] = [];
    for (const [name, key, isJson] of KEYS) {
      const v = r[key];
      if (v !== null) fields.push(`${name}:${isJson ? v : JSON.stringify(v)}`);
    }
    parts.push(`{${fields.join(',')}}`);
  }
  return `[${parts.join(',')}]`;
}

/** Inserts the rows; returns the ids of those that were new (a retried message is skipped). */
export async function insertEvents(query: RawQuery, rows: readonly EventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const r = await query<{ id: string }>(SQL, [rowsJson(rows)]);
  return new Set(r.rows.map((x) => x.id));
}
