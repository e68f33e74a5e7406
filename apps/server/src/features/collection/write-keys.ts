import type { Db } from '../../db/database.js';
import { resolveKey, type KeyInfo } from '../workspace/index.js';

const HIT_MS = 30_000;
const MISS_MS = 5_000;

/**
 * Write keys are checked on every tracking request, so they are cached in the process: a hit for
 * 30 s, a miss for 5 s (a flood of bad keys then costs the database little). A revoked key stops
 * working within 30 s on every process.
 */
export class WriteKeyCache {
  private entries = new Map<string, { key: KeyInfo | null; until: number }>();

  constructor(private readonly db: Db) {}

  async resolve(key: string): Promise<KeyInfo | null> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.key;
    const info = await resolveKey(this.db, key);
    // Write keys and full secret keys may send; read-only keys may not.
    const usable = info && (info.type === 'write' || info.scope === 'full') ? info : null;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(key, { key: usable, until: now + (usable ? HIT_MS : MISS_MS) });
    return usable;
  }
}
