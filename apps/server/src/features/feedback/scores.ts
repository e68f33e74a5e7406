import {
  addAggregate, compareSets, periodOf, previousRange, scoreSet, ZSurveyDefinition,
  type CsiWeights, type DayRange, type MetricAggregates, type Scores, type ScoresCoverage, type ScoresQueryParsed,
} from '@footprint/core';
import { and, eq, gte, isNotNull, lte, max, min, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { responses, scoreRollups, surveys } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';
import { sumRollups } from './queries/sum-rollups.js';

export { periodOf };

/** The filters every score query takes. */
export interface ScoreFilter {
  surveyId?: string | undefined;
  touchpointId?: string | undefined;
  channel?: string | undefined;
  storeId?: string | undefined;
}

/** A survey's CSI weights by attribute key; undefined when it asks no CSI question. */
export function csiWeightsOf(definition: unknown): CsiWeights | undefined {
  const parsed = ZSurveyDefinition.safeParse(definition);
  const csi = parsed.success ? parsed.data.questions.find((x) => x.type === 'csi') : undefined;
  return csi?.type === 'csi' ? Object.fromEntries(csi.attributes.map((a) => [a.key, a.weight])) : undefined;
}

/** The filtered survey's CSI weights; a survey of another workspace is not found, like one that never existed. */
export async function filteredSurveyWeights(db: Db, workspaceId: string, surveyId: string | undefined): Promise<CsiWeights | undefined> {
  if (!surveyId) return undefined;
  const [s] = await db.select({ definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
  return csiWeightsOf(s.definition);
}

/** The rollup rows' condition for a workspace, filter and days (the workspace's calendar). */
export function rollupWhere(workspaceId: string, f: ScoreFilter, range: DayRange): SQL {
  const where: SQL[] = [eq(scoreRollups.workspaceId, workspaceId), gte(scoreRollups.day, range.from), lte(scoreRollups.day, range.to)];
  if (f.surveyId) where.push(eq(scoreRollups.surveyId, f.surveyId));
  if (f.touchpointId) where.push(eq(scoreRollups.touchpointId, f.touchpointId));
  if (f.channel) where.push(eq(scoreRollups.channel, f.channel));
  if (f.storeId) where.push(eq(scoreRollups.storeId, f.storeId));
  return and(...where)!;
}

/**
 * Scores for a filter and period, from the rollups (never from the responses), with a series; with
 * `compare=previous` also the period of equal length before, read in the same query. CSI only for
 * one survey: its attributes and weights are its own.
 */
export async function readScores(db: Db, workspaceId: string, q: ScoresQueryParsed): Promise<Scores> {
  const weights = await filteredSurveyWeights(db, workspaceId, q.surveyId);
  const before = q.compare === 'previous' ? previousRange(q) : null;
  // Summed per day in the database; days go to periods here, with core's calendar.
  const sums = await sumRollups(db, rollupWhere(workspaceId, q, { from: before?.from ?? q.from, to: q.to }), { key: null, bucket: sql`${scoreRollups.day}` }, Boolean(q.surveyId));

  const totals: MetricAggregates = {};
  const previous: MetricAggregates = {};
  const periods = new Map<string, MetricAggregates>();
  for (const { bucket: day, agg } of sums) {
    if (day < q.from) {
      addAggregate(previous, agg);
      continue;
    }
    addAggregate(totals, agg);
    const p = periodOf(day, q.by);
    let acc = periods.get(p);
    if (!acc) periods.set(p, (acc = {}));
    addAggregate(acc, agg);
  }
  const current = scoreSet(totals, weights);
  const out: Scores = {
    totals: current,
    series: [...periods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, acc]) => ({ period, ...scoreSet(acc, weights) })),
  };
  if (before) {
    const prev = scoreSet(previous, weights);
    out.previous = { ...before, totals: prev, comparison: compareSets(current, prev) };
  }
  return out;
}

/** When the first and latest completed responses came in: two index lookups, not a scan. */
export async function readCoverage(db: Db, workspaceId: string): Promise<ScoresCoverage> {
  const [r] = await db
    .select({ first: min(responses.completedAt), last: max(responses.completedAt) })
    .from(responses)
    .where(and(eq(responses.workspaceId, workspaceId), isNotNull(responses.completedAt)));
  const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
  return { firstAt: iso(r?.first), lastAt: iso(r?.last) };
}
