import { canManageStores, canReadWorkspace, zPage, ZErrorBody, ZStore, ZStoreInput, ZStoreParams, ZStorePatch, ZStoreQuery } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../auth.js';
import { createStore, deleteStore, getStore, listStores, updateStore } from '../stores.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['stores'];

/** Stores: where customers come in person. Kiosk tablets and in-store answers are tied to one. */
export function registerStoreRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageStores(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = (workspaceId: string) => ctx.live.publish(workspaceId, 'stores.changed');

  app.get(
    '/api/v1/stores',
    { schema: { tags, description: 'Stores, paged; `q` searches name, address and province with or without diacritics.', querystring: ZStoreQuery, response: { 200: zPage(ZStore), ...errors } } },
    async (req) => listStores(db, (await access(req, false)).workspaceId, req.query),
  );
  app.post('/api/v1/stores', { schema: { tags, body: ZStoreInput, response: { 201: ZStore, ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    const id = await createStore(db, a.workspaceId, req.body);
    await changed(a.workspaceId);
    return reply.code(201).send(await getStore(db, a.workspaceId, id));
  });
  app.get('/api/v1/stores/:id', { schema: { tags, params: ZStoreParams, response: { 200: ZStore, ...errors } } }, async (req) =>
    getStore(db, (await access(req, false)).workspaceId, req.params.id),
  );
  app.patch('/api/v1/stores/:id', { schema: { tags, params: ZStoreParams, body: ZStorePatch, response: { 200: ZStore, ...errors } } }, async (req) => {
    const a = await access(req, true);
    await updateStore(db, a.workspaceId, req.params.id, req.body);
    await changed(a.workspaceId);
    return getStore(db, a.workspaceId, req.params.id);
  });
  app.delete(
    '/api/v1/stores/:id',
    { schema: { tags, description: 'Refused with `store_in_use` while kiosk tablets are registered to it.', params: ZStoreParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      await deleteStore(db, a.workspaceId, req.params.id);
      await changed(a.workspaceId);
      return reply.code(204).send(null);
    },
  );
}
