import { afterEach, describe, expect, it, vi } from 'vitest';
import { uuid } from './uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const nodeCrypto = globalThis.crypto;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function check(): void {
  const ids = Array.from({ length: 2000 }, uuid);
  for (const id of ids) expect(id).toMatch(V4);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('uuid', () => {
  it('is a v4 UUID from crypto.randomUUID', () => {
    const randomUUID = vi.spyOn(nodeCrypto, 'randomUUID');
    check();
    expect(randomUUID).toHaveBeenCalledTimes(2000);
  });

  it('falls back to getRandomValues outside secure contexts (no randomUUID on http)', () => {
    const getRandomValues = vi.fn((bytes: Uint8Array) => nodeCrypto.getRandomValues(bytes));
    vi.stubGlobal('crypto', { getRandomValues });
    check();
    expect(getRandomValues).toHaveBeenCalledTimes(2000);
  });

  it('falls back to Math.random without crypto', () => {
    vi.stubGlobal('crypto', undefined);
    const random = vi.spyOn(Math, 'random');
    check();
    expect(random).toHaveBeenCalledTimes(2000 * 16);
  });
});
