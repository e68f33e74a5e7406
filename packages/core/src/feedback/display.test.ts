import { describe, expect, it } from 'vitest';
import { isTooFewAnswers, MIN_SAMPLE, roundScore } from './display.js';

describe('display helpers', () => {
  it('rounds to one decimal, half away from zero, without −0', () => {
    expect(roundScore(12.25)).toBe(12.3);
    expect(roundScore(-12.25)).toBe(-12.3);
    expect(roundScore(33.333333)).toBe(33.3);
    expect(roundScore(1.005, 2)).toBe(1.01);
    expect(Object.is(roundScore(-0.04), 0)).toBe(true);
    expect(roundScore(null)).toBeNull();
  });

  it('flags scores under MIN_SAMPLE answers', () => {
    expect(MIN_SAMPLE).toBe(30);
    expect(isTooFewAnswers({ n: 12 })).toBe(true);
    expect(isTooFewAnswers({ n: 29 })).toBe(true);
    expect(isTooFewAnswers({ n: 30 })).toBe(false);
  });
});
