import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsiAggregate } from './contracts.js';
import { addCsi, csiScore, emptyCsi, mergeCsi, type RatingScale } from './csi.js';
import { tQuantile95 } from './stats.js';

interface Rating {
  key: string;
  rating: number;
  scale: RatingScale;
}
const fold = (ratings: Rating[]) => ratings.reduce((agg, r) => addCsi(agg, r.key, r.rating, r.scale), emptyCsi());
const scales: RatingScale[] = [{ min: 1, max: 5 }, { min: 1, max: 7 }, { min: 0, max: 10 }];
const rating = fc
  .record({ key: fc.constantFrom('speed', 'staff', 'price', 'constructor'), scale: fc.constantFrom(...scales), f: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ key, scale, f }) => ({ key, scale, rating: scale.min + Math.round(f * (scale.max - scale.min)) }));
const weightsArb = fc.record({ speed: fc.integer({ min: 0, max: 5 }), staff: fc.integer({ min: 0, max: 5 }), price: fc.double({ min: 0.1, max: 3, noNaN: true }) });

/** Independent reference: group the raw ratings, normalise, weight the attribute means. */
function naiveCsi(ratings: Rating[], weights: Record<string, number>): number | null {
  const groups = new Map<string, number[]>();
  for (const r of ratings) groups.set(r.key, [...(groups.get(r.key) ?? []), ((r.rating - r.scale.min) / (r.scale.max - r.scale.min)) * 100]);
  let num = 0;
  let den = 0;
  for (const [key, xs] of groups) {
    const w = Object.hasOwn(weights, key) ? weights[key]! : 0;
    num += (w * xs.reduce((s, x) => s + x, 0)) / xs.length;
    den += w;
  }
  return den > 0 ? num / den : null;
}

