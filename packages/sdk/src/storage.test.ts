import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEYS, localKV, memoryKV, persistentKV, wipeStored } from './storage';

/** A document.cookie that behaves like a browser's: writes one cookie, reads them all. */
function cookieJar(): { cookie: string; jar: Map<string, string> } {
  const jar = new Map<string, string>();
  return {
    jar,
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    set cookie(line: string) {
      const [pair = '', ...attrs] = line.split('; ');
      const eq = pair.indexOf('=');
      if (attrs.includes('max-age=0')) jar.delete(pair.slice(0, eq));
      else jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    },
  };
}

function storage(opts: { throwOnSet?: boolean } = {}): Storage {
  const values = new Map<string, string>();
  const store = {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (opts.throwOnSet) throw new DOMException('quota', 'QuotaExceededError');
      values.set(k, v);
    },
    removeItem: (k: string) => void values.delete(k),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
  return store;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storage', () => {
  it('memory keeps values for the page only', () => {
    const kv = memoryKV();
    expect(kv.set('a', '1')).toBe(true);
    expect(kv.get('a')).toBe('1');
    kv.del('a');
    expect(kv.get('a')).toBeNull();
    expect(kv.durable).toBeUndefined();
  });

  it('uses localStorage when it works, and leaves no probe behind', () => {
    const local = storage();
    vi.stubGlobal('localStorage', local);
    const kv = persistentKV();
    expect(kv.durable).toBe(true);
    kv.set(KEYS.anonymousId, 'aid-1');
    expect(local.getItem(KEYS.anonymousId)).toBe('aid-1');
    expect(local.length).toBe(1);
  });

  it('falls back to cookies for the ids and memory for the rest when localStorage throws (Safari private mode)', () => {
    vi.stubGlobal('localStorage', storage({ throwOnSet: true }));
    const doc = cookieJar();
    vi.stubGlobal('document', doc);
    vi.stubGlobal('location', { protocol: 'https:' });
    expect(localKV()).toBeUndefined();
    const kv = persistentKV();
    expect(kv.durable).toBeUndefined();
    expect(kv.set(KEYS.anonymousId, 'aid 1')).toBe(true);
    expect(kv.set(KEYS.queue, '[]')).toBe(true);
    expect([...doc.jar.keys()]).toEqual([KEYS.anonymousId]);
    expect(doc.jar.get(KEYS.anonymousId)).toBe('aid%201');
    expect(kv.get(KEYS.anonymousId)).toBe('aid 1');
    expect(kv.get(KEYS.queue)).toBe('[]');
    kv.del(KEYS.anonymousId);
    expect(doc.jar.size).toBe(0);
  });

  it('falls back to memory when localStorage cannot even be reached and cookies are blocked', () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    vi.stubGlobal('document', {
      get cookie(): string {
        throw new DOMException('denied', 'SecurityError');
      },
      set cookie(_: string) {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    vi.stubGlobal('location', { protocol: 'http:' });
    const kv = persistentKV();
    expect(kv.set(KEYS.anonymousId, 'x')).toBe(true);
    expect(kv.get(KEYS.anonymousId)).toBe('x');
    expect(() => wipeStored()).not.toThrow();
  });

  it('wipes every key from localStorage and cookies', () => {
    const local = storage();
    const doc = cookieJar();
    vi.stubGlobal('localStorage', local);
    vi.stubGlobal('document', doc);
    vi.stubGlobal('location', { protocol: 'http:' });
    for (const key of Object.values(KEYS)) local.setItem(key, 'v');
    local.setItem('other', 'kept');
    doc.cookie = `${KEYS.anonymousId}=a; path=/`;
    doc.cookie = 'session=s; path=/';
    wipeStored();
    expect(local.length).toBe(1);
    expect(doc.cookie).toBe('session=s');
  });
});
