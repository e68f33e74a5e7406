import {
  canImportFootprints, canReadWorkspace, KIND_TEMPLATES, MAX_IMPORT_BYTES, ZErrorBody, ZId, ZImport, ZImportErrorQuery, ZImportErrorRow,
  ZImportMapping, ZImportQuery, ZImportSummary, ZImportTemplateQuery, ZImportUploadQuery, ZJob, zPage,
} from '@footprint/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { AppError, conflict } from '../../../platform/errors.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { pickLanguage } from '../../../platform/messages.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { listImports } from './queries/list-imports.js';
import { startImport } from './queries/set-import-status.js';
import { IMPORT_JOB, IMPORT_MAX_ATTEMPTS } from './run-import.js';
import { importErrorPage, mustGetImport, removeImport, uploadImport, validateImport } from './service.js';
import { templateCsv } from './template.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const params = z.object({ id: ZId });

/** What a file upload may be sent as: the file's own bytes, never a form. */
export const FILE_TYPES = [
  'text/csv',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel', // what Windows browsers call a .csv
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];
const isFileType = (req: FastifyRequest) => FILE_TYPES.includes((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase());

/** Offline footprints from CSV/XLSX: upload, map, validate, import (a background job), report. */
export async function registerImportRoutes(app: App, ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  const reader = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canReadWorkspace(a.actor));
    return a;
  };
  const importer = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canImportFootprints(a.actor));
    return a;
  };

  // The upload takes the file as the body (curl --data-binary @file.csv). Its parsers live in this scope only.
  await app.register(async (scope: App) => {
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));
    scope.post(
      '/api/v1/imports',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags: ['imports'],
          description:
            'Uploads a CSV (UTF-8, comma, semicolon or tab) or XLSX file as the request body, with `Content-Type: text/csv` or the XLSX type ' +
            '(or application/octet-stream), at most 20 MB and 100,000 rows. Answers with the columns, a preview and a suggested mapping.',
          querystring: ZImportUploadQuery,
          response: { 201: ZImport, ...errors, 413: ZErrorBody, 415: ZErrorBody },
        },
        // Who may import, and what was sent, are settled before a 20 MB body is read.
        onRequest: async (req) => {
          await importer(req);
          if (!isFileType(req)) throw new AppError(415, 'file_type', 'Send the file itself as text/csv or XLSX');
          const length = Number(req.headers['content-length'] ?? 0);
          if (length > MAX_IMPORT_BYTES) throw new AppError(413, 'file_too_large', 'The file is larger than 20 MB', { limitBytes: MAX_IMPORT_BYTES });
        },
      },
      async (req, reply) => {
        const a = await importer(req);
        if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'file_type', 'Send the file itself as text/csv or XLSX');
        const created = await uploadImport(ctx.database, a.workspaceId, a.userId, req.query.fileName, req.body);
        return reply.code(201).send(created);
      },
    );
  });

  app.get('/api/v1/imports', { schema: { tags: ['imports'], querystring: ZImportQuery, response: { 200: zPage(ZImportSummary), ...errors } } }, async (req) =>
    listImports(ctx.database.query, (await reader(req)).workspaceId, req.query),
  );

  app.get(
    '/api/v1/imports/template',
    { schema: { tags: ['imports'], description: 'A CSV template for a kind of file, with Vietnamese headers and example rows.', querystring: ZImportTemplateQuery, response: { 200: z.string(), ...errors } } },
    async (req, reply) => {
      await reader(req);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="footprint-${req.query.kind.replace(/_/g, '-')}.csv"`)
        .send(templateCsv(KIND_TEMPLATES[req.query.kind]));
    },
  );

  app.get('/api/v1/imports/:id', { schema: { tags: ['imports'], params, response: { 200: ZImport, ...errors } } }, async (req) =>
    mustGetImport(ctx.database, (await reader(req)).workspaceId, req.params.id),
  );

  app.put(
    '/api/v1/imports/:id/mapping',
    { schema: { tags: ['imports'], description: 'Saves the mapping and validates every row: the import becomes `ready`, or `invalid` with a report.', params, body: ZImportMapping, response: { 200: ZImport, ...errors } } },
    async (req) => validateImport(ctx.database, (await importer(req)).workspaceId, req.params.id, req.body),
  );

  app.get(
    '/api/v1/imports/:id/errors',
    { schema: { tags: ['imports'], description: 'The bad rows (row numbers as the spreadsheet shows them) with every reason.', params, querystring: ZImportErrorQuery, response: { 200: zPage(ZImportErrorRow), ...errors } } },
    async (req) => {
      const a = await reader(req);
      return importErrorPage(ctx.database, a.workspaceId, req.params.id, req.query.page, req.query.pageSize, pickLanguage(req.headers['accept-language']));
    },
  );

  app.post(
    '/api/v1/imports/:id/run',
    { schema: { tags: ['imports'], description: 'Imports a ready file as a background job: every row or none.', params, response: { 202: z.object({ import: ZImport, job: ZJob }), ...errors } } },
    async (req, reply) => {
      const a = await importer(req);
      const current = await mustGetImport(ctx.database, a.workspaceId, req.params.id);
      if (current.status === 'uploaded' || current.status === 'invalid') throw conflict('import_not_ready', 'Map the columns and fix every bad row first');
      const jobId = await db.transaction(async (tx) => {
        const id = await enqueueJob(ctx.database, IMPORT_JOB, { importId: current.id, ip: req.ip }, { workspaceId: a.workspaceId, visible: true, maxAttempts: IMPORT_MAX_ATTEMPTS }, tx);
        const started = await startImport(tx, a.workspaceId, current.id, id);
        if (!started) throw conflict('import_started', 'This file has been imported or is being imported');
        return id;
      });
      const imp = await mustGetImport(ctx.database, a.workspaceId, current.id);
      const job = { id: jobId, kind: IMPORT_JOB, status: 'queued' as const, progress: 0, message: null, result: null, error: null, createdAt: new Date().toISOString(), finishedAt: null };
      return reply.code(202).send({ import: imp, job });
    },
  );

  app.delete(
    '/api/v1/imports/:id',
    { schema: { tags: ['imports'], description: 'Removes an upload that was not imported.', params, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await removeImport(ctx.database, (await importer(req)).workspaceId, req.params.id);
      return reply.code(204).send(null);
    },
  );
}
