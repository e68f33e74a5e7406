import {
  addAggregate, compareSets, previousRange, scoreSet, stageTouchpoints, ZJourneyDoc,
  type CsiWeights, type MetricAggregates, type ScoreGrouping, type ScoresBreakdown, type ScoresBreakdownQueryParsed, type ScoreSet,
} from '@footprint/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { journeys, scoreRollups, stores, surveys, touchpoints } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { sumRollups } from './queries/sum-rollups.js';
import { NO_ID } from './respond.js';
import { csiWeightsOf, filteredSurveyWeights, rollupWhere } from './scores.js';

interface Named {
  name: string;
  /** A survey's own CSI weights, when the groups are surveys. */
  weights?: CsiWeights | undefined;
}

/**
 * How rollup rows are grouped: the key column, and how keys get their names (channels are named
 * by the client). A journey `stage` grouping would read `touchpointId`, map each touchpoint to its
 * stage before the sums (a `keyOf` step here) and name the stages: the rollups need nothing new.
 */
const GROUPINGS: Record<ScoreGrouping, { column: AnyPgColumn; names?: (db: Db, workspaceId: string, ids: string[]) => Promise<Map<string, Named>> }> = {
  touchpoint: {
    column: scoreRollups.touchpointId,
    names: async (db, workspaceId, ids) =>
      new Map(
        (await db.select({ id: touchpoints.id, name: touchpoints.name }).from(touchpoints).where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, ids)))).map((r) => [
          r.id,
          { name: r.name },
        ]),
      ),
  },
  store: {
    column: scoreRollups.storeId,
    names: async (db, workspaceId, ids) =>
      new Map((await db.select({ id: stores.id, name: stores.name }).from(stores).where(and(eq(stores.workspaceId, workspaceId), inArray(stores.id, ids)))).map((r) => [r.id, { name: r.name }])),
  },
  survey: {
    column: scoreRollups.surveyId,
    names: async (db, workspaceId, ids) =>
      new Map(
        (await db.select({ id: surveys.id, name: surveys.name, definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), inArray(surveys.id, ids)))).map((r) => [
          r.id,
          { name: r.name, weights: csiWeightsOf(r.definition) },
        ]),
      ),
  },
  channel: { column: scoreRollups.channel },
  // Read per touchpoint; readBreakdown maps touchpoints to the map's stages (stageGroups).
  stage: { column: scoreRollups.touchpointId },
};

/** Each stage of a journey map (in the workspace) with its touchpoints, for the `stage` grouping. */
async function stageGroups(db: Db, workspaceId: string, journeyId: string): Promise<{ id: string; name: string; touchpointIds: string[] }[]> {
  const [j] = await db.select({ doc: journeys.doc }).from(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journeyId)));
  if (!j) throw notFound('Journey map not found');
  const doc = ZJourneyDoc.parse(j.doc);
  const names = new Map(doc.stages.map((s) => [s.id, s.name.vi]));
  return stageTouchpoints(doc).map((s) => ({ id: s.stageId, name: names.get(s.stageId) ?? s.stageId, touchpointIds: s.touchpointIds }));
}

const answers = (s: ScoreSet) => Math.max(s.nps?.n ?? 0, s.csat?.n ?? 0, s.ces?.n ?? 0, s.csi?.n ?? 0);

/**
 * Scores per touchpoint, channel, store or survey for a filter and period, from the rollups, each
 * with n and interval (and the change from the previous period of equal length, when asked). CSI
 * is given when one survey is filtered or the groups are surveys, with each survey's weights.
 */
export async function readBreakdown(db: Db, workspaceId: string, q: ScoresBreakdownQueryParsed): Promise<ScoresBreakdown> {
  const filterWeights = await filteredSurveyWeights(db, workspaceId, q.surveyId);
  const grouping = GROUPINGS[q.groupBy];
  const before = q.compare === 'previous' ? previousRange(q) : null;
  const withCsi = Boolean(q.surveyId) || q.groupBy === 'survey';
  const range = { from: before?.from ?? q.from, to: q.to };
  const sums = await sumRollups(
    db,
    rollupWhere(workspaceId, q, range),
    { key: sql`${grouping.column}`, bucket: sql`case when ${scoreRollups.day} < ${q.from} then 'before' else 'now' end` },
    withCsi,
  );

  const stages = q.groupBy === 'stage' && q.journeyId ? await stageGroups(db, workspaceId, q.journeyId) : null;
  // A touchpoint's rows count in every stage that holds it; for the other groupings the key is the group.
  const keysOf = (key: string) => (stages ? stages.filter((s) => s.touchpointIds.includes(key)).map((s) => s.id) : [key]);
  const groups = new Map<string, { now: MetricAggregates; before: MetricAggregates }>();
  for (const r of sums) {
    for (const key of keysOf(String(r.key))) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { now: {}, before: {} }));
      addAggregate(r.bucket === 'before' ? g.before : g.now, r.agg);
    }
  }
  const ids = [...groups.keys()].filter((k) => k !== NO_ID);
  const names = stages
    ? new Map<string, Named>(stages.map((s) => [s.id, { name: s.name }]))
    : grouping.names && ids.length > 0
      ? await grouping.names(db, workspaceId, ids)
      : new Map<string, Named>();

  const items = [...groups.entries()]
    .filter(([, g]) => Object.keys(g.now).length > 0)
    .map(([key, g]) => {
      const named = names.get(key);
      const weights = q.groupBy === 'survey' ? named?.weights : filterWeights;
      const now = scoreSet(g.now, weights);
      return {
        key: key === NO_ID ? null : key,
        name: named?.name ?? null,
        ...now,
        comparison: before ? compareSets(now, scoreSet(g.before, weights)) : null,
      };
    })
    .sort((a, b) => answers(b) - answers(a) || String(a.key).localeCompare(String(b.key)));
  return { groupBy: q.groupBy, from: q.from, to: q.to, previous: before, items };
}
