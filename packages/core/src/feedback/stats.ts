import type { Interval } from './contracts.js';

/** Two-sided 95% quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

/** Two-sided 95% quantiles of Student's t for 1..30 degrees of freedom (scipy `t.ppf(0.975, df)`). */
const T_95 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
  2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
  2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523, 2.042272,
] as const;

/**
 * Two-sided 95% quantile of Student's t with `df` degrees of freedom: a table up to 30, then the
 * Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5), which is within 1e-7 from there on.
 */
export function tQuantile95(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`degrees of freedom must be a positive integer, got ${df}`);
  const tabled = T_95[df - 1];
  if (tabled !== undefined) return tabled;
  const x = Z_95;
  const g1 = (x ** 3 + x) / 4;
  const g2 = (5 * x ** 5 + 16 * x ** 3 + 3 * x) / 96;
  const g3 = (3 * x ** 7 + 19 * x ** 5 + 17 * x ** 3 - 15 * x) / 384;
  const g4 = (79 * x ** 9 + 776 * x ** 7 + 1482 * x ** 5 - 1920 * x ** 3 - 945 * x) / 92160;
  return x + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

/**
 * Wilson score interval for a proportion (E. B. Wilson, JASA 1927), on 0..1. Unlike the normal
 * ("Wald") interval it stays inside 0..1 and does not collapse to a point at 0% or 100%, which
 * matters for the small samples a touchpoint has on one day. Null when n = 0.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): Interval | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  // min/max keep the estimate inside against rounding at p = 0 or 1.
  return { low: Math.max(0, Math.min(p, centre - half)), high: Math.min(1, Math.max(p, centre + half)) };
}

/** `estimate ± multiplier × se`, clamped to the score's range. */
export function symmetricInterval(estimate: number, se: number, multiplier: number, min: number, max: number): Interval {
  return { low: Math.max(min, estimate - multiplier * se), high: Math.min(max, estimate + multiplier * se) };
}
