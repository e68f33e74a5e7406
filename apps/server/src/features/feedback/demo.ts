import {
  contributions, customerFootprints, DEMO_SURVEYS, demoStores, foldForSearch, mergeAggregate, SURVEY_TEMPLATES, ZSurveyDefinition,
  customerResponses, type Answers, type MetricAggregate, type SurveyDefinition,
} from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { responses, stores, surveys, touchpoints, workspaces } from '../../db/schema.js';
import { newId } from '../../platform/ids.js';
import { addToRollups, dayIn, NO_ID, searchOf } from './respond.js';
import { scoreColumns } from './responses/score-columns.js';
import { storeSearchColumns } from '../workspace/index.js';
import { createSurvey } from './surveys.js';

interface DemoTargets {
  timeZone: string;
  surveys: Map<string, { id: string; definition: SurveyDefinition }>;
  touchpoints: Map<string, string>;
  stores: Map<string, string>;
}

/**
 * The demo chain's stores and surveys (active, at their touchpoints). Found again by name, so
 * loading twice creates nothing new. Touchpoints must exist already (the footprints make them).
 */
async function ensureFeedbackSetup(database: Database, workspaceId: string): Promise<DemoTargets> {
  const db = database.db;
  await db
    .insert(stores)
    .values(demoStores().map((s) => ({ workspaceId, id: newId(), name: s.name, address: s.address, province: s.province, ...storeSearchColumns(s) })))
    .onConflictDoNothing();
  const storeRows = await db.select({ id: stores.id, name: stores.name }).from(stores).where(eq(stores.workspaceId, workspaceId));
  const tpRows = await db.select({ id: touchpoints.id, name: touchpoints.name }).from(touchpoints).where(eq(touchpoints.workspaceId, workspaceId));
  const tps = new Map(tpRows.map((t) => [t.name, t.id]));
  const found = new Map<string, { id: string; definition: SurveyDefinition }>();
  for (const s of DEMO_SURVEYS) {
    const [existing] = await db.select({ id: surveys.id, definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.nameSearch, foldForSearch(s.name))));
    let id = existing?.id;
    if (!id) {
      id = await createSurvey(db, workspaceId, { name: s.name, template: s.template, touchpointIds: s.touchpoints.flatMap((n) => tps.get(n) ?? []) }, null);
      await db.update(surveys).set({ status: 'active' }).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, id)));
    }
    const template = SURVEY_TEMPLATES.find((t) => t.key === s.template)!;
    found.set(s.template, { id, definition: ZSurveyDefinition.parse(existing?.definition ?? template.definition) });
  }
  const [w] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return { timeZone: w?.timeZone ?? 'Asia/Ho_Chi_Minh', surveys: found, touchpoints: tps, stores: new Map(storeRows.map((r) => [r.name, r.id])) };
}

/**
 * The demo customers' survey answers, derived from their footprints (core's customerResponses),
 * stored as completed responses with their scores added to the rollups in the same transaction.
 * Response ids are deterministic: a response already there is skipped, and so are its scores.
 */
export async function loadDemoFeedback(
  database: Database,
  workspaceId: string,
  seed: number,
  customers: number,
  today: Date,
  progress: (fraction: number) => Promise<void> | void,
): Promise<number> {
  const targets = await ensureFeedbackSetup(database, workspaceId);
  const perChunk = 500;
  let stored = 0;
  for (let from = 0; from < customers; from += perChunk) {
    const batch = [];
    for (let i = from; i < Math.min(customers, from + perChunk); i++) batch.push(...customerResponses(seed, i, customerFootprints(seed, i, today), today));
    const rows = batch.flatMap((r) => {
      const survey = targets.surveys.get(r.survey);
      if (!survey) return [];
      const completedAt = new Date(r.completedAt);
      return [{
        workspaceId, id: r.id, surveyId: survey.id, touchpointId: targets.touchpoints.get(r.touchpoint) ?? null, channel: r.channel, language: r.language,
        answers: r.answers, search: searchOf(r.answers), ...scoreColumns(survey.definition, r.answers as Answers), userId: r.userId, anonymousId: r.anonymousId, storeId: r.store ? (targets.stores.get(r.store) ?? null) : null,
        createdAt: completedAt, updatedAt: completedAt, completedAt,
      }];
    });
    if (rows.length === 0) continue;
    stored += await database.db.transaction(async (tx) => {
      const inserted = new Set((await tx.insert(responses).values(rows).onConflictDoNothing().returning({ id: responses.id })).map((r) => r.id));
      // One merge per rollup row for the whole chunk, in a fixed order (no deadlock with live answers).
      const sums = new Map<string, { key: Parameters<typeof addToRollups>[1]; parts: Map<string, MetricAggregate> }>();
      for (const r of rows) {
        if (!inserted.has(r.id)) continue;
        const definition = [...targets.surveys.values()].find((s) => s.id === r.surveyId)!.definition;
        const key = { workspaceId, surveyId: r.surveyId, touchpointId: r.touchpointId ?? NO_ID, channel: r.channel, storeId: r.storeId ?? NO_ID, day: dayIn(r.completedAt, targets.timeZone) };
        const k = JSON.stringify(key);
        const entry = sums.get(k) ?? { key, parts: new Map() };
        for (const { questionId, value } of contributions(definition, r.answers as Answers)) {
          const prev = entry.parts.get(questionId);
          entry.parts.set(questionId, prev ? mergeAggregate(prev, value) : value);
        }
        sums.set(k, entry);
      }
      for (const k of [...sums.keys()].sort()) {
        const { key, parts } = sums.get(k)!;
        await addToRollups(tx, key, [...parts.entries()].map(([questionId, value]) => ({ questionId, value })));
      }
      return inserted.size;
    });
    await progress(Math.min(1, (from + perChunk) / customers));
  }
  return stored;
}
