import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCes, CES_MAX, CES_MIN, cesScore, emptyCes, mergeCes } from './ces.js';
import { tQuantile95 } from './stats.js';

const fold = (values: number[]) => values.reduce(addCes, emptyCes());
const answer = fc.integer({ min: CES_MIN, max: CES_MAX });

/** Independent reference: mean and sample variance of the raw answers. */
function naiveCes(values: number[]) {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const half = (tQuantile95(Math.max(1, n - 1)) * sd) / Math.sqrt(n);
  return { mean, sd, low: Math.max(1, mean - half), high: Math.min(7, mean + half) };
}

describe('CES', () => {
  it('is the mean answer, with a t interval', () => {
    const s = cesScore(fold([3, 4, 5, 4]));
    expect(s).toMatchObject({ kind: 'ces', score: 4, n: 4, easyPct: 25 });
    expect(s.sd).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // t(0.975, 3 df) = 3.18245
    expect(s.ci!.low).toBeCloseTo(4 - (3.182446 * Math.sqrt(2 / 3)) / 2, 5);
    expect(s.ci!.high).toBeCloseTo(4 + (3.182446 * Math.sqrt(2 / 3)) / 2, 5);
    expect(cesScore(fold([1, 7, 7])).score).toBe(5);
  });

  it('has no interval below two answers', () => {
    expect(cesScore(emptyCes())).toMatchObject({ score: null, n: 0, ci: null, sd: null, easyPct: null });
    expect(cesScore(fold([6]))).toMatchObject({ score: 6, n: 1, ci: null, sd: null, easyPct: 100 });
    expect(cesScore(fold([6, 6]))).toMatchObject({ score: 6, ci: { low: 6, high: 6 }, sd: 0 });
  });

  it('refuses values that are not integers 1..7', () => {
    for (const bad of [0, 8, 2.5, NaN]) expect(() => addCes(emptyCes(), bad)).toThrow(RangeError);
  });

  it('rollups add up, and their score is the raw answers’ score (property)', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 200 }), fc.array(answer, { maxLength: 200 }), (a, b) => {
        const merged = mergeCes(fold(a), fold(b));
        const all = [...a, ...b];
        expect(merged).toEqual(fold(all));
        const s = cesScore(merged);
        expect(s.n).toBe(all.length);
        if (all.length < 2) return;
        const ref = naiveCes(all);
        expect(s.score).toBeCloseTo(ref.mean, 9);
        expect(s.sd).toBeCloseTo(ref.sd, 9);
        expect(s.ci!.low).toBeCloseTo(ref.low, 9);
        expect(s.ci!.high).toBeCloseTo(ref.high, 9);
      }),
    );
  });

  it('intervals hold the mean, stay in 1..7 and narrow as n grows (property)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 7, maxLength: 7 }).filter((c) => c.reduce((s, x) => s + x) >= 2);
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 20 }), (c, k) => {
        const s = cesScore({ counts: c.map((x) => x * k) });
        const bigger = cesScore({ counts: c.map((x) => x * (k + 1)) });
        for (const x of [s, bigger]) {
          expect(x.ci!.low).toBeGreaterThanOrEqual(1);
          expect(x.ci!.high).toBeLessThanOrEqual(7);
          expect(x.ci!.low).toBeLessThanOrEqual(x.score!);
          expect(x.ci!.high).toBeGreaterThanOrEqual(x.score!);
        }
        expect(bigger.ci!.high - bigger.ci!.low).toBeLessThanOrEqual(s.ci!.high - s.ci!.low + 1e-12);
      }),
    );
  });
});
