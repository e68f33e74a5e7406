import { canManageKiosks, canReadWorkspace, ZErrorBody, ZKioskCreate, ZKioskCreated, ZKioskDevice, ZKioskList, ZKioskPairing, ZKioskParams, ZKioskPatch, ZKioskQuery } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { createKiosk, deleteKiosk, getKiosk, listKiosks, updateKiosk } from './devices.js';
import { newPairing, unpairKiosk } from './pairing.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['kiosk'];

/** Kiosk tablets as the dashboard manages them: register (with a pairing code), list with online state, move, unpair, remove. */
export function registerKioskRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const offlineAfter = ctx.config.kioskOfflineAfterSeconds;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageKiosks(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = (workspaceId: string, id: string) => ctx.live.publish(workspaceId, 'kiosks.changed', { id });

  app.get(
    '/api/v1/kiosks',
    {
      schema: {
        tags,
        description: 'Kiosk tablets with their store, survey and state. `online`: paired and heard from within `offlineAfterSeconds`.',
        querystring: ZKioskQuery,
        response: { 200: ZKioskList, ...errors },
      },
    },
    async (req) => listKiosks(db, (await access(req, false)).workspaceId, req.query, offlineAfter),
  );
  app.post(
    '/api/v1/kiosks',
    { schema: { tags, description: 'Registers a tablet and returns its pairing code (shown once), link and QR code.', body: ZKioskCreate, response: { 201: ZKioskCreated, ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      const id = await createKiosk(db, a.workspaceId, req.body);
      const pairing = await newPairing(db, ctx.config.publicUrl, a.workspaceId, id);
      await changed(a.workspaceId, id);
      return reply.code(201).send({ ...(await getKiosk(db, a.workspaceId, id, offlineAfter)), pairing });
    },
  );
  app.get('/api/v1/kiosks/:id', { schema: { tags, params: ZKioskParams, response: { 200: ZKioskDevice, ...errors } } }, async (req) =>
    getKiosk(db, (await access(req, false)).workspaceId, req.params.id, offlineAfter),
  );
  app.patch('/api/v1/kiosks/:id', { schema: { tags, params: ZKioskParams, body: ZKioskPatch, response: { 200: ZKioskDevice, ...errors } } }, async (req) => {
    const a = await access(req, true);
    await updateKiosk(db, a.workspaceId, req.params.id, req.body);
    await changed(a.workspaceId, req.params.id);
    return getKiosk(db, a.workspaceId, req.params.id, offlineAfter);
  });
  app.post(
    '/api/v1/kiosks/:id/pairing',
    {
      schema: {
        tags,
        description: 'A new pairing code (the earlier one stops working). The paired tablet keeps working until another tablet uses the code.',
        params: ZKioskParams,
        response: { 201: ZKioskPairing, ...errors },
      },
    },
    async (req, reply) => {
      const a = await access(req, true);
      const pairing = await newPairing(db, ctx.config.publicUrl, a.workspaceId, req.params.id);
      await changed(a.workspaceId, req.params.id);
      return reply.code(201).send(pairing);
    },
  );
  app.post(
    '/api/v1/kiosks/:id/unpair',
    { schema: { tags, description: 'Revokes the tablet’s token (it stops at its next request) and any waiting code.', params: ZKioskParams, response: { 200: ZKioskDevice, ...errors } } },
    async (req) => {
      const a = await access(req, true);
      await unpairKiosk(db, a.workspaceId, req.params.id);
      await changed(a.workspaceId, req.params.id);
      return getKiosk(db, a.workspaceId, req.params.id, offlineAfter);
    },
  );
  app.delete('/api/v1/kiosks/:id', { schema: { tags, params: ZKioskParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    await deleteKiosk(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId, req.params.id);
    return reply.code(204).send(null);
  });
}
