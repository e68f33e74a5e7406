import { utf8Bytes, MAX_MESSAGE_BYTES } from '../segment.js';
import type { ImportMapping } from './contracts.js';
import { parseWallTime, wallTimeToDate } from './dates.js';
import type { RowIssue } from './issues.js';
import { KIND_DEFAULTS } from './kinds.js';
import { normalizeEmail, normalizePhone, parseNumber } from './values.js';

/** One row of a file as read: its number as a spreadsheet shows it (header = 1) and its cells. */
export interface TableRow {
  row: number;
  cells: string[];
}

/** What a row says, ready to become a track (and, with contact details, an identify) message. */
export interface MappedRow {
  row: number;
  userId: string | null;
  phone: string | null;
  email: string | null;
  name: string | null;
  event: string;
  channel: string;
  /** ISO 8601, UTC. */
  timestamp: string;
  properties: Record<string, string | number>;
}

export interface MapOptions {
  timeZone: string;
  /** Times later than this are refused (a typo'd year); defaults to a day after now. */
  latest?: Date;
}

export type MapResult = { ok: true; value: MappedRow } | { ok: false; issues: RowIssue[] };

// eslint-disable-next-line no-control-regex -- control characters are what is refused
const BAD_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]/u;
const MAX_ID = 400;
const MAX_VALUE = 2000;

/** Turns one row into what it says, or every reason it cannot be imported. Pure. */
export function mapRow(r: TableRow, m: ImportMapping, opts: MapOptions): MapResult {
  const issues: RowIssue[] = [];
  const cell = (column: number | null): string | null => {
    if (column === null) return null;
    const v = (r.cells[column] ?? '').normalize('NFC').trim();
    return v === '' ? null : v;
  };
  // Surrogates are checked on the raw text: NFC keeps a lone surrogate as it is.
  r.cells.forEach((c, column) => {
    if (BAD_TEXT.test(c.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/gu, ''))) issues.push({ code: 'invalid_text', column, value: null });
  });
  const text = (column: number | null, max: number): string | null => {
    const v = cell(column);
    if (v !== null && v.length > max) {
      issues.push({ code: 'value_too_long', column, value: v });
      return null;
    }
    return v;
  };

  const userId = text(m.userId, MAX_ID);
  const rawPhone = cell(m.phone);
  const phone = rawPhone === null ? null : normalizePhone(rawPhone);
  if (rawPhone !== null && phone === null) issues.push({ code: 'invalid_phone', column: m.phone, value: rawPhone });
  const rawEmail = cell(m.email);
  const email = rawEmail === null ? null : normalizeEmail(rawEmail);
  if (rawEmail !== null && email === null) issues.push({ code: 'invalid_email', column: m.email, value: rawEmail });
  if (userId === null && rawPhone === null && rawEmail === null) issues.push({ code: 'missing_customer', column: null, value: null });
  const name = text(m.name, MAX_ID);

  const rawTime = cell(m.timestamp);
  let timestamp: string | null = null;
  if (rawTime === null) issues.push({ code: 'missing_timestamp', column: m.timestamp, value: null });
  else {
    const wall = parseWallTime(rawTime, m.timestampFormat);
    if (!wall) issues.push({ code: 'invalid_timestamp', column: m.timestamp, value: rawTime });
    else {
      const at = wallTimeToDate(wall, opts.timeZone);
      const latest = opts.latest ?? new Date(Date.now() + 86_400_000);
      if (at.getTime() > latest.getTime()) issues.push({ code: 'future_timestamp', column: m.timestamp, value: rawTime });
      else timestamp = at.toISOString();
    }
  }

  const defaults = KIND_DEFAULTS[m.kind];
  const event = m.eventColumn !== null ? text(m.eventColumn, MAX_ID) ?? m.event : (m.event ?? defaults.event);
  if (event === null) issues.push({ code: 'missing_event', column: m.eventColumn, value: null });

  const properties: Record<string, string | number> = {};
  for (const p of m.properties) {
    const v = text(p.column, MAX_VALUE);
    if (v === null) continue;
    if (p.type === 'text') properties[p.name] = v;
    else {
      const n = parseNumber(v);
      if (n === null) issues.push({ code: 'invalid_number', column: p.column, value: v });
      else properties[p.name] = n;
    }
  }
  // A sale without its currency is in dong, as everywhere in Footprint.
  if (m.properties.some((p) => p.type === 'money' && properties[p.name] !== undefined) && properties.currency === undefined) properties.currency = 'VND';

  if (issues.length > 0 || timestamp === null || event === null) return { ok: false, issues };
  const value: MappedRow = { row: r.row, userId, phone, email, name, event, channel: m.channel ?? defaults.channel, timestamp, properties };
  if (utf8Bytes(JSON.stringify(value)) > MAX_MESSAGE_BYTES - 1024) return { ok: false, issues: [{ code: 'row_too_large', column: null, value: null }] };
  return { ok: true, value };
}

/** Column indexes a mapping names that the file does not have. */
export function missingColumns(m: ImportMapping, columnCount: number): number[] {
  const used = [m.userId, m.phone, m.email, m.name, m.timestamp, m.eventColumn, ...m.properties.map((p) => p.column)];
  return used.filter((c): c is number => c !== null && c >= columnCount);
}
