import {
  answerProblem, contributions, foldForSearch, mergeAggregate, missingAnswers, parseAggregate, visibleQuestions, ZSurveyDefinition,
  type Answers, type SurveyDefinition, type SurveyLanguage,
} from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { responses, scoreRollups, surveys, surveyTouchpoints, workspaces } from '../../db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';

export const NO_TOUCHPOINT = '00000000-0000-0000-0000-000000000000';
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
}

const searchOf = (answers: Answers) =>
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
  const { workspaceId, surveyId, definition } = target;
  if (!definition.languages.includes(input.language)) throw new AppError(400, 'validation_failed', 'This survey is not offered in that language', { issues: [{ path: ['language'], message: 'Not offered' }] });
  if (input.touchpointId && !target.touchpointIds.includes(input.touchpointId)) throw notFound('Touchpoint not found');
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
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ surveyId: responses.surveyId, completedAt: responses.completedAt })
      .from(responses)
      .where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, input.responseId)))
      .for('update');
    if (existing && existing.surveyId !== surveyId) throw new AppError(409, 'conflict', 'This response id belongs to another survey');
    if (existing?.completedAt) return { id: input.responseId, completed: true };
    const now = new Date();
    const completedAt = input.complete ? now : null;
    const values = {
      answers,
      search: searchOf(answers),
      language: input.language,
      touchpointId: input.touchpointId ?? null,
      updatedAt: now,
      completedAt,
    };
    if (existing) await tx.update(responses).set(values).where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, input.responseId)));
    else await tx.insert(responses).values({ workspaceId, id: input.responseId, surveyId, channel: input.channel, ...values });
    if (completedAt) await addToRollups(tx, { workspaceId, surveyId, touchpointId: input.touchpointId ?? NO_TOUCHPOINT, channel: input.channel, day: dayIn(completedAt, target.timeZone) }, contributions(definition, answers));
    return { id: input.responseId, completed: completedAt !== null };
  });
}

/**
 * Adds a response's aggregates to its rollup rows (creating them when new). The row is locked while
 * it is read and rewritten, so concurrent completions add up exactly; the merge is core's.
 */
async function addToRollups(
  tx: Db,
  key: { workspaceId: string; surveyId: string; touchpointId: string; channel: string; day: string },
  parts: ReturnType<typeof contributions>,
): Promise<void> {
  for (const { questionId, value } of parts) {
    const where = and(
      eq(scoreRollups.workspaceId, key.workspaceId), eq(scoreRollups.surveyId, key.surveyId), eq(scoreRollups.questionId, questionId),
      eq(scoreRollups.touchpointId, key.touchpointId), eq(scoreRollups.channel, key.channel), eq(scoreRollups.day, key.day),
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
