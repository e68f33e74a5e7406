import { ZCaseAuditEntry, ZCaseMessage, ZCaseMessageCreate, ZCaseParams, ZErrorBody } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { requireWorkspace } from '../../workspace/index.js';
import { getCase } from '../cases/read-cases.js';
import { caseAuditList } from '../cases/read-audit.js';
import { caseScope } from '../scope.js';
import { addMessage, listMessages, oneMessage } from './messages.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['support'];

/** A case's conversation (replies, notes, system lines) and its history. */
export function registerMessageRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get('/api/v1/cases/:id/messages', { schema: { tags, params: ZCaseParams, response: { 200: z.object({ items: z.array(ZCaseMessage) }), ...errors } } }, async (req) => {
    const s = await caseScope(db, await requireWorkspace(db, req), 'read');
    await getCase(db, s, req.params.id);
    return { items: await listMessages(db, s.workspaceId, req.params.id) };
  });
  app.post(
    '/api/v1/cases/:id/messages',
    {
      schema: {
        tags,
        description:
          'A reply (emailed to the customer, in their timeline; the first one is the first response) or an internal note (@mentions are told). `status` leaves the case in that status (e.g. reply and resolve).',
        params: ZCaseParams,
        body: ZCaseMessageCreate,
        response: { 201: ZCaseMessage, ...errors },
      },
    },
    async (req, reply) => {
      const s = await caseScope(db, await requireWorkspace(db, req), 'work');
      const id = await db.transaction((tx) => addMessage(tx, s, req.params.id, req.body));
      return reply.code(201).send(await oneMessage(db, s.workspaceId, req.params.id, id));
    },
  );
  app.get(
    '/api/v1/cases/:id/audit',
    { schema: { tags, description: 'Who changed what on the case, oldest first.', params: ZCaseParams, response: { 200: z.object({ items: z.array(ZCaseAuditEntry) }), ...errors } } },
    async (req) => {
      const s = await caseScope(db, await requireWorkspace(db, req), 'read');
      await getCase(db, s, req.params.id);
      return { items: await caseAuditList(db, s.workspaceId, req.params.id) };
    },
  );
}
