import {
  DEFAULT_FEEDBACK_SETTINGS, DEFAULT_WIDGET_SETTINGS, ZWidgetSettings, type FeedbackSettings, type SurveyWidget, type WidgetSettings,
} from '@footprint/core';
import { and, count, eq, gte, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { feedbackSettings, responses, surveys, surveyTouchpoints, surveyWidgets, widgetImpressions } from '../../../db/schema.js';
import { notFound } from '../../../platform/errors.js';

const STATS_DAYS = 30;

export async function getFeedbackSettings(db: Db, workspaceId: string): Promise<FeedbackSettings> {
  const [row] = await db.select({ frequencyCapDays: feedbackSettings.frequencyCapDays }).from(feedbackSettings).where(eq(feedbackSettings.workspaceId, workspaceId));
  return row ?? DEFAULT_FEEDBACK_SETTINGS;
}

export async function patchFeedbackSettings(db: Db, workspaceId: string, patch: Partial<FeedbackSettings>): Promise<FeedbackSettings> {
  const next = { ...(await getFeedbackSettings(db, workspaceId)), ...patch };
  await db
    .insert(feedbackSettings)
    .values({ workspaceId, ...next })
    .onConflictDoUpdate({ target: feedbackSettings.workspaceId, set: { frequencyCapDays: next.frequencyCapDays, updatedAt: new Date() } });
  return next;
}

async function requireSurvey(db: Db, workspaceId: string, surveyId: string): Promise<void> {
  const [s] = await db.select({ id: surveys.id }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
}

/** Settings as stored, read through the contract (defaults fill what older rows lack). */
export function parseWidgetSettings(raw: unknown): WidgetSettings {
  const parsed = ZWidgetSettings.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_WIDGET_SETTINGS;
}

async function widgetStats(db: Db, workspaceId: string, surveyId: string): Promise<SurveyWidget['stats']> {
  const since = new Date(Date.now() - STATS_DAYS * 86_400_000);
  const [shown] = await db
    .select({
      shown: count(),
      dismissed: sql<number>`count(*) filter (where ${widgetImpressions.dismissedAt} is not null and ${widgetImpressions.answeredAt} is null)`.mapWith(Number),
    })
    .from(widgetImpressions)
    .where(and(eq(widgetImpressions.workspaceId, workspaceId), eq(widgetImpressions.surveyId, surveyId), gte(widgetImpressions.shownAt, since)));
  // Answers are counted from the responses themselves: every completed widget response counts.
  const [answered] = await db
    .select({ n: count() })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), eq(responses.surveyId, surveyId), eq(responses.channel, 'widget'), isNotNull(responses.completedAt), gte(responses.completedAt, since)));
  return { days: STATS_DAYS, shown: Number(shown?.shown ?? 0), dismissed: shown?.dismissed ?? 0, answered: Number(answered?.n ?? 0) };
}

export async function getSurveyWidget(db: Db, workspaceId: string, surveyId: string): Promise<SurveyWidget> {
  await requireSurvey(db, workspaceId, surveyId);
  const [row] = await db
    .select({ settings: surveyWidgets.settings })
    .from(surveyWidgets)
    .where(and(eq(surveyWidgets.workspaceId, workspaceId), eq(surveyWidgets.surveyId, surveyId)));
  return { settings: row ? parseWidgetSettings(row.settings) : DEFAULT_WIDGET_SETTINGS, stats: await widgetStats(db, workspaceId, surveyId) };
}

/** Touchpoint triggers must be touchpoints the survey listens at: an answer can only land on those. */
export async function putSurveyWidget(db: Db, workspaceId: string, surveyId: string, settings: WidgetSettings): Promise<SurveyWidget> {
  await requireSurvey(db, workspaceId, surveyId);
  const own = new Set(
    (
      await db
        .select({ id: surveyTouchpoints.touchpointId })
        .from(surveyTouchpoints)
        .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), eq(surveyTouchpoints.surveyId, surveyId)))
    ).map((r) => r.id),
  );
  // Like a survey's own touchpoints: one that is not the survey's (or another tenant's) is not found.
  if (!settings.triggers.touchpointIds.every((id) => own.has(id))) throw notFound('Touchpoint not found');
  const values = { enabled: settings.enabled, settings: { ...settings, triggers: { ...settings.triggers, touchpointIds: [...new Set(settings.triggers.touchpointIds)] } }, updatedAt: new Date() };
  await db
    .insert(surveyWidgets)
    .values({ workspaceId, surveyId, ...values })
    .onConflictDoUpdate({ target: [surveyWidgets.workspaceId, surveyWidgets.surveyId], set: values });
  return getSurveyWidget(db, workspaceId, surveyId);
}
