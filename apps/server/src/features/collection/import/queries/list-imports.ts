import { escapeLike, foldForSearch, type ImportQuery, type ImportSummary } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';
import { IMPORT_COLUMNS, IMPORT_FROM, STATUS_EXPR, toSummary, type ImportRow } from './import-row.js';

const SORT = { createdAt: 'i.created_at', fileName: 'i.search', rowCount: 'i.row_count', status: STATUS_EXPR } as const;

/** A workspace's imports, newest first by default; `q` matches the file name without diacritics; status as shown (an abandoned import is failed). */
export async function listImports(q: RawQuery, workspaceId: string, f: ImportQuery): Promise<{ items: ImportSummary[]; total: number; page: number; pageSize: number }> {
  const params: unknown[] = [workspaceId];
  let where = 'i.workspace_id = $1';
  if (f.q?.trim()) {
    params.push(`%${escapeLike(foldForSearch(f.q))}%`);
    where += ` and i.search like $${params.length}`;
  }
  if (f.status) {
    params.push(f.status);
    where += ` and ${STATUS_EXPR} = $${params.length}`;
  }
  const filters = params.length;
  params.push(f.pageSize, (f.page - 1) * f.pageSize);
  const dir = f.order === 'asc' ? 'asc' : 'desc';
  const r = await q<ImportRow>(
    `select ${IMPORT_COLUMNS} from ${IMPORT_FROM} where ${where}
     order by ${SORT[f.sort]} ${dir}, i.id ${dir} limit $${filters + 1} offset $${filters + 2}`,
    params,
  );
  const c = await q<{ n: number }>(`select count(*)::int as n from ${IMPORT_FROM} where ${where}`, params.slice(0, filters));
  return { items: r.rows.map(toSummary), total: c.rows[0]?.n ?? 0, page: f.page, pageSize: f.pageSize };
}
