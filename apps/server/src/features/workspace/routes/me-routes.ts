import { ZErrorBody, ZMe, ZMePatch, ZSwitchWorkspace, ZWorkspaceCreate } from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { requireSession } from '../auth.js';
import { loadMe, switchWorkspace } from '../sessions.js';
import { updateUser } from '../users.js';
import { createWorkspace } from '../workspaces.js';

const tags = ['me'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };

export function registerMeRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;

  app.get('/api/v1/me', { schema: { tags, response: { 200: ZMe, ...errors } } }, async (req) => {
    const s = await requireSession(db, req);
    return loadMe(db, s.userId, s.activeWorkspaceId, s.id);
  });

  app.patch('/api/v1/me', { schema: { tags, body: ZMePatch, response: { 200: ZMe, ...errors } } }, async (req) => {
    const s = await requireSession(db, req);
    await updateUser(db, s.userId, req.body);
    return loadMe(db, s.userId, s.activeWorkspaceId, s.id);
  });

  app.post('/api/v1/me/workspace', { schema: { tags, body: ZSwitchWorkspace, response: { 200: ZMe, ...errors } } }, async (req) => {
    const s = await requireSession(db, req);
    await switchWorkspace(db, s, req.body.workspaceId);
    return loadMe(db, s.userId, req.body.workspaceId);
  });

  app.post(
    '/api/v1/workspaces',
    { schema: { tags, body: ZWorkspaceCreate, response: { 201: ZMe, ...errors } } },
    async (req, reply) => {
      const s = await requireSession(db, req);
      const w = await createWorkspace(db, { ...req.body, ownerId: s.userId });
      await switchWorkspace(db, s, w.id);
      return reply.code(201).send(await loadMe(db, s.userId, w.id));
    },
  );
}
