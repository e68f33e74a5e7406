import { foldForSearch, type AudienceFilters, type AudiencePreview, type SurveyLanguage } from '@footprint/core';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database, RawQuery } from '../../../db/database.js';
import { surveyCampaigns, surveyInvites } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import { customerLanguage, newInviteToken } from './invites.js';

/**
 * The customers an audience's filters take: known customers with an email address, by province,
 * by when they were last seen (days in the workspace's time zone) and by whether they have
 * answered the survey. One WHERE clause, used by the preview and by the send.
 */
function audienceWhere(workspaceId: string, surveyId: string, timeZone: string, f: AudienceFilters) {
  const params: unknown[] = [workspaceId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const clauses = [`c.workspace_id = $1`, `c.email is not null`, `c.email like '%_@_%'`];
  if (f.provinces.length > 0) clauses.push(`c.province = any(${p(f.provinces.map((x) => x.normalize('NFC')))}::text[])`);
  if (f.seenFrom) clauses.push(`c.last_seen >= (${p(f.seenFrom)}::date::timestamp at time zone ${p(timeZone)})`);
  if (f.seenTo) clauses.push(`c.last_seen < ((${p(f.seenTo)}::date + 1)::timestamp at time zone ${p(timeZone)})`);
  if (f.answered !== 'any') {
    const answered = `exists (select 1 from responses r where r.workspace_id = c.workspace_id and r.survey_id = ${p(surveyId)} and r.user_id = c.user_id and r.completed_at is not null)`;
    clauses.push(f.answered === 'answered' ? answered : `not ${answered}`);
  }
  return { sql: clauses.join(' and '), params };
}

async function timeZoneOf(q: RawQuery, workspaceId: string): Promise<string> {
  return (await q<{ time_zone: string }>(`select time_zone from workspaces where id = $1`, [workspaceId])).rows[0]?.time_zone ?? 'Asia/Ho_Chi_Minh';
}

export async function previewAudience(q: RawQuery, workspaceId: string, surveyId: string, f: AudienceFilters): Promise<AudiencePreview> {
  const w = audienceWhere(workspaceId, surveyId, await timeZoneOf(q, workspaceId), f);
  const [counts] = (
    await q<{ matched: number; suppressed: number }>(
      `select count(distinct lower(c.email))::int as matched,
         count(distinct lower(c.email)) filter (where s.email is not null)::int as suppressed
       from customers c left join email_suppressions s on s.workspace_id = c.workspace_id and s.email = lower(c.email)
       where ${w.sql}`,
      w.params,
    )
  ).rows;
  const sample = await q<{ user_id: string; name: string | null; email: string; province: string | null }>(
    `select c.user_id, c.name, c.email, c.province from customers c where ${w.sql} order by c.last_seen desc, c.id limit 5`,
    w.params,
  );
  const provinces = await q<{ name: string; customers: number }>(
    `select c.province as name, count(*)::int as customers from customers c
     where c.workspace_id = $1 and c.email is not null and c.province is not null and c.province <> ''
     group by c.province order by count(*) desc, c.province limit 100`,
    [workspaceId],
  );
  return {
    matched: counts?.matched ?? 0,
    suppressed: counts?.suppressed ?? 0,
    sample: sample.rows.map((r) => ({ userId: r.user_id, name: r.name, email: r.email, province: r.province })),
    provinces: provinces.rows,
  };
}

const CHUNK = 1000;

/**
 * Writes the customers the filters take down as the campaign's recipients, once: at the first
 * send, so a scheduled campaign reaches the customers known when it goes out. Each address once.
 * The same transaction marks the campaign, so a retried job never adds a second batch.
 */
export async function materializeAudience(database: Database, workspaceId: string, campaign: { id: string; surveyId: string; touchpointId: string | null; defaultLanguage: SurveyLanguage; filters: AudienceFilters }): Promise<number> {
  const q = database.query;
  const w = audienceWhere(workspaceId, campaign.surveyId, await timeZoneOf(q, workspaceId), campaign.filters);
  const rows = (
    await q<{ user_id: string; name: string | null; email: string; traits: unknown }>(
      `select distinct on (lower(c.email)) c.user_id, c.name, lower(trim(c.email)) as email, c.traits
       from customers c where ${w.sql} order by lower(c.email), c.last_seen desc`,
      w.params,
    )
  ).rows;
  let added = 0;
  await database.db.transaction(async (tx) => {
    const marked = await tx
      .update(surveyCampaigns)
      .set({ materializedAt: new Date() })
      .where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, campaign.id), isNull(surveyCampaigns.materializedAt)))
      .returning({ id: surveyCampaigns.id });
    if (marked.length === 0) return;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const values = rows.slice(i, i + CHUNK).map((r) => ({
        workspaceId,
        id: newId(),
        surveyId: campaign.surveyId,
        campaignId: campaign.id,
        token: newInviteToken(),
        channel: 'email' as const,
        userId: r.user_id,
        email: r.email,
        name: r.name,
        search: foldForSearch(`${r.name ?? ''} ${r.email}`),
        language: customerLanguage(r.traits, campaign.defaultLanguage),
        touchpointId: campaign.touchpointId,
        status: 'queued' as const,
      }));
      added += (await tx.insert(surveyInvites).values(values).onConflictDoNothing().returning({ id: surveyInvites.id })).length;
    }
  });
  return added;
}
