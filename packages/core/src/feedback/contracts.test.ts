import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCes, emptyCes, cesScore } from './ces.js';
import { ZCesAnswer, ZCesCounts, ZCsatAnswer, ZCsatCounts, ZCsiAggregate, ZNpsAnswer, ZNpsCounts, ZScore } from './contracts.js';
import { addCsat, csatScore, emptyCsat } from './csat.js';
import { addCsi, csiScore, emptyCsi } from './csi.js';
import { addNps, emptyNps, npsScore } from './nps.js';

describe('feedback contracts', () => {
  it('accept the aggregates the functions build', () => {
    expect(ZNpsCounts.parse(addNps(emptyNps(), 10))).toEqual(addNps(emptyNps(), 10));
    expect(ZCsatCounts.safeParse(emptyCsat()).success).toBe(true);
    expect(ZCesCounts.safeParse(addCes(emptyCes(), 7)).success).toBe(true);
    expect(ZCsiAggregate.safeParse(addCsi(emptyCsi(), 'speed', 5)).success).toBe(true);
  });

  it('refuse malformed aggregates read back from storage', () => {
    expect(ZNpsCounts.safeParse({ counts: new Array(10).fill(0) }).success).toBe(false);
    expect(ZNpsCounts.safeParse({ counts: [...new Array(10).fill(0), -1] }).success).toBe(false);
    expect(ZCsatCounts.safeParse({ counts: [1, 2, 3, 4, 0.5] }).success).toBe(false);
    expect(ZCesCounts.safeParse([0, 0, 0, 0, 0, 0, 0]).success).toBe(false);
    expect(ZCsiAggregate.safeParse({ attributes: { speed: { count: 1, sum: 101, sumSq: 100 } } }).success).toBe(false);
    expect(ZCsiAggregate.safeParse({ attributes: { '': { count: 0, sum: 0, sumSq: 0 } } }).success).toBe(false);
    expect(ZCsiAggregate.safeParse(JSON.parse('{"attributes":{"__proto__":{"count":1,"sum":1,"sumSq":1}}}')).success).toBe(false);
  });

  it('answer schemas take exactly what addX takes (property)', () => {
    const cases = [
      [ZNpsAnswer, (v: number) => addNps(emptyNps(), v)],
      [ZCsatAnswer, (v: number) => addCsat(emptyCsat(), v)],
      [ZCesAnswer, (v: number) => addCes(emptyCes(), v)],
    ] as const;
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double()), (v) => {
        for (const [schema, add] of cases) {
          let added = true;
          try {
            add(v);
          } catch {
            added = false;
          }
          expect(schema.safeParse(v).success).toBe(added);
        }
      }),
    );
  });

  it('every score the functions produce is a valid ZScore (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 50 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 50 }),
        (nps, five) => {
          const scores = [
            npsScore(nps.reduce(addNps, emptyNps())),
            csatScore(five.reduce(addCsat, emptyCsat())),
            cesScore(nps.filter((v) => v >= 1 && v <= 7).reduce(addCes, emptyCes())),
            csiScore(five.reduce((agg, v, i) => addCsi(agg, i % 2 ? 'a' : 'b', v), emptyCsi())),
          ];
          for (const s of scores) expect(ZScore.parse(s)).toEqual(s);
        },
      ),
    );
  });
});
