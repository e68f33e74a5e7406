import { ZSurveyDefinition, type Answers, type SurveyLanguage } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { surveys, surveyTouchpoints, surveyWidgets, workspaces } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';
import { saveResponse } from '../respond.js';
import { markAnswered } from './impressions.js';

export interface WidgetAnswer {
  surveyId: string;
  responseId: string;
  impressionId?: string | undefined;
  answers: Answers;
  language: SurveyLanguage;
  complete: boolean;
  touchpointId?: string | undefined;
  anonymousId: string;
  userId?: string | undefined;
}

/**
 * Saves answers given in the widget: the survey must be the write key's workspace's, active, with
 * its widget on. Channel `widget`, with who answered (the SDK's ids) and where (the touchpoint).
 */
export async function saveWidgetResponse(db: Db, workspaceId: string, a: WidgetAnswer): Promise<{ id: string; completed: boolean }> {
  const [row] = await db
    .select({ definition: surveys.definition, timeZone: workspaces.timeZone })
    .from(surveys)
    .innerJoin(workspaces, eq(workspaces.id, surveys.workspaceId))
    .innerJoin(surveyWidgets, and(eq(surveyWidgets.workspaceId, surveys.workspaceId), eq(surveyWidgets.surveyId, surveys.id)))
    .where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, a.surveyId), eq(surveys.status, 'active'), eq(surveyWidgets.enabled, true)));
  if (!row) throw notFound('Survey not found');
  const touchpointIds = (
    await db
      .select({ id: surveyTouchpoints.touchpointId })
      .from(surveyTouchpoints)
      .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, a.surveyId)))
  ).map((r) => r.id);
  const saved = await saveResponse(
    db,
    { workspaceId, surveyId: a.surveyId, definition: ZSurveyDefinition.parse(row.definition), timeZone: row.timeZone, touchpointIds },
    {
      responseId: a.responseId,
      answers: a.answers,
      language: a.language,
      complete: a.complete,
      touchpointId: a.touchpointId,
      channel: 'widget',
      anonymousId: a.anonymousId,
      userId: a.userId,
    },
  );
  if (saved.completed && a.impressionId) await markAnswered(db, workspaceId, a.impressionId, a.surveyId);
  return saved;
}
