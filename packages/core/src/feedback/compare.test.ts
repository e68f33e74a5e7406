import { describe, expect, it } from 'vitest';
import { compareScores } from './compare.js';
import { ZScoreComparison } from './contracts.js';
import { csatScore, emptyCsat } from './csat.js';
import { cesScore } from './ces.js';
import { npsScore } from './nps.js';

const csat = (satisfied: number, n: number) => csatScore({ counts: [n - satisfied, 0, 0, satisfied, 0] });
const nps = (promoters: number, passives: number, detractors: number) =>
  npsScore({ counts: [detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters] });

describe('compareScores', () => {
  it('CSAT: pooled two-proportion z-test', () => {
    const c = compareScores(csat(65, 100), csat(50, 100));
    expect(c.delta).toBeCloseTo(15, 12);
    // pooled p = 0.575: se = √(0.575 · 0.425 · (1/100 + 1/100))
    expect(c.z).toBeCloseTo(0.15 / Math.sqrt(0.575 * 0.425 * 0.02), 9);
    expect(c.significant).toBe(true);
    expect(compareScores(csat(55, 100), csat(50, 100)).significant).toBe(false);
    expect(ZScoreComparison.parse(c)).toEqual(c);
  });

  it('NPS and CES: z on the difference with both standard errors', () => {
    const a = nps(60, 20, 20);
    const b = nps(40, 20, 40);
    const c = compareScores(a, b);
    expect(c.delta).toBeCloseTo(40, 9);
    expect(c.z).toBeCloseTo(40 / Math.sqrt(a.se! ** 2 + b.se! ** 2), 9);
    expect(c.significant).toBe(true);
    expect(compareScores(nps(6, 2, 2), nps(5, 2, 3)).significant).toBe(false);
    const ces = compareScores(cesScore({ counts: [0, 0, 0, 10, 10, 10, 0] }), cesScore({ counts: [0, 0, 10, 10, 10, 0, 0] }));
    expect(ces).toMatchObject({ kind: 'ces', delta: 1, significant: true });
  });

  it('reads nothing into too few answers or no answers', () => {
    expect(compareScores(csatScore(emptyCsat()), csat(5, 10))).toEqual({ kind: 'csat', current: null, previous: 50, delta: null, z: null, significant: false });
    expect(compareScores(nps(1, 0, 0), nps(0, 0, 5))).toMatchObject({ delta: 200, z: null, significant: false });
  });

  it('with no spread in either period, any change is a change', () => {
    expect(compareScores(nps(5, 0, 0), nps(0, 0, 5))).toMatchObject({ delta: 200, z: null, significant: true });
    expect(compareScores(nps(5, 0, 0), nps(8, 0, 0))).toMatchObject({ delta: 0, z: null, significant: false });
  });

  it('refuses to compare different kinds', () => {
    expect(() => compareScores(csat(1, 2), nps(1, 1, 1))).toThrow(TypeError);
  });
});
