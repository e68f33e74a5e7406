import {
  DEFAULT_CAMPAIGN_CONTENT, escapeLike, foldForSearch, SURVEY_LANGUAGES, ZAudienceFilters, ZCampaignContent,
  type Campaign, type CampaignQuery, type CampaignSummary, type CampaignTotals, type ZCampaignCreate, type ZCampaignPatch,
} from '@footprint/core';
import { and, asc, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../../db/database.js';
import { surveyCampaigns, surveyInvites, surveys, touchpoints, users } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';

type Row = typeof surveyCampaigns.$inferSelect;
type Create = z.infer<typeof ZCampaignCreate>;
type Patch = z.infer<typeof ZCampaignPatch>;

/** The audience as stored: the filters, or the list with what its last file gave. */
export const ZStoredAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customers'), filters: ZAudienceFilters }),
  z.object({
    kind: z.literal('list'),
    file: z.object({ name: z.string(), rows: z.number(), added: z.number(), duplicates: z.number(), invalid: z.number() }).nullable().default(null),
  }),
]);
export type StoredAudience = z.infer<typeof ZStoredAudience>;
export const contentOf = (r: Pick<Row, 'content'>) => ZCampaignContent.parse(r.content);

export const EDITABLE = ['draft', 'scheduled'] as const;
export const locked = () => new AppError(409, 'campaign_locked', 'This campaign has been sent or is sending; it can no longer be changed');

