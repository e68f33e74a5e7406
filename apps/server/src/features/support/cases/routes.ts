import { ZCase, ZCaseBulk, ZCaseBulkResult, ZCaseCreate, ZCaseParams, ZCasePatch, ZCaseQuery, ZCaseQueues, ZCaseSummary, ZErrorBody, zPage } from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { requireWorkspace } from '../../workspace/index.js';
import { checkReferences } from '../references.js';
import { caseScope } from '../scope.js';
import { createCase } from './create-case.js';
import { bulkChange, patchCase } from './patch-case.js';
import { caseQueues, getCase, listCases } from './read-cases.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['support'];

/** Cases: the inbox's list and queues, opening one, reading and changing it (with the version check), bulk changes. */
export function registerCaseRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags,
        description: 'Cases the caller may see (agents: their department’s, theirs, and those their department was asked about), filtered, sorted and paged. Without `status`, the open ones.',
        querystring: ZCaseQuery,
        response: { 200: zPage(ZCaseSummary), ...errors },
      },
    },
    async (req) => listCases(db, await caseScope(db, await requireWorkspace(db, req), 'read'), req.query),
  );
  app.get(
    '/api/v1/cases/queues',
    { schema: { tags, description: 'Open cases the caller may see, per queue and per department.', response: { 200: ZCaseQueues, ...errors } } },
    async (req) => caseQueues(db, await caseScope(db, await requireWorkspace(db, req), 'read')),
  );
  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags,
        description: 'Opens a case by hand. Without `departmentId` the routing rules choose (else the default department); without `assigneeId` the department’s assignment mode does. 409 `case_exists` when the response already has one.',
        body: ZCaseCreate,
        response: { 201: ZCase, ...errors },
      },
    },
    async (req, reply) => {
      const a = await requireWorkspace(db, req);
      const s = await caseScope(db, a, 'work');
      const b = req.body;
      await checkReferences(db, a.workspaceId, b);
      const { id } = await db.transaction((tx) =>
        createCase(tx, {
          workspaceId: a.workspaceId,
          subject: b.subject,
          description: b.description,
          customerId: b.customerId,
          responseId: b.responseId,
          touchpointId: b.touchpointId,
          channel: b.channel,
          departmentId: b.departmentId,
          assigneeId: b.assigneeId,
          priority: b.priority,
          tags: b.tags,
          source: a.userId ? 'manual' : 'api',
          createdBy: a.userId,
        }),
      );
      // Whoever opened it sees what they made, even when routing sent it to another department.
      return reply.code(201).send(await getCase(db, { ...s, all: true }, id));
    },
  );
  app.post(
    '/api/v1/cases/bulk',
    { schema: { tags, description: 'One change to many cases; each is changed and audited on its own. Cases the caller cannot see are listed as not found.', body: ZCaseBulk, response: { 200: ZCaseBulkResult, ...errors } } },
    async (req) => {
      const s = await caseScope(db, await requireWorkspace(db, req), 'work');
      return bulkChange(db, s, req.body.ids, req.body.set);
    },
  );
  app.get('/api/v1/cases/:id', { schema: { tags, params: ZCaseParams, response: { 200: ZCase, ...errors } } }, async (req) =>
    getCase(db, await caseScope(db, await requireWorkspace(db, req), 'read'), req.params.id),
  );
  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags,
        description: 'Changes a case seen at `version`. 409 `version_conflict` with `details.current` (the case now) when someone changed it since. Every change is audited.',
        params: ZCaseParams,
        body: ZCasePatch,
        response: { 200: ZCase, ...errors },
      },
    },
    async (req) => {
      const s = await caseScope(db, await requireWorkspace(db, req), 'work');
      await patchCase(db, s, req.params.id, req.body);
      return getCase(db, { ...s, all: true }, req.params.id);
    },
  );
}
