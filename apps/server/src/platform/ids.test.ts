import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId (UUIDv7)', () => {
  it('is a version-7, RFC-variant UUID carrying the current millisecond', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(after);
  });

  it('orders by time across milliseconds and never repeats', async () => {
    const early = newId();
    await new Promise((r) => setTimeout(r, 3));
    const late = newId();
    expect(early < late).toBe(true);
    const many = Array.from({ length: 200_000 }, newId);
    expect(new Set(many).size).toBe(many.length);
    // Made in order, sorted in order, even many within one millisecond.
    expect(many.every((id, i) => i === 0 || many[i - 1]! < id)).toBe(true);
  });
});
