import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH_BYTES, MAX_BEACON_BYTES, batchBody, takeBatch, utf8Length } from './batch';
import type { Message } from './types';

const KEY = 'fp_w_0123456789abcdef';
const SENT_AT = '2025-01-31T23:59:59.999Z';

function message(i: number, payload = ''): Message {
  return {
    type: 'track',
    messageId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    anonymousId: 'a',
    event: 'e',
    properties: { payload },
    context: { page: { path: '/', referrer: '', search: '', title: '', url: '' }, userAgent: '', locale: 'vi', library: { name: 'footprint-js', version: '0' } },
    timestamp: SENT_AT,
  };
}

/** The whole queue cut into requests, the way delivery takes them one after another. */
function split(queue: Message[], maxCount: number, maxBytes: number): Message[][] {
  const out: Message[][] = [];
  for (let rest = queue; rest.length; ) {
    const batch = takeBatch(rest, KEY, maxCount, maxBytes);
    out.push(batch);
    rest = rest.slice(batch.length);
  }
  return out;
}

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Hà Nội')).toBe(Buffer.byteLength('Hà Nội'));
    expect(utf8Length('😀')).toBe(4);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => utf8Length(s) === Buffer.byteLength(s)));
  });

  it('counts a lone surrogate as the 3-byte replacement character', () => {
    expect(utf8Length('\ud800')).toBe(Buffer.byteLength('\ud800'));
    expect(utf8Length('\udc00x')).toBe(4);
  });
});

describe('takeBatch', () => {
  it('takes at most maxCount messages, in order', () => {
    const queue = Array.from({ length: 250 }, (_, i) => message(i));
    const batches = split(queue, 100, MAX_BATCH_BYTES);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(batches.flat()).toEqual(queue);
  });

  it('keeps every request body within the byte limit, and fills it', () => {
    // 20 messages of ~30 KB: 500 KB holds 16 of them with the envelope.
    const queue = Array.from({ length: 20 }, (_, i) => message(i, 'x'.repeat(30_000)));
    const batches = split(queue, 100, MAX_BATCH_BYTES);
    expect(batches.map((b) => b.length)).toEqual([16, 4]);
    for (const b of batches) expect(utf8Length(batchBody(b, KEY, SENT_AT))).toBeLessThanOrEqual(MAX_BATCH_BYTES);
    expect(utf8Length(batchBody(queue.slice(0, 17), KEY, SENT_AT))).toBeGreaterThan(MAX_BATCH_BYTES);
  });

  it('measures bytes, not characters', () => {
    const queue = Array.from({ length: 4 }, (_, i) => message(i, 'ộ'.repeat(10_000))); // 30 KB each in UTF-8
    const batches = split(queue, 100, MAX_BEACON_BYTES);
    expect(batches.map((b) => b.length)).toEqual([2, 2]);
    for (const b of batches) expect(utf8Length(batchBody(b, KEY, SENT_AT))).toBeLessThanOrEqual(MAX_BEACON_BYTES);
  });

  it('returns a message over the limit alone rather than never', () => {
    const queue = [message(0, 'x'.repeat(2000)), message(1)];
    expect(split(queue, 100, 1000).map((b) => b.length)).toEqual([1, 1]);
    expect(takeBatch([], KEY, 100, 1000)).toEqual([]);
  });

  it('property: batches cover the queue in order, within count and bytes, each as full as allowed', () => {
    const sizes = fc.array(fc.string({ unit: 'grapheme', maxLength: 3000 }), { maxLength: 60 });
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 4_000, max: 40_000 }), (payloads, maxCount, maxBytes) => {
        const queue = payloads.map((p, i) => message(i, p));
        const batches = split(queue, maxCount, maxBytes);
        expect(batches.flat()).toEqual(queue);
        batches.forEach((b, i) => {
          expect(b.length).toBeGreaterThan(0);
          expect(b.length).toBeLessThanOrEqual(maxCount);
          expect(utf8Length(batchBody(b, KEY, new Date().toISOString()))).toBeLessThanOrEqual(maxBytes);
          const next = batches[i + 1]?.[0];
          // Greedy: the next message did not fit in this batch.
          if (next && b.length < maxCount) expect(utf8Length(batchBody([...b, next], KEY, SENT_AT))).toBeGreaterThan(maxBytes);
        });
      }),
    );
  });
});
