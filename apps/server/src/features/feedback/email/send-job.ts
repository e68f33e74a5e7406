import { SEND_INTERRUPTED } from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import type { RawQuery } from '../../../db/database.js';
import { surveyCampaigns, surveys, workspaces } from '../../../db/schema.js';
import { enqueueJob, type JobHandler } from '../../../platform/jobs.js';
import { contentOf, ZStoredAudience } from './campaigns.js';
import { materializeAudience } from './audience.js';
import { deliver, invitationMail } from './deliver.js';
import { suppress, suppressedAmong } from './suppressions.js';

export const CAMPAIGN_JOB = 'email.campaign';
export const ZCampaignJob = z.object({ campaignId: z.uuid(), phase: z.enum(['initial', 'reminder']), revision: z.number().int() });
export type CampaignJob = z.infer<typeof ZCampaignJob>;

/** Recipients claimed at a time: small, so progress moves and a crash cuts off little. */
const BATCH = 20;

interface Claimed {
  id: string;
  email: string;
  name: string | null;
  language: 'vi' | 'en';
  token: string;
}

/**
 * Sends a campaign (or its reminder) in the background, at most once per recipient and phase.
 *
 * Each batch is claimed by marking it `sending` in its own committed statement BEFORE anything is
 * sent; each email's outcome (sent, failed with the SMTP error, bounced, suppressed) is written
 * right after. A process that dies between the two leaves `sending` rows behind: the next run of
 * the job marks them failed ("interrupted") and does NOT send them again, because whether the SMTP
 * server accepted that email is unknown. At most once: a crash can lose an email (shown as failed,
 * retried only when someone asks), never send one twice. The suppression list is read just before
 * each batch goes out, so an unsubscribe takes effect for the rest of a running send.
 */
