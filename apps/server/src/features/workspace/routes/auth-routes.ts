import {
  ZErrorBody, ZInvitationAccept, ZInvitationPreview, ZLoginInput, ZMe, ZPasswordResetConfirm, ZPasswordResetRequest,
  ZSetupInput, ZSetupStatus,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { clearSessionCookie, principalOf, setSessionCookie } from '../auth.js';
import { acceptInvitation, previewInvitation } from '../invitations.js';
import { checkPassword, defaultWorkspaceOf } from '../login.js';
import { confirmPasswordReset, requestPasswordReset } from '../password-reset.js';
import { createSession, deleteSession, loadMe } from '../sessions.js';
import { needsSetup, runSetup } from '../setup.js';

/** Sign-in style routes are throttled per client address on top of the per-account lockout. */
const throttled = { rateLimit: { max: 30, timeWindow: '1 minute' } };
const tags = ['auth'];
const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };

export function registerAuthRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const logN = ctx.config.scryptLogN;

  app.get('/api/v1/setup', { schema: { tags, security: [], response: { 200: ZSetupStatus } } }, async () => ({
    needsSetup: await needsSetup(db),
  }));

  app.post(
    '/api/v1/setup',
    { config: throttled, schema: { tags, security: [], body: ZSetupInput, response: { 201: ZMe, ...errors } } },
    async (req, reply) => {
      const { user, workspace } = await runSetup(db, req.body, logN);
      setSessionCookie(reply, await createSession(db, user.id, workspace.id, req.headers['user-agent']), ctx.config.secureCookies);
      return reply.code(201).send(await loadMe(db, user.id, workspace.id));
    },
  );

  app.post(
    '/api/v1/auth/login',
    { config: throttled, schema: { tags, security: [], body: ZLoginInput, response: { 200: ZMe, ...errors } } },
    async (req, reply) => {
      const user = await checkPassword(db, req.body.email, req.body.password, logN);
      const workspaceId = await defaultWorkspaceOf(db, user.id);
      setSessionCookie(reply, await createSession(db, user.id, workspaceId, req.headers['user-agent']), ctx.config.secureCookies);
      return loadMe(db, user.id, workspaceId);
    },
  );

  app.post('/api/v1/auth/logout', { schema: { tags, response: { 204: z.null() } } }, async (req, reply) => {
    const p = await principalOf(db, req).catch(() => null);
    if (p?.session) await deleteSession(db, p.session.id);
    clearSessionCookie(reply, ctx.config.secureCookies);
    return reply.code(204).send(null);
  });

  app.post(
    '/api/v1/auth/password-reset',
    { config: throttled, schema: { tags, security: [], body: ZPasswordResetRequest, response: { 202: z.object({}), ...errors } } },
    async (req, reply) => {
      await requestPasswordReset(ctx.database, req.body.email, ctx.config.publicUrl);
      return reply.code(202).send({});
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    { config: throttled, schema: { tags, security: [], body: ZPasswordResetConfirm, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await confirmPasswordReset(ctx.database, req.body.token, req.body.password, logN);
      return reply.code(204).send(null);
    },
  );

  const tokenParams = z.object({ token: z.string().min(1).max(200) });
  app.get(
    '/api/v1/invitations/token/:token',
    { config: throttled, schema: { tags, security: [], params: tokenParams, response: { 200: ZInvitationPreview, ...errors } } },
    async (req) => previewInvitation(db, req.params.token),
  );

  app.post(
    '/api/v1/invitations/token/:token/accept',
    {
      config: throttled,
      schema: { tags, security: [], params: tokenParams, body: ZInvitationAccept, response: { 200: ZMe, ...errors } },
    },
    async (req, reply) => {
      const p = await principalOf(db, req).catch(() => null);
      const signedInUserId = p?.session?.userId ?? null;
      const { userId, workspaceId } = await acceptInvitation(
        db,
        req.params.token,
        { ...req.body, signedInUserId },
        logN,
        (email, password) => checkPassword(db, email, password, logN),
      );
      if (p?.session) await deleteSession(db, p.session.id);
      setSessionCookie(reply, await createSession(db, userId, workspaceId, req.headers['user-agent']), ctx.config.secureCookies);
      await ctx.live.publish(workspaceId, 'members.changed');
      await ctx.live.publish(workspaceId, 'invitations.changed');
      return loadMe(db, userId, workspaceId);
    },
  );
}
