import {
  canManageSurveys, canReadWorkspace, foldForSearch, SURVEY_TEMPLATES, zPage, ZErrorBody, ZSurvey, ZSurveyCreate, ZSurveyParams, ZSurveyPatch, ZSurveyQuery, ZSurveySummary,
  ZPosterQuery, ZSurveyTemplate,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { authorize, requireWorkspace } from '../workspace/index.js';
import { surveyPoster } from './poster.js';
import { qrTarget, surveyQr } from './qr.js';
import { registerResponseRoutes } from './responses/routes.js';
import { registerScoreRoutes } from './score-routes.js';
import { createSurvey, deleteSurvey, duplicateSurvey, getSurvey, listSurveys, updateSurvey } from './surveys.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['feedback'];

/** Surveys: templates, the list, building and editing one, and where it listens. */
export function registerFeedbackRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageSurveys(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = (workspaceId: string) => ctx.live.publish(workspaceId, 'surveys.changed');
  registerResponseRoutes(app, ctx);

  app.get('/api/v1/survey-templates', { schema: { tags, response: { 200: z.object({ items: z.array(ZSurveyTemplate) }), ...errors } } }, async (req) => {
    await access(req, false);
    return { items: SURVEY_TEMPLATES.map((t) => ({ ...t, definition: t.definition as Record<string, unknown> })) };
  });
  app.get('/api/v1/surveys', { schema: { tags, querystring: ZSurveyQuery, response: { 200: zPage(ZSurveySummary), ...errors } } }, async (req) =>
    listSurveys(db, (await access(req, false)).workspaceId, req.query),
  );
  app.post('/api/v1/surveys', { schema: { tags, body: ZSurveyCreate, response: { 201: ZSurvey, ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    const id = await createSurvey(db, a.workspaceId, req.body, a.userId ?? null);
    await changed(a.workspaceId);
    return reply.code(201).send(await getSurvey(db, a.workspaceId, id));
  });
  app.get('/api/v1/surveys/:id', { schema: { tags, params: ZSurveyParams, response: { 200: ZSurvey, ...errors } } }, async (req) =>
    getSurvey(db, (await access(req, false)).workspaceId, req.params.id),
  );
  app.patch('/api/v1/surveys/:id', { schema: { tags, params: ZSurveyParams, body: ZSurveyPatch, response: { 200: ZSurvey, ...errors } } }, async (req) => {
    const a = await access(req, true);
    await updateSurvey(db, a.workspaceId, req.params.id, req.body);
    await changed(a.workspaceId);
    return getSurvey(db, a.workspaceId, req.params.id);
  });
  app.post(
    '/api/v1/surveys/:id/duplicate',
    { schema: { tags, description: 'A draft copy with the same questions and touchpoints.', params: ZSurveyParams, response: { 201: ZSurvey, ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      const suffix = req.headers['accept-language']?.startsWith('en') ? '(copy)' : '(bản sao)';
      const id = await duplicateSurvey(db, a.workspaceId, req.params.id, suffix, a.userId ?? null);
      await changed(a.workspaceId);
      return reply.code(201).send(await getSurvey(db, a.workspaceId, id));
    },
  );
  app.delete('/api/v1/surveys/:id', { schema: { tags, params: ZSurveyParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    await deleteSurvey(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId);
    return reply.code(204).send(null);
  });

  registerScoreRoutes(app, ctx);
  app.get(
    '/api/v1/surveys/:id/qr',
    {
      schema: {
        tags,
        description: 'The survey’s QR code, PNG or SVG, pointing at its link (with the touchpoint, when given). An image, not JSON.',
        params: ZSurveyParams,
        querystring: z.object({
          touchpointId: z.uuid().optional(),
          format: z.enum(['png', 'svg']).default('png'),
          size: z.coerce.number().int().min(128).max(2048).default(512),
        }),
        response: { 200: z.unknown().describe('The image (image/png or image/svg+xml)'), ...errors },
      },
    },
    async (req, reply) => {
      const a = await access(req, false);
      const qr = await surveyQr(db, ctx.config.publicUrl, a.workspaceId, req.params.id, req.query);
      const file = `qr-${req.params.id.slice(0, 8)}.${req.query.format}`;
      return reply
        .type(req.query.format === 'svg' ? 'image/svg+xml' : 'image/png')
        .header('content-disposition', `inline; filename="${file}"`)
        .header('x-survey-link', qr.link)
        .header('cache-control', 'private, max-age=300')
        .send(qr.body);
    },
  );
  app.get(
    '/api/v1/surveys/:id/poster',
    {
      schema: {
        tags,
        description: 'A printable A5 poster (PDF) of the survey’s QR code with a Vietnamese call to action (and English, when asked and offered), for counters, receipts and delivery boxes.',
        params: ZSurveyParams,
        querystring: ZPosterQuery,
        response: { 200: z.unknown().describe('The poster (application/pdf)'), ...errors },
      },
    },
    async (req, reply) => {
      const a = await access(req, false);
      const target = await qrTarget(db, ctx.config.publicUrl, a.workspaceId, req.params.id, req.query.touchpointId);
      const pdf = await surveyPoster(target, req.query);
      const file = `poster-${foldForSearch(target.touchpointName ?? target.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'khao-sat'}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file}"`)
        .header('x-survey-link', target.link)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
