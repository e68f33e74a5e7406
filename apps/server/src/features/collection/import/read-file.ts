import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, parseWallTime, type TableRow } from '@footprint/core';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors.js';

export interface Table {
  format: 'csv' | 'xlsx';
  columns: string[];
  rows: TableRow[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The old binary .xls (OLE compound file): not read; Excel saves it as XLSX or CSV. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads an uploaded file: XLSX by its zip signature, anything else as CSV text. */
export async function readFile(bytes: Buffer): Promise<Table> {
  if (bytes.length === 0) throw new AppError(400, 'file_empty', 'The file is empty');
  if (bytes.subarray(0, 4).equals(OLE)) throw new AppError(415, 'file_type', 'Old .xls files are not read; save as XLSX or CSV');
  const raw = bytes.subarray(0, 4).equals(ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  return { format: bytes.subarray(0, 4).equals(ZIP) ? 'xlsx' : 'csv', ...toTable(raw) };
}

/** UTF-8 (with or without BOM), or UTF-16 with its BOM (Excel's "Unicode text"). Anything else is refused, never guessed. */
export function decodeText(bytes: Buffer): string {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError(400, 'file_encoding', 'The file is not UTF-8 text');
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter: comma, semicolon (Excel in Vietnamese and European locales) or tab. Counted outside
 * quotes over the first lines; the one found in the header that splits the most lines into as many
 * cells as the header wins, then the one the header holds most of.
 */
export function detectDelimiter(text: string): string {
  const lines: Array<Record<string, number>> = [];
  let counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      lines.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0 };
    } else if (!quoted && ch in counts) counts[ch]!++;
  }
  lines.push(counts);
  const header = lines[0]!;
  const score = (d: string) => [header[d]! > 0 ? 1 : 0, lines.filter((l) => l[d] === header[d]).length, header[d]!];
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS.slice(1)) {
    const a = score(d);
    const b = score(best);
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 && a[i]! > b[i]!) best = d;
  }
  return best;
}

/** Records with their spreadsheet row numbers (the first record is row 1). */
type Raw = Array<{ row: number; cells: string[] }>;

function readCsv(bytes: Buffer): Raw {
  const text = decodeText(bytes);
  if (!text.trim()) throw new AppError(400, 'file_empty', 'The file is empty');
  let records: string[][];
  try {
    records = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, skip_empty_lines: false, bom: true, max_record_size: 1_000_000 }) as string[][];
  } catch (e) {
    const line = (e as { lines?: unknown }).lines;
    throw new AppError(400, 'file_unreadable', `The CSV cannot be read: ${(e as Error).message}`, typeof line === 'number' ? { line } : undefined);
  }
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

/** An XLSX cell as text. Dates are wall-clock times (XLSX has no zone): ISO without an offset, read later in the workspace's zone. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 19);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const r: unknown = (v as { result?: unknown }).result;
    return r instanceof Date || typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' ? cellText(r) : '';
  }
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : '';
  if ('error' in v) return '';
  return '';
}

/** What an XLSX may unpack to: a small file that inflates to gigabytes (a zip bomb) is refused before it is opened. */
export const MAX_XLSX_UNPACKED = 400 * 1024 * 1024;

/**
 * The uncompressed size the zip's central directory declares, summed; Infinity when it cannot be
 * read or uses ZIP64 (no spreadsheet within our limits needs it).
 */
export function zipUnpackedSize(bytes: Buffer): number {
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > bytes.length) return Infinity;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return Infinity;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

async function readXlsx(bytes: Buffer): Promise<Raw> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === Infinity) throw new AppError(400, 'file_unreadable', 'The XLSX file cannot be read');
  if (unpacked > MAX_XLSX_UNPACKED) throw new AppError(413, 'file_too_large', 'The XLSX file unpacks to more than 400 MB', { limitBytes: MAX_XLSX_UNPACKED });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new AppError(400, 'file_unreadable', `The XLSX file cannot be read: ${(e as Error).message}`);
  }
  // The first sheet that holds anything.
  const sheet = wb.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new AppError(400, 'file_empty', 'The workbook has no data');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1000) throw new AppError(400, 'too_many_rows', 'Too many rows', { limit: MAX_IMPORT_ROWS });
  const out: Raw = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    out.push({ row: row.number, cells: values.map((v) => cellText(v as ExcelJS.CellValue)) });
  });
  return out;
}

const blank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
/** A header is text: a number or a date in the first row means the file has no header row. */
const looksLikeData = (h: string) => /^[\d\s.,+()-]+$/u.test(h) || parseWallTime(h, 'dmy') !== null;

function toTable(raw: Raw): { columns: string[]; rows: TableRow[] } {
  const start = raw.findIndex((r) => !blank(r.cells));
  if (start < 0) throw new AppError(400, 'file_empty', 'The file has no data');
  const header = raw[start]!.cells.map((h) => h.normalize('NFC').trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  if (header.length > MAX_IMPORT_COLUMNS) throw new AppError(400, 'too_many_columns', 'Too many columns', { limit: MAX_IMPORT_COLUMNS });
  if (header.some((h) => h !== '' && looksLikeData(h)) || header.filter(Boolean).length === 0) {
    throw new AppError(400, 'file_no_header', 'The first row must hold the column headers');
  }
  const rows: TableRow[] = [];
  for (const r of raw.slice(start + 1)) {
    if (blank(r.cells)) continue;
    const cells = r.cells.slice(0, header.length).map((c) => c.normalize('NFC'));
    while (cells.length < header.length) cells.push('');
    rows.push({ row: r.row, cells });
    if (rows.length > MAX_IMPORT_ROWS) throw new AppError(400, 'too_many_rows', 'Too many rows', { limit: MAX_IMPORT_ROWS });
  }
  if (rows.length === 0) throw new AppError(400, 'file_empty', 'The file has a header but no data rows');
  return { columns: header, rows };
}
