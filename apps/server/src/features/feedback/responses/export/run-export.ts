import { ZResponseFilters, ZSurveyDefinition, type Answers } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../../db/database.js';
import { responseExports, workspaces } from '../../../../db/schema.js';
import { responseWhere } from '../filters.js';
import { RESPONSE_COLUMNS, RESPONSE_JOINS, type ResponseRow } from '../queries/response-row.js';
import { definitionCache, toSummary } from '../service.js';
import { exportLayout, type ExportSurvey } from './columns.js';
import { EXPORT_LABELS } from './labels.js';
import { csvWriter } from './write-csv.js';
import { xlsxWriter } from './write-xlsx.js';

const BATCH = 1000;

export interface ExportJob {
  workspaceId: string;
  exportId: string;
  progress(fraction: number, message?: string): Promise<void>;
}

/**
 * Makes an export's file: the responses its filters pick that were answered by the time it was
 * asked for, newest first, read 1,000 at a time by keyset (no long transaction: PGlite's one
 * connection stays free for progress and other requests). The file is stored with the export.
 */
export async function runExport(database: Database, job: ExportJob): Promise<Record<string, unknown>> {
  const db = database.db;
  const q = database.query;
  const key = and(eq(responseExports.workspaceId, job.workspaceId), eq(responseExports.id, job.exportId));
  const [exp] = await db.select().from(responseExports).where(key);
  if (!exp || exp.status === 'done') return { skipped: true };
  try {
    await db.update(responseExports).set({ status: 'running' }).where(key);
    const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, job.workspaceId));
    const timeZone = ws?.timeZone ?? 'Asia/Ho_Chi_Minh';
    const where = await responseWhere(q, job.workspaceId, ZResponseFilters.parse(exp.filters));
    where.add(`r.answered_at <= ${where.param(exp.createdAt)}`);
    const total = (await q<{ n: number }>(`select count(*)::int as n from responses r where ${where.sql}`, where.params)).rows[0]?.n ?? 0;
    const surveyRows = await q<{ id: string; name: string; definition: unknown }>(
      `select s.id, s.name, s.definition from surveys s where s.workspace_id = $1 and s.id in (select distinct r.survey_id from responses r where ${where.sql}) order by s.name_search, s.id`,
      where.params,
    );
    const surveys = new Map<string, ExportSurvey>(
      surveyRows.rows.map((s) => {
        const d = ZSurveyDefinition.safeParse(s.definition);
        return [s.id, { id: s.id, name: s.name, definition: d.success ? d.data : null }];
      }),
    );
    const layout = exportLayout([...surveys.values()], exp.language);
    const writer = exp.format === 'csv' ? csvWriter(layout.columns, timeZone) : xlsxWriter(layout.columns, timeZone, EXPORT_LABELS[exp.language].sheet);
    const definitionOf = definitionCache();
    // The cursor's time travels as text: a Date would drop microseconds and skip rows.
    let after: { at: string; id: string } | null = null;
    let written = 0;
    await job.progress(0, 'writing');
    for (;;) {
      const params = [...where.params];
      let keyset = '';
      if (after) {
        params.push(after.at, after.id);
        keyset = ` and (r.answered_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
      }
      params.push(BATCH);
      const rows = (
        await q<ResponseRow & { k: string }>(
          `with page as (select r.* from responses r where ${where.sql}${keyset} order by r.answered_at desc, r.id desc limit $${params.length})
           select ${RESPONSE_COLUMNS}, r.answered_at::text as k from page r ${RESPONSE_JOINS} order by r.answered_at desc, r.id desc`,
          params,
        )
      ).rows;
      if (rows.length === 0) break;
      for (const r of rows) await writer.add(layout.rowOf(toSummary(r, definitionOf(r)), r.answers as Answers, surveys.get(r.survey_id)));
      written += rows.length;
      const last = rows[rows.length - 1]!;
      after = { at: last.k, id: last.id };
      await job.progress(total > 0 ? Math.min(0.99, written / total) : 0.99, 'writing');
      if (rows.length < BATCH) break;
    }
    const file = await writer.finish();
    await db.update(responseExports).set({ status: 'done', file, byteSize: file.length, rowCount: written, finishedAt: new Date(), error: null }).where(key);
    return { rows: written, bytes: file.length };
  } catch (e) {
    await db.update(responseExports).set({ status: 'failed', error: e instanceof Error ? e.message : String(e), finishedAt: new Date() }).where(key);
    throw e;
  }
}
