import { createHash } from 'node:crypto';
import { ZSurveyDefinition, type SurveyDefinition, type WidgetConfig, type WidgetSurvey } from '@footprint/core';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { surveys, surveyTouchpoints, surveyWidgets } from '../../../db/schema.js';
import { getFeedbackSettings, parseWidgetSettings } from './settings.js';

/** What the widget renders of a definition: no logo (the widget is a small card), one brand colour. */
export function trimDefinition(d: SurveyDefinition): Record<string, unknown> {
  return {
    languages: d.languages,
    ...(d.welcome?.enabled ? { welcome: d.welcome } : {}),
    questions: d.questions,
    rules: d.rules,
    thankYou: d.thankYou,
    brand: { color: d.brand.color },
  };
}

/**
 * The widget's configuration for a workspace: active surveys whose widget is on (most recently
 * changed first), their triggers and trimmed definitions, and the frequency cap. Touchpoint rules
 * stay on the server: it places a moment when the widget claims an impression.
 */
export async function buildWidgetConfig(database: Database, workspaceId: string): Promise<WidgetConfig> {
  const db = database.db;
  const rows = await db
    .select({ id: surveys.id, definition: surveys.definition, settings: surveyWidgets.settings })
    .from(surveyWidgets)
    .innerJoin(surveys, and(eq(surveys.workspaceId, surveyWidgets.workspaceId), eq(surveys.id, surveyWidgets.surveyId)))
    .where(and(eq(surveyWidgets.workspaceId, workspaceId), eq(surveyWidgets.enabled, true), eq(surveys.status, 'active')))
    .orderBy(desc(surveyWidgets.updatedAt), asc(surveys.id));
  const tps = new Map<string, string[]>();
  if (rows.length > 0) {
    const links = await db
      .select({ surveyId: surveyTouchpoints.surveyId, touchpointId: surveyTouchpoints.touchpointId })
      .from(surveyTouchpoints)
      .where(and(eq(surveyTouchpoints.workspaceId, workspaceId), inArray(surveyTouchpoints.surveyId, rows.map((r) => r.id))));
    for (const l of links) tps.set(l.surveyId, [...(tps.get(l.surveyId) ?? []), l.touchpointId]);
  }
  const out: WidgetSurvey[] = [];
  for (const r of rows) {
    const definition = ZSurveyDefinition.safeParse(r.definition);
    if (!definition.success) continue;
    const s = parseWidgetSettings(r.settings);
    const own = tps.get(r.id) ?? [];
    out.push({
      id: r.id,
      // A trigger touchpoint the survey no longer listens at is dropped, not left to fail later.
      triggers: { ...s.triggers, touchpointIds: s.triggers.touchpointIds.filter((t) => own.includes(t)) },
      samplingPercent: s.samplingPercent,
      position: s.position,
      touchpointIds: own,
      definition: trimDefinition(definition.data),
    });
  }
  return { capDays: (await getFeedbackSettings(db, workspaceId)).frequencyCapDays, surveys: out };
}

const TTL_MS = 5_000;

export interface CachedConfig {
  config: WidgetConfig;
  /** Of the config's JSON: browsers revalidate with If-None-Match and get a 304 while nothing changed. */
  etag: string;
}

/**
 * Every page view of every visitor asks for the config (browsers keep it a minute), so each process
 * keeps it a few seconds per workspace. Changes made through this process clear it at once.
 */
export class WidgetConfigCache {
  private entries = new Map<string, { value: Promise<CachedConfig>; until: number }>();

  constructor(private readonly database: Database) {}

  get(workspaceId: string): Promise<CachedConfig> {
    const now = Date.now();
    const hit = this.entries.get(workspaceId);
    if (hit && hit.until > now) return hit.value;
    const value = buildWidgetConfig(this.database, workspaceId).then((config) => {
      const body = JSON.stringify(config);
      return { config, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
    });
    value.catch(() => this.entries.delete(workspaceId));
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(workspaceId, { value, until: now + TTL_MS });
    return value;
  }

  invalidate(workspaceId: string): void {
    this.entries.delete(workspaceId);
  }
}
