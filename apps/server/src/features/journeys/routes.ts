import {
  canEditJourney, canReadWorkspace, JOURNEY_TEMPLATE_KEYS, TEMPLATE_INFO, TEMPLATE_STAGES, zPage, ZErrorBody, ZJourneyCreate, ZJourneyParams,
  ZJourneyPatch, ZJourneyQuery, ZJourneyRestore, ZJourneySummary, ZJourneyTemplate, ZJourneyVersionParams, ZJourneyVersionSummary,
} from '@footprint/core';
import { z } from 'zod';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { authorize, requireWorkspace } from '../workspace/index.js';
import { createJourney, deleteJourney, duplicateJourney, getJourney, listJourneys, updateJourney } from './journeys.js';
import { registerJourneyExportRoute } from './export-route.js';
import { ZJourneyOut, ZJourneyVersionOut } from './response-schemas.js';
import { registerJourneyShareRoutes } from './share-routes.js';
import { getVersion, listVersions, restoreVersion } from './versions.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['journeys'];
const ZVersionQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export type JourneyAccess = (req: Parameters<typeof requireWorkspace>[1], edit: boolean) => ReturnType<typeof requireWorkspace>;

/** Journey maps: templates, the list, one map, saving with a version check, history and restore. */
export function registerJourneyRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const access: JourneyAccess = async (req, edit) => {
    const a = await requireWorkspace(db, req);
    authorize(edit ? canEditJourney(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = (workspaceId: string, id: string) => ctx.live.publish(workspaceId, 'journeys.changed', { id });

  app.get(
    '/api/v1/journey-templates',
    { schema: { tags, description: 'The models a map starts from, with their stages in both languages.', response: { 200: z.object({ items: z.array(ZJourneyTemplate) }), ...errors } } },
    async (req) => {
      await access(req, false);
      return { items: JOURNEY_TEMPLATE_KEYS.map((key) => ({ key, ...TEMPLATE_INFO[key], stages: TEMPLATE_STAGES[key].map((s) => ({ ...s })) })) };
    },
  );
  app.get(
    '/api/v1/journeys',
    {
      schema: {
        tags,
        description: 'Maps, paged. `q` finds names ignoring diacritics and case; filter by `kind` and `personaId`; sort by `updatedAt`, `name` or `kind`.',
        querystring: ZJourneyQuery,
        response: { 200: zPage(ZJourneySummary), ...errors },
      },
    },
    async (req) => listJourneys(db, (await access(req, false)).workspaceId, req.query),
  );
  app.post(
    '/api/v1/journeys',
    {
      schema: {
        tags,
        description:
          'A new map from a model (`template` and `kind`), from a whole `doc`, or, for a future state (`kind: future`), from a copy of its `currentStateId` map. Touchpoints, departments and the persona must be the workspace’s own (404).',
        body: ZJourneyCreate,
        response: { 201: ZJourneyOut, ...errors },
      },
    },
    async (req, reply) => {
      const a = await access(req, true);
      const id = await createJourney(db, a.workspaceId, req.body, a.userId);
      await changed(a.workspaceId, id);
      return reply.code(201).send(await getJourney(db, a.workspaceId, id));
    },
  );
  app.get('/api/v1/journeys/:id', { schema: { tags, params: ZJourneyParams, response: { 200: ZJourneyOut, ...errors } } }, async (req) =>
    getJourney(db, (await access(req, false)).workspaceId, req.params.id),
  );
  app.patch(
    '/api/v1/journeys/:id',
    {
      schema: {
        tags,
        description:
          'Saves an edit made on `version`. When the map was saved by someone else since, 409 `version_conflict` with `details` { version, updatedBy, updatedAt }: reload, merge, save again.',
        params: ZJourneyParams,
        body: ZJourneyPatch,
        response: { 200: ZJourneyOut, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, true);
      await updateJourney(db, a.workspaceId, req.params.id, req.body, a.userId);
      await changed(a.workspaceId, req.params.id);
      return getJourney(db, a.workspaceId, req.params.id);
    },
  );
  app.delete('/api/v1/journeys/:id', { schema: { tags, params: ZJourneyParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    const a = await access(req, true);
    await deleteJourney(db, a.workspaceId, req.params.id);
    await changed(a.workspaceId, req.params.id);
    return reply.code(204).send(null);
  });
  app.post(
    '/api/v1/journeys/:id/duplicate',
    { schema: { tags, description: 'A copy with the same document, kind and persona, and a fresh history.', params: ZJourneyParams, response: { 201: ZJourneyOut, ...errors } } },
    async (req, reply) => {
      const a = await access(req, true);
      const suffix = req.headers['accept-language']?.startsWith('en') ? '(copy)' : '(bản sao)';
      const id = await duplicateJourney(db, a.workspaceId, req.params.id, suffix, a.userId);
      await changed(a.workspaceId, id);
      return reply.code(201).send(await getJourney(db, a.workspaceId, id));
    },
  );

  app.get(
    '/api/v1/journeys/:id/versions',
    {
      schema: {
        tags,
        description: 'The map’s history, newest first. Saves by one person less than 10 minutes apart share one entry (the latest of them).',
        params: ZJourneyParams,
        querystring: ZVersionQuery,
        response: { 200: zPage(ZJourneyVersionSummary), ...errors },
      },
    },
    async (req) => listVersions(db, (await access(req, false)).workspaceId, req.params.id, req.query.page, req.query.pageSize),
  );
  app.get('/api/v1/journeys/:id/versions/:version', { schema: { tags, params: ZJourneyVersionParams, response: { 200: ZJourneyVersionOut, ...errors } } }, async (req) =>
    getVersion(db, (await access(req, false)).workspaceId, req.params.id, req.params.version),
  );
  app.post(
    '/api/v1/journeys/:id/versions/:version/restore',
    {
      schema: {
        tags,
        description: 'Saves that version’s document and name as a new version. Send the map’s current `version` (409 `version_conflict` otherwise).',
        params: ZJourneyVersionParams,
        body: ZJourneyRestore,
        response: { 200: ZJourneyOut, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, true);
      await restoreVersion(db, a.workspaceId, req.params.id, req.params.version, req.body.version, a.userId);
      await changed(a.workspaceId, req.params.id);
      return getJourney(db, a.workspaceId, req.params.id);
    },
  );

  registerJourneyShareRoutes(app, ctx, access);
  registerJourneyExportRoute(app, ctx, access);
}
