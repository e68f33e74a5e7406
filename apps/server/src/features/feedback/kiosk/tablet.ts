import { kioskOnline, ZSurveyDefinition, type KioskConfig, type KioskSyncResult, type ZKioskSync } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { kioskDevices, stores, surveys, surveyTouchpoints, workspaces } from '../../../db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { saveResponse } from '../respond.js';
import type { DeviceRow } from './pairing.js';

/** The tablet's side: its configuration, its answers, its heartbeats. Every query is confined to the device's own workspace. */

/** How often the tablet reports: often enough that a silent tablet shows offline within the threshold. */
export const heartbeatSecondsFor = (offlineAfterSeconds: number) => Math.max(1, Math.min(30, Math.floor(offlineAfterSeconds / 4)));

export async function kioskConfig(db: Db, device: DeviceRow, offlineAfterSeconds: number): Promise<KioskConfig> {
  const [w] = await db.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, device.workspaceId));
  const [store] = await db.select({ name: stores.name }).from(stores).where(and(eq(stores.workspaceId, device.workspaceId), eq(stores.id, device.storeId)));
  const [survey] = await db
    .select({ id: surveys.id, status: surveys.status, definition: surveys.definition })
    .from(surveys)
    .where(and(eq(surveys.workspaceId, device.workspaceId), eq(surveys.id, device.surveyId)));
  return {
    device: { id: device.id, name: device.name },
    store: store ? { name: store.name } : null,
    workspaceName: w?.name ?? '',
    survey: survey ? { id: survey.id, status: survey.status, definition: ZSurveyDefinition.parse(survey.definition) as unknown as Record<string, unknown> } : null,
    heartbeatSeconds: heartbeatSecondsFor(offlineAfterSeconds),
    serverTime: new Date().toISOString(),
  };
}

/**
 * Saves a batch of answers given on the tablet, each through saveResponse (idempotent by response
 * id, so a batch sent again after a lost reply changes nothing). Each counts on the day it was given:
 * its time is corrected by the tablet's clock error (server time − `sentAt`). An answer that can
 * never be saved (invalid, too old, for a survey the device no longer runs) is rejected with a code,
 * so the tablet drops it instead of retrying forever; anything else fails the request and is retried.
 */
export async function syncAnswers(db: Db, device: DeviceRow, batch: z.infer<typeof ZKioskSync>): Promise<KioskSyncResult & { completed: number }> {
  const now = Date.now();
  const skew = batch.sentAt ? now - Date.parse(batch.sentAt) : 0;
  const [survey] = await db
    .select({ s: surveys, timeZone: workspaces.timeZone })
    .from(surveys)
    .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
    .where(and(eq(surveys.workspaceId, device.workspaceId), eq(surveys.id, device.surveyId)));
  const touchpointIds = survey
    ? (
        await db
          .select({ id: surveyTouchpoints.touchpointId })
          .from(surveyTouchpoints)
          .where(and(eq(surveyTouchpoints.workspaceId, device.workspaceId), eq(surveyTouchpoints.surveyId, device.surveyId)))
      ).map((r) => r.id)
    : [];
  // The device's touchpoint counts while the survey still listens there.
  const touchpointId = device.touchpointId && touchpointIds.includes(device.touchpointId) ? device.touchpointId : undefined;
  const results: KioskSyncResult['results'] = [];
  let completed = 0;
  for (const a of batch.responses) {
    const reject = (code: string) => results.push({ responseId: a.responseId, status: 'rejected', code });
    if (!survey || a.surveyId !== device.surveyId) {
      reject('kiosk_survey_changed');
      continue;
    }
    // Answers given before a pause still count; a draft or archived survey takes none.
    if (survey.s.status !== 'active' && survey.s.status !== 'paused') {
      reject('survey_inactive');
      continue;
    }
    try {
      const saved = await saveResponse(
        db,
        { workspaceId: device.workspaceId, surveyId: survey.s.id, definition: ZSurveyDefinition.parse(survey.s.definition), timeZone: survey.timeZone, touchpointIds },
        {
          responseId: a.responseId, answers: a.answers, language: a.language, complete: a.complete, touchpointId, channel: 'kiosk',
          storeId: device.storeId, deviceId: device.id, answeredAt: new Date(Date.parse(a.answeredAt) + skew),
        },
      );
      if (saved.completed) completed++;
      results.push({ responseId: a.responseId, status: 'saved' });
    } catch (e) {
      if (e instanceof AppError && e.status >= 400 && e.status < 500) reject(e.code);
      else throw e;
    }
  }
  return { results, completed };
}

/**
 * The tablet is alive: its last-seen time, app version and waiting answers. Returns whether the
 * dashboard should hear of it (came back online, queue or version changed), so a tablet reporting
 * the same every 30 seconds does not wake every dashboard.
 */
export async function touchDevice(db: Db, device: DeviceRow, offlineAfterSeconds: number, report?: { appVersion: string; queued: number }): Promise<boolean> {
  const wasOnline = kioskOnline(device.lastSeenAt, Date.now(), offlineAfterSeconds);
  const changed = !wasOnline || (report !== undefined && (report.queued !== device.queued || report.appVersion !== device.appVersion));
  await db
    .update(kioskDevices)
    .set({ lastSeenAt: new Date(), ...(report ? { appVersion: report.appVersion, queued: report.queued } : {}) })
    .where(and(eq(kioskDevices.workspaceId, device.workspaceId), eq(kioskDevices.id, device.id)));
  return changed;
}
