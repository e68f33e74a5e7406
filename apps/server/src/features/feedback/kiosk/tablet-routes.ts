import { ZErrorBody, ZKioskConfig, ZKioskHeartbeat, ZKioskHeartbeatResult, ZKioskPaired, ZKioskPairInput, ZKioskSync, ZKioskSyncResult } from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { deviceByToken, redeemPairCode } from './pairing.js';
import { heartbeatSecondsFor, kioskConfig, syncAnswers, touchDevice } from './tablet.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 404: ZErrorBody, 409: ZErrorBody, 429: ZErrorBody };
const tags = ['kiosk tablet'];
const security = [{ deviceToken: [] }];
/** Pairing codes are short: a few tries per minute per address keeps guessing hopeless. */
const pairLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };
/** Several tablets of one store may share an address; each sends a few requests a minute. */
const tabletLimit = { rateLimit: { max: 600, timeWindow: '1 minute' } };

/**
 * What a kiosk tablet calls, with `Authorization: Bearer fp_k_…` (its device token) after pairing.
 * The token names the device, and so its workspace, store and survey: nothing in a request can
 * point it elsewhere.
 */
export function registerKioskTabletRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const offlineAfter = ctx.config.kioskOfflineAfterSeconds;
  const seen = async (device: Awaited<ReturnType<typeof deviceByToken>>, report?: { appVersion: string; queued: number }) => {
    if (await touchDevice(db, device, offlineAfter, report)) await ctx.live.publish(device.workspaceId, 'kiosks.changed', { id: device.id });
  };

  app.post(
    '/api/v1/kiosk/pair',
    { config: pairLimit, schema: { tags, security: [], description: 'Trades a pairing code (single use) for the tablet’s device token and configuration.', body: ZKioskPairInput, response: { 200: ZKioskPaired, ...errors } } },
    async (req) => {
      const { token, device } = await redeemPairCode(db, req.body.code);
      await ctx.live.publish(device.workspaceId, 'kiosks.changed', { id: device.id });
      return { token, config: await kioskConfig(db, device, offlineAfter) };
    },
  );
  app.get(
    '/api/v1/kiosk/config',
    { config: tabletLimit, schema: { tags, security, description: 'The tablet’s store, survey (any status: the tablet says when it is not running) and heartbeat interval.', response: { 200: ZKioskConfig, ...errors } } },
    async (req) => {
      const device = await deviceByToken(db, req.headers.authorization);
      await seen(device);
      return kioskConfig(db, device, offlineAfter);
    },
  );
  app.post(
    '/api/v1/kiosk/responses',
    {
      config: tabletLimit,
      schema: {
        tags,
        security,
        description: 'Answers given on the tablet, in batches; idempotent by responseId. Each counts on the day it was given (corrected by `sentAt`).',
        body: ZKioskSync,
        response: { 200: ZKioskSyncResult, ...errors },
      },
    },
    async (req) => {
      const device = await deviceByToken(db, req.headers.authorization);
      const { results, completed } = await syncAnswers(db, device, req.body);
      await seen(device);
      if (completed > 0) await ctx.live.publish(device.workspaceId, 'responses.changed', { surveyId: device.surveyId });
      return { results };
    },
  );
  app.post(
    '/api/v1/kiosk/heartbeat',
    { config: tabletLimit, schema: { tags, security, description: 'The tablet is alive: its app version and how many answers wait on it.', body: ZKioskHeartbeat, response: { 200: ZKioskHeartbeatResult, ...errors } } },
    async (req) => {
      const device = await deviceByToken(db, req.headers.authorization);
      await seen(device, req.body);
      return { serverTime: new Date().toISOString(), heartbeatSeconds: heartbeatSecondsFor(offlineAfter) };
    },
  );
}
