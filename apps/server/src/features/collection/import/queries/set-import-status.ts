import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, RawQuery } from '../../../../db/database.js';
import { imports } from '../../../../db/schema.js';

/**
 * Marks a ready (or failed) import as importing under its job, in the transaction that enqueues the
 * job (Drizzle, as the jobs table is written); false when it is in no state to start.
 */
export async function startImport(db: Db, workspaceId: string, id: string, jobId: string): Promise<boolean> {
  const r = await db
    .update(imports)
    .set({ status: 'importing', jobId, error: null, finishedAt: null })
    .where(
      and(
        eq(imports.workspaceId, workspaceId),
        eq(imports.id, id),
        // Ready, failed, or left importing by a job whose process died on its last attempt.
        or(inArray(imports.status, ['ready', 'failed']), and(eq(imports.status, 'importing'), sql`exists (select 1 from jobs j where j.id = ${imports.jobId} and j.status = 'failed')`)),
      ),
    )
    .returning({ id: imports.id });
  return r.length > 0;
}

/** Done: in the same transaction as the events, so the counts and the events agree. */
export async function finishImport(q: RawQuery, workspaceId: string, id: string, imported: number, duplicates: number): Promise<void> {
  await q(
    `update imports set status = 'done', imported = $3, duplicates = $4, finished_at = now()
     where workspace_id = $1 and id = $2 and status = 'importing'`,
    [workspaceId, id, imported, duplicates],
  );
}

export async function failImport(q: RawQuery, workspaceId: string, id: string, error: string): Promise<void> {
  await q(
    `update imports set status = 'failed', error = $3, finished_at = now() where workspace_id = $1 and id = $2 and status = 'importing'`,
    [workspaceId, id, error.slice(0, 2000)],
  );
}
