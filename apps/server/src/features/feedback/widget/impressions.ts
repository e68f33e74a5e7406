import { answerTouchpoint, capAllows, DAY_MS, isSampled, type WidgetImpression, type WidgetSurvey } from '@footprint/core';
import { and, eq, gte, inArray, isNull, max, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { customerIdentities, responses, widgetImpressions } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';

export interface Person {
  anonymousId: string;
  userId?: string | undefined;
}

/** At most this many linked ids are looked at per person (a customer can gather many anonymous ids). */
const MAX_LINKED = 200;

/**
 * Every id the server knows for this person: the ones sent, and — when either belongs to a known
 * customer — all that customer's user and anonymous ids. So a visitor who cleared their storage but
 * signs in again, or an earlier anonymous visit later linked by `identify`, counts as the same person.
 */
export async function personIds(db: Db, workspaceId: string, p: Person): Promise<{ users: string[]; anonymous: string[] }> {
  const seeds: SQL[] = [and(eq(customerIdentities.kind, 'anonymous'), eq(customerIdentities.value, p.anonymousId))!];
  if (p.userId) seeds.push(and(eq(customerIdentities.kind, 'user'), eq(customerIdentities.value, p.userId))!);
  const customers = db
    .select({ id: customerIdentities.customerId })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.workspaceId, workspaceId), or(...seeds)));
  const linked = await db
    .select({ kind: customerIdentities.kind, value: customerIdentities.value })
    .from(customerIdentities)
    .where(and(eq(customerIdentities.workspaceId, workspaceId), inArray(customerIdentities.customerId, customers)))
    .limit(MAX_LINKED);
  const users = new Set(p.userId ? [p.userId] : []);
  const anonymous = new Set([p.anonymousId]);
  for (const l of linked) (l.kind === 'user' ? users : anonymous).add(l.value);
  return { users: [...users], anonymous: [...anonymous] };
}

/** When the person was last asked (shown the widget, or answered any survey as a known user) since `since`. */
async function lastAsked(db: Db, workspaceId: string, ids: { users: string[]; anonymous: string[] }, since: Date): Promise<Date | null> {
  const who = [inArray(widgetImpressions.anonymousId, ids.anonymous), ...(ids.users.length ? [inArray(widgetImpressions.userId, ids.users)] : [])];
  const [shown] = await db
    .select({ at: max(widgetImpressions.shownAt) })
    .from(widgetImpressions)
    .where(and(eq(widgetImpressions.workspaceId, workspaceId), gte(widgetImpressions.shownAt, since), or(...who)));
  let at = shown?.at ?? null;
  if (ids.users.length > 0) {
    // Answers by link, email or kiosk count too, when they carry the person's user id.
    const [answered] = await db
      .select({ at: max(responses.createdAt) })
      .from(responses)
      .where(and(eq(responses.workspaceId, workspaceId), inArray(responses.userId, ids.users), gte(responses.createdAt, since)));
    const a = answered?.at ?? null;
    if (a && (!at || a > at)) at = a;
  }
  return at;
}

/** Where the moment happened (placed by the workspace's touchpoint rules), and whether it was a touchpoint candidate. */
export interface Moment {
  placed: string | null;
  kind: 'event' | 'touchpoint' | 'page';
}

/**
 * The widget asks the server before it shows a survey: whether an event is at one of its trigger
 * touchpoints, sampling (the same bucket as the browser's) and the frequency cap across all
 * surveys, per person. When it may show, the impression is recorded in the same transaction, under
 * a lock per person, so two tabs cannot both be first.
 */
export async function claimImpression(db: Db, workspaceId: string, survey: WidgetSurvey, capDays: number, p: Person, m: Moment): Promise<WidgetImpression> {
  if (m.kind === 'touchpoint' && (m.placed === null || !survey.triggers.touchpointIds.includes(m.placed))) return { show: false, reason: 'not_due' };
  if (!isSampled(p.userId ?? p.anonymousId, survey.id, survey.samplingPercent)) return { show: false, reason: 'sampled_out' };
  const ids = await personIds(db, workspaceId, p);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`widget:${workspaceId}:${p.userId ?? p.anonymousId}`}))`);
    const now = new Date();
    if (capDays > 0) {
      const at = await lastAsked(tx, workspaceId, ids, new Date(now.getTime() - capDays * DAY_MS));
      if (at && !capAllows(at.getTime(), now.getTime(), capDays)) return { show: false, reason: 'capped', askedAt: at.toISOString() };
    }
    const id = newId();
    await tx.insert(widgetImpressions).values({ workspaceId, id, surveyId: survey.id, anonymousId: p.anonymousId, userId: p.userId ?? null, shownAt: now });
    return { show: true, impressionId: id, touchpointId: answerTouchpoint(m.placed, survey.touchpointIds) ?? null };
  });
}

/** The person closed the widget without finishing. Idempotent; another workspace's impression is not found. */
export async function dismissImpression(db: Db, workspaceId: string, id: string): Promise<void> {
  const where = and(eq(widgetImpressions.workspaceId, workspaceId), eq(widgetImpressions.id, id));
  const done = await db.update(widgetImpressions).set({ dismissedAt: new Date() }).where(and(where, isNull(widgetImpressions.dismissedAt))).returning({ id: widgetImpressions.id });
  if (done.length > 0) return;
  const [exists] = await db.select({ id: widgetImpressions.id }).from(widgetImpressions).where(where);
  if (!exists) throw notFound('Impression not found');
}

export async function markAnswered(db: Db, workspaceId: string, id: string, surveyId: string): Promise<void> {
  await db
    .update(widgetImpressions)
    .set({ answeredAt: new Date() })
    .where(and(eq(widgetImpressions.workspaceId, workspaceId), eq(widgetImpressions.id, id), eq(widgetImpressions.surveyId, surveyId), isNull(widgetImpressions.answeredAt)));
}
