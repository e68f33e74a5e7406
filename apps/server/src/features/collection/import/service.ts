import { createHash } from 'node:crypto';
import {
  foldForSearch, issueMessage, mapRow, missingColumns, PREVIEW_ROWS, suggestMapping,
  type Import, type ImportErrorRow, type ImportMapping, type Locale, type MappedRow, type RowIssue, type TableRow,
} from '@footprint/core';
import type { Database } from '../../../db/database.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { readFile } from './read-file.js';
import { deleteImport } from './queries/delete-import.js';
import { getImport } from './queries/get-import.js';
import { getImportRows } from './queries/get-import-rows.js';
import { insertImport } from './queries/insert-import.js';
import { listImportErrors } from './queries/list-import-errors.js';
import { saveValidation } from './queries/save-validation.js';

type Storage = Pick<Database, 'query' | 'transactionRaw'>;

/** Lets other requests in between: validating a big file must not stall the process's ingestion. */
const breathe = () => new Promise<void>((r) => setImmediate(r));

async function workspaceTimeZone(database: Storage, workspaceId: string): Promise<string> {
  const r = await database.query<{ time_zone: string }>('select time_zone from workspaces where id = $1', [workspaceId]);
  return r.rows[0]?.time_zone ?? 'Asia/Ho_Chi_Minh';
}

export async function mustGetImport(database: Storage, workspaceId: string, id: string) {
  const i = await getImport(database.query, workspaceId, id);
  if (!i) throw notFound('Import not found');
  return i;
}

/** Reads the file, keeps its rows, and answers with its columns, a preview and a suggested mapping. */
export async function uploadImport(database: Storage, workspaceId: string, by: string | null, fileName: string, bytes: Buffer): Promise<Import> {
  const table = await readFile(bytes);
  const preview = table.rows.slice(0, PREVIEW_ROWS);
  const id = newId();
  await insertImport(database.query, {
    workspaceId,
    id,
    fileName,
    search: foldForSearch(fileName),
    format: table.format,
    // Of what was read, not of the bytes: the same data saved again (BOM or not, CRLF or LF, NFD or NFC) is the same file.
    contentHash: createHash('sha256').update(JSON.stringify([table.columns, table.rows])).digest('hex'),
    byteSize: bytes.length,
    columns: table.columns,
    preview,
    rows: table.rows,
    suggested: suggestMapping({ columns: table.columns, samples: preview.map((r) => r.cells) }),
    timeZone: await workspaceTimeZone(database, workspaceId),
    createdBy: by,
  });
  return mustGetImport(database, workspaceId, id);
}

/** Maps every row; the good ones, and the bad ones with every reason. */
export async function mapRows(rows: readonly TableRow[], mapping: ImportMapping, timeZone: string): Promise<{ good: MappedRow[]; bad: Array<{ row: number; issues: RowIssue[] }> }> {
  const good: MappedRow[] = [];
  const bad: Array<{ row: number; issues: RowIssue[] }> = [];
  const latest = new Date(Date.now() + 86_400_000);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && i % 2000 === 0) await breathe();
    const r = mapRow(rows[i]!, mapping, { timeZone, latest });
    if (r.ok) good.push(r.value);
    else bad.push({ row: rows[i]!.row, issues: r.issues });
  }
  return { good, bad };
}

/** Saves the mapping and checks every row against it: the import becomes ready, or invalid with its report. */
export async function validateImport(database: Storage, workspaceId: string, id: string, mapping: ImportMapping): Promise<Import> {
  const current = await mustGetImport(database, workspaceId, id);
  if (current.status === 'importing' || current.status === 'done') throw conflict('import_started', 'This file has been imported or is being imported');
  const missing = missingColumns(mapping, current.columns.length);
  if (missing.length > 0) {
    throw new AppError(400, 'validation_failed', 'The mapping names columns the file does not have', {
      issues: missing.map((c) => ({ path: ['body', 'mapping'], message: `No column ${c}` })),
    });
  }
  const rows = (await getImportRows(database.query, workspaceId, id)) ?? [];
  const timeZone = await workspaceTimeZone(database, workspaceId);
  const { bad } = await mapRows(rows, mapping, timeZone);
  const saved = await database.transactionRaw((q) => saveValidation(q, workspaceId, id, { mapping, timeZone, bad }));
  if (!saved) throw conflict('import_started', 'This file has been imported or is being imported');
  return mustGetImport(database, workspaceId, id);
}

export async function importErrorPage(database: Storage, workspaceId: string, id: string, page: number, pageSize: number, locale: Locale) {
  const imp = await mustGetImport(database, workspaceId, id);
  const { rows, total } = await listImportErrors(database.query, workspaceId, id, page, pageSize);
  const items: ImportErrorRow[] = rows.map((r) => ({
    row: r.row,
    issues: r.issues.map((issue) => {
      const columnName = issue.column === null ? null : (imp.columns[issue.column] ?? null);
      return { code: issue.code, column: issue.column, columnName, value: issue.value, message: issueMessage(issue, columnName, locale) };
    }),
  }));
  return { items, total, page, pageSize };
}

export async function removeImport(database: Storage, workspaceId: string, id: string): Promise<void> {
  await mustGetImport(database, workspaceId, id);
  if (!(await deleteImport(database.query, workspaceId, id))) throw conflict('import_started', 'An imported file stays: its events are part of the history');
}
