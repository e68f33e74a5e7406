import fastifyCors from '@fastify/cors';
import {
  ZErrorBody, ZWidgetConfig, ZWidgetConfigQuery, ZWidgetDismissInput, ZWidgetImpression, ZWidgetImpressionInput, ZWidgetImpressionParams, ZWidgetResponseInput,
} from '@footprint/core';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { TouchpointPlacements, WriteKeyCache } from '../../collection/index.js';
import type { WidgetConfigCache } from './config.js';
import { claimImpression, dismissImpression } from './impressions.js';
import { saveWidgetResponse } from './responses.js';

export const WIDGET_PREFIX = '/api/v1/public/widget';
const errors = { 400: ZErrorBody, 401: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };
const tags = ['public'];
const security = [{ writeKey: [] }];
/** Widget calls are small JSON documents. */
const BODY_LIMIT = 64 * 1024;
/** Per address. Config reads are page views (many visitors may share an office's address); writes are people answering. */
const reads = { rateLimit: { max: 600, timeWindow: '1 minute' } };
const writes = { rateLimit: { max: 120, timeWindow: '1 minute' } };

/**
 * What the SDK's widget calls from customers' websites, with the workspace's write key (in the
 * query or body: a browser sends no credentials). Any origin may call; POST bodies may be
 * text/plain JSON, so browsers send them without a CORS preflight, like the tracking API.
 */
export async function registerWidgetPublicRoutes(app: App, ctx: AppContext, keys: WriteKeyCache, configs: WidgetConfigCache, placements: TouchpointPlacements): Promise<void> {
  const db = ctx.database.db;
  const workspaceOf = async (writeKey: string) => {
    const key = await keys.resolve(writeKey);
    if (!key) throw new AppError(401, 'invalid_write_key', 'This write key is not valid or was revoked');
    return key.workspaceId;
  };
  const surveyOf = async (workspaceId: string, surveyId: string) => {
    const { config } = await configs.get(workspaceId);
    const survey = config.surveys.find((s) => s.id === surveyId);
    if (!survey) throw notFound('Survey not found');
    return { survey, capDays: config.capDays };
  };

  const routes: FastifyPluginAsync = async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    await scope.register(fastifyCors, { origin: '*', methods: ['GET', 'POST'], allowedHeaders: ['content-type'], maxAge: 86400 });
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError(400, 'bad_request', 'The body is not valid JSON'), undefined);
      }
    });

    scope.get(
      '/config',
      {
        config: reads,
        schema: {
          tags,
          security,
          description: 'The surveys the widget may show on the website (active, widget on), with their triggers, sampling, trimmed definitions, the frequency cap and the touchpoints’ rules. Cacheable for a minute; answers 304 to a matching If-None-Match.',
          querystring: ZWidgetConfigQuery,
          response: { 200: ZWidgetConfig, 304: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        const cached = await configs.get(await workspaceOf(req.query.writeKey));
        void reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300').header('etag', cached.etag).header('vary', 'accept-encoding');
        if (req.headers['if-none-match'] === cached.etag) return reply.code(304).send(null);
        return cached.config;
      },
    );

    scope.post(
      '/impressions',
      {
        config: writes,
        bodyLimit: BODY_LIMIT,
        schema: {
          tags,
          security,
          description: 'Asks to show a survey to this person at a moment (event or page, placed on a touchpoint by the workspace’s rules): answers show=false when the event is not at a trigger touchpoint, the person is not in the sample or was asked within the frequency cap (by any of their ids); else records the impression and answers its id and the answer’s touchpoint.',
          body: ZWidgetImpressionInput,
          response: { 200: ZWidgetImpression, ...errors },
        },
      },
      async (req) => {
        const b = req.body;
        const workspaceId = await workspaceOf(b.writeKey);
        const { survey, capDays } = await surveyOf(workspaceId, b.surveyId);
        const m = b.moment;
        // Placed as ingestion places events: the same rules, the same first-match order.
        const placed = m ? (await placements.placerFor(workspaceId))({ type: m.type, event: m.event, properties: m.properties, context: { page: { url: m.url, path: m.path } } }) : null;
        return claimImpression(db, workspaceId, survey, capDays, { anonymousId: b.anonymousId, userId: b.userId }, { placed, kind: m?.kind ?? 'page' });
      },
    );

    scope.post(
      '/impressions/:id/dismiss',
      {
        config: writes,
        bodyLimit: BODY_LIMIT,
        schema: { tags, security, description: 'The person closed the widget without answering.', params: ZWidgetImpressionParams, body: ZWidgetDismissInput, response: { 200: z.object({ dismissed: z.literal(true) }), ...errors } },
      },
      async (req) => {
        await dismissImpression(db, await workspaceOf(req.body.writeKey), req.params.id);
        return { dismissed: true as const };
      },
    );

    scope.post(
      '/responses',
      {
        config: writes,
        bodyLimit: BODY_LIMIT,
        schema: {
          tags,
          security,
          description: 'Saves answers given in the widget (partial, or complete), channel `widget`, with the visitor’s ids and touchpoint. Idempotent by responseId; a completed response is final.',
          body: ZWidgetResponseInput,
          response: { 200: z.object({ id: z.string(), completed: z.boolean() }), ...errors },
        },
      },
      async (req) => {
        const b = req.body;
        const workspaceId = await workspaceOf(b.writeKey);
        const saved = await saveWidgetResponse(db, workspaceId, { ...b });
        if (saved.completed) await ctx.live.publish(workspaceId, 'responses.changed', { surveyId: b.surveyId });
        return saved;
      },
    );
  };
  await app.register(routes, { prefix: WIDGET_PREFIX });
}
