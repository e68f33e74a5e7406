import {
  EXPORT_KEEP_DAYS, MAX_EXPORT_ROWS, ZResponseFilters,
  type ExportFormat, type ResponseExport, type ResponseFilters, type SurveyLanguage,
} from '@footprint/core';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Database } from '../../../../db/database.js';
import { jobs, responseExports, users, workspaces } from '../../../../db/schema.js';
import { AppError, notFound } from '../../../../platform/errors.js';
import { newId } from '../../../../platform/ids.js';
import { enqueueJob } from '../../../../platform/jobs.js';
import { responseWhere } from '../filters.js';
import { countResponses } from '../queries/list-responses.js';
import { EXPORT_LABELS } from './labels.js';

export const EXPORT_JOB = 'responses.export';

const LIST_SIZE = 20;
const MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The filters are kept for the job, not echoed: an answer never repeats ids back as if they were data. */
type Row = Omit<typeof responseExports.$inferSelect, 'file' | 'filters'> & { creatorName: string | null };

const columns = {
  workspaceId: responseExports.workspaceId, id: responseExports.id, format: responseExports.format, language: responseExports.language,
  status: responseExports.status, rowCount: responseExports.rowCount, byteSize: responseExports.byteSize,
  fileName: responseExports.fileName, jobId: responseExports.jobId, error: responseExports.error, createdBy: responseExports.createdBy,
  createdAt: responseExports.createdAt, finishedAt: responseExports.finishedAt, creatorName: users.name,
};

function toExport(r: Row): ResponseExport {
  return {
    id: r.id,
    format: r.format,
    language: r.language,
    status: r.status,
    rowCount: r.rowCount,
    byteSize: r.byteSize,
    fileName: r.fileName,
    jobId: r.jobId,
    error: r.error,
    createdBy: r.createdBy ? { id: r.createdBy, name: r.creatorName ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

const select = (database: Pick<Database, 'db'>) => database.db.select(columns).from(responseExports).leftJoin(users, eq(users.id, responseExports.createdBy));

export async function getExport(database: Pick<Database, 'db'>, workspaceId: string, id: string): Promise<ResponseExport> {
  const [r] = await select(database).where(and(eq(responseExports.workspaceId, workspaceId), eq(responseExports.id, id)));
  if (!r) throw notFound('Export not found');
  return toExport(r);
}

/** The workspace's latest exports, newest first. */
export async function listExports(database: Pick<Database, 'db'>, workspaceId: string): Promise<ResponseExport[]> {
  const rows = await select(database).where(eq(responseExports.workspaceId, workspaceId)).orderBy(desc(responseExports.createdAt), desc(responseExports.id)).limit(LIST_SIZE);
  return rows.map(toExport);
}

/** A file name people recognise: what it is, the day it was made (workspace's calendar) and a short id. */
function fileNameOf(lang: SurveyLanguage, format: ExportFormat, timeZone: string, id: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return `${EXPORT_LABELS[lang].file}-${day}-${id.slice(-6)}.${format}`;
}

/**
 * Asks for an export: checks the filters pick at most MAX_EXPORT_ROWS responses, then writes the
 * export and its job in one transaction (the job makes the file). Exports older than
 * EXPORT_KEEP_DAYS are removed on the way.
 */
export async function createExport(
  database: Database,
  workspaceId: string,
  createdBy: string | null,
  input: { format: ExportFormat; language: SurveyLanguage; filters: ResponseFilters },
): Promise<{ export: ResponseExport; jobId: string }> {
  const matched = await countResponses(database.query, await responseWhere(database.query, workspaceId, input.filters));
  if (matched > MAX_EXPORT_ROWS) {
    throw new AppError(400, 'export_too_large', `An export holds at most ${MAX_EXPORT_ROWS} responses; these filters pick ${matched}`, { limit: MAX_EXPORT_ROWS, matched });
  }
  const db = database.db;
  await db.delete(responseExports).where(and(eq(responseExports.workspaceId, workspaceId), lt(responseExports.createdAt, new Date(Date.now() - EXPORT_KEEP_DAYS * 86_400_000))));
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const id = newId();
  const jobId = await db.transaction(async (tx) => {
    const job = await enqueueJob(database, EXPORT_JOB, { exportId: id }, { workspaceId, visible: true, maxAttempts: 1 }, tx);
    await tx.insert(responseExports).values({
      workspaceId, id, format: input.format, language: input.language, filters: input.filters, rowCount: matched,
      fileName: fileNameOf(input.language, input.format, ws?.timeZone ?? 'Asia/Ho_Chi_Minh', id), jobId: job, createdBy,
    });
    return job;
  });
  return { export: await getExport(database, workspaceId, id), jobId };
}

/** The finished file, or 409 while it is being made (or failed). */
export async function exportFile(database: Pick<Database, 'db'>, workspaceId: string, id: string): Promise<{ body: Buffer; type: string; fileName: string }> {
  const [r] = await database.db
    .select({ status: responseExports.status, file: responseExports.file, format: responseExports.format, fileName: responseExports.fileName })
    .from(responseExports)
    .where(and(eq(responseExports.workspaceId, workspaceId), eq(responseExports.id, id)));
  if (!r) throw notFound('Export not found');
  if (r.status !== 'done' || !r.file) throw new AppError(409, 'export_not_ready', 'The export is not ready yet', { status: r.status });
  return { body: Buffer.from(r.file), type: MIME[r.format], fileName: r.fileName };
}

/** The job of a queued export, for its 202 answer. */
export async function jobOf(database: Pick<Database, 'db'>, jobId: string) {
  const [j] = await database.db.select().from(jobs).where(eq(jobs.id, jobId));
  return j;
}

export const parseFilters = (raw: unknown): ResponseFilters => ZResponseFilters.parse(raw);
