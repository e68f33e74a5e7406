import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctTimestamp, jsonBytes, MAX_MESSAGE_BYTES, overMessageLimit, utf8Bytes, ZSegmentMessage } from './segment.js';

describe('Segment messages', () => {
  it('accepts the spec’s shapes and normalises ids to NFC strings', () => {
    const m = ZSegmentMessage.parse({ type: 'track', userId: 42, event: 'Đặt hàng'.normalize('NFD'), properties: { total: 250000 } });
    expect(m.userId).toBe('42');
    expect(m.event).toBe('Đặt hàng'.normalize('NFC'));
  });

  it('requires an identity, a track event name, alias previousId and group groupId', () => {
    expect(ZSegmentMessage.safeParse({ type: 'page' }).success).toBe(false);
    expect(ZSegmentMessage.safeParse({ type: 'track', anonymousId: 'a' }).success).toBe(false);
    expect(ZSegmentMessage.safeParse({ type: 'alias', userId: 'u' }).success).toBe(false);
    expect(ZSegmentMessage.safeParse({ type: 'group', userId: 'u' }).success).toBe(false);
    expect(ZSegmentMessage.safeParse({ type: 'page', anonymousId: 'a', name: 'Trang chủ' }).success).toBe(true);
    expect(ZSegmentMessage.safeParse({ type: 'track', userId: 'u\u0000', event: 'x' }).success).toBe(false);
  });
});

describe('clock-skew correction', () => {
  const received = new Date('2026-11-20T10:00:10.000Z');

  it('moves the event by the device’s clock error', () => {
    // The device clock runs 1 hour fast: it stamped and sent the event "at 11:00".
    expect(correctTimestamp(received, '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:05.000Z').toISOString()).toBe('2026-11-20T10:00:05.000Z');
  });

  it('falls back to the timestamp, then to the receive time', () => {
    expect(correctTimestamp(received, '2026-11-20T09:00:00+07:00', null).toISOString()).toBe('2026-11-20T02:00:00.000Z');
    expect(correctTimestamp(received, null, null)).toEqual(received);
  });

  it('keeps the gap between event and send whatever the skew (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 1e8 }), (skew, gap) => {
        const sent = received.getTime() + skew;
        const t = correctTimestamp(received, new Date(sent - gap).toISOString(), new Date(sent).toISOString());
        expect(received.getTime() - t.getTime()).toBe(gap);
      }),
    );
  });
});

describe('message size', () => {
  it('counts UTF-8 bytes as the wire does (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        // Reference: each %XX of a URI encoding is one UTF-8 byte.
        expect(utf8Bytes(s)).toBe(encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, 'x').length);
      }),
    );
  });

  it('puts the 32 KB line where Segment does, Vietnamese text included', () => {
    const at = (n: number) => ({ p: 'ệ'.repeat(n) }); // 3 bytes each
    const under = at(Math.floor((MAX_MESSAGE_BYTES - 20) / 3));
    expect(jsonBytes(under)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
    expect(overMessageLimit(under)).toBe(false);
    expect(overMessageLimit(at(Math.ceil(MAX_MESSAGE_BYTES / 3)))).toBe(true);
  });
});
