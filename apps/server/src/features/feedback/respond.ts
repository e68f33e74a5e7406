import {
  ANSWERED_AT_MAX_AGE_DAYS, ANSWERED_AT_MAX_AHEAD_SECONDS, answerProblem, contributions, foldForSearch, mergeAggregate, missingAnswers, parseAggregate, visibleQuestions, ZSurveyDefinition,
  type Answers, type SurveyDefinition, type SurveyLanguage,
} from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { responses, scoreRollups, surveys, surveyTouchpoints, workspaces } from '../../db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import { scoreColumns } from './responses/score-columns.js';
import { enqueueJob } from '../../platform/jobs.js';

/**
 * Queued in the same transaction as a response's completion, so every completed response is looked at
 * once by whoever listens (support's case rules): no completion is missed, none is seen before it commits.
 */
export const FEEDBACK_COMPLETED_JOB = 'feedback.completed';

/** Stands for "none" in rollup key columns (touchpoint, store), which cannot be null. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
export type Channel = 'link' | 'widget' | 'kiosk' | 'email' | 'qr';

/** A survey found by its public id: only an active one answers. */
export async function publicSurvey(db: Db, publicId: string) {
  const [row] = await db
    .select({ s: surveys, workspaceName: workspaces.name, timeZone: workspaces.timeZone })
    .from(surveys)
    .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
    .where(and(eq(surveys.publicId, publicId), eq(surveys.status, 'active')));
  if (!row) throw notFound('Survey not found');
  const touchpointIds = (
    await db
      .select({ id: surveyTouchpoints.touchpointId })
      .from(surveyTouchpoints)
      .where(and(eq(surveyTouchpoints.workspaceId, row.s.workspaceId), eq(surveyTouchpoints.surveyId, row.s.id)))
  ).map((r) => r.id);
  return { survey: row.s, definition: ZSurveyDefinition.parse(row.s.definition), workspaceName: row.workspaceName, timeZone: row.timeZone, touchpointIds };
}

/** The local calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export interface SaveInput {
  responseId: string;
  answers: Answers;
  language: SurveyLanguage;
  complete: boolean;
  touchpointId?: string | undefined;
  channel: Channel;
  /** Who answered, when known: the business's user id (personalised links, email, a signed-in widget visitor) or the SDK's anonymous id. */
  userId?: string | undefined;
  anonymousId?: string | undefined;
  /** Given in person: the kiosk's store and the kiosk itself. */
  storeId?: string | undefined;
  deviceId?: string | undefined;
  invitationId?: string | undefined;
  /**
   * When it was given, if not now (a kiosk that answered offline syncs later): the response counts
   * on that day. Bounded by checkAnsweredAt.
   */
  answeredAt?: Date | undefined;
}

/** An answer's time must be recent and not ahead of the server's clock (beyond a little skew). */
export function checkAnsweredAt(at: Date, now = new Date()): void {
  const ahead = at.getTime() - now.getTime();
  const age = -ahead;
  if (Number.isNaN(ahead) || ahead > ANSWERED_AT_MAX_AHEAD_SECONDS * 1000 || age > ANSWERED_AT_MAX_AGE_DAYS * 86_400_000) {
    throw new AppError(400, 'answered_at_out_of_range', `An answer's time must be within the last ${ANSWERED_AT_MAX_AGE_DAYS} days and not in the future`, {
      answeredAt: Number.isNaN(ahead) ? null : at.toISOString(),
      maxAgeDays: ANSWERED_AT_MAX_AGE_DAYS,
    });
  }
}

/** Open-text answers folded for search without diacritics. */
export const searchOf = (answers: Answers) =>
  foldForSearch(
    Object.values(answers)
      .map((a) => (typeof a === 'object' && !Array.isArray(a) && 'text' in a ? a.text : ''))
      .filter(Boolean)
      .join(' '),
  );

/**
 * Saves what a respondent has answered so far; completes the response when asked and every visible
 * required question is answered validly. Completing adds the response's scores to the rollups in
 * the same transaction, once: a completed response is final (a retry answers the same, changes nothing).
 */
