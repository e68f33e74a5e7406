import {
  canManageTouchpoints, canReadWorkspace, ZErrorBody, ZTouchpoint, ZTouchpointInput, ZTouchpointList, ZTouchpointOrder, ZTouchpointParams,
  ZTouchpointPatch, ZTouchpointPreview, ZTouchpointPreviewInput, ZUnmatchedList, ZUnmatchedQuery,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { notFound } from '../../../platform/errors.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { countUnmatched, listTouchpoints } from './queries/list-touchpoints.js';
import { placementStatus } from './queries/placement-status.js';
import { unmatchedEvents } from './queries/unmatched-events.js';
import type { TouchpointService } from './service.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['touchpoints'];

/** Touchpoints: their rules, their order, how placement is going, and what is not mapped yet. */
export function registerTouchpointRoutes(app: App, ctx: AppContext, service: TouchpointService): void {
  const q = ctx.database.query;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(ctx.database.db, req);
    authorize(manage ? canManageTouchpoints(a.actor) : canReadWorkspace(a.actor));
    return a.workspaceId;
  };
  const one = async (workspaceId: string, id: string) => {
    const [t] = await listTouchpoints(q, workspaceId, id);
    if (!t) throw notFound('Touchpoint not found');
    return t;
  };
  const changed = (workspaceId: string) => ctx.live.publish(workspaceId, 'touchpoints.changed');

  app.get('/api/v1/touchpoints', { schema: { tags, response: { 200: ZTouchpointList, ...errors } } }, async (req) => {
    const ws = await access(req, false);
    const [items, placement, unmatched30d] = await Promise.all([listTouchpoints(q, ws), placementStatus(q, ws), countUnmatched(q, ws)]);
    return { items, placement, unmatched30d };
  });
  app.get(
    '/api/v1/touchpoints/unmatched',
    {
      schema: {
        tags,
        description: 'Events no touchpoint takes, grouped by type, event name, page path and channel; the 100 biggest groups.',
        querystring: ZUnmatchedQuery,
        response: { 200: ZUnmatchedList, ...errors },
      },
    },
    async (req) => unmatchedEvents(q, await access(req, false), req.query.days),
  );
  app.post(
    '/api/v1/touchpoints/preview',
    {
      schema: {
        tags,
        description: 'How rules would place the latest 2,000 events, without saving anything.',
        body: ZTouchpointPreviewInput,
        response: { 200: ZTouchpointPreview, ...errors },
      },
    },
    async (req) => service.preview(await access(req, false), req.body.rules),
  );
  app.post('/api/v1/touchpoints', { schema: { tags, body: ZTouchpointInput, response: { 201: ZTouchpoint, ...errors } } }, async (req, reply) => {
    const ws = await access(req, true);
    const id = await service.create(ws, req.body);
    await changed(ws);
    return reply.code(201).send(await one(ws, id));
  });
  app.put(
    '/api/v1/touchpoints/order',
    {
      schema: {
        tags,
        description: 'The placement order: an event goes to the first touchpoint in this order whose rules it meets.',
        body: ZTouchpointOrder,
        response: { 200: ZTouchpointList.pick({ items: true }), ...errors },
      },
    },
    async (req) => {
      const ws = await access(req, true);
      await service.reorder(ws, req.body.ids);
      await changed(ws);
      return { items: await listTouchpoints(q, ws) };
    },
  );
  app.get('/api/v1/touchpoints/:id', { schema: { tags, params: ZTouchpointParams, response: { 200: ZTouchpoint, ...errors } } }, async (req) =>
    one(await access(req, false), req.params.id),
  );
  app.patch(
    '/api/v1/touchpoints/:id',
    { schema: { tags, params: ZTouchpointParams, body: ZTouchpointPatch, response: { 200: ZTouchpoint, ...errors } } },
    async (req) => {
      const ws = await access(req, true);
      await service.update(ws, req.params.id, req.body);
      await changed(ws);
      return one(ws, req.params.id);
    },
  );
  app.delete(
    '/api/v1/touchpoints/:id',
    { schema: { tags, params: ZTouchpointParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const ws = await access(req, true);
      await service.remove(ws, req.params.id);
      await changed(ws);
      return reply.code(204).send(null);
    },
  );
}
