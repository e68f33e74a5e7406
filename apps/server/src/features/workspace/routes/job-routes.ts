import { canLoadDemo, canReadWorkspace, ZDemoLoad, ZErrorBody, ZId, ZJob, type Job } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { jobs } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { authorize, requireWorkspace } from '../auth.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };

const toJob = (j: typeof jobs.$inferSelect): Job => ({
  id: j.id,
  kind: j.kind,
  status: j.status,
  progress: j.progress,
  message: j.message,
  result: (j.result as Record<string, unknown> | null) ?? null,
  error: j.error,
  createdAt: j.createdAt.toISOString(),
  finishedAt: j.finishedAt?.toISOString() ?? null,
});

export function registerJobRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;

  app.post('/api/v1/demo', { schema: { tags: ['demo'], body: ZDemoLoad, response: { 202: ZJob, ...errors } } }, async (req, reply) => {
    const a = await requireWorkspace(db, req);
    authorize(canLoadDemo(a.actor));
    const id = await enqueueJob(ctx.database, 'demo.load', { customers: req.body.customers }, { workspaceId: a.workspaceId, visible: true, maxAttempts: 1 });
    const [j] = await db.select().from(jobs).where(eq(jobs.id, id));
    return reply.code(202).send(toJob(j!));
  });

  app.get(
    '/api/v1/jobs/:id',
    { schema: { tags: ['jobs'], params: z.object({ id: ZId }), response: { 200: ZJob, ...errors } } },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canReadWorkspace(a.actor));
      const [j] = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.workspaceId, a.workspaceId), eq(jobs.id, req.params.id), eq(jobs.visible, true)));
      if (!j) throw notFound('Job not found');
      return toJob(j);
    },
  );
}
