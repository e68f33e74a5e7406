import {
  cesScore, csatScore, csiScore, mergeAggregate, npsScore, parseAggregate, ZSurveyDefinition,
  type Metric, type MetricAggregate, type Scores, type ScoresQuery,
} from '@footprint/core';
import { and, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { scoreRollups, surveys } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

/** The first day of the period a day falls in: itself, its Monday, or the 1st of its month. */
export function periodOf(day: string, by: 'day' | 'week' | 'month'): string {
  if (by === 'day') return day;
  if (by === 'month') return `${day.slice(0, 8)}01`;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

type Acc = Partial<Record<Metric, MetricAggregate>>;

/** Scores for a filter and period, from the rollups (never from the responses), with a series. */
export async function readScores(db: Db, workspaceId: string, q: Required<Omit<ScoresQuery, 'surveyId' | 'touchpointId' | 'channel'>> & Pick<ScoresQuery, 'surveyId' | 'touchpointId' | 'channel'>): Promise<Scores> {
  const where: SQL[] = [eq(scoreRollups.workspaceId, workspaceId), gte(scoreRollups.day, q.from), lte(scoreRollups.day, q.to)];
  let weights: Record<string, number> | undefined;
  if (q.surveyId) {
    const [s] = await db.select({ definition: surveys.definition }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, q.surveyId)));
    if (!s) throw notFound('Survey not found');
    where.push(eq(scoreRollups.surveyId, q.surveyId));
    const csi = ZSurveyDefinition.parse(s.definition).questions.find((x) => x.type === 'csi');
    if (csi?.type === 'csi') weights = Object.fromEntries(csi.attributes.map((a) => [a.key, a.weight]));
  }
  if (q.touchpointId) where.push(eq(scoreRollups.touchpointId, q.touchpointId));
  if (q.channel) where.push(eq(scoreRollups.channel, q.channel));
  const rows = await db.select({ metric: scoreRollups.metric, day: scoreRollups.day, counts: scoreRollups.counts }).from(scoreRollups).where(and(...where));

  const add = (acc: Acc, a: MetricAggregate) => {
    const prev = acc[a.metric];
    acc[a.metric] = prev ? mergeAggregate(prev, a) : a;
  };
  const totals: Acc = {};
  const periods = new Map<string, Acc>();
  for (const r of rows) {
    if (r.metric === 'csi' && !q.surveyId) continue;
    const a = parseAggregate(r.metric, r.counts);
    add(totals, a);
    const p = periodOf(r.day, q.by);
    if (!periods.has(p)) periods.set(p, {});
    add(periods.get(p)!, a);
  }
  const scoresOf = (acc: Acc) => ({
    nps: acc.nps?.metric === 'nps' ? npsScore(acc.nps.agg) : null,
    csat: acc.csat?.metric === 'csat' ? csatScore(acc.csat.agg) : null,
    ces: acc.ces?.metric === 'ces' ? cesScore(acc.ces.agg) : null,
    csi: acc.csi?.metric === 'csi' ? csiScore(acc.csi.agg, weights) : null,
  });
  return {
    totals: scoresOf(totals),
    series: [...periods.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, acc]) => ({ period, ...scoresOf(acc) })),
  };
}
