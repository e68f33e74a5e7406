import { canReadCases, ZCaseView, ZCaseViewCreate, ZErrorBody, ZRuleParams } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { forbidden } from '../../../platform/errors.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { createView, deleteView, listViews } from './views.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['support'];

/** Saved inbox views belong to a person: a secret key has none. */
export function registerViewRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const me = async (req: Parameters<typeof requireWorkspace>[1]) => {
    const a = await requireWorkspace(db, req);
    authorize(canReadCases(a.actor));
    if (!a.userId) throw forbidden('Saved views belong to a signed-in member');
    return { workspaceId: a.workspaceId, userId: a.userId };
  };
  app.get('/api/v1/case-views', { schema: { tags, description: 'The caller’s saved inbox views.', response: { 200: z.object({ items: z.array(ZCaseView) }), ...errors } } }, async (req) => {
    const m = await me(req);
    return { items: await listViews(db, m.workspaceId, m.userId) };
  });
  app.post('/api/v1/case-views', { schema: { tags, body: ZCaseViewCreate, response: { 201: ZCaseView, ...errors } } }, async (req, reply) => {
    const m = await me(req);
    return reply.code(201).send(await createView(db, m.workspaceId, m.userId, req.body));
  });
  app.delete('/api/v1/case-views/:id', { schema: { tags, params: ZRuleParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    const m = await me(req);
    await deleteView(db, m.workspaceId, m.userId, req.params.id);
    return reply.code(204).send(null);
  });
}
