import { formatDayTime, type Cell } from '@footprint/core';
import { stringify } from 'csv-stringify';
import type { ExportColumn, ExportRow } from './columns.js';

/**
 * A cell Excel would run as a formula (=, +, -, @, or a tab or return before them) gets a leading
 * apostrophe, as OWASP advises against CSV injection: a respondent's "=HYPERLINK(…)" stays text.
 */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export interface FileWriter {
  add(row: ExportRow): Promise<void>;
  finish(): Promise<Buffer>;
}

/** CSV in UTF-8 with a byte-order mark (so Excel reads Vietnamese), comma-separated, CRLF lines. */
export function csvWriter(columns: ExportColumn[], timeZone: string): FileWriter {
  const chunks: Buffer[] = [];
  const out = stringify({ bom: true, record_delimiter: 'windows', cast: { number: (n) => String(n) } });
  out.on('data', (c: Buffer | string) => chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c)));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const write = (record: Cell[]) =>
    new Promise<void>((resolve) => {
      // Honour back-pressure: wait for the stream to drain when it asks.
      if (out.write(record)) resolve();
      else out.once('drain', resolve);
    });
  let header = false;
  return {
    async add(row) {
      if (!header) {
        header = true;
        await write(columns.map((c) => c.header));
      }
      await write([formatDayTime(row.answeredAt, timeZone), ...row.cells.map(neutralise)]);
    },
    async finish() {
      if (!header) await write(columns.map((c) => c.header));
      out.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}
