import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { symmetricInterval, tQuantile95, wilsonInterval, Z_95 } from './stats.js';

describe('tQuantile95', () => {
  it('matches scipy t.ppf(0.975, df) in the table and beyond it', () => {
    const reference: [number, number][] = [
      [1, 12.706204736174694], [2, 4.302652729749462], [3, 3.1824463052837078], [10, 2.228138851986274],
      [29, 2.045229642132703], [30, 2.0422724563012378], [31, 2.039513446396408], [40, 2.021075390306273],
      [60, 2.0002978220142604], [120, 1.9799304050824402], [1000, 1.9623390808264083],
    ];
    for (const [df, t] of reference) expect(tQuantile95(df)).toBeCloseTo(t, 5);
  });

  it('falls with the degrees of freedom towards the normal quantile', () => {
    for (let df = 1; df < 3000; df++) expect(tQuantile95(df + 1)).toBeLessThan(tQuantile95(df));
    expect(tQuantile95(1e9)).toBeCloseTo(Z_95, 8);
  });

  it('refuses degrees of freedom that are not positive integers', () => {
    for (const df of [0, -1, 1.5, NaN]) expect(() => tQuantile95(df)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  it('gives the textbook values', () => {
    // 0 of 10: upper bound z²/(n + z²).
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(Z_95 ** 2 / (10 + Z_95 ** 2), 12) });
    const ci = wilsonInterval(3, 4)!;
    expect(ci.low).toBeCloseTo(0.300642, 5);
    expect(ci.high).toBeCloseTo(0.954413, 5);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('is the set of proportions a score test does not reject (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const k = Math.round(f * n);
        const { low, high } = wilsonInterval(k, n)!;
        const p = k / n;
        const inside = (q: number) => (p - q) ** 2 <= (Z_95 ** 2 * q * (1 - q)) / n + 1e-12;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(p);
        expect(high).toBeGreaterThanOrEqual(p);
        expect(inside(low) && inside(high)).toBe(true);
        if (low > 1e-9) expect(inside(low - 1e-6)).toBe(false);
        if (high < 1 - 1e-9) expect(inside(high + 1e-6)).toBe(false);
      }),
    );
  });
});

describe('symmetricInterval', () => {
  it('clamps to the range', () => {
    expect(symmetricInterval(90, 10, 2, -100, 100)).toEqual({ low: 70, high: 100 });
  });
});
