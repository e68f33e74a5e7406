/** Names of everything the SDK keeps in the browser. */
export const KEYS = {
  anonymousId: 'fp_aid',
  userId: 'fp_uid',
  traits: 'fp_traits',
  firstCampaign: 'fp_first',
  queue: 'fp_queue',
  /** When the feedback widget last asked this visitor (ms): the frequency cap's local half. */
  asked: 'fp_asked',
} as const;

/** A small key-value store; `set` reports whether the value was kept. */
export interface KV {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  del(key: string): void;
  /** True when values outlive the page (localStorage). */
  durable?: boolean;
}

export function memoryKV(): KV {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => (values.set(key, value), true),
    del: (key) => void values.delete(key),
  };
}

/** localStorage, when it works: it throws when disabled, in old Safari private mode, or when full. */
export function localKV(): KV | undefined {
  try {
    const store = localStorage;
    store.setItem('fp_probe', '1');
    store.removeItem('fp_probe');
    return {
      durable: true,
      get: (key) => {
        try {
          return store.getItem(key);
        } catch {
          return null;
        }
      },
      set: (key, value) => {
        try {
          store.setItem(key, value);
          return true;
        } catch {
          return false;
        }
      },
      del: (key) => {
        try {
          store.removeItem(key);
        } catch {
          // Nothing to remove from a store that does not work.
        }
      },
    };
  } catch {
    return undefined;
  }
}

const ONE_YEAR_S = 31_536_000;

function cookieAttributes(maxAge: number): string {
  return `; path=/; max-age=${maxAge}; SameSite=Lax${location.protocol === 'https:' ? '; Secure' : ''}`;
}

function readCookie(key: string): string | null {
  try {
    for (const part of document.cookie.split('; ')) {
      const eq = part.indexOf('=');
      if (part.slice(0, eq) === key) return decodeURIComponent(part.slice(eq + 1));
    }
  } catch {
    // Cookies blocked or a malformed value: treat as absent.
  }
  return null;
}

function writeCookie(key: string, value: string): boolean {
  try {
    document.cookie = `${key}=${encodeURIComponent(value)}${cookieAttributes(ONE_YEAR_S)}`;
    return readCookie(key) === value;
  } catch {
    return false;
  }
}

function deleteCookie(key: string): void {
  try {
    if (readCookie(key) !== null) document.cookie = `${key}=${cookieAttributes(0)}`;
  } catch {
    // Cookies blocked: there is nothing to delete.
  }
}

/**
 * Where consented state lives: localStorage; without it, the ids in first-party cookies
 * (`fp_aid`, `fp_uid`: small, and they keep a visitor recognisable) and the rest in memory;
 * without cookies either, memory only.
 */
export function persistentKV(): KV {
  const local = localKV();
  if (local) return local;
  const memory = memoryKV();
  if (!writeCookie('fp_probe', '1')) return memory;
  deleteCookie('fp_probe');
  const inCookie = (key: string): boolean => key === KEYS.anonymousId || key === KEYS.userId;
  return {
    get: (key) => (inCookie(key) ? readCookie(key) : memory.get(key)),
    set: (key, value) => (inCookie(key) ? writeCookie(key, value) : memory.set(key, value)),
    del: (key) => (inCookie(key) ? deleteCookie(key) : memory.del(key)),
  };
}

/** Removes everything the SDK may have stored, without writing anything first. */
export function wipeStored(): void {
  for (const key of Object.values(KEYS)) {
    try {
      localStorage.removeItem(key);
    } catch {
      // localStorage unavailable: nothing stored there.
    }
    deleteCookie(key);
  }
}
