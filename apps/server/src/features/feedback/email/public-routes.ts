import { ZErrorBody, ZInviteParams, ZInviteResponseSave, ZPublicInvite, ZUnsubscribeInfo } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { publicInvite, saveInviteResponse } from './invites.js';
import { unsubscribe, unsubscribeInfo } from './suppressions.js';

const errors = { 400: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };
const tags = ['public'];
/** Per address, as the survey link's own routes. */
const throttled = { rateLimit: { max: 60, timeWindow: '1 minute' } };

/**
 * What a customer reaches from an invitation without an account: the invitation behind a personal
 * link (and answering through it), and unsubscribing. The token is the whole credential; it
 * names one invitation of one workspace, and nothing here takes a workspace or customer from the request.
 */
export async function registerPublicEmailRoutes(app: App, ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  app.get(
    '/api/v1/public/invites/:token',
    { config: throttled, schema: { tags, description: 'The invitation behind a personal link: its survey, language, and answers so far. Opening counts as opened.', params: ZInviteParams, response: { 200: ZPublicInvite, ...errors } } },
    async (req) => publicInvite(db, req.params.token),
  );
  app.post(
    '/api/v1/public/invites/:token/responses',
    {
      config: throttled,
      schema: {
        tags,
        description: 'Saves answers through an invitation: one response per invitation (later saves continue it; a completed one is final). The customer, touchpoint and channel come from the token.',
        params: ZInviteParams,
        body: ZInviteResponseSave,
        response: { 200: z.object({ id: z.string(), completed: z.boolean() }), ...errors },
      },
    },
    async (req) => {
      const b = req.body;
      // The honeypot: a bot is thanked and ignored.
      if (b.website) return { id: '00000000-0000-0000-0000-000000000000', completed: b.complete };
      const saved = await saveInviteResponse(db, req.params.token, { answers: b.answers, language: b.language, complete: b.complete });
      if (saved.completed) {
        await ctx.live.publish(saved.workspaceId, 'responses.changed', { surveyId: saved.surveyId });
        if (saved.campaignId) await ctx.live.publish(saved.workspaceId, 'campaigns.changed', { id: saved.campaignId });
      }
      return { id: saved.id, completed: saved.completed };
    },
  );

  // Mail apps unsubscribe with a form POST (RFC 8058: `List-Unsubscribe=One-Click`), so this scope
  // reads form bodies, and ignores them: the token in the path is all that counts.
  await app.register(async (scope: App) => {
    scope.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], { parseAs: 'string', bodyLimit: 4096 }, (_req, _body, done) => done(null, {}));
    scope.get(
      '/api/v1/public/unsubscribe/:token',
      { config: throttled, schema: { tags, description: 'Whose address an unsubscribe link is for (masked) and whether it is already unsubscribed.', params: ZInviteParams, response: { 200: ZUnsubscribeInfo, ...errors } } },
      async (req) => unsubscribeInfo(db, req.params.token),
    );
    scope.post(
      '/api/v1/public/unsubscribe/:token',
      {
        config: throttled,
        schema: {
          tags,
          description: 'Unsubscribes the address from this workspace’s survey emails (the List-Unsubscribe one-click target, and the unsubscribe page’s button).',
          params: ZInviteParams,
          response: { 200: ZUnsubscribeInfo, ...errors, 415: ZErrorBody },
        },
      },
      async (req) => {
        const { workspaceId, campaignId, ...info } = await unsubscribe(db, req.params.token);
        await ctx.live.publish(workspaceId, 'campaigns.changed', { id: campaignId });
        return info;
      },
    );
  });
}
