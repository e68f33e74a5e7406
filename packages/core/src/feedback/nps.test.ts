import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addNps, emptyNps, mergeNps, NPS_MAX, NPS_MIN, npsScore } from './nps.js';
import { Z_95 } from './stats.js';

const fold = (values: number[]) => values.reduce(addNps, emptyNps());
const answer = fc.integer({ min: NPS_MIN, max: NPS_MAX });

/** Independent reference: each answer scores +1/0/−1, NPS is 100 × their mean. */
function naiveNps(values: number[]) {
  const scores = values.map((v) => (v >= 9 ? 1 : v <= 6 ? -1 : 0));
  const n = scores.length;
  const mean = scores.reduce((s: number, x) => s + x, 0) / n;
  const variance = scores.reduce((s: number, x) => s + (x - mean) ** 2, 0) / n;
  const se = (100 * Math.sqrt(variance)) / Math.sqrt(n);
  return { score: 100 * mean, low: Math.max(-100, 100 * mean - Z_95 * se), high: Math.min(100, 100 * mean + Z_95 * se) };
}

describe('NPS', () => {
  it('is % promoters − % detractors', () => {
    const s = npsScore(fold([...Array(6).fill(10), ...Array(4).fill(9), 7, 8, 7, 8, 8, 0, 3, 5, 6, 6]));
    expect(s).toMatchObject({ kind: 'nps', score: 25, n: 20, promoters: 10, passives: 5, detractors: 5 });
    expect(s).toMatchObject({ promoterPct: 50, passivePct: 25, detractorPct: 25 });
    // variance of the +1/0/−1 score: (0.5 + 0.25 − 0.25²) / 20
    const se = 100 * Math.sqrt((0.5 + 0.25 - 0.0625) / 20);
    expect(s.se).toBeCloseTo(se, 12);
    expect(s.ci!.low).toBeCloseTo(25 - Z_95 * se, 12);
    expect(s.ci!.high).toBeCloseTo(25 + Z_95 * se, 12);
  });

  it('reaches 100 and −100', () => {
    expect(npsScore(fold([9, 10, 10, 9])).score).toBe(100);
    expect(npsScore(fold([0, 1, 2, 3, 4, 5, 6])).score).toBe(-100);
    expect(npsScore(fold([7, 8])).score).toBe(0);
  });

  it('has no score without answers and no interval from one answer', () => {
    expect(npsScore(emptyNps())).toMatchObject({ score: null, n: 0, ci: null, se: null, promoterPct: null });
    expect(npsScore(fold([10]))).toMatchObject({ score: 100, n: 1, ci: null, se: null });
  });

  it('refuses values that are not integers 0..10', () => {
    for (const bad of [11, -1, 2.5, NaN, Infinity]) expect(() => addNps(emptyNps(), bad)).toThrow(RangeError);
    expect(() => mergeNps(emptyNps(), { counts: [1, 2] })).toThrow(RangeError);
  });

  it('does not change the aggregate it adds to', () => {
    const agg = emptyNps();
    addNps(agg, 5);
    expect(agg).toEqual(emptyNps());
  });

  it('rollups add up, and their score is the raw answers’ score (property)', () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 200 }), fc.array(answer, { maxLength: 200 }), (a, b) => {
        const merged = mergeNps(fold(a), fold(b));
        expect(merged).toEqual(fold([...a, ...b]));
        const all = [...a, ...b];
        const s = npsScore(merged);
        expect(s.n).toBe(all.length);
        if (all.length === 0) return;
        const ref = naiveNps(all);
        expect(s.score).toBeCloseTo(ref.score, 9);
        if (all.length >= 2) {
          expect(s.ci!.low).toBeCloseTo(ref.low, 9);
          expect(s.ci!.high).toBeCloseTo(ref.high, 9);
        }
      }),
    );
  });

  it('intervals hold the score, stay in range and narrow as n grows (property)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 11, maxLength: 11 }).filter((c) => c.reduce((s, x) => s + x) >= 2);
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 20 }), (c, k) => {
        const at = (m: number) => npsScore({ counts: c.map((x) => x * m) });
        const s = at(k);
        const bigger = at(k + 1);
        expect(bigger.score).toBeCloseTo(s.score!, 9);
        for (const x of [s, bigger]) {
          expect(x.ci!.low).toBeGreaterThanOrEqual(-100);
          expect(x.ci!.high).toBeLessThanOrEqual(100);
          expect(x.ci!.low).toBeLessThanOrEqual(x.score!);
          expect(x.ci!.high).toBeGreaterThanOrEqual(x.score!);
        }
        expect(bigger.ci!.high - bigger.ci!.low).toBeLessThanOrEqual(s.ci!.high - s.ci!.low + 1e-9);
      }),
    );
  });
});
