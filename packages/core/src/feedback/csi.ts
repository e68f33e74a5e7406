import { type CsiAggregate, type CsiAttributeScore, type CsiAttributeSums, type CsiScore, ZCsiAttributeKey } from './contracts.js';
import { assertScaleValue } from './counts.js';
import { symmetricInterval, tQuantile95 } from './stats.js';

export const CSI_SCORE_MIN = 0;
export const CSI_SCORE_MAX = 100;

/** The integer rating scale of one attribute's question. */
export interface RatingScale {
  min: number;
  max: number;
}
export const CSI_DEFAULT_SCALE: RatingScale = { min: 1, max: 5 };

/** Weight per attribute key, applied when the score is read. Omitted: every attribute weighs the same. */
export type CsiWeights = Readonly<Record<string, number>>;

export function emptyCsi(): CsiAggregate {
  return { attributes: {} };
}

/**
 * A new aggregate with one more rating of `attribute`. The rating is normalised to 0..100 on its
 * scale ((rating − min) / (max − min) × 100), so attributes asked on different scales — or a
 * question whose scale changed between months — still add up. Throws a RangeError for a key
 * ZCsiAttributeKey refuses, an invalid scale or a rating that is not an integer on the scale.
 */
export function addCsi(agg: CsiAggregate, attribute: string, rating: number, scale: RatingScale = CSI_DEFAULT_SCALE): CsiAggregate {
  if (!ZCsiAttributeKey.safeParse(attribute).success) {
    throw new RangeError(`CSI attribute key must be 1 to 100 characters and not "__proto__", got ${JSON.stringify(attribute)}`);
  }
  if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min >= scale.max) {
    throw new RangeError(`CSI scale must be integers with min < max, got ${scale.min}..${scale.max}`);
  }
  assertScaleValue(rating, scale.min, scale.max, `CSI "${attribute}"`);
  const x = ((rating - scale.min) / (scale.max - scale.min)) * 100;
  return mergeCsi(agg, { attributes: Object.fromEntries([[attribute, { count: 1, sum: x, sumSq: x * x }]]) });
}

export function mergeCsi(a: CsiAggregate, b: CsiAggregate): CsiAggregate {
  const keys = new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)]);
  // fromEntries and own(), not obj[key]: keys such as "constructor" must never reach the prototype.
  return {
    attributes: Object.fromEntries(
      [...keys].map((key) => {
        const x = own(a.attributes, key);
        const y = own(b.attributes, key);
        return [key, { count: (x?.count ?? 0) + (y?.count ?? 0), sum: (x?.sum ?? 0) + (y?.sum ?? 0), sumSq: (x?.sumSq ?? 0) + (y?.sumSq ?? 0) }];
      }),
    ),
  };
}

/**
 * CSI = Σ wᵢ·meanᵢ / Σ wᵢ over the attributes that have answers and a positive weight, on 0..100
 * (meanᵢ is the attribute's mean normalised rating). Attributes without answers are left out and
 * the remaining weights renormalised, so an unanswered question neither drags the score to 0 nor
 * needs a guess. `n` is the fewest answers any included attribute has.
 *
 * Interval: the same respondent rates every attribute, so attribute means are correlated (in
 * practice positively), and the interval that assumes independence — √Σ(wᵢ/W)²·sᵢ²/nᵢ — is too
 * narrow; estimating the covariances would need per-respondent cross products in the rollup. So
 * the standard error used is Σ (wᵢ/W)·sᵢ/√nᵢ, which bounds the true one whatever the correlation
 * (the sd of a sum is at most the sum of the sds) and equals it for perfectly correlated ratings:
 * conservative, never falsely precise. The interval is Student's t with (n − 1) degrees of freedom,
 * clamped to 0..100; null when any included attribute has fewer than two answers.
 * Throws a RangeError for a negative or non-finite weight.
 */
export function csiScore(agg: CsiAggregate, weights?: CsiWeights): CsiScore {
  const included: { key: string; sums: CsiAttributeSums; w: number }[] = [];
  for (const key of Object.keys(agg.attributes).sort()) {
    const sums = own(agg.attributes, key);
    const w = weights === undefined ? 1 : (own(weights, key) ?? 0);
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`CSI weight of "${key}" must be a finite number ≥ 0, got ${w}`);
    if (sums && sums.count > 0 && w > 0) included.push({ key, sums, w });
  }
  if (included.length === 0) return { kind: 'csi', score: null, n: 0, ci: null, se: null, attributes: [] };
  const totalWeight = included.reduce((s, a) => s + a.w, 0);
  if (!Number.isFinite(totalWeight)) throw new RangeError('CSI weights are too large to add up');
  const n = Math.min(...included.map((a) => a.sums.count));
  let score = 0;
  let se: number | null = 0;
  const attributes: CsiAttributeScore[] = [];
  for (const { key, sums, w } of included) {
    const weight = w / totalWeight;
    const mean = clamp(sums.sum / sums.count);
    score += weight * mean;
    attributes.push({ key, n: sums.count, mean, weight });
    if (se !== null && sums.count >= 2) {
      const variance = Math.max(0, (sums.sumSq - (sums.sum * sums.sum) / sums.count) / (sums.count - 1));
      se += weight * Math.sqrt(variance / sums.count);
    } else se = null;
  }
  score = clamp(score);
  return {
    kind: 'csi',
    score,
    n,
    se,
    ci: se === null ? null : symmetricInterval(score, se, tQuantile95(n - 1), CSI_SCORE_MIN, CSI_SCORE_MAX),
    attributes,
  };
}

/** Rounding in the sums can put a mean a hair outside 0..100. */
function clamp(x: number): number {
  return Math.min(CSI_SCORE_MAX, Math.max(CSI_SCORE_MIN, x));
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
