import { ZImportMappingDraft, type Import, type TableRow } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';
import { IMPORT_COLUMNS, IMPORT_FROM, toSummary, type ImportRow } from './import-row.js';

/** One import with its columns, preview and mapping (the saved one, else the suggestion); null when not in this workspace. */
export async function getImport(q: RawQuery, workspaceId: string, id: string): Promise<(Import & { contentHash: string }) | null> {
  const r = await q<ImportRow & { columns: string; preview: string }>(
    `select ${IMPORT_COLUMNS}, i.columns, i.preview from ${IMPORT_FROM} where i.workspace_id = $1 and i.id = $2`,
    [workspaceId, id],
  );
  const x = r.rows[0];
  if (!x) return null;
  return {
    ...toSummary(x),
    columns: JSON.parse(x.columns) as string[],
    preview: JSON.parse(x.preview) as TableRow[],
    mapping: ZImportMappingDraft.parse(x.mapping ?? x.suggested),
    mappingSaved: x.mapping !== null,
    timeZone: x.time_zone,
    contentHash: x.content_hash,
  };
}
