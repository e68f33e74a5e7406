import {
  answerLines, escapeLike, foldForSearch, languageOf, readRecipientList, ZAnswer, ZSurveyDefinition,
  type Recipient, type RecipientDetail, type RecipientQuery, type RecipientUpload, type SurveyLanguage,
} from '@footprint/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Db } from '../../../db/database.js';
import { customers, responses, surveyCampaigns, surveyInvites, surveys } from '../../../db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { readFile } from '../../collection/index.js';
import { EDITABLE, locked, lockCampaign, type StoredAudience } from './campaigns.js';
import { newInviteToken } from './invites.js';

interface Row {
  id: string;
  name: string | null;
  email: string;
  user_id: string | null;
  language: SurveyLanguage;
  status: Recipient['status'];
  error: string | null;
  sent_at: Date | string | null;
  reminder_status: NonNullable<Recipient['reminder']>['status'] | null;
  reminder_error: string | null;
  reminded_at: Date | string | null;
  opened_at: Date | string | null;
  answered_at: Date | string | null;
  response_id: string | null;
  total: number;
}
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

const toRecipient = (r: Row): Recipient => ({
  id: r.id,
  name: r.name,
  email: r.email,
  userId: r.user_id,
  language: r.language,
  status: r.status,
  error: r.error,
  sentAt: iso(r.sent_at),
  reminder: r.reminder_status ? { status: r.reminder_status, at: iso(r.reminded_at), error: r.reminder_error } : null,
  openedAt: iso(r.opened_at),
  answeredAt: iso(r.answered_at),
});

const SORT = {
  name: sql`coalesce(i.name, i.email)`,
  email: sql`i.email`,
  status: sql`i.status`,
  sentAt: sql`i.sent_at`,
  answeredAt: sql`r.completed_at`,
} as const;

const FILTER: Record<NonNullable<RecipientQuery['status']>, ReturnType<typeof sql>> = {
  queued: sql`i.status = 'queued'`,
  sending: sql`i.status = 'sending'`,
  sent: sql`i.status = 'sent'`,
  failed: sql`i.status = 'failed'`,
  bounced: sql`i.status = 'bounced'`,
  suppressed: sql`i.status = 'suppressed'`,
  opened: sql`i.opened_at is not null`,
  answered: sql`r.completed_at is not null`,
  not_answered: sql`r.completed_at is null and i.status = 'sent'`,
  reminded: sql`i.reminder_status = 'sent'`,
};

async function mustHaveCampaign(db: Db, workspaceId: string, id: string) {
  const [c] = await db.select().from(surveyCampaigns).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, id)));
  if (!c) throw notFound('Campaign not found');
  return c;
}

const FROM = (workspaceId: string, campaignId: string) => sql`
  from survey_invites i
  left join responses r on r.workspace_id = i.workspace_id and r.id = i.response_id
  where i.workspace_id = ${workspaceId} and i.campaign_id = ${campaignId}`;
const COLUMNS = sql`i.id, i.name, i.email, i.user_id, i.language, i.status, i.error, i.sent_at, i.reminder_status, i.reminder_error,
  i.reminded_at, i.opened_at, r.completed_at as answered_at, i.response_id`;

/** The recipients table: searched without diacritics, filtered by status or progress, sorted, paged. */
export async function listRecipients(db: Db, workspaceId: string, campaignId: string, q: RecipientQuery) {
  await mustHaveCampaign(db, workspaceId, campaignId);
  const where = [sql``];
  for (const word of foldForSearch(q.q ?? '').split(' ').filter(Boolean).slice(0, 10)) where.push(sql` and i.search like ${`%${escapeLike(word)}%`}`);
  if (q.status) where.push(sql` and ${FILTER[q.status]}`);
  const dir = q.order === 'asc' ? sql`asc` : sql`desc`;
  const rows = await queryRows<Row>(
    db,
    sql`select ${COLUMNS}, count(*) over()::int as total ${FROM(workspaceId, campaignId)} ${sql.join(where, sql``)}
        order by ${SORT[q.sort]} ${dir} nulls last, i.id limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && q.page > 1) {
    total = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n ${FROM(workspaceId, campaignId)} ${sql.join(where, sql``)}`))[0]?.n ?? 0;
  }
  return { items: rows.map(toRecipient), total, page: q.page, pageSize: q.pageSize };
}