/** A touchpoint must be one where the survey listens; anything else (another tenant's too) is a 404. */
async function checkTarget(db: Db, workspaceId: string, surveyId: string, touchpointId: string | null): Promise<void> {
  const [s] = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
  if (!touchpointId) return;
  const r = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from survey_touchpoints where workspace_id = ${workspaceId} and survey_id = ${surveyId} and touchpoint_id = ${touchpointId}`,
  );
  if (!r[0]?.n) throw notFound('Touchpoint not found');
}

export async function createCampaign(db: Db, workspaceId: string, input: Create, createdBy: string | null): Promise<string> {
  await checkTarget(db, workspaceId, input.surveyId, input.touchpointId);
  const id = newId();
  const audience: StoredAudience = input.audience.kind === 'customers' ? input.audience : { kind: 'list', file: null };
  await db.insert(surveyCampaigns).values({
    workspaceId, id, name: input.name, nameSearch: foldForSearch(input.name), surveyId: input.surveyId, touchpointId: input.touchpointId,
    audience, content: input.content ?? DEFAULT_CAMPAIGN_CONTENT, defaultLanguage: input.defaultLanguage, reminderDays: input.reminderDays, createdBy,
  });
  return id;
}

/** The row, locked for the transaction: sends, edits and the job change a campaign one at a time. */
export async function lockCampaign(tx: Db, workspaceId: string, id: string): Promise<Row> {
  const [c] = await tx.select().from(surveyCampaigns).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id))).for('update');
  if (!c) throw notFound('Campaign not found');
  return c;
}

export async function updateCampaign(db: Db, workspaceId: string, id: string, patch: Patch): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    if (!(EDITABLE as readonly string[]).includes(c.status)) throw locked();
    const surveyId = patch.surveyId ?? c.surveyId;
    const touchpointId = patch.touchpointId !== undefined ? patch.touchpointId : patch.surveyId ? null : c.touchpointId;
    if (patch.surveyId !== undefined || patch.touchpointId !== undefined) await checkTarget(tx, workspaceId, surveyId, touchpointId);
    let audience: StoredAudience | undefined;
    if (patch.audience) {
      const was = ZStoredAudience.parse(c.audience);
      audience = patch.audience.kind === 'customers' ? patch.audience : was.kind === 'list' ? was : { kind: 'list', file: null };
      // Leaving a list for filters: the uploaded recipients go (filters are written down at the send).
      if (was.kind === 'list' && audience.kind === 'customers') {
        await tx.delete(surveyInvites).where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, id)));
      }
    }
    await tx
      .update(surveyCampaigns)
      .set({
        ...(patch.name !== undefined ? { name: patch.name, nameSearch: foldForSearch(patch.name) } : {}),
        surveyId,
        touchpointId,
        ...(audience ? { audience } : {}),
        ...(patch.content ? { content: patch.content } : {}),
        ...(patch.defaultLanguage ? { defaultLanguage: patch.defaultLanguage } : {}),
        ...(patch.reminderDays !== undefined ? { reminderDays: patch.reminderDays } : {}),
        updatedAt: new Date(),
      })
      .where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
    // Uploaded recipients follow the campaign to its survey and touchpoint.
    if (surveyId !== c.surveyId || touchpointId !== c.touchpointId) {
      await tx.update(surveyInvites).set({ surveyId, touchpointId }).where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, id)));
    }
  });
}

export async function deleteCampaign(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, id);
    if (c.status === 'sending' || c.reminderStatus === 'sending') throw locked();
    await tx.delete(surveyCampaigns).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  });
}

const ZERO: CampaignTotals = { recipients: 0, queued: 0, sending: 0, sent: 0, failed: 0, bounced: 0, suppressed: 0, opened: 0, answered: 0, reminded: 0 };

/** Per campaign: recipients by delivery status, and how many opened, answered and were reminded. */
export async function campaignTotals(db: Db, workspaceId: string, ids: string[]): Promise<Map<string, CampaignTotals>> {
  const out = new Map<string, CampaignTotals>();
  if (ids.length === 0) return out;
  const rows = await queryRows<CampaignTotals & { campaign_id: string }>(
    db,
    sql`select i.campaign_id,
          count(*)::int as recipients,
          count(*) filter (where i.status = 'queued')::int as queued,
          count(*) filter (where i.status = 'sending')::int as sending,
          count(*) filter (where i.status = 'sent')::int as sent,
          count(*) filter (where i.status = 'failed')::int as failed,
          count(*) filter (where i.status = 'bounced')::int as bounced,
          count(*) filter (where i.status = 'suppressed')::int as suppressed,
          count(i.opened_at)::int as opened,
          count(r.completed_at)::int as answered,
          count(*) filter (where i.reminder_status = 'sent')::int as reminded
        from survey_invites i
        left join responses r on r.workspace_id = i.workspace_id and r.id = i.response_id
        where i.workspace_id = ${workspaceId} and i.campaign_id in (${sql.join(ids.map((x) => sql`${x}`), sql`, `)})
        group by i.campaign_id`,
  );
  for (const { campaign_id, ...t } of rows) out.set(campaign_id, t);
  return out;
}

const select = (db: Db) =>
  db
    .select({ c: surveyCampaigns, surveyName: surveys.name, surveyStatus: surveys.status, surveyPublicId: surveys.publicId, definition: surveys.definition, touchpointName: touchpoints.name, creatorName: users.name, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(surveyCampaigns)
    .innerJoin(surveys, and(eq(surveys.workspaceId, surveyCampaigns.workspaceId), eq(surveys.id, surveyCampaigns.surveyId)))
    .leftJoin(touchpoints, and(eq(touchpoints.workspaceId, surveyCampaigns.workspaceId), eq(touchpoints.id, surveyCampaigns.touchpointId)))
    .leftJoin(users, eq(users.id, surveyCampaigns.createdBy));
type Selected = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

const iso = (d: Date | null) => d?.toISOString() ?? null;

function toSummary(r: Selected, totals: CampaignTotals): CampaignSummary {
  const c = r.c;
  return {
    id: c.id,
    name: c.name,
    status: c.status,
    survey: { id: c.surveyId, name: r.surveyName, status: r.surveyStatus },
    touchpoint: c.touchpointId && r.touchpointName ? { id: c.touchpointId, name: r.touchpointName } : null,
    audienceKind: ZStoredAudience.parse(c.audience).kind,
    scheduledAt: iso(c.scheduledAt),
    startedAt: iso(c.startedAt),
    finishedAt: iso(c.finishedAt),
    totals,
    createdBy: c.createdBy ? { id: c.createdBy, name: r.creatorName ?? '' } : null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const sortColumns = { updatedAt: surveyCampaigns.updatedAt, createdAt: surveyCampaigns.createdAt, name: surveyCampaigns.nameSearch, status: surveyCampaigns.status } as const;

export async function listCampaigns(db: Db, workspaceId: string, q: CampaignQuery) {
  const where: SQL[] = [eq(surveyCampaigns.workspaceId, workspaceId)];
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(like(surveyCampaigns.nameSearch, `%${escapeLike(word)}%`));
  if (q.status) where.push(eq(surveyCampaigns.status, q.status));
  if (q.surveyId) where.push(eq(surveyCampaigns.surveyId, q.surveyId));
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await select(db)
    .where(and(...where))
    .orderBy(dir(sortColumns[q.sort]), dir(surveyCampaigns.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const totals = await campaignTotals(db, workspaceId, rows.map((r) => r.c.id));
  const total = rows[0]?.total ?? (q.page > 1 ? ((await select(db).where(and(...where)).limit(1))[0]?.total ?? 0) : 0);
  return { items: rows.map((r) => toSummary(r, totals.get(r.c.id) ?? ZERO)), total, page: q.page, pageSize: q.pageSize };
}

const ZLanguages = z.object({ languages: z.array(z.enum(SURVEY_LANGUAGES)) });

export async function getCampaign(db: Db, workspaceId: string, id: string, delivery: 'smtp' | 'log'): Promise<Campaign> {
  const [r] = await select(db).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  if (!r) throw notFound('Campaign not found');
  const totals = (await campaignTotals(db, workspaceId, [id])).get(id) ?? ZERO;
  const c = r.c;
  const content = contentOf(c);
  return {
    ...toSummary(r, totals),
    audience: ZStoredAudience.parse(c.audience),
    content: { vi: content.vi, ...(content.en ? { en: content.en } : {}) },
    defaultLanguage: c.defaultLanguage,
    reminderDays: c.reminderDays,
    reminder: { status: c.reminderStatus, dueAt: iso(c.reminderDueAt), sentAt: iso(c.remindedAt) },
    jobId: c.jobId,
    surveyLanguages: ZLanguages.safeParse(r.definition).data?.languages ?? ['vi'],
    surveyPublicId: r.surveyPublicId,
    delivery,
  };
}
