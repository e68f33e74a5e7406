import { afterEach, describe, expect, it, vi } from 'vitest';
import { Queue, isMessage } from './queue';
import { KEYS, memoryKV, type KV } from './storage';
import type { Message } from './types';

function message(i: number): Message {
  return {
    type: 'track',
    messageId: `m${i}`,
    anonymousId: 'a',
    event: `e${i}`,
    context: { page: { path: '/', referrer: '', search: '', title: '', url: '' }, userAgent: '', locale: 'vi', library: { name: 'footprint-js', version: '0' } },
    timestamp: '2025-01-01T00:00:00.000Z',
  };
}

/** A store that refuses values longer than `capacity` characters, like a full localStorage. */
function smallKV(capacity: number): KV {
  const kv = memoryKV();
  return { ...kv, set: (k, v) => v.length <= capacity && kv.set(k, v) };
}

const ids = (q: Queue): string[] => q.all().map((m) => m.messageId);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Queue', () => {
  it('keeps messages in order in the store and removes them by id', () => {
    const kv = memoryKV();
    const q = new Queue(() => kv);
    expect(q.push([message(1), message(2)])).toBe(2);
    expect(q.push([message(3)])).toBe(3);
    expect(JSON.parse(kv.get(KEYS.queue)!)).toHaveLength(3);
    q.remove(['m2', 'unknown']);
    expect(ids(q)).toEqual(['m1', 'm3']);
    q.remove(['m1', 'm3']);
    expect(kv.get(KEYS.queue)).toBeNull();
  });

  it('is shared by every queue over the same store (tabs of one site)', () => {
    const kv = memoryKV();
    const a = new Queue(() => kv);
    const b = new Queue(() => kv);
    a.push([message(1)]);
    b.push([message(2)]);
    a.remove(['m2']);
    expect(ids(b)).toEqual(['m1']);
  });

  it('drops the oldest beyond its bound, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const kv = memoryKV();
    const q = new Queue(() => kv, 5);
    q.push([1, 2, 3, 4].map(message));
    expect(warn).not.toHaveBeenCalled();
    expect(q.push([5, 6, 7].map(message))).toBe(5);
    expect(ids(q)).toEqual(['m3', 'm4', 'm5', 'm6', 'm7']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped the 2 oldest'));
  });

  it('gives up the oldest messages when the store is full', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const one = JSON.stringify([message(0)]).length;
    const kv = smallKV(one * 3);
    const q = new Queue(() => kv);
    q.push(Array.from({ length: 10 }, (_, i) => message(i)));
    const kept = ids(q);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThanOrEqual(3);
    expect(kept[kept.length - 1]).toBe('m9');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('storage full'));
  });

  it('reads a damaged store as empty and skips entries that are not messages', () => {
    const kv = memoryKV();
    const q = new Queue(() => kv);
    kv.set(KEYS.queue, '{not json');
    expect(q.all()).toEqual([]);
    kv.set(KEYS.queue, JSON.stringify({ batch: [] }));
    expect(q.all()).toEqual([]);
    kv.set(KEYS.queue, JSON.stringify([message(1), null, 3, { messageId: 'x' }, { ...message(2), type: 'alias' }, message(4)]));
    expect(ids(q)).toEqual(['m1', 'm4']);
  });

  it('follows the store it is given (memory before consent, localStorage after)', () => {
    let kv = memoryKV();
    const q = new Queue(() => kv);
    q.push([message(1)]);
    kv = memoryKV();
    expect(q.all()).toEqual([]);
  });

  it('clears', () => {
    const kv = memoryKV();
    const q = new Queue(() => kv);
    q.push([message(1)]);
    q.clear();
    expect(q.all()).toEqual([]);
  });
});

describe('isMessage', () => {
  it('accepts the three message types with ids and a context', () => {
    for (const type of ['track', 'page', 'identify'] as const) expect(isMessage({ ...message(1), type })).toBe(true);
    expect(isMessage({ ...message(1), anonymousId: 3 })).toBe(false);
    expect(isMessage({ ...message(1), context: undefined })).toBe(false);
    expect(isMessage('m1')).toBe(false);
  });
});
