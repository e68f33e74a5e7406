import {
  canExportResponses, canReadWorkspace, zPage, ZErrorBody, ZJob, ZResponseDetailWithCase, ZResponseExport, ZResponseExportCreate, ZResponseParams, ZResponseQuery,
  ZResponseSummary, type Job,
} from '@footprint/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { pickLanguage } from '../../../platform/messages.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { createExport, exportFile, getExport, jobOf, listExports } from './export/service.js';
import { getResponse, listResponses } from './service.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['feedback'];

/** RFC 6266: an ASCII name for old clients, the UTF-8 one for the rest. */
const disposition = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Responses: the list with its filters, one response, and exports of the list (CSV/XLSX, a background job). */
export function registerResponseRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const q = ctx.database.query;
  const reader = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canReadWorkspace(a.actor));
    return a;
  };
  const exporter = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canExportResponses(a.actor));
    return a;
  };

  app.get(
    '/api/v1/responses',
    {
      schema: {
        tags,
        description:
          'Survey responses, newest first: filter by survey, touchpoint, channel, store, score group (NPS detractor/passive/promoter, or negative/neutral/positive on any scale), ' +
          'status, days (`from`/`to`, the workspace’s calendar, both included), words in the open answers (`q`, diacritics ignored) and customer (their user id).',
        querystring: ZResponseQuery,
        response: { 200: zPage(ZResponseSummary), ...errors },
      },
    },
    async (req) => listResponses(q, (await reader(req)).workspaceId, req.query),
  );
  app.get(
    '/api/v1/responses/:id',
    {
      schema: {
        tags,
        description: 'One response: every question of its survey with the answer as people read it, in the request’s language where the survey has it, and the support case it led to (`case`, or null).',
        params: ZResponseParams,
        response: { 200: ZResponseDetailWithCase, ...errors },
      },
    },
    async (req) => getResponse(q, (await reader(req)).workspaceId, req.params.id, pickLanguage(req.headers['accept-language'])),
  );

  app.post(
    '/api/v1/response-exports',
    {
      schema: {
        tags,
        description: 'Exports the responses the filters pick as CSV (UTF-8 with BOM) or XLSX: a background job; download the file when the export is `done`.',
        body: ZResponseExportCreate,
        response: { 202: z.object({ export: ZResponseExport, job: ZJob }), ...errors },
      },
    },
    async (req, reply) => {
      const a = await exporter(req);
      const language = req.body.language ?? pickLanguage(req.headers['accept-language']);
      const created = await createExport(ctx.database, a.workspaceId, a.userId ?? null, { format: req.body.format, language, filters: req.body.filters });
      const j = await jobOf(ctx.database, created.jobId);
      const job: Job = {
        id: created.jobId, kind: j?.kind ?? 'responses.export', status: j?.status ?? 'queued', progress: j?.progress ?? 0, message: j?.message ?? null,
        result: null, error: null, createdAt: (j?.createdAt ?? new Date()).toISOString(), finishedAt: j?.finishedAt?.toISOString() ?? null,
      };
      return reply.code(202).send({ export: created.export, job });
    },
  );
  app.get(
    '/api/v1/response-exports',
    { schema: { tags, description: 'The workspace’s latest 20 exports.', response: { 200: z.object({ items: z.array(ZResponseExport) }), ...errors } } },
    async (req) => ({ items: await listExports(ctx.database, (await exporter(req)).workspaceId) }),
  );
  app.get('/api/v1/response-exports/:id', { schema: { tags, params: ZResponseParams, response: { 200: ZResponseExport, ...errors } } }, async (req) =>
    getExport(ctx.database, (await exporter(req)).workspaceId, req.params.id),
  );
  app.get(
    '/api/v1/response-exports/:id/file',
    {
      schema: {
        tags,
        description: 'The export’s file (text/csv or XLSX), as an attachment; `409 export_not_ready` until the export is done.',
        params: ZResponseParams,
        response: { 200: z.unknown().describe('The file'), ...errors },
      },
    },
    async (req, reply) => {
      const file = await exportFile(ctx.database, (await exporter(req)).workspaceId, req.params.id);
      return reply.type(file.type).header('content-disposition', disposition(file.fileName)).header('cache-control', 'private, no-store').send(file.body);
    },
  );
}
