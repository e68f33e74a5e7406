import { ZImportMappingDraft, type ImportSummary } from '@footprint/core';

/** An imports row as the list and detail queries select it (the rows themselves stay behind). */
export interface ImportRow {
  id: string;
  file_name: string;
  format: 'csv' | 'xlsx';
  status: ImportSummary['status'];
  row_count: number;
  error_count: number;
  imported: number | null;
  duplicates: number | null;
  job_id: string | null;
  error: string | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  mapping: unknown;
  suggested: unknown;
  time_zone: string;
  content_hash: string;
}

/**
 * The columns both queries read. An import whose job died on its last attempt (the job failed, the
 * import still says importing) shows as failed with the job's error.
 */
/** An import not running: never started, or failed (its job too, if its process died). On `imports` without an alias. */
export const NOT_RUNNING = `(status in ('uploaded', 'invalid', 'ready', 'failed')
  or (status = 'importing' and exists (select 1 from jobs j where j.id = imports.job_id and j.status = 'failed')))`;
export const STATUS_EXPR = `(case when i.status = 'importing' and j.status = 'failed' then 'failed' else i.status end)`;
export const IMPORT_COLUMNS = `i.id, i.file_name, i.format, ${STATUS_EXPR} as status,
  i.row_count, i.error_count, i.imported, i.duplicates, i.job_id,
  case when i.status = 'importing' and j.status = 'failed' then j.error else i.error end as error,
  i.created_by, u.name as created_by_name, i.created_at, i.finished_at, i.mapping, i.suggested, i.time_zone, i.content_hash`;
export const IMPORT_FROM = `imports i
  left join users u on u.id = i.created_by
  left join jobs j on j.id = i.job_id and j.workspace_id = i.workspace_id`;

const iso = (d: Date | string) => new Date(d).toISOString();

export function toSummary(r: ImportRow): ImportSummary {
  const mapping = ZImportMappingDraft.safeParse(r.mapping ?? r.suggested);
  return {
    id: r.id,
    fileName: r.file_name,
    format: r.format,
    kind: r.mapping && mapping.success ? mapping.data.kind : null,
    status: r.status,
    rowCount: r.row_count,
    errorCount: r.error_count,
    imported: r.imported,
    duplicates: r.duplicates,
    jobId: r.job_id,
    error: r.error,
    createdBy: r.created_by && r.created_by_name ? { id: r.created_by, name: r.created_by_name } : null,
    createdAt: iso(r.created_at),
    finishedAt: r.finished_at ? iso(r.finished_at) : null,
  };
}
