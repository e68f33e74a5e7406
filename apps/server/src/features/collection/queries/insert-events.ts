import type { RawQuery } from '../../../db/database.js';
import { visitsFromInserted } from './touchpoint-visits.js';

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

export const COLUMNS = [
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

/** One-letter field names: the rows' JSON is what goes over the wire, a hundred bytes less a row. */
const field = (i: number) => String.fromCharCode(97 + i);

/**
 * Inserts any number of events in one statement: the rows travel as one JSON array parameter, which
 * json_to_recordset turns back into rows. Each JSON column is spliced in as the JSON text it already
 * is, so nothing is escaped twice (array parameters would quote every JSON document again). A message
 * already stored (same workspace and messageId) is skipped, so retries never duplicate.
 */
const INSERT = `insert into events (${COLUMNS.map((c) => c[0]).join(', ')})
select ${COLUMNS.map((_, i) => field(i)).join(', ')}
from json_to_recordset($1::json) as x(${COLUMNS.map((c, i) => `${field(i)} ${c[1]}`).join(', ')})
on conflict (workspace_id, message_id) do nothing`;
const INSERT_RETURNING = `${INSERT} returning id`;
/** The insert and the touchpoint visits it adds, as one statement (identities already known). */
const INSERT_WITH_VISITS = `with ins as (${INSERT} returning workspace_id, touchpoint_id, user_id, anonymous_id, timestamp),
  ${visitsFromInserted()}
  select count(*)::int as n from ins`;

/** Each property's one-letter field name. */
const F = Object.fromEntries(COLUMNS.map(([, , key], i) => [key, `"${field(i)}":`])) as Record<keyof EventRow, string>;
const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
/** Ids and times Footprint made itself (UUIDs, toISOString) hold nothing JSON must escape. */
const own = (v: string | null) => (v === null ? 'null' : `"${v}"`);

/**
 * The rows as one JSON array text: text quoted by JSON.stringify, JSON columns spliced in as the
 * JSON they already are. One template a row: this runs for every event ingested.
 */
export function rowsJson(rows: readonly EventRow[]): string {
  let out = '[';
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out += `${i === 0 ? '' : ','}{${F.workspaceId}${own(r.workspaceId)},${F.id}${own(r.id)},${F.messageId}${str(r.messageId)},${F.type}${str(r.type)},${F.event}${str(r.event)},${F.anonymousId}${str(r.anonymousId)},${F.userId}${str(r.userId)},${F.properties}${r.properties},${F.traits}${r.traits ?? 'null'},${F.context}${r.context},${F.timestamp}${own(r.timestamp)},${F.originalTimestamp}${str(r.originalTimestamp)},${F.sentAt}${str(r.sentAt)},${F.receivedAt}${own(r.receivedAt)},${F.sourceKeyId}${own(r.sourceKeyId)},${F.touchpointId}${own(r.touchpointId)}}`;
  }
  return `${out}]`;
}

/** Inserts the rows; returns the ids of those that were new (a retried message is skipped). */
export async function insertEvents(query: RawQuery, rows: readonly EventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const r = await query<{ id: string }>(INSERT_RETURNING, [rowsJson(rows)]);
  return new Set(r.rows.map((x) => x.id));
}

/**
 * The same when only how many were new matters, adding the new events to the touchpoint visits in
 * the same statement: for groups whose identities are all known already (the usual case).
 */
export async function insertEventsCount(query: RawQuery, rows: readonly EventRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const r = await query<{ n: number }>(INSERT_WITH_VISITS, [rowsJson(rows)]);
  return Number(r.rows[0]?.n ?? 0);
}
