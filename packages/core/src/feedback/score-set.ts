import { cesScore, emptyCes } from './ces.js';
import { compareScores } from './compare.js';
import type { Score, ScoreComparison } from './contracts.js';
import { csatScore, emptyCsat } from './csat.js';
import { csiScore, emptyCsi, type CsiWeights } from './csi.js';
import { emptyNps, npsScore } from './nps.js';
import { mergeAggregate, type Metric, type MetricAggregate } from './rollup.js';
import type { ScoreComparisons, ScoreSet } from './scores-contracts.js';

/** Rollup aggregates summed per metric: what one group, one period or one total adds up to. */
export type MetricAggregates = Partial<Record<Metric, MetricAggregate>>;

/** Adds an aggregate to a sum (in place: a dashboard adds thousands of rollup rows). */
export function addAggregate(acc: MetricAggregates, a: MetricAggregate): void {
  const prev = acc[a.metric];
  acc[a.metric] = prev ? mergeAggregate(prev, a) : a;
}

/** Every metric's score of a sum; CSI with the survey's weights (equal weights when none are given). */
export function scoreSet(acc: MetricAggregates, csiWeights?: CsiWeights): ScoreSet {
  return {
    nps: acc.nps?.metric === 'nps' ? npsScore(acc.nps.agg) : null,
    csat: acc.csat?.metric === 'csat' ? csatScore(acc.csat.agg) : null,
    ces: acc.ces?.metric === 'ces' ? cesScore(acc.ces.agg) : null,
    csi: acc.csi?.metric === 'csi' ? csiScore(acc.csi.agg, csiWeights) : null,
  };
}

const EMPTY: { [K in Metric]: () => Score } = {
  nps: () => npsScore(emptyNps()),
  csat: () => csatScore(emptyCsat()),
  ces: () => cesScore(emptyCes()),
  csi: () => csiScore(emptyCsi()),
};

/**
 * Each metric's change from the previous period (compareScores: delta and a 5% z-test). A metric
 * with answers now but none before compares with an empty score (delta null); one with no answers
 * now has no comparison.
 */
export function compareSets(current: ScoreSet, previous: ScoreSet): ScoreComparisons {
  const one = (metric: Metric): ScoreComparison | null => {
    const now = current[metric];
    return now ? compareScores(now, previous[metric] ?? EMPTY[metric]()) : null;
  };
  return { nps: one('nps'), csat: one('csat'), ces: one('ces'), csi: one('csi') };
}
