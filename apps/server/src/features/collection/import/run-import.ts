import { makePlacer, ZImportMapping, type MappedRow } from '@footprint/core';
import type { Database } from '../../../db/database.js';
import { toRows, writeEvents } from '../ingest.js';
import { loadRules } from '../touchpoints/queries/load-rules.js';
import type { EventRow } from '../queries/insert-events.js';
import { existingMessages } from './queries/existing-messages.js';
import { findCustomers } from './queries/find-customers.js';
import { getImport } from './queries/get-import.js';
import { getImportRows } from './queries/get-import-rows.js';
import { failImport, finishImport } from './queries/set-import-status.js';
import { mapRows } from './service.js';

export const IMPORT_JOB = 'import.run';
export const IMPORT_MAX_ATTEMPTS = 3;
const CHUNK = 2000;

export interface ImportJob {
  workspaceId: string;
  importId: string;
  /** The address that started it: kept in each event's context, as the tracking API keeps the sender's. */
  ip: string;
  attempt: number;
  progress(fraction: number, message?: string): Promise<void>;
}

const traitsOf = (r: MappedRow) => Object.fromEntries(Object.entries({ name: r.name, phone: r.phone, email: r.email }).filter(([, v]) => v !== null));

/**
 * The rows whose contact details are told with an identify: for each customer, the earliest row
 * of each set of details. A customer on a thousand rows is identified once, not a thousand times.
 */
function identifyingRows(rows: readonly MappedRow[], userOf: (r: MappedRow) => string): Set<number> {
  const first = new Map<string, MappedRow>();
  for (const r of rows) {
    const traits = traitsOf(r);
    if (Object.keys(traits).length === 0) continue;
    const key = `${userOf(r)}\u0001${JSON.stringify(traits)}`;
    const seen = first.get(key);
    if (!seen || r.timestamp < seen.timestamp || (r.timestamp === seen.timestamp && r.row < seen.row)) first.set(key, r);
  }
  return new Set([...first.values()].map((r) => r.row));
}

/** The track message of a row, and an identify before it when the row is the one to tell the customer's details. */
function messagesOf(r: MappedRow, userId: string, identify: boolean, base: string, context: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  if (identify) out.push({ type: 'identify', messageId: `${base}:i`, userId, traits: traitsOf(r), timestamp: r.timestamp, context });
  out.push({ type: 'track', messageId: base, userId, event: r.event, properties: r.properties, timestamp: r.timestamp, context });
  return out;
}

/**
 * Imports a validated file: every row or none, in one transaction, through the same path as the
 * tracking API (validation, identity, de-duplication). A row's messageIds come from the file's hash
 * and its row number, so importing the same file again adds nothing and says how many were there.
 */
export async function runImport(database: Database, job: ImportJob): Promise<Record<string, unknown>> {
  const { workspaceId, importId } = job;
  const imp = await getImport(database.query, workspaceId, importId);
  if (!imp || imp.status !== 'importing') return { skipped: true };
  try {
    const mapping = ZImportMapping.parse(imp.mapping);
    const rows = (await getImportRows(database.query, workspaceId, importId)) ?? [];
    await job.progress(0.05, 'mapping');
    const { good, bad } = await mapRows(rows, mapping, imp.timeZone);
    if (bad.length > 0) throw new Error(`${bad.length} rows are not valid`);

    // Rows without a customer id belong to the customer already known by that phone or email, else to a new one named by it.
    const anonymous = good.filter((r) => r.userId === null);
    const known = await findCustomers(
      database.query,
      workspaceId,
      [...new Set(anonymous.flatMap((r) => (r.phone ? [r.phone] : [])))],
      [...new Set(anonymous.flatMap((r) => (r.email ? [r.email] : [])))],
    );
    const userOf = (r: MappedRow) =>
      r.userId ?? (r.phone ? known.byPhone.get(r.phone) : undefined) ?? (r.email ? known.byEmail.get(r.email) : undefined) ?? r.phone ?? r.email!;
    const identifying = identifyingRows(good, userOf);
    const prefix = `imp:${imp.contentHash.slice(0, 24)}`;
    const receivedAt = new Date();
    // Imported footprints are placed on their touchpoints like the ones that arrive live.
    const place = makePlacer((await loadRules(database.query, workspaceId)).touchpoints);
    const events: EventRow[][] = [];
    for (let i = 0; i < good.length; i += CHUNK) {
      const messages = good.slice(i, i + CHUNK).flatMap((r) =>
        messagesOf(r, userOf(r), identifying.has(r.row), `${prefix}:${r.row}`, { channel: r.channel, source: 'import', import: { id: importId, row: r.row } }),
      );
      events.push(toRows(messages, { workspaceId, keyId: null, receivedAt, ip: job.ip }, place));
      await job.progress(0.05 + 0.15 * Math.min(1, (i + CHUNK) / good.length), 'mapping');
    }

    // PGlite has one connection: progress written beside an open transaction would wait for it to end.
    const reportInside = database.kind === 'postgres';
    const { imported, duplicates } = await database.transactionRaw(async (q) => {
      const tracks = events.flat().filter((e) => e.type === 'track');
      const seen = await existingMessages(q, workspaceId, tracks.map((t) => t.messageId));
      // A row already imported is skipped whole, its identify too.
      const fresh = events.map((chunk) => chunk.filter((e) => !seen.has(e.messageId.replace(/:i$/, ''))));
      let done = 0;
      for (const chunk of fresh) {
        await writeEvents(q, chunk);
        done++;
        if (reportInside) await job.progress(0.2 + 0.78 * (done / fresh.length), 'writing');
      }
      const result = { imported: tracks.length - seen.size, duplicates: seen.size };
      await finishImport(q, workspaceId, importId, result.imported, result.duplicates);
      return result;
    });
    return { importId, imported, duplicates };
  } catch (e) {
    if (job.attempt >= IMPORT_MAX_ATTEMPTS) await failImport(database.query, workspaceId, importId, e instanceof Error ? e.message : String(e));
    throw e;
  }
}