export async function saveResponse(
  db: Db,
  target: { workspaceId: string; surveyId: string; definition: SurveyDefinition; timeZone: string; touchpointIds: string[] },
  input: SaveInput,
): Promise<{ id: string; completed: boolean }> {
  const { definition } = target;
  if (!definition.languages.includes(input.language)) throw new AppError(400, 'validation_failed', 'This survey is not offered in that language', { issues: [{ path: ['language'], message: 'Not offered' }] });
  if (input.touchpointId && !target.touchpointIds.includes(input.touchpointId)) throw notFound('Touchpoint not found');
  if (input.answeredAt) checkAnsweredAt(input.answeredAt);
  // Only answers to questions the respondent can see count, each checked against its question.
  const visible = new Map(visibleQuestions(definition, input.answers).map((q) => [q.id, q]));
  const issues: { path: string[]; message: string }[] = [];
  const answers: Answers = {};
  for (const [id, a] of Object.entries(input.answers)) {
    const q = visible.get(id);
    if (!q) continue;
    const problem = answerProblem(q, a);
    if (problem) issues.push({ path: ['answers', id], message: problem });
    else answers[id] = a;
  }
  if (issues.length > 0) throw new AppError(400, 'validation_failed', 'Some answers are not valid', { issues });
  if (input.complete) {
    const missing = missingAnswers(definition, answers);
    if (missing.length > 0) throw new AppError(400, 'response_incomplete', 'Some required questions are not answered', { questions: missing });
  }
  // Two saves of a new response at once (a retry overlapping a slow first try) both find no row;
  // the loser's insert hits the key, and running it again finds the winner's row.
  try {
    return await db.transaction((tx) => saveIn(tx, target, input, answers));
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return db.transaction((tx) => saveIn(tx, target, input, answers));
  }
}

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string }).code === '23505' || (e as { cause?: { code?: string } }).cause?.code === '23505';

async function saveIn(
  tx: Db,
  target: { workspaceId: string; surveyId: string; definition: SurveyDefinition; timeZone: string },
  input: SaveInput,
  answers: Answers,
): Promise<{ id: string; completed: boolean }> {
  const { workspaceId, surveyId, definition } = target;
  const [existing] = await tx
    .select({ surveyId: responses.surveyId, completedAt: responses.completedAt, channel: responses.channel, storeId: responses.storeId })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, input.responseId)))
    .for('update');
  if (existing && existing.surveyId !== surveyId) throw new AppError(409, 'conflict', 'This response id belongs to another survey');
  if (existing?.completedAt) return { id: input.responseId, completed: true };
  const now = new Date();
  const completedAt = input.complete ? (input.answeredAt ?? now) : null;
  const values = {
    answers,
    search: searchOf(answers),
    // What it has answered so far: a partial response is found by its score too.
    ...scoreColumns(definition, answers),
    language: input.language,
    touchpointId: input.touchpointId ?? null,
    // When the respondent last answered: for a kiosk's offline answer, when it was given, not synced.
    updatedAt: input.answeredAt ?? now,
    completedAt,
  };
  if (existing) await tx.update(responses).set(values).where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, input.responseId)));
  else
    await tx.insert(responses).values({
      workspaceId, id: input.responseId, surveyId, channel: input.channel,
      userId: input.userId ?? null, anonymousId: input.anonymousId ?? null,
      storeId: input.storeId ?? null, deviceId: input.deviceId ?? null, invitationId: input.invitationId ?? null,
      ...(input.answeredAt ? { createdAt: input.answeredAt } : {}),
      ...values,
    });
  if (completedAt) {
    // Where it was given is fixed by its first save.
    const at = existing ?? { channel: input.channel, storeId: input.storeId ?? null };
    const key = { workspaceId, surveyId, touchpointId: input.touchpointId ?? NO_ID, channel: at.channel, storeId: at.storeId ?? NO_ID, day: dayIn(completedAt, target.timeZone) };
    await addToRollups(tx, key, contributions(definition, answers));
    await enqueueJob({ db: tx }, FEEDBACK_COMPLETED_JOB, { responseId: input.responseId }, { workspaceId, maxAttempts: 10 }, tx);
  }
  return { id: input.responseId, completed: completedAt !== null };
}

/**
 * Adds a response's aggregates to its rollup rows (creating them when new). The row is locked while
 * it is read and rewritten, so concurrent completions add up exactly; the merge is core's.
 */
export async function addToRollups(
  tx: Db,
  key: { workspaceId: string; surveyId: string; touchpointId: string; channel: string; storeId: string; day: string },
  parts: ReturnType<typeof contributions>,
): Promise<void> {
  for (const { questionId, value } of parts) {
    const where = and(
      eq(scoreRollups.workspaceId, key.workspaceId), eq(scoreRollups.surveyId, key.surveyId), eq(scoreRollups.questionId, questionId),
      eq(scoreRollups.touchpointId, key.touchpointId), eq(scoreRollups.channel, key.channel),
      eq(scoreRollups.storeId, key.storeId), eq(scoreRollups.day, key.day),
    );
    const read = async () => (await tx.select({ counts: scoreRollups.counts }).from(scoreRollups).where(where).for('update'))[0];
    let row = await read();
    if (!row) {
      const inserted = await tx.insert(scoreRollups).values({ ...key, questionId, metric: value.metric, counts: value.agg }).onConflictDoNothing().returning({ day: scoreRollups.day });
      if (inserted.length > 0) continue;
      row = await read(); // a concurrent completion created it first
    }
    await tx.update(scoreRollups).set({ counts: mergeAggregate(parseAggregate(value.metric, row!.counts), value).agg }).where(where);
  }
}
