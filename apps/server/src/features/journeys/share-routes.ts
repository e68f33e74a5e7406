import { ZErrorBody, ZJourneyParams, ZJourneyShare, ZJourneyShareCreate, ZJourneyShareParams, ZJourneyShareToken } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import type { JourneyAccess } from './routes.js';
import { ZPublicJourneyOut } from './response-schemas.js';
import { createShare, listShares, publicJourney, revokeShare } from './shares.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['journeys'];
/** Per address, like the other public pages: plenty for people opening a link, little for guessing tokens. */
const throttled = { rateLimit: { max: 60, timeWindow: '1 minute' } };

/** Read-only links to a map: made and revoked by editors, opened by anyone who has one. */
export function registerJourneyShareRoutes(app: App, ctx: AppContext, access: JourneyAccess): void {
  const db = ctx.database.db;
  app.post(
    '/api/v1/journeys/:id/shares',
    {
      schema: {
        tags,
        description: 'A read-only link to the map (`/m/<token>`), with the live figures when `withLive`. The `url` is returned only here: keep it.',
        params: ZJourneyParams,
        body: ZJourneyShareCreate,
        response: { 201: ZJourneyShare, ...errors },
      },
    },
    async (req, reply) => {
      const a = await access(req, true);
      const share = await createShare(db, ctx.config.publicUrl, a.workspaceId, req.params.id, req.body.withLive, a.userId);
      await ctx.live.publish(a.workspaceId, 'journeys.changed', { id: req.params.id });
      return reply.code(201).send(share);
    },
  );
  app.get(
    '/api/v1/journeys/:id/shares',
    { schema: { tags, description: 'The map’s links that still work (the token’s start only).', params: ZJourneyParams, response: { 200: z.object({ items: z.array(ZJourneyShare) }), ...errors } } },
    async (req) => ({ items: await listShares(db, (await access(req, false)).workspaceId, req.params.id) }),
  );
  app.delete(
    '/api/v1/journeys/:id/shares/:shareId',
    { schema: { tags, description: 'Revokes a link: it stops working at once.', params: ZJourneyShareParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      await revokeShare(db, a.workspaceId, req.params.id, req.params.shareId);
      await ctx.live.publish(a.workspaceId, 'journeys.changed', { id: req.params.id });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/public/journey-shares/:token',
    {
      config: throttled,
      schema: {
        tags: ['public'],
        description: 'A shared map, read-only, with the names it refers to. Unknown or revoked links: 404.',
        params: ZJourneyShareToken,
        response: { 200: ZPublicJourneyOut, 400: ZErrorBody, 404: ZErrorBody, 429: ZErrorBody },
      },
    },
    async (req, reply) => {
      const { workspaceId: _w, journeyId: _j, ...shared } = await publicJourney(db, req.params.token);
      return reply.header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex').send(shared);
    },
  );
}
