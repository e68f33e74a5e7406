import { ZCaseParams, ZErrorBody, ZHandoff, ZHandoffAnswer, ZHandoffCreate, ZHandoffParams, ZHandoffQuery, zPage } from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { requireWorkspace } from '../../workspace/index.js';
import { getCase } from '../cases/read-cases.js';
import { caseScope } from '../scope.js';
import { answerHandoff, cancelHandoff, caseHandoffList, createHandoff, handoffQueue } from './handoffs.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['support'];

/** Hand-offs: a case asks another department; the department's queue; answering and withdrawing. */
export function registerHandoffRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get('/api/v1/cases/:id/handoffs', { schema: { tags, params: ZCaseParams, response: { 200: z.object({ items: z.array(ZHandoff) }), ...errors } } }, async (req) => {
    const s = await caseScope(db, await requireWorkspace(db, req), 'read');
    await getCase(db, s, req.params.id);
    return { items: await caseHandoffList(db, s.workspaceId, req.params.id) };
  });
  app.post(
    '/api/v1/cases/:id/handoffs',
    {
      schema: {
        tags,
        description: 'Asks another department about the case, due within `dueInHours` business hours; the case waits on it, its agents and lead are told.',
        params: ZCaseParams,
        body: ZHandoffCreate,
        response: { 201: ZHandoff, ...errors },
      },
    },
    async (req, reply) => {
      const s = await caseScope(db, await requireWorkspace(db, req), 'work');
      return reply.code(201).send(await createHandoff(db, s, req.params.id, req.body));
    },
  );
  app.get(
    '/api/v1/handoffs',
    {
      schema: {
        tags,
        description: 'A department’s hand-offs: asked of it (`direction=to`), asked by it (`from`) or both. Agents get their own department’s.',
        querystring: ZHandoffQuery,
        response: { 200: zPage(ZHandoff), ...errors },
      },
    },
    async (req) => handoffQueue(db, await caseScope(db, await requireWorkspace(db, req), 'read'), req.query),
  );
  app.post(
    '/api/v1/handoffs/:id/answer',
    { schema: { tags, description: 'The asked department answers; 409 `handoff_not_open` when it was answered or withdrawn.', params: ZHandoffParams, body: ZHandoffAnswer, response: { 200: ZHandoff, ...errors } } },
    async (req) => answerHandoff(db, await caseScope(db, await requireWorkspace(db, req), 'work'), req.params.id, req.body.answer),
  );
  app.post(
    '/api/v1/handoffs/:id/cancel',
    { schema: { tags, description: 'The asking side withdraws its question.', params: ZHandoffParams, response: { 200: ZHandoff, ...errors } } },
    async (req) => cancelHandoff(db, await caseScope(db, await requireWorkspace(db, req), 'work'), req.params.id),
  );
}
