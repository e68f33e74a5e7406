import { describe, expect, it } from 'vitest';
import { addCes, emptyCes } from './ces.js';
import { compareScores } from './compare.js';
import { addNps, emptyNps, npsScore } from './nps.js';
import { addAggregate, compareSets, scoreSet, type MetricAggregates } from './score-set.js';

const nps = (...values: number[]) => ({ metric: 'nps' as const, agg: values.reduce(addNps, emptyNps()) });

describe('score sets', () => {
  it('adds aggregates per metric and scores the sums', () => {
    const acc: MetricAggregates = {};
    addAggregate(acc, nps(10, 9));
    addAggregate(acc, nps(0));
    addAggregate(acc, { metric: 'ces', agg: addCes(emptyCes(), 6) });
    const s = scoreSet(acc);
    expect(s.nps).toEqual(npsScore(nps(10, 9, 0).agg));
    expect(s.ces).toMatchObject({ n: 1, score: 6 });
    expect(s.csat).toBeNull();
    expect(s.csi).toBeNull();
  });

  it('compares each metric with the previous period, and says nothing of metrics without answers now', () => {
    const now = scoreSet({ nps: nps(10, 10, 9, 8, 3) });
    const before = scoreSet({ nps: nps(0, 3, 9, 8, 3), ces: { metric: 'ces', agg: addCes(emptyCes(), 2) } });
    const c = compareSets(now, before);
    expect(c.nps).toEqual(compareScores(now.nps!, before.nps!));
    expect(c.ces).toBeNull();
    const fresh = compareSets(now, scoreSet({}));
    expect(fresh.nps).toMatchObject({ current: now.nps!.score, previous: null, delta: null, significant: false });
  });
});
