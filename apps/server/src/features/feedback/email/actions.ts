import { ZAudienceFilters } from '@footprint/core';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../../db/database.js';
import { surveyCampaigns, surveyInvites, surveys } from '../../../db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { previewAudience } from './audience.js';
import { lockCampaign, locked, ZStoredAudience } from './campaigns.js';
import { CAMPAIGN_JOB } from './send-job.js';

/** A send a minute late is still "now": clocks between browser and server differ. */
const NOW_SLACK_MS = 60_000;

const bump = sql`${surveyCampaigns.sendRevision} + 1`;

async function queue(database: Database, tx: Db, workspaceId: string, campaignId: string, phase: 'initial' | 'reminder', revision: number, runAt: Date): Promise<string> {
  return enqueueJob(database, CAMPAIGN_JOB, { campaignId, phase, revision }, { workspaceId, runAt, visible: true, maxAttempts: 3 }, tx);
}

/**
 * Sends a draft now, or at a later time (a scheduled campaign can be moved). The survey must be
 * active (its links must answer) and the audience must reach someone.
 */
export async function sendCampaign(database: Database, workspaceId: string, id: string, at: Date | null): Promise<void> {
  const db = database.db;
  const [c0] = await db.select().from(surveyCampaigns).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  if (!c0) throw new AppError(404, 'not_found', 'Campaign not found');
  const audience = ZStoredAudience.parse(c0.audience);
  const reach =
    audience.kind === 'customers'
      ? (await previewAudience(database.query, workspaceId, c0.surveyId, ZAudienceFilters.parse(audience.filters))).matched
      : Number((await db.select({ n: count() }).from(surveyInvites).where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, id))))[0]?.n ?? 0);
  if (at && at.getTime() < Date.now() - NOW_SLACK_MS) {
    throw new AppError(400, 'validation_failed', 'The time to send is in the past', { issues: [{ path: ['at'], message: 'In the past' }] });
  }
  const later = at !== null && at.getTime() > Date.now();
  await db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    if (c.status !== 'draft' && c.status !== 'scheduled') throw locked();
    const [s] = await tx.select({ status: surveys.status }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, c.surveyId)));
    if (s?.status !== 'active') throw new AppError(409, 'survey_inactive', 'Activate the survey first: its links only answer while it is active');
    if (reach === 0) throw new AppError(409, 'campaign_empty', 'No one to send to: the audience has no recipient with an email address');
    const [u] = await tx
      .update(surveyCampaigns)
      .set(later ? { status: 'scheduled', scheduledAt: at, sendRevision: bump, updatedAt: new Date() } : { status: 'sending', scheduledAt: null, sendRevision: bump, updatedAt: new Date() })
      .where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)))
      .returning({ revision: surveyCampaigns.sendRevision });
    const jobId = await queue(database, tx, workspaceId, id, 'initial', u!.revision, later ? at : new Date());
    await tx.update(surveyCampaigns).set({ jobId }).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  });
}

/**
 * Cancels what is planned: a schedule (back to a draft), a send under way (it stops after the
 * batch in hand; the rest stay queued) or a reminder not sent yet. Nothing planned: nothing changes.
 */
export async function cancelCampaign(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    const where = and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id));
    const now = new Date();
    if (c.status === 'scheduled') await tx.update(surveyCampaigns).set({ status: 'draft', scheduledAt: null, sendRevision: bump, updatedAt: now }).where(where);
    else if (c.status === 'sending') await tx.update(surveyCampaigns).set({ status: 'cancelled', finishedAt: now, sendRevision: bump, updatedAt: now }).where(where);
    else if (c.reminderStatus === 'scheduled' || c.reminderStatus === 'sending') {
      await tx.update(surveyCampaigns).set({ reminderStatus: 'none', reminderDueAt: null, sendRevision: bump, updatedAt: now }).where(where);
    }
  });
}

/** The one reminder, now rather than on its day: to those who got the email and have not answered. Only once. */
export async function remindNow(database: Database, workspaceId: string, id: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    if (c.status !== 'sent' || (c.reminderStatus !== 'none' && c.reminderStatus !== 'scheduled')) {
      throw new AppError(409, 'reminder_unavailable', 'The reminder goes once, after the campaign has been sent; it has been sent or is going out');
    }
    const now = new Date();
    const [u] = await tx
      .update(surveyCampaigns)
      .set({ reminderStatus: 'scheduled', reminderDueAt: now, sendRevision: bump, updatedAt: now })
      .where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)))
      .returning({ revision: surveyCampaigns.sendRevision });
    const jobId = await queue(database, tx, workspaceId, id, 'reminder', u!.revision, now);
    await tx.update(surveyCampaigns).set({ jobId }).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  });
}

/**
 * Sends again to the recipients whose email failed (the SMTP server was down, refused for a while,
 * or a crash interrupted it), and resumes a cancelled send. Bounced and unsubscribed addresses are
 * not retried. This is the one way an interrupted email goes out again: a person decides it,
 * knowing it may arrive twice. Answers how many recipients are queued.
 */
export async function retryFailed(database: Database, workspaceId: string, id: string): Promise<number> {
  return database.db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    if (c.status !== 'sent' && c.status !== 'cancelled') throw locked();
    if (c.reminderStatus === 'sending') throw locked();
    await tx
      .update(surveyInvites)
      .set({ status: 'queued', error: null })
      .where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, id), eq(surveyInvites.status, 'failed')));
    // A cancelled send resumes too: its recipients not reached yet are still queued.
    const [queued] = await tx
      .select({ n: count() })
      .from(surveyInvites)
      .where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, id), eq(surveyInvites.status, 'queued')));
    if (Number(queued?.n ?? 0) === 0) return 0;
    const [u] = await tx
      .update(surveyCampaigns)
      .set({ status: 'sending', finishedAt: null, sendRevision: bump, updatedAt: new Date() })
      .where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)))
      .returning({ revision: surveyCampaigns.sendRevision });
    const jobId = await queue(database, tx, workspaceId, id, 'initial', u!.revision, new Date());
    await tx.update(surveyCampaigns).set({ jobId }).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
    return Number(queued?.n ?? 0);
  });
}
