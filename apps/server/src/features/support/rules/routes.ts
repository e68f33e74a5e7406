import {
  canManageSupport, canReadCases, canReadWorkspace, ZCaseTrigger, ZCaseTriggerInput, ZCaseTriggerPatch, ZErrorBody, ZRoutingRule, ZRoutingRuleInput, ZRoutingRulePatch,
  ZRuleOrder, ZRuleParams, ZRulePreview, ZRulePreviewInput,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import {
  createRoutingRule, createTrigger, deleteRoutingRule, deleteTrigger, getRoutingRule, getTrigger, listRoutingRules, listTriggers, previewRule, reorder,
  updateRoutingRule, updateTrigger,
} from './rules.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['support'];

/** Case triggers (feedback that opens a case) and routing rules (which department takes it): admins edit, agents and up read. */
export function registerRuleRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageSupport(a.actor) : canReadWorkspace(a.actor));
    return a.workspaceId;
  };

  app.get('/api/v1/support/triggers', { schema: { tags, description: 'The rules that open cases from feedback, in order.', response: { 200: z.object({ items: z.array(ZCaseTrigger) }), ...errors } } }, async (req) => ({
    items: await listTriggers(db, await access(req, false)),
  }));
  app.post('/api/v1/support/triggers', { schema: { tags, description: 'A new rule, placed last.', body: ZCaseTriggerInput, response: { 201: ZCaseTrigger, ...errors } } }, async (req, reply) => {
    const ws = await access(req, true);
    const id = await createTrigger(db, ws, req.body);
    return reply.code(201).send(await getTrigger(db, ws, id));
  });
  app.put('/api/v1/support/triggers/order', { schema: { tags, description: 'Every rule’s id, once, in the new order (400 `rule_order_mismatch` otherwise).', body: ZRuleOrder, response: { 200: z.object({ items: z.array(ZCaseTrigger) }), ...errors } } }, async (req) => {
    const ws = await access(req, true);
    await reorder(db, ws, 'triggers', req.body.ids);
    return { items: await listTriggers(db, ws) };
  });
  app.patch('/api/v1/support/triggers/:id', { schema: { tags, params: ZRuleParams, body: ZCaseTriggerPatch, response: { 200: ZCaseTrigger, ...errors } } }, async (req) => {
    const ws = await access(req, true);
    await updateTrigger(db, ws, req.params.id, req.body);
    return getTrigger(db, ws, req.params.id);
  });
  app.delete('/api/v1/support/triggers/:id', { schema: { tags, params: ZRuleParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await deleteTrigger(db, await access(req, true), req.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/v1/support/routing-rules', { schema: { tags, description: 'The rules that choose a case’s department, in order.', response: { 200: z.object({ items: z.array(ZRoutingRule) }), ...errors } } }, async (req) => ({
    items: await listRoutingRules(db, await access(req, false)),
  }));
  app.post('/api/v1/support/routing-rules', { schema: { tags, body: ZRoutingRuleInput, response: { 201: ZRoutingRule, ...errors } } }, async (req, reply) => {
    const ws = await access(req, true);
    const id = await createRoutingRule(db, ws, req.body);
    return reply.code(201).send(await getRoutingRule(db, ws, id));
  });
  app.put('/api/v1/support/routing-rules/order', { schema: { tags, body: ZRuleOrder, response: { 200: z.object({ items: z.array(ZRoutingRule) }), ...errors } } }, async (req) => {
    const ws = await access(req, true);
    await reorder(db, ws, 'routing', req.body.ids);
    return { items: await listRoutingRules(db, ws) };
  });
  app.patch('/api/v1/support/routing-rules/:id', { schema: { tags, params: ZRuleParams, body: ZRoutingRulePatch, response: { 200: ZRoutingRule, ...errors } } }, async (req) => {
    const ws = await access(req, true);
    await updateRoutingRule(db, ws, req.params.id, req.body);
    return getRoutingRule(db, ws, req.params.id);
  });
  app.delete('/api/v1/support/routing-rules/:id', { schema: { tags, params: ZRuleParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await deleteRoutingRule(db, await access(req, true), req.params.id);
    return reply.code(204).send(null);
  });

  app.post(
    '/api/v1/support/rules/preview',
    { schema: { tags, description: 'How many of the last 30 days’ completed responses the conditions match, with up to five examples.', body: ZRulePreviewInput, response: { 200: ZRulePreview, ...errors } } },
    async (req) => {
      // Examples carry customers' names and comments: for those who may read cases.
      const a = await requireWorkspace(db, req);
      authorize(canReadCases(a.actor));
      return previewRule(db, a.workspaceId, req.body.conditions);
    },
  );
}
