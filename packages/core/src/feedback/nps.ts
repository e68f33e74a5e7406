import type { NpsCounts, NpsScore } from './contracts.js';
import { addCount, countTotal, emptyCounts, mergeCounts } from './counts.js';
import { symmetricInterval, Z_95 } from './stats.js';

export const NPS_MIN = 0;
export const NPS_MAX = 10;
/** Bain's cut-offs: 9–10 promote, 0–6 detract, 7–8 are passive. */
export const NPS_PROMOTER_MIN = 9;
export const NPS_DETRACTOR_MAX = 6;
export const NPS_SCORE_MIN = -100;
export const NPS_SCORE_MAX = 100;
/** One answer has no spread to estimate, so the interval needs at least two. */
export const NPS_CI_MIN_N = 2;

export function emptyNps(): NpsCounts {
  return { counts: emptyCounts(NPS_MIN, NPS_MAX) };
}

/** A new aggregate with one more answer. Throws a RangeError unless `value` is an integer 0..10. */
export function addNps(agg: NpsCounts, value: number): NpsCounts {
  return { counts: addCount(agg.counts, value, NPS_MIN, NPS_MAX, 'NPS') };
}

export function mergeNps(a: NpsCounts, b: NpsCounts): NpsCounts {
  return { counts: mergeCounts(a.counts, b.counts, NPS_MIN, NPS_MAX, 'NPS') };
}

/**
 * NPS = % promoters − % detractors, on −100..100 (Reichheld, "The One Number You Need to Grow",
 * HBR 2003; Bain & Company). Each answer scores +1, 0 or −1, so NPS is 100 × their mean, and the
 * mean's variance is (p_pro + p_det − (p_pro − p_det)²) / n. The 95% interval is the normal one
 * around it, clamped to −100..100; null below NPS_CI_MIN_N answers. When every answer is in one
 * group the interval has zero width: that is the estimator's, not a certainty — isTooFewAnswers is
 * what tells a reader the sample is small.
 */
export function npsScore(agg: NpsCounts): NpsScore {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  agg.counts.forEach((count, i) => {
    const value = NPS_MIN + i;
    if (value >= NPS_PROMOTER_MIN) promoters += count;
    else if (value <= NPS_DETRACTOR_MAX) detractors += count;
    else passives += count;
  });
  const n = countTotal(agg.counts);
  const parts = { kind: 'nps' as const, n, promoters, passives, detractors };
  if (n === 0) return { ...parts, score: null, ci: null, se: null, promoterPct: null, passivePct: null, detractorPct: null };
  const pPro = promoters / n;
  const pDet = detractors / n;
  const score = 100 * (pPro - pDet);
  const se = n >= NPS_CI_MIN_N ? 100 * Math.sqrt(Math.max(0, pPro + pDet - (pPro - pDet) ** 2) / n) : null;
  return {
    ...parts,
    score,
    se,
    ci: se === null ? null : symmetricInterval(score, se, Z_95, NPS_SCORE_MIN, NPS_SCORE_MAX),
    promoterPct: 100 * pPro,
    passivePct: (100 * passives) / n,
    detractorPct: 100 * pDet,
  };
}
