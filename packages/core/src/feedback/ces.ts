import type { CesCounts, CesScore } from './contracts.js';
import { addCount, countTotal, emptyCounts, mergeCounts } from './counts.js';
import { symmetricInterval, tQuantile95 } from './stats.js';

export const CES_MIN = 1;
export const CES_MAX = 7;
/** 5–7 ("somewhat agree" to "strongly agree" that it was easy) count as easy. */
export const CES_EASY_MIN = 5;

export function emptyCes(): CesCounts {
  return { counts: emptyCounts(CES_MIN, CES_MAX) };
}

/** A new aggregate with one more answer. Throws a RangeError unless `value` is an integer 1..7. */
export function addCes(agg: CesCounts, value: number): CesCounts {
  return { counts: addCount(agg.counts, value, CES_MIN, CES_MAX, 'CES') };
}

export function mergeCes(a: CesCounts, b: CesCounts): CesCounts {
  return { counts: mergeCounts(a.counts, b.counts, CES_MIN, CES_MAX, 'CES') };
}

/**
 * CES = mean answer on 1..7 (higher is easier). The 95% interval is Student's t with n − 1 degrees
 * of freedom around the mean, using the sample standard deviation, clamped to 1..7; null below two
 * answers. Mean and variance come exactly from the counts (two passes, no cancellation).
 */
export function cesScore(agg: CesCounts): CesScore {
  const n = countTotal(agg.counts);
  if (n === 0) return { kind: 'ces', score: null, n, ci: null, se: null, sd: null, easyPct: null };
  let sum = 0;
  let easy = 0;
  agg.counts.forEach((count, i) => {
    sum += count * (CES_MIN + i);
    if (CES_MIN + i >= CES_EASY_MIN) easy += count;
  });
  const mean = sum / n;
  const easyPct = (100 * easy) / n;
  if (n < 2) return { kind: 'ces', score: mean, n, ci: null, se: null, sd: null, easyPct };
  const squares = agg.counts.reduce((s, count, i) => s + count * (CES_MIN + i - mean) ** 2, 0);
  const sd = Math.sqrt(squares / (n - 1));
  const se = sd / Math.sqrt(n);
  return { kind: 'ces', score: mean, n, ci: symmetricInterval(mean, se, tQuantile95(n - 1), CES_MIN, CES_MAX), se, sd, easyPct };
}
