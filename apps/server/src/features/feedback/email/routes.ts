import {
  canMakePersonalLinks, canReadWorkspace, canSendSurveyEmails, MAX_IMPORT_BYTES, ZAudiencePreview, ZAudienceQuery, ZCampaign, ZCampaignCreate,
  ZCampaignParams, ZCampaignPatch, ZCampaignQuery, ZCampaignSend, ZCampaignSummary, ZErrorBody, zPage, ZPersonalLink, ZPersonalLinkCreate,
  ZRecipient, ZRecipientDetail, ZRecipientParams, ZRecipientQuery, ZRecipientUpload, ZSuppression, ZSuppressionCreate, ZSuppressionQuery, ZSurveyParams,
} from '@footprint/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { AppError } from '../../../platform/errors.js';
import { pickLanguage } from '../../../platform/messages.js';
import { FILE_TYPES } from '../../collection/index.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { cancelCampaign, remindNow, retryFailed, sendCampaign } from './actions.js';
import { previewAudience } from './audience.js';
import { createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from './campaigns.js';
import { personalLink } from './invites.js';
import { getRecipient, listRecipients, uploadRecipients } from './recipients.js';
import { listSuppressions, suppress } from './suppressions.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody };
const tags = ['email'];
const isFileType = (req: FastifyRequest) => FILE_TYPES.includes((req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase());

/** Personal survey links, email campaigns, their recipients and the unsubscribe list. */
export async function registerEmailRoutes(app: App, ctx: AppContext): Promise<void> {
  const db = ctx.database.db;
  const delivery = ctx.mailer.kind;
  const reader = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canReadWorkspace(a.actor));
    return a;
  };
  const sender = async (req: FastifyRequest) => {
    const a = await requireWorkspace(db, req);
    authorize(canSendSurveyEmails(a.actor));
    return a;
  };
  const changed = (workspaceId: string, id: string) => ctx.live.publish(workspaceId, 'campaigns.changed', { id });

  app.post(
    '/api/v1/surveys/:id/personal-links',
    {
      schema: {
        tags,
        description: 'A personal link to the survey for one customer (and touchpoint): answers through it carry the customer, touchpoint and invitation. Asking again gives the same link.',
        params: ZSurveyParams,
        body: ZPersonalLinkCreate,
        response: { 200: ZPersonalLink, ...errors },
      },
    },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canMakePersonalLinks(a.actor));
      return personalLink(db, ctx.config.publicUrl, a.workspaceId, req.params.id, req.body);
    },
  );

  app.get('/api/v1/email-campaigns', { schema: { tags, querystring: ZCampaignQuery, response: { 200: zPage(ZCampaignSummary), ...errors } } }, async (req) =>
    listCampaigns(db, (await reader(req)).workspaceId, req.query),
  );
  app.post('/api/v1/email-campaigns', { schema: { tags, description: 'A draft campaign for a survey.', body: ZCampaignCreate, response: { 201: ZCampaign, ...errors } } }, async (req, reply) => {
    const a = await sender(req);
    const id = await createCampaign(db, a.workspaceId, req.body, a.userId ?? null);
    await changed(a.workspaceId, id);
    return reply.code(201).send(await getCampaign(db, a.workspaceId, id, delivery));
  });
  app.get('/api/v1/email-campaigns/:id', { schema: { tags, params: ZCampaignParams, response: { 200: ZCampaign, ...errors } } }, async (req) =>
    getCampaign(db, (await reader(req)).workspaceId, req.params.id, delivery),
  );
  app.patch(
    '/api/v1/email-campaigns/:id',
    { schema: { tags, description: 'Edits a draft or scheduled campaign.', params: ZCampaignParams, body: ZCampaignPatch, response: { 200: ZCampaign, ...errors } } },
    async (req) => {
      const a = await sender(req);
      await updateCampaign(db, a.workspaceId, req.params.id, req.body);
      await changed(a.workspaceId, req.params.id);
      return getCampaign(db, a.workspaceId, req.params.id, delivery);
    },
  );
  app.delete(
    '/api/v1/email-campaigns/:id',
    { schema: { tags, description: 'Removes a campaign and its recipients (not while it is sending). Responses stay.', params: ZCampaignParams, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const a = await sender(req);
      await deleteCampaign(db, a.workspaceId, req.params.id);
      await changed(a.workspaceId, req.params.id);
      return reply.code(204).send(null);
    },
  );

  // The list upload takes the file as the body, like the offline import.
  await app.register(async (scope: App) => {
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_req, body, done) => done(null, body));
    scope.post(
      '/api/v1/email-campaigns/:id/recipients-file',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        schema: {
          tags,
          description:
            'Replaces a draft campaign’s recipients with a CSV (UTF-8) or XLSX file sent as the body (`Content-Type: text/csv` or the XLSX type): ' +
            'an email column, and optionally name, customer id and language (“Email”, “Họ tên”, “Mã KH”, “Ngôn ngữ”…). Each address once.',
          params: ZCampaignParams,
          querystring: z.object({ fileName: z.string().max(200).default('recipients.csv') }),
          response: { 200: ZRecipientUpload, ...errors, 413: ZErrorBody, 415: ZErrorBody },
        },
        onRequest: async (req) => {
          await sender(req);
          if (!isFileType(req)) throw new AppError(415, 'file_type', 'Send the file itself as text/csv or XLSX');
        },
      },
      async (req) => {
        const a = await sender(req);
        if (!Buffer.isBuffer(req.body)) throw new AppError(415, 'file_type', 'Send the file itself as text/csv or XLSX');
        const result = await uploadRecipients(db, a.workspaceId, req.params.id, req.query.fileName.normalize('NFC'), req.body);
        await changed(a.workspaceId, req.params.id);
        return result;
      },
    );
  });

  const action = (path: string, description: string, run: (workspaceId: string, id: string, body: z.infer<typeof ZCampaignSend>) => Promise<unknown>) =>
    app.post(
      `/api/v1/email-campaigns/:id/${path}`,
      { schema: { tags, description, params: ZCampaignParams, body: ZCampaignSend.nullish(), response: { 200: ZCampaign, ...errors } } },
      async (req) => {
        const a = await sender(req);
        await run(a.workspaceId, req.params.id, req.body ?? {});
        await changed(a.workspaceId, req.params.id);
        return getCampaign(db, a.workspaceId, req.params.id, delivery);
      },
    );
  action('send', 'Sends the campaign now, or at `at` (ISO time). The survey must be active. Progress: the campaign’s jobId.', (w, id, b) =>
    sendCampaign(ctx.database, w, id, b.at ? new Date(b.at) : null),
  );
  action('cancel', 'Cancels what is planned: a schedule (back to draft), a send under way, or a reminder not sent yet.', (w, id) => cancelCampaign(db, w, id));
  action('remind', 'Sends the one reminder now, to recipients who got the email and have not answered.', (w, id) => remindNow(ctx.database, w, id));
  action('retry', 'Sends again to recipients whose email failed (not to bounced or unsubscribed ones), and resumes a cancelled send.', (w, id) => retryFailed(ctx.database, w, id));

  app.get(
    '/api/v1/email-campaigns/:id/recipients',
    { schema: { tags, params: ZCampaignParams, querystring: ZRecipientQuery, response: { 200: zPage(ZRecipient), ...errors } } },
    async (req) => listRecipients(db, (await reader(req)).workspaceId, req.params.id, req.query),
  );
  app.get(
    '/api/v1/email-campaigns/:id/recipients/:recipientId',
    { schema: { tags, description: 'A recipient, with their response in words.', params: ZRecipientParams, response: { 200: ZRecipientDetail, ...errors } } },
    async (req) => getRecipient(db, (await reader(req)).workspaceId, req.params.id, req.params.recipientId, pickLanguage(req.headers['accept-language'])),
  );

  app.get(
    '/api/v1/email-audience',
    { schema: { tags, description: 'How many customers with an email the filters take (and how many unsubscribed), a few of them, and the provinces to filter by.', querystring: ZAudienceQuery, response: { 200: ZAudiencePreview, ...errors } } },
    async (req) => {
      const a = await reader(req);
      const { surveyId, provinces, seenFrom, seenTo, answered } = req.query;
      const { rows: [s] } = await ctx.database.query<{ id: string }>('select id from surveys where workspace_id = $1 and id = $2', [a.workspaceId, surveyId]);
      if (!s) throw new AppError(404, 'not_found', 'Survey not found');
      const list = (provinces ?? '').split(',').map((p) => p.normalize('NFC').trim()).filter(Boolean).slice(0, 100);
      return previewAudience(ctx.database.query, a.workspaceId, surveyId, { provinces: list, seenFrom: seenFrom ?? null, seenTo: seenTo ?? null, answered });
    },
  );

  app.get(
    '/api/v1/email-suppressions',
    { schema: { tags, description: 'Addresses that get no more survey email: unsubscribed, bounced, or added by hand.', querystring: ZSuppressionQuery, response: { 200: zPage(ZSuppression), ...errors } } },
    async (req) => listSuppressions(db, (await reader(req)).workspaceId, req.query),
  );
  app.post(
    '/api/v1/email-suppressions',
    { schema: { tags, description: 'Stops survey email to an address (a customer asked by phone, say).', body: ZSuppressionCreate, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      const a = await sender(req);
      await suppress(db, a.workspaceId, req.body.email, 'manual', null);
      return reply.code(204).send(null);
    },
  );
}
