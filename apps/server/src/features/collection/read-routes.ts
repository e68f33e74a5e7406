import {
  canReadWorkspace, ZCustomer, ZCustomerParams, ZCustomerQuery, ZCustomerSummary, ZCustomerSupport, ZErrorBody, ZEventPage, ZEventQuery, ZTimelineQuery, zPage,
} from '@footprint/core';
import { customerSupport } from '../support/index.js';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { authorize, requireWorkspace } from '../workspace/index.js';
import { customerTimeline, getCustomer } from './queries/get-customer.js';
import { listCustomers } from './queries/list-customers.js';
import { listEvents } from './queries/list-events.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const userParams = ZCustomerParams;

/** Reading what was collected: events, customers, a customer's timeline. */
export function registerReadRoutes(app: App, ctx: AppContext): void {
  const q = ctx.database.query;
  const access = async (req: Parameters<typeof requireWorkspace>[1]) => {
    const a = await requireWorkspace(ctx.database.db, req);
    authorize(canReadWorkspace(a.actor));
    return a;
  };

  app.get('/api/v1/events', { schema: { tags: ['collection'], querystring: ZEventQuery, response: { 200: ZEventPage, ...errors } } }, async (req) =>
    listEvents(q, (await access(req)).workspaceId, req.query),
  );
  app.get(
    '/api/v1/customers',
    { schema: { tags: ['collection'], querystring: ZCustomerQuery, response: { 200: zPage(ZCustomerSummary), ...errors } } },
    async (req) => listCustomers(q, (await access(req)).workspaceId, req.query),
  );
  app.get(
    '/api/v1/customers/:userId',
    { schema: { tags: ['collection'], description: 'A customer by the business’s own user id.', params: userParams, response: { 200: ZCustomer, ...errors } } },
    async (req) => getCustomer(q, (await access(req)).workspaceId, req.params.userId.normalize('NFC')),
  );
  app.get(
    '/api/v1/customers/:userId/timeline',
    {
      schema: {
        tags: ['collection'],
        description: 'The customer’s events, newest first, paged by `before`; with their support cases and the replies sent to them (for those who may read cases).',
        params: userParams,
        querystring: ZTimelineQuery,
        response: { 200: ZEventPage.extend({ support: ZCustomerSupport }), ...errors },
      },
    },
    async (req) => {
      const a = await access(req);
      const userId = req.params.userId.normalize('NFC');
      const page = await customerTimeline(q, a.workspaceId, userId, req.query.limit, req.query.before);
      return { ...page, support: await customerSupport(ctx.database.db, a, userId) };
    },
  );
}
