import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, RETRY_AFTER_CAP_MS, backoffDelay, classify, parseRetryAfter } from './backoff';

describe('backoffDelay', () => {
  it('doubles from about a second, with the jitter in the upper half', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, 0))).toEqual([500, 1000, 2000, 4000, 8000]);
    expect([0, 1, 2, 3, 4].map((a) => backoffDelay(a, 1))).toEqual([1000, 2000, 4000, 8000, 16000]);
    expect(backoffDelay(2, 0.5)).toBe(3000);
  });

  it('stops growing at the cap', () => {
    expect(backoffDelay(6, 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(60, 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1000, 0)).toBe(BACKOFF_CAP_MS / 2);
  });

  it('never retries before Retry-After, which is itself capped', () => {
    expect(backoffDelay(0, 0, 5000)).toBe(5000);
    expect(backoffDelay(5, 1, 1000)).toBe(32000);
    expect(backoffDelay(0, 0, 10 * RETRY_AFTER_CAP_MS)).toBe(RETRY_AFTER_CAP_MS);
  });

  it('property: within [exp/2, exp] and never below Retry-After', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.double({ min: 0, max: 1, noNaN: true }), fc.option(fc.nat(RETRY_AFTER_CAP_MS), { nil: undefined }), (attempt, r, after) => {
        const exp = Math.min(BACKOFF_CAP_MS, 1000 * 2 ** attempt);
        const d = backoffDelay(attempt, r, after);
        expect(d).toBeGreaterThanOrEqual(Math.max(exp / 2, after ?? 0));
        expect(d).toBeLessThanOrEqual(Math.max(exp, after ?? 0));
      }),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T00:00:00Z');

  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 1.5 ', now)).toBe(1500);
    expect(parseRetryAfter('Sat, 01 Mar 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 28 Feb 2025 00:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('classify', () => {
  it('maps statuses to what happens to the messages', () => {
    const kind = (status: number): string => classify(status, null, 0).kind;
    expect([200, 201, 204].map(kind)).toEqual(['ok', 'ok', 'ok']);
    expect([400, 413].map(kind)).toEqual(['split', 'split']);
    expect([401, 403, 404, 422].map(kind)).toEqual(['drop', 'drop', 'drop', 'drop']);
    expect([408, 429, 500, 502, 503, 0, 302].map(kind)).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'retry', 'retry']);
  });

  it('carries Retry-After with a retry', () => {
    expect(classify(503, '7', 0)).toEqual({ kind: 'retry', status: 503, waitMs: 7000 });
    expect(classify(429, null, 0)).toEqual({ kind: 'retry', status: 429, waitMs: undefined });
  });
});
