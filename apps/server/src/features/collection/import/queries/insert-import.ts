import type { ImportMapping, TableRow } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

export interface NewImport {
  workspaceId: string;
  id: string;
  fileName: string;
  search: string;
  format: 'csv' | 'xlsx';
  contentHash: string;
  byteSize: number;
  columns: string[];
  preview: TableRow[];
  rows: TableRow[];
  suggested: ImportMapping;
  timeZone: string;
  createdBy: string | null;
}

export async function insertImport(q: RawQuery, n: NewImport): Promise<void> {
  await q(
    `insert into imports (workspace_id, id, file_name, search, format, content_hash, byte_size, columns, preview, rows, row_count, suggested, time_zone, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14)`,
    [n.workspaceId, n.id, n.fileName, n.search, n.format, n.contentHash, n.byteSize, JSON.stringify(n.columns), JSON.stringify(n.preview),
      JSON.stringify(n.rows), n.rows.length, JSON.stringify(n.suggested), n.timeZone, n.createdBy],
  );
}
