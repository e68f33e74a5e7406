import { isOpenStatus, type CaseStatus } from '@footprint/core';
import { enqueueJob } from '../../../platform/jobs.js';
import type { Db } from '../../../db/database.js';
import { RESOLUTION_CSAT_JOB } from '../job-kinds.js';

/**
 * What a status change does besides the status: `resolved` stamps resolved_at (and the customer
 * is asked the resolution CSAT question); `closed` stamps closed_at (resolved_at too when it
 * skipped resolved); going back from resolved/closed to an open status is a reopen: counted, and
 * the case is unresolved again until it is resolved again (which asks the question again).
 */
export function statusEffects(from: CaseStatus, to: CaseStatus, now: Date): { set: Record<string, unknown>; askCsat: boolean; reopened: boolean } {
  const set: Record<string, unknown> = {};
  if (from === to) return { set, askCsat: false, reopened: false };
  const wasDone = !isOpenStatus(from);
  const reopened = wasDone && isOpenStatus(to);
  if (to === 'resolved') {
    set.resolvedAt = now;
    set.closedAt = null;
  }
  if (to === 'closed') {
    set.closedAt = now;
    if (from !== 'resolved') set.resolvedAt = now;
  }
  if (reopened) {
    set.resolvedAt = null;
    set.closedAt = null;
  }
  return { set, askCsat: to === 'resolved' && from !== 'closed', reopened };
}

export async function askResolutionCsat(tx: Db, workspaceId: string, caseId: string): Promise<void> {
  await enqueueJob({ db: tx }, RESOLUTION_CSAT_JOB, { caseId }, { workspaceId, maxAttempts: 5 }, tx);
}
