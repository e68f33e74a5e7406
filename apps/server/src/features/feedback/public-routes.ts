import { SURVEY_LANGUAGES, ZAnswer, ZErrorBody } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { publicSurvey, saveResponse } from './respond.js';

const errors = { 400: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };
const tags = ['public'];
/** Per address: plenty for people answering, little for a script filling the rollups. */
const throttled = { rateLimit: { max: 60, timeWindow: '1 minute' } };
const params = z.object({ publicId: z.string().min(10).max(40).regex(/^[A-Za-z0-9]+$/) });

export const ZPublicSurvey = z.object({
  publicId: z.string(),
  workspaceName: z.string(),
  definition: z.record(z.string(), z.unknown()),
});

export const ZResponseSave = z.object({
  /** Chosen by the respondent's device, so retried saves land on the same response. */
  responseId: z.uuid(),
  answers: z.record(z.string().max(40), ZAnswer).refine((a) => Object.keys(a).length <= 50, 'Too many answers'),
  language: z.enum(SURVEY_LANGUAGES).default('vi'),
  /** Complete the response (its scores count from then on); false saves a partial answer. */
  complete: z.boolean().default(false),
  touchpointId: z.uuid().optional(),
  channel: z.enum(['link', 'qr']).default('link'),
  /** A field people never see: a bot that fills it is thanked and ignored. */
  website: z.string().max(500).optional(),
});

/** What respondents reach without an account: an active survey by its public id, and saving answers. */
export function registerPublicFeedbackRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/public/surveys/:publicId',
    { config: throttled, schema: { tags, description: 'An active survey, for its link, QR and kiosk pages.', params, response: { 200: ZPublicSurvey, ...errors } } },
    async (req) => {
      const s = await publicSurvey(db, req.params.publicId);
      return { publicId: s.survey.publicId, workspaceName: s.workspaceName, definition: s.definition as unknown as Record<string, unknown> };
    },
  );
  app.post(
    '/api/v1/public/surveys/:publicId/responses',
    {
      config: throttled,
      schema: {
        tags,
        description: 'Saves answers so far (partial), or completes the response. Idempotent by responseId; a completed response is final.',
        params,
        body: ZResponseSave,
        response: { 200: z.object({ id: z.string(), completed: z.boolean() }), ...errors },
      },
    },
    async (req) => {
      const s = await publicSurvey(db, req.params.publicId);
      const b = req.body;
      if (b.website) return { id: b.responseId, completed: b.complete };
      const saved = await saveResponse(
        db,
        { workspaceId: s.survey.workspaceId, surveyId: s.survey.id, definition: s.definition, timeZone: s.timeZone, touchpointIds: s.touchpointIds },
        { responseId: b.responseId, answers: b.answers, language: b.language, complete: b.complete, touchpointId: b.touchpointId, channel: b.channel },
      );
      if (saved.completed) await ctx.live.publish(s.survey.workspaceId, 'responses.changed', { surveyId: s.survey.id });
      return saved;
    },
  );
}