export function campaignJob(ctx: AppContext): JobHandler {
  const { database, mailer, config } = ctx;
  const db = database.db;
  const q: RawQuery = database.query;
  const paceMs = 1000 / config.emailRatePerSecond;

  return async ({ job, progress }) => {
    const p = ZCampaignJob.parse(job.payload);
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('email.campaign needs a workspace');
    const where = and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, p.campaignId));
    const current = async () => (await db.select().from(surveyCampaigns).where(where))[0];
    const changed = () => ctx.live.publish(workspaceId, 'campaigns.changed', { id: p.campaignId });

    // Start, unless the plan this job was queued for has been replaced (rescheduled, cancelled).
    const stateColumn = p.phase === 'initial' ? surveyCampaigns.status : surveyCampaigns.reminderStatus;
    const started = await db
      .update(surveyCampaigns)
      .set(p.phase === 'initial' ? { status: 'sending', startedAt: sql`coalesce(${surveyCampaigns.startedAt}, now())`, jobId: job.id } : { reminderStatus: 'sending', jobId: job.id })
      .where(and(where, eq(surveyCampaigns.sendRevision, p.revision), sql`${stateColumn} in ('scheduled', 'sending')`))
      .returning();
    const c = started[0];
    if (!c) return { skipped: 'superseded' };
    await changed();

    const [meta] = await db
      .select({ publicId: surveys.publicId, workspaceName: workspaces.name })
      .from(surveys)
      .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
      .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, c.surveyId)));
    if (!meta) throw new Error('The campaign’s survey is gone');
    const audience = ZStoredAudience.parse(c.audience);
    if (p.phase === 'initial' && audience.kind === 'customers' && !c.materializedAt) {
      await materializeAudience(database, workspaceId, { id: c.id, surveyId: c.surveyId, touchpointId: c.touchpointId, defaultLanguage: c.defaultLanguage, filters: audience.filters });
    }

    // What an earlier run of this job left half-done is not sent again (see above).
    const col = p.phase === 'initial' ? 'status' : 'reminder_status';
    const errCol = p.phase === 'initial' ? 'error' : 'reminder_error';
    await q(`update survey_invites set ${col} = 'failed', ${errCol} = $3 where workspace_id = $1 and campaign_id = $2 and ${col} = 'sending'`, [workspaceId, c.id, SEND_INTERRUPTED]);

    const pending =
      p.phase === 'initial'
        ? `i.status = 'queued'`
        : `i.status = 'sent' and i.reminder_status is null
           and not exists (select 1 from responses r where r.workspace_id = i.workspace_id and r.id = i.response_id and r.completed_at is not null)`;
    const [{ n: todo } = { n: 0 }] = (await q<{ n: number }>(`select count(*)::int as n from survey_invites i where i.workspace_id = $1 and i.campaign_id = $2 and ${pending}`, [workspaceId, c.id])).rows;
    const content = contentOf(c);
    let done = 0;
    let counts = { sent: 0, failed: 0, bounced: 0, suppressed: 0 };
    let nextAt = Date.now();

    for (;;) {
      // Cancelled or superseded meanwhile: stop after the batch in hand.
      const now = await current();
      if (!now || now.sendRevision !== p.revision) break;
      const batch = (
        await q<Claimed>(
          `update survey_invites set ${col} = 'sending'
           where workspace_id = $1 and id in (
             select i.id from survey_invites i where i.workspace_id = $1 and i.campaign_id = $2 and ${pending}
             order by i.id limit ${BATCH} for update skip locked)
           returning id, email, name, language, token`,
          [workspaceId, c.id],
        )
      ).rows;
      if (batch.length === 0) break;
      const suppressed = await suppressedAmong(db, workspaceId, batch.map((r) => r.email));
      for (const r of batch) {
        const finish = (state: string, error: string | null) =>
          p.phase === 'initial'
            ? q(`update survey_invites set status = $3, error = $4, sent_at = case when $3 = 'sent' then now() else sent_at end where workspace_id = $1 and id = $2`, [workspaceId, r.id, state, error])
            : q(`update survey_invites set reminder_status = $3, reminder_error = $4, reminded_at = case when $3 = 'sent' then now() else reminded_at end where workspace_id = $1 and id = $2`, [workspaceId, r.id, state, error]);
        if (suppressed.has(r.email.toLowerCase())) {
          await finish(p.phase === 'initial' ? 'suppressed' : 'skipped', null);
          counts.suppressed++;
          continue;
        }
        const wait = nextAt - Date.now();
        if (wait > 0) await new Promise((res) => setTimeout(res, wait));
        nextAt = Math.max(nextAt, Date.now()) + paceMs;
        const mail = invitationMail(
          { to: r.email, name: r.name, language: r.language, token: r.token },
          { content, workspaceName: meta.workspaceName, publicId: meta.publicId, publicUrl: config.publicUrl, mailFrom: config.mailFrom, reminder: p.phase === 'reminder' },
        );
        const outcome = await deliver(mailer, mail);
        await finish(outcome.status, outcome.error);
        counts = { ...counts, [outcome.status]: counts[outcome.status] + 1 };
        // A permanent refusal of the address: never try it again from this workspace.
        if (outcome.status === 'bounced') await suppress(db, workspaceId, r.email, 'bounced', c.id);
      }
      done += batch.length;
      await progress(todo > 0 ? done / todo : 1, `${done}/${todo}`);
      await changed();
    }

    // Finished (unless superseded): the campaign is sent, and its reminder is put in the queue.
    await db.transaction(async (tx) => {
      const [now] = await tx.select().from(surveyCampaigns).where(where).for('update');
      if (!now || now.sendRevision !== p.revision) return;
      if (p.phase === 'reminder') {
        await tx.update(surveyCampaigns).set({ reminderStatus: 'sent', remindedAt: new Date(), updatedAt: new Date() }).where(where);
        return;
      }
      const remind = now.reminderDays !== null && (now.reminderStatus === 'none' || now.reminderStatus === 'scheduled');
      const dueAt = remind ? (now.reminderDueAt ?? new Date(Date.now() + now.reminderDays! * 86_400_000)) : null;
      await tx
        .update(surveyCampaigns)
        .set({ status: 'sent', finishedAt: new Date(), updatedAt: new Date(), ...(remind ? { reminderStatus: 'scheduled' as const, reminderDueAt: dueAt } : {}) })
        .where(where);
      if (remind) await enqueueJob(database, CAMPAIGN_JOB, { campaignId: c.id, phase: 'reminder', revision: p.revision }, { workspaceId, runAt: dueAt!, visible: true, maxAttempts: 3 }, tx);
    });
    await changed();
    return { phase: p.phase, ...counts };
  };
}
