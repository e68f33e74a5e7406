import type { Score } from './contracts.js';

/** Below this many answers a score is shown flagged ("12 answers — too few to read"). */
export const MIN_SAMPLE = 30;

/** True when the score rests on too few answers to read on its own (n < MIN_SAMPLE). */
export function isTooFewAnswers(score: Pick<Score, 'n'>): boolean {
  return score.n < MIN_SAMPLE;
}

/**
 * For display only: rounds half away from zero to `digits` decimals (one by default), so −12.25
 * shows as −12.3 like 12.25 shows as 12.3. Score functions never round; round at the edge.
 */
export function roundScore(value: number, digits?: number): number;
export function roundScore(value: number | null, digits?: number): number | null;
export function roundScore(value: number | null, digits = 1): number | null {
  if (value === null) return null;
  const f = 10 ** digits;
  // The epsilon absorbs binary representation error (1.005 is stored as 1.00499…).
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * f * (1 + Number.EPSILON))) / f;
  return rounded === 0 ? 0 : rounded;
}