describe('CSI', () => {
  const agg = fold([
    { key: 'speed', rating: 5, scale: { min: 1, max: 5 } },
    { key: 'speed', rating: 5, scale: { min: 1, max: 5 } },
    { key: 'staff', rating: 3, scale: { min: 1, max: 5 } },
    { key: 'staff', rating: 1, scale: { min: 1, max: 5 } },
  ]);

  it('is the weighted mean of the attribute means on 0..100', () => {
    // speed 100, staff 25: (3·100 + 1·25) / 4
    const s = csiScore(agg, { speed: 3, staff: 1 });
    expect(s).toMatchObject({ kind: 'csi', score: 81.25, n: 2 });
    expect(s.attributes).toEqual([
      { key: 'speed', n: 2, mean: 100, weight: 0.75 },
      { key: 'staff', n: 2, mean: 25, weight: 0.25 },
    ]);
    expect(csiScore(agg).score).toBe(62.5);
    expect(csiScore(addCsi(emptyCsi(), 'wait', 4, { min: 1, max: 7 })).score).toBe(50);
  });

  it('leaves out unanswered or unweighted attributes and renormalises the rest', () => {
    expect(csiScore(agg, { speed: 3, staff: 1, price: 10 }).score).toBe(81.25);
    expect(csiScore(agg, { speed: 1 })).toMatchObject({ score: 100, attributes: [{ key: 'speed', weight: 1 }] });
    expect(csiScore(agg, { other: 1 })).toMatchObject({ score: null, n: 0, ci: null, attributes: [] });
    expect(csiScore(emptyCsi())).toMatchObject({ score: null, n: 0, ci: null });
  });

  it('bounds the standard error whatever the correlation, and equals t for one attribute', () => {
    const s = csiScore(agg, { speed: 3, staff: 1 });
    // speed has no spread; staff ratings 50 and 0: sd = √1250, se = sd/√2.
    const staffSe = Math.sqrt(1250) / Math.sqrt(2);
    expect(s.se).toBeCloseTo(0.25 * staffSe, 12);
    expect(s.ci!.low).toBeCloseTo(81.25 - tQuantile95(1) * 0.25 * staffSe, 9);
    expect(s.ci!.high).toBe(100);
    const one = csiScore(agg, { staff: 1 });
    expect(one.se).toBeCloseTo(staffSe, 12);
    expect(csiScore(addCsi(agg, 'price', 3), { speed: 1, price: 1 }).ci).toBeNull();
  });

  it('refuses bad ratings, keys, scales and weights', () => {
    for (const bad of [0, 6, 2.5, NaN]) expect(() => addCsi(emptyCsi(), 'speed', bad)).toThrow(RangeError);
    expect(() => addCsi(emptyCsi(), '', 3)).toThrow(RangeError);
    expect(() => addCsi(emptyCsi(), 'speed', 3, { min: 5, max: 1 })).toThrow(RangeError);
    expect(() => addCsi(emptyCsi(), 'speed', 3, { min: 1, max: 5.5 })).toThrow(RangeError);
    for (const w of [-1, NaN, Infinity]) expect(() => csiScore(agg, { speed: w })).toThrow(RangeError);
    expect(() => csiScore(agg, { speed: 1e308, staff: 1e308 })).toThrow(RangeError);
  });

  it('keeps keys such as "constructor" ordinary and refuses "__proto__" (zod would drop it from stored rollups)', () => {
    const s = addCsi(emptyCsi(), 'constructor', 5);
    expect(Object.keys(s.attributes)).toEqual(['constructor']);
    expect(csiScore(s).score).toBe(100);
    expect(csiScore(addCsi(emptyCsi(), 'speed', 5), { constructor: 1 }).score).toBeNull();
    expect(() => addCsi(emptyCsi(), '__proto__', 5)).toThrow(RangeError);
  });

  it('rollups add up, and their score is the raw ratings’ score (property)', () => {
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 100 }), fc.array(rating, { maxLength: 100 }), weightsArb, (a, b, w) => {
        const merged = mergeCsi(fold(a), fold(b));
        const whole = fold([...a, ...b]);
        expect(Object.keys(merged.attributes).sort()).toEqual(Object.keys(whole.attributes).sort());
        for (const [key, x] of Object.entries(whole.attributes)) {
          const y = merged.attributes[key]!;
          expect(y.count).toBe(x.count);
          expect(y.sum).toBeCloseTo(x.sum, 6);
          expect(y.sumSq).toBeCloseTo(x.sumSq, 4);
        }
        const weights: Record<string, number> = Object.fromEntries([...Object.entries(w), ['constructor', 1]]);
        const s = csiScore(merged, weights);
        const ref = naiveCsi([...a, ...b], weights);
        if (ref === null) expect(s.score).toBeNull();
        else expect(s.score).toBeCloseTo(ref, 9);
      }),
    );
  });

  it('intervals hold the score, stay in 0..100, are wider than independence’s and narrow as n grows (property)', () => {
    const sums = fc
      .array(fc.constantFrom<number>(0, 25, 50, 75, 100), { minLength: 2, maxLength: 30 })
      .map((xs) => ({ count: xs.length, sum: xs.reduce((s, x) => s + x, 0), sumSq: xs.reduce((s, x) => s + x * x, 0) }));
    fc.assert(
      fc.property(sums, sums, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 20 }), (x, y, wx, k) => {
        const times = (m: number): CsiAggregate => ({
          attributes: Object.fromEntries(Object.entries({ x, y }).map(([key, a]) => [key, { count: a.count * m, sum: a.sum * m, sumSq: a.sumSq * m }])),
        });
        const s = csiScore(times(k), { x: wx, y: 1 });
        const bigger = csiScore(times(k + 1), { x: wx, y: 1 });
        for (const z of [s, bigger]) {
          expect(z.ci!.low).toBeGreaterThanOrEqual(0);
          expect(z.ci!.high).toBeLessThanOrEqual(100);
          expect(z.ci!.low).toBeLessThanOrEqual(z.score!);
          expect(z.ci!.high).toBeGreaterThanOrEqual(z.score!);
        }
        expect(bigger.ci!.high - bigger.ci!.low).toBeLessThanOrEqual(s.ci!.high - s.ci!.low + 1e-9);
        // The standard error independent attributes would give: √Σ (wᵢ/W)²·sᵢ²/nᵢ.
        const independentVariance = s.attributes.reduce((acc, a) => {
          const t = times(k).attributes[a.key]!;
          return acc + a.weight ** 2 * ((t.sumSq - t.sum ** 2 / t.count) / (t.count - 1) / t.count);
        }, 0);
        expect(s.se!).toBeGreaterThanOrEqual(Math.sqrt(independentVariance) - 1e-9);
      }),
    );
  });
});
