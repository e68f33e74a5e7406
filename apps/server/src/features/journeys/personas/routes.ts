import {
  canManagePersonas, canReadWorkspace, zPage, ZErrorBody, ZPersona, ZPersonaCoverage, ZPersonaCoveragePreview, ZPersonaCoverageQuery, ZPersonaCreate, ZPersonaParams,
  ZPersonaPatch, ZPersonaQuery, ZPersonaSummary,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { coveragePeriod, readCoverage } from './coverage.js';
import { createPersona, deletePersona, duplicatePersona, getPersona, listPersonas, personaRule, timeZoneOf, updatePersona } from './personas.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const photoErrors = { ...errors, 413: ZErrorBody, 422: ZErrorBody };
const tags = ['journeys'];

/** Personas: the list, one persona, editing it, and the real customers its rule covers with their scores. */
export function registerPersonaRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManagePersonas(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = (workspaceId: string) => ctx.live.publish(workspaceId, 'personas.changed');

  app.get('/api/v1/personas', { schema: { tags, querystring: ZPersonaQuery, response: { 200: zPage(ZPersonaSummary), ...errors } } }, async (req) =>
    listPersonas(db, (await access(req, false)).workspaceId, req.query),
  );
  app.post('/api/v1/personas', { schema: { tags, body: ZPersonaCreate, response: { 201: ZPersona, ...photoErrors } } }, async (req, reply) => {
    const a = await access(req, true);
    const id = await createPersona(db, a.workspaceId, req.body, a.userId ?? null);
    await changed(a.workspaceId);
    return reply.code(201).send(await getPersona(db, a.workspaceId, id));
  });
  app.post(
    '/api/v1/personas/coverage',
    {
      schema: {
        tags,
        description: 'The coverage of a rule not saved yet (the editor’s live count): customers it covers and their scores over the period.',
        body: ZPersonaCoveragePreview,
        response: { 200: ZPersonaCoverage, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, false);
      const timeZone = await timeZoneOf(db, a.workspaceId);
      const now = new Date();
      return readCoverage(db, a.workspaceId, req.body.rule, coveragePeriod(req.body, timeZone, now), timeZone, now);
    },
  );
  app.get('/api/v1/personas/:id', { schema: { tags, params: ZPersonaParams, response: { 200: ZPersona, ...errors } } }, async (req) =>
    getPersona(db, (await access(req, false)).workspaceId, req.params.id),
  );
  app.patch('/api/v1/personas/:id', { schema: { tags, params: ZPersonaParams, body: ZPersonaPatch, response: { 200: ZPersona, ...photoErrors } } }, async (req) => {
    const a = await access(req, true);
    await updatePersona(db, a.workspaceId, req.params.id, req.body);
    await changed(a.workspaceId);
    return getPersona(db, a.workspaceId, req.params.id);
  });
  app.post(
    '/api/v1/personas/:id/duplicate',
    { schema: { tags, description: 'A copy with the same profile, photo and rule, named “… (bản sao)”.', params: ZPersonaParams, response: { 201: ZPersona, ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      const suffix = req.headers['accept-language']?.startsWith('en') ? 'copy' : 'bản sao';
      const id = await duplicatePersona(db, a.workspaceId, req.params.id, suffix, a.userId ?? null);
      await changed(a.workspaceId);
      return reply.code(201).send(await getPersona(db, a.workspaceId, id));
    },
  );
  app.delete('/api/v1/personas/:id', { schema: { tags, params: ZPersonaParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    await deletePersona(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId);
    return reply.code(204).send(null);
  });
  app.get(
    '/api/v1/personas/:id/coverage',
    {
      schema: {
        tags,
        description: 'The customers the persona’s rule covers (and their share of all customers), and their NPS, CSAT and CES with n over the period (the last 90 days by default).',
        params: ZPersonaParams,
        querystring: ZPersonaCoverageQuery,
        response: { 200: ZPersonaCoverage, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, false);
      const { rule } = await personaRule(db, a.workspaceId, req.params.id);
      const timeZone = await timeZoneOf(db, a.workspaceId);
      const now = new Date();
      const period = coveragePeriod(req.query, timeZone, now);
      // No rule covers nobody: the persona is a sketch, not yet tied to real customers.
      return readCoverage(db, a.workspaceId, rule ?? { match: 'any', conditions: [] }, period, timeZone, now);
    },
  );
}
