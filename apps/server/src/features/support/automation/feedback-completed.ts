import { firstMatch, ZCaseConditions, type CaseChannel } from '@footprint/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Db } from '../../../db/database.js';
import { cases, caseTriggers, workspaces } from '../../../db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { enqueueJob, type JobHandler } from '../../../platform/jobs.js';
import { FEEDBACK_COMPLETED_JOB } from '../../feedback/index.js';
import { createCase } from '../cases/create-case.js';
import { responsesForRules } from './facts.js';

const ZPayload = z.object({ responseId: z.uuid(), customerWaits: z.number().int().min(0).default(0) });

/**
 * A site identifies a visitor and the widget's answer follows at once, so the answer can be looked at
 * before the identify call's customer is stored (events are committed in groups). An answer from an
 * identified user whose customer is not there yet is looked at again a moment later, a few times,
 * so the case names its customer; after that the case is opened without one.
 */
export const CUSTOMER_WAIT_MS = 2000;
export const CUSTOMER_WAITS = 5;

const METRIC_LABEL: Record<string, { vi: string; en: string }> = {
  nps: { vi: 'NPS', en: 'NPS' },
  csat: { vi: 'CSAT', en: 'CSAT' },
  ces: { vi: 'CES', en: 'CES' },
  csi: { vi: 'CSI', en: 'CSI' },
  rating: { vi: 'điểm', en: 'rating' },
};

/** "Sau mua hàng — NPS 3" : the survey and the score that made the rule fire. */
export function caseSubject(surveyName: string, score: { metric: string; value: number } | null, lang: 'vi' | 'en'): string {
  if (!score) return surveyName;
  const label = METRIC_LABEL[score.metric]?.[lang] ?? score.metric;
  const value = Number.isInteger(score.value) ? String(score.value) : score.value.toFixed(1);
  return `${surveyName} — ${label} ${value}`.slice(0, 200);
}

/**
 * Opens a case from completed feedback when the first enabled trigger (by position) matches it.
 * Never twice for one response: createCase refuses (case_exists) behind the workspace's case-number
 * lock, and the unique index (workspace, response) is the last word — a retried or duplicated job
 * finds the case and does nothing.
 */
export async function openCaseFromFeedback(db: Db, workspaceId: string, responseId: string, opts: { waitForCustomer?: boolean } = {}): Promise<{ caseId: string | null; reason: string }> {
  const [existing] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.workspaceId, workspaceId), eq(cases.responseId, responseId)));
  if (existing) return { caseId: existing.id, reason: 'exists' };
  const triggers = await db.select().from(caseTriggers).where(and(eq(caseTriggers.workspaceId, workspaceId), eq(caseTriggers.enabled, true))).orderBy(asc(caseTriggers.position));
  if (triggers.length === 0) return { caseId: null, reason: 'no_triggers' };
  const [response] = await responsesForRules(db, workspaceId, sql`r.id = ${responseId}`, 1);
  if (!response) return { caseId: null, reason: 'not_completed' };
  const rules = triggers.flatMap((t) => {
    const c = ZCaseConditions.safeParse(t.conditions);
    return c.success ? [{ ...t, conditions: c.data }] : [];
  });
  const hit = firstMatch(rules, response.facts);
  if (!hit) return { caseId: null, reason: 'no_match' };
  if (opts.waitForCustomer && response.userId !== null && response.customerId === null) return { caseId: null, reason: 'waiting_for_customer' };
  const [ws] = await db.select({ locale: workspaces.locale }).from(workspaces).where(eq(workspaces.id, workspaceId));
  try {
    const made = await db.transaction((tx) =>
      createCase(tx, {
        workspaceId,
        subject: caseSubject(response.surveyName, response.score, ws?.locale ?? 'vi'),
        description: response.comment.slice(0, 10_000),
        customerId: response.customerId,
        responseId,
        touchpointId: response.touchpointId,
        channel: response.channel as CaseChannel,
        priority: hit.priority,
        tags: hit.tags,
        source: 'rule',
        trigger: { id: hit.id, name: hit.name },
        createdBy: null,
        facts: response.facts,
      }),
    );
    return { caseId: made.id, reason: 'opened' };
  } catch (e) {
    if (e instanceof AppError && e.code === 'case_exists') return { caseId: null, reason: 'exists' };
    // The unique index caught a racer the check could not see (another engine's isolation): the case exists.
    if (e && typeof e === 'object' && 'code' in e && (e as { code: unknown }).code === '23505') return { caseId: null, reason: 'exists' };
    throw e;
  }
}

export function feedbackCompletedJob(database: Database): JobHandler {
  return async ({ job }) => {
    const { responseId, customerWaits } = ZPayload.parse(job.payload);
    if (!job.workspaceId) throw new Error('feedback.completed needs its workspace');
    const out = await openCaseFromFeedback(database.db, job.workspaceId, responseId, { waitForCustomer: customerWaits < CUSTOMER_WAITS });
    if (out.reason === 'waiting_for_customer') {
      await enqueueJob(database, FEEDBACK_COMPLETED_JOB, { responseId, customerWaits: customerWaits + 1 }, { workspaceId: job.workspaceId, maxAttempts: 10, runAt: new Date(Date.now() + CUSTOMER_WAIT_MS) });
    }
    return out;
  };
}
