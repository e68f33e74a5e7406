import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCsat, CSAT_MAX, CSAT_MIN, csatScore, emptyCsat, mergeCsat } from './csat.js';
import { Z_95 } from './stats.js';

const fold = (values: number[]) => values.reduce(addCsat, emptyCsat());
const answer = fc.integer({ min: CSAT_MIN, max: CSAT_MAX });

/** Independent reference: Wilson's bounds as the roots of (p̂ − p)² = z²·p(1 − p)/n. */
function naiveCsat(values: number[]) {
  const n = values.length;
  const p = values.filter((v) => v === 4 || v === 5).length / n;
  const z2 = Z_95 * Z_95;
  const a = 1 + z2 / n;
  const b = -(2 * p + z2 / n);
  const c = p * p;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return { score: 100 * p, low: (100 * (-b - root)) / (2 * a), high: (100 * (-b + root)) / (2 * a) };
}

describe('CSAT', () => {
  it('is the % of answers that are 4 or 5', () => {
    expect(csatScore(fold([5, 4, 4, 2]))).toMatchObject({ kind: 'csat', score: 75, n: 4, satisfied: 3 });
    expect(csatScore(fold([3, 3, 1])).score).toBe(0);
    expect(csatScore(fold([4])).score).toBe(100);
    const ci = csatScore(fold([5, 4, 4, 2])).ci!;
    expect(ci.low).toBeCloseTo(30.0642, 3);
    expect(ci.high).toBeCloseTo(95.4413, 3);
  });

  it('gives Wilson’s interval from one answer, none without answers', () => {
    expect(csatScore(emptyCsat())).toMatchObject({ score: null, n: 0, ci: null, se: null });
    const one = csatScore(fold([5]));
    expect(one.ci!.high).toBe(100);
    expect(one.ci!.low).toBeGreaterThan(0);
    expect(one.se).toBeNull();
  });

  it('refuses values that are not integers 1..5', () => {
    for (const bad of [0, 6, 2.5, NaN, -Infinity]) expect(() => addCsat(emptyCsat(), bad)).toThrow(RangeError);
  });

  it('rollups add up, and their score is the raw answers’ score (property)', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 200 }), fc.array(answer, { maxLength: 200 }), (a, b) => {
        const merged = mergeCsat(fold(a), fold(b));
        const all = [...a, ...b];
        expect(merged).toEqual(fold(all));
        const s = csatScore(merged);
        expect(s.n).toBe(all.length);
        if (all.length === 0) return;
        const ref = naiveCsat(all);
        expect(s.score).toBeCloseTo(ref.score, 9);
        expect(s.ci!.low).toBeCloseTo(ref.low, 6);
        expect(s.ci!.high).toBeCloseTo(ref.high, 6);
      }),
    );
  });

  it('intervals hold the score, stay in 0..100 and narrow as n grows (property)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 5 }).filter((c) => c.some((x) => x > 0));
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 20 }), (c, k) => {
        const s = csatScore({ counts: c.map((x) => x * k) });
        const bigger = csatScore({ counts: c.map((x) => x * (k + 1)) });
        for (const x of [s, bigger]) {
          expect(x.ci!.low).toBeGreaterThanOrEqual(0);
          expect(x.ci!.high).toBeLessThanOrEqual(100);
          expect(x.ci!.low).toBeLessThanOrEqual(x.score!);
          expect(x.ci!.high).toBeGreaterThanOrEqual(x.score!);
        }
        expect(bigger.ci!.high - bigger.ci!.low).toBeLessThan(s.ci!.high - s.ci!.low);
      }),
    );
  });
});
