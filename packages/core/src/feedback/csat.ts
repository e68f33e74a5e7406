import type { CsatCounts, CsatScore } from './contracts.js';
import { addCount, countTotal, emptyCounts, mergeCounts } from './counts.js';
import { wilsonInterval } from './stats.js';

export const CSAT_MIN = 1;
export const CSAT_MAX = 5;
/** "Satisfied" is 4 (satisfied) or 5 (very satisfied): the usual top-two-box CSAT. */
export const CSAT_SATISFIED_MIN = 4;

export function emptyCsat(): CsatCounts {
  return { counts: emptyCounts(CSAT_MIN, CSAT_MAX) };
}

/** A new aggregate with one more answer. Throws a RangeError unless `value` is an integer 1..5. */
export function addCsat(agg: CsatCounts, value: number): CsatCounts {
  return { counts: addCount(agg.counts, value, CSAT_MIN, CSAT_MAX, 'CSAT') };
}

export function mergeCsat(a: CsatCounts, b: CsatCounts): CsatCounts {
  return { counts: mergeCounts(a.counts, b.counts, CSAT_MIN, CSAT_MAX, 'CSAT') };
}

/**
 * CSAT = % of answers at CSAT_SATISFIED_MIN or above, on 0..100. The 95% interval is Wilson's
 * (given from one answer on; null with none). `se` is the plain binomial standard error,
 * null below two answers.
 */
export function csatScore(agg: CsatCounts): CsatScore {
  const n = countTotal(agg.counts);
  const satisfied = agg.counts.reduce((s, count, i) => (CSAT_MIN + i >= CSAT_SATISFIED_MIN ? s + count : s), 0);
  if (n === 0) return { kind: 'csat', score: null, n, ci: null, se: null, satisfied };
  const p = satisfied / n;
  const ci = wilsonInterval(satisfied, n);
  return {
    kind: 'csat',
    score: 100 * p,
    n,
    ci: ci && { low: 100 * ci.low, high: 100 * ci.high },
    se: n >= 2 ? 100 * Math.sqrt((p * (1 - p)) / n) : null,
    satisfied,
  };
}
