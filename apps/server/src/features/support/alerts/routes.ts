import { canHaveAlerts, ZAlertPreferences, ZErrorBody, ZNotification, ZNotificationQuery, ZNotificationsRead } from '@footprint/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { forbidden } from '../../../platform/errors.js';
import { requireWorkspace } from '../../workspace/index.js';
import { listNotifications, markRead } from './notifications.js';
import { getPreferences, savePreferences } from './preferences.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['alerts'];

/** The caller's own alerts and email preferences. Alerts belong to members: an API key is refused. */
export function registerAlertRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const member = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    if (!canHaveAlerts(a.actor) || !a.userId) throw forbidden('Alerts belong to members: sign in to read them');
    return { workspaceId: a.workspaceId, userId: a.userId };
  };

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        description: 'The caller’s alerts, newest first (`unread=true` for unread ones only), with the case each is about, the total, and how many are unread.',
        querystring: ZNotificationQuery,
        response: { 200: z.object({ items: z.array(ZNotification), total: z.number().int(), unread: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const m = await member(req);
      return listNotifications(db, m.workspaceId, m.userId, req.query);
    },
  );
  app.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        description: 'Marks the caller’s alerts read: `ids` (404 when one is not the caller’s own alert; nothing changes then) or `all: true`.',
        body: ZNotificationsRead,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const m = await member(req);
      const n = await markRead(db, m.workspaceId, m.userId, req.body);
      if (n > 0) await ctx.live.publish(m.workspaceId, 'notifications.changed', { userIds: [m.userId] });
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/api/v1/notifications/preferences',
    { schema: { tags, description: 'How the caller is emailed, per kind of alert; quiet hours; the daily digest’s hour (workspace time zone).', response: { 200: ZAlertPreferences, ...errors } } },
    async (req) => {
      const m = await member(req);
      return getPreferences(db, m.workspaceId, m.userId);
    },
  );
  app.put(
    '/api/v1/notifications/preferences',
    {
      schema: {
        tags,
        description: 'Saves how the caller is emailed. Emails planned but not sent yet are planned again under the new preferences.',
        body: ZAlertPreferences,
        response: { 200: ZAlertPreferences, ...errors },
      },
    },
    async (req) => {
      const m = await member(req);
      return savePreferences(db, m.workspaceId, m.userId, req.body);
    },
  );
}