/** One recipient, with their response in words (question titles in the reader's language). */
export async function getRecipient(db: Db, workspaceId: string, campaignId: string, recipientId: string, lang: SurveyLanguage): Promise<RecipientDetail> {
  await mustHaveCampaign(db, workspaceId, campaignId);
  const [row] = await queryRows<Row>(db, sql`select ${COLUMNS}, 1 as total ${FROM(workspaceId, campaignId)} and i.id = ${recipientId}`);
  if (!row) throw notFound('Recipient not found');
  let response: RecipientDetail['response'] = null;
  if (row.response_id) {
    const [r] = await db
      .select({ id: responses.id, language: responses.language, answers: responses.answers, completedAt: responses.completedAt, updatedAt: responses.updatedAt, definition: surveys.definition })
      .from(responses)
      .innerJoin(surveys, and(eq(surveys.workspaceId, responses.workspaceId), eq(surveys.id, responses.surveyId)))
      .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, row.response_id)));
    if (r) {
      const definition = ZSurveyDefinition.parse(r.definition);
      const answers = z.record(z.string(), ZAnswer).safeParse(r.answers).data ?? {};
      const shown: SurveyLanguage = definition.languages.includes(lang) ? lang : 'vi';
      response = { id: r.id, language: r.language, completedAt: iso(r.completedAt), updatedAt: r.updatedAt.toISOString(), answers: answerLines(definition, answers, shown) };
    }
  }
  return { ...toRecipient(row), response };
}

/**
 * Replaces a draft campaign's recipients with an uploaded list (CSV or XLSX, read as the offline
 * import reads files). Known customers are recognised by their id or email, so their answers land
 * on them. Bad rows are reported, not fatal.
 */
export async function uploadRecipients(db: Db, workspaceId: string, campaignId: string, fileName: string, bytes: Buffer): Promise<RecipientUpload> {
  const table = await readFile(bytes);
  const list = readRecipientList(table.columns, table.rows);
  if ('error' in list) throw new AppError(400, 'file_no_email_column', 'The file needs an email column (a header such as “Email”)', { columns: table.columns });
  return db.transaction(async (tx) => {
    const c = await lockCampaign(tx, workspaceId, campaignId);
    if (!(EDITABLE as readonly string[]).includes(c.status)) throw locked();
    const known = new Map<string, { userId: string; name: string | null; language: string | null }>();
    const emails = list.recipients.map((r) => r.email);
    for (let i = 0; i < emails.length; i += 1000) {
      const found = await tx
        .select({ userId: customers.userId, name: customers.name, email: sql<string>`lower(${customers.email})`, language: sql<string | null>`coalesce(${customers.traits}->>'language', ${customers.traits}->>'locale')` })
        .from(customers)
        .where(and(eq(customers.workspaceId, workspaceId), inArray(sql`lower(${customers.email})`, emails.slice(i, i + 1000))));
      for (const f of found) if (!known.has(f.email)) known.set(f.email, f);
    }
    await tx.delete(surveyInvites).where(and(eq(surveyInvites.workspaceId, workspaceId), eq(surveyInvites.campaignId, campaignId)));
    for (let i = 0; i < list.recipients.length; i += 1000) {
      await tx.insert(surveyInvites).values(
        list.recipients.slice(i, i + 1000).map((r) => {
          const k = known.get(r.email);
          const name = r.name ?? k?.name ?? null;
          const language = r.language ?? languageOf(k?.language, c.defaultLanguage);
          return {
            workspaceId, id: newId(), surveyId: c.surveyId, campaignId, token: newInviteToken(), channel: 'email' as const,
            userId: r.userId ?? k?.userId ?? null, email: r.email, name, search: foldForSearch(`${name ?? ''} ${r.email}`), language,
            touchpointId: c.touchpointId, status: 'queued' as const,
          };
        }),
      );
    }
    const file = { name: fileName, rows: table.rows.length, added: list.recipients.length, duplicates: list.duplicates, invalid: list.invalid.length };
    const audience: StoredAudience = { kind: 'list', file };
    await tx.update(surveyCampaigns).set({ audience, updatedAt: new Date() }).where(and(eq(surveyCampaigns.workspaceId, workspaceId), eq(surveyCampaigns.id, campaignId)));
    const name = (i: number | null) => (i === null ? null : (table.columns[i] ?? null));
    return {
      rows: table.rows.length,
      added: list.recipients.length,
      duplicates: list.duplicates,
      invalid: list.invalid.slice(0, 200),
      columns: { email: name(list.columns.email) ?? '', name: name(list.columns.name), userId: name(list.columns.userId), language: name(list.columns.language) },
    };
  });
}
