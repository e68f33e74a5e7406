import { describe, expect, it } from 'vitest';
import { IdentityCache } from './identity-cache.js';
import { planIdentity } from './identity-plan.js';
import type { EventRow } from './queries/insert-events.js';

const W = '0190a000-0000-7000-8000-000000000001';
const key = (id: string) => `${W}\u0001${id}`;
const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 20, 3, minute, second)).toISOString();
const row = (o: Partial<EventRow>): EventRow => ({
  workspaceId: W, id: crypto.randomUUID(), messageId: crypto.randomUUID(), type: 'track', event: 'Xem sản phẩm', anonymousId: null, userId: null,
  properties: '{}', traits: null, context: '{}', timestamp: at(0), originalTimestamp: null, sentAt: null, receivedAt: at(0), sourceKeyId: null, touchpointId: null,
  ...o,
});

describe('identity cache', () => {
  it('vouches for nothing it has not been told', () => {
    const cache = new IdentityCache();
    expect(cache.coversAll(planIdentity([row({ userId: 'kh1' })]))).toBe(false);
    expect(cache.coversAll(planIdentity([row({ anonymousId: 'a1' })]))).toBe(false);
    expect(cache.coversAll(planIdentity([]))).toBe(true);
  });

  it('covers a known customer seen within a minute of what was written, never earlier than its first seen', () => {
    const cache = new IdentityCache();
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(10)), last: Date.parse(at(20)) }], links: [], anonymousSeen: [], merged: false });
    expect(cache.coversAll(planIdentity([row({ userId: 'kh1', timestamp: at(20, 59) })]))).toBe(true);
    expect(cache.coversAll(planIdentity([row({ userId: 'kh1', timestamp: at(21, 1) })]))).toBe(false);
    expect(cache.coversAll(planIdentity([row({ userId: 'kh1', timestamp: at(9) })]))).toBe(false);
    expect(cache.coversAll(planIdentity([row({ userId: 'kh2', timestamp: at(15) })]))).toBe(false);
  });

  it('covers a link only to the same user, and never traits or aliases', () => {
    const cache = new IdentityCache();
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(0)), last: Date.parse(at(0)) }], links: [{ key: key('a1'), userId: 'kh1' }], anonymousSeen: [], merged: false });
    expect(cache.coversAll(planIdentity([row({ userId: 'kh1', anonymousId: 'a1' })]))).toBe(true);
    cache.remember({ users: [{ key: key('kh2'), first: Date.parse(at(0)), last: Date.parse(at(0)) }], links: [], anonymousSeen: [], merged: false });
    expect(cache.coversAll(planIdentity([row({ userId: 'kh2', anonymousId: 'a1' })]))).toBe(false);
    expect(cache.coversAll(planIdentity([row({ type: 'identify', userId: 'kh1', traits: '{"name":"Lan"}' })]))).toBe(false);
    expect(cache.coversAll(planIdentity([row({ type: 'alias', userId: 'kh1', properties: '{"previousId":"kh2"}' })]))).toBe(false);
  });

  it('throttles anonymous activity to a minute', () => {
    const cache = new IdentityCache();
    cache.remember({ users: [], links: [], anonymousSeen: [{ key: key('a1'), last: Date.parse(at(5)) }], merged: false });
    expect(cache.coversAll(planIdentity([row({ anonymousId: 'a1', timestamp: at(5, 30) })]))).toBe(true);
    expect(cache.coversAll(planIdentity([row({ anonymousId: 'a1', timestamp: at(6, 30) })]))).toBe(false);
  });

  it('forgets everything after a merge, and entries expire', () => {
    const cache = new IdentityCache({ ttlMs: 1000 });
    const t0 = 1_000_000;
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(0)), last: Date.parse(at(0)) }], links: [], anonymousSeen: [], merged: false }, t0);
    expect(cache.knows(key('kh1'), t0 + 999)).toBe(true);
    expect(cache.knows(key('kh1'), t0 + 1001)).toBe(false);
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(0)), last: Date.parse(at(0)) }], links: [], anonymousSeen: [], merged: false });
    cache.remember({ users: [], links: [], anonymousSeen: [], merged: true });
    expect(cache.knows(key('kh1'))).toBe(false);
  });

  it('widens what it remembers, never narrows it', () => {
    const cache = new IdentityCache();
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(10)), last: Date.parse(at(30)) }], links: [], anonymousSeen: [], merged: false });
    cache.remember({ users: [{ key: key('kh1'), first: Date.parse(at(20)), last: Date.parse(at(25)) }], links: [], anonymousSeen: [], merged: false });
    expect(cache.seenCovers(key('kh1'), at(10), at(30, 30))).toBe(true);
  });
});
