import { responseScore, snippetOf, ZAnswer, ZSurveyDefinition, type NegativeComment, type NegativeCommentsQueryParsed } from '@footprint/core';
import { and, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { customerIdentities, customers, responses, stores, surveys, touchpoints, workspaces } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

const ZAnswers = z.record(z.string(), ZAnswer);

/**
 * The latest completed negative responses (their score group, core's responseScore: NPS 0–6, CSAT
 * 1–2, CES 1–3…) with an open-text comment, for a filter and period in the workspace's days.
 * Newest first along `responses_score_idx` (workspace, score group, answered at), so it reads a
 * few rows however many responses the workspace has.
 */
export async function readNegativeComments(db: Db, workspaceId: string, q: NegativeCommentsQueryParsed): Promise<NegativeComment[]> {
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) throw notFound('Workspace not found');
  if (q.surveyId) {
    const [s] = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, q.surveyId)));
    if (!s) throw notFound('Survey not found');
  }
  // The period's days start and end at midnight in the workspace's time zone.
  const where: SQL[] = [
    eq(responses.workspaceId, workspaceId),
    eq(responses.scoreGroup, 'negative'),
    isNotNull(responses.completedAt),
    // Folded open answers: empty when the respondent wrote nothing.
    sql`${responses.search} <> ''`,
    sql`${responses.answeredAt} >= (${q.from}::date::timestamp at time zone ${ws.timeZone})`,
    sql`${responses.answeredAt} < ((${q.to}::date + 1)::timestamp at time zone ${ws.timeZone})`,
  ];
  if (q.surveyId) where.push(eq(responses.surveyId, q.surveyId));
  if (q.touchpointId) where.push(eq(responses.touchpointId, q.touchpointId));
  if (q.channel) where.push(eq(responses.channel, q.channel));
  if (q.storeId) where.push(eq(responses.storeId, q.storeId));

  const rows = await db
    .select({
      id: responses.id,
      completedAt: responses.completedAt,
      channel: responses.channel,
      language: responses.language,
      answers: responses.answers,
      surveyId: surveys.id,
      surveyName: surveys.name,
      definition: surveys.definition,
      touchpointId: touchpoints.id,
      touchpointName: touchpoints.name,
      storeId: stores.id,
      storeName: stores.name,
      customerUserId: customers.userId,
      customerName: customers.name,
    })
    .from(responses)
    .innerJoin(surveys, and(eq(surveys.workspaceId, responses.workspaceId), eq(surveys.id, responses.surveyId)))
    .leftJoin(touchpoints, and(eq(touchpoints.workspaceId, responses.workspaceId), eq(touchpoints.id, responses.touchpointId)))
    .leftJoin(stores, and(eq(stores.workspaceId, responses.workspaceId), eq(stores.id, responses.storeId)))
    // The customer the respondent is (now) stitched to: by user id when known, else by anonymous id.
    .leftJoin(
      customerIdentities,
      and(
        eq(customerIdentities.workspaceId, responses.workspaceId),
        or(
          and(isNotNull(responses.userId), eq(customerIdentities.kind, 'user'), eq(customerIdentities.value, responses.userId)),
          and(isNull(responses.userId), eq(customerIdentities.kind, 'anonymous'), eq(customerIdentities.value, responses.anonymousId)),
        ),
      ),
    )
    .leftJoin(customers, and(eq(customers.workspaceId, responses.workspaceId), eq(customers.id, customerIdentities.customerId)))
    .where(and(...where))
    .orderBy(desc(responses.answeredAt), desc(responses.id))
    .limit(q.limit);

  const out: NegativeComment[] = [];
  for (const r of rows) {
    const definition = ZSurveyDefinition.safeParse(r.definition);
    const answers = ZAnswers.safeParse(r.answers);
    if (!definition.success || !answers.success || !r.completedAt) continue;
    const comment = snippetOf(definition.data, answers.data);
    const score = responseScore(definition.data, answers.data);
    if (!comment || !score) continue;
    const contact = Object.values(answers.data).find((a) => typeof a === 'object' && !Array.isArray(a) && 'consent' in a && a.name);
    const givenName = contact && typeof contact === 'object' && 'name' in contact ? (contact.name ?? null) : null;
    out.push({
      id: r.id,
      completedAt: r.completedAt.toISOString(),
      survey: { id: r.surveyId, name: r.surveyName },
      touchpoint: r.touchpointId && r.touchpointName ? { id: r.touchpointId, name: r.touchpointName } : null,
      store: r.storeId && r.storeName ? { id: r.storeId, name: r.storeName } : null,
      channel: r.channel,
      language: r.language,
      customer: r.customerUserId ? { userId: r.customerUserId, name: r.customerName } : givenName ? { userId: null, name: givenName } : null,
      comment,
      score,
    });
  }
  return out;
}
