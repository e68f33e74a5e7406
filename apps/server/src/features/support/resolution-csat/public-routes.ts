import { ZErrorBody, ZPublicCaseCsat, ZResolutionCsatAnswer, ZResolutionCsatToken } from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { answerCaseCsat, publicCaseCsat } from './answer.js';

const errors = { 400: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };
const tags = ['public'];
/** Per address, like the other public token routes. */
const throttled = { rateLimit: { max: 60, timeWindow: '1 minute' } };

/** The resolution question a customer opens from the email, without an account: the token is the credential. */
export function registerPublicCaseCsatRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/public/case-csat/:token',
    {
      config: throttled,
      schema: { tags, description: 'The resolved request behind a resolution-CSAT link: its number and subject, whether it is answered, in the customer’s language.', params: ZResolutionCsatToken, response: { 200: ZPublicCaseCsat, ...errors } },
    },
    async (req) => publicCaseCsat(db, req.params.token),
  );
  app.post(
    '/api/v1/public/case-csat/:token',
    {
      config: throttled,
      schema: {
        tags,
        description: 'The customer’s answer (1–5, optional comment), once: 409 `already_answered` after that, 409 `case_reopened` when the request was reopened meanwhile.',
        params: ZResolutionCsatToken,
        body: ZResolutionCsatAnswer,
        response: { 200: ZPublicCaseCsat, ...errors },
      },
    },
    async (req) => {
      const { workspaceId, caseId, ...out } = await answerCaseCsat(db, req.params.token, req.body);
      await ctx.live.publish(workspaceId, 'cases.changed', { id: caseId });
      return out;
    },
  );
}
