/**
 * Counts per answer value on an integer scale: the rollup shape of NPS, CSAT and CES. Integer
 * counts add exactly, so any split of the answers into days, touchpoints or processes sums back to
 * the same aggregate, and every score computed from them is exact.
 */

/** Throws a RangeError unless `value` is an integer in min..max (NaN, 2.5 and 11 for 0..10 are refused). */
export function assertScaleValue(value: number, min: number, max: number, label: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${label} answer must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

export function emptyCounts(min: number, max: number): number[] {
  return new Array<number>(max - min + 1).fill(0);
}

/** A copy of `counts` with one more answer of `value` (validated). */
export function addCount(counts: readonly number[], value: number, min: number, max: number, label: string): number[] {
  assertScaleValue(value, min, max, label);
  assertLength(counts, min, max, label);
  const next = counts.slice();
  next[value - min] = (next[value - min] ?? 0) + 1;
  return next;
}

export function mergeCounts(a: readonly number[], b: readonly number[], min: number, max: number, label: string): number[] {
  assertLength(a, min, max, label);
  assertLength(b, min, max, label);
  return a.map((c, i) => c + (b[i] ?? 0));
}

export function countTotal(counts: readonly number[]): number {
  return counts.reduce((s, c) => s + c, 0);
}

function assertLength(counts: readonly number[], min: number, max: number, label: string): void {
  if (counts.length !== max - min + 1) throw new RangeError(`${label} counts must have ${max - min + 1} entries, got ${counts.length}`);
}
