import type { IdentityPlan } from './identity-plan.js';

/** What a committed group wrote or confirmed, for the cache to remember. */
export interface IdentityWritten {
  /** Customers that exist, with the seen-span the database now holds at least (ms). */
  users: { key: string; first: number; last: number }[];
  /** Anonymous ids and the user whose customer they are linked to. */
  links: { key: string; userId: string }[];
  /** Anonymous ids whose customer's last-seen was brought up to `last` (ms). */
  anonymousSeen: { key: string; last: number }[];
  /** An alias merged customers: cached facts about them may be wrong now. */
  merged: boolean;
}

/** "Last seen" is shown to the minute: seen-times are written at most this often per customer. */
export const SEEN_THROTTLE_MS = 60_000;

interface Entry<T> {
  value: T;
  until: number;
}

/**
 * What this process knows the database already holds about identity: customers that exist, their
 * seen-times, and anonymous links. A group of events that tells nothing new is stored without any
 * identity statement, and seen-times are written at most once a minute per customer ("last seen" is
 * shown to the minute). Entries are set only after their transaction commits, and expire after
 * `ttlMs`, which bounds how long a change made by another process (a re-link, a merge) can go unseen.
 */
export class IdentityCache {
  private readonly users = new Map<string, Entry<{ first: number; last: number }>>();
  private readonly links = new Map<string, Entry<string>>();
  private readonly anonymous = new Map<string, Entry<number>>();

  constructor(private readonly opts: { ttlMs?: number; throttleMs?: number; maxEntries?: number } = {}) {}

  private get ttl() {
    return this.opts.ttlMs ?? 5 * 60_000;
  }
  private get throttle() {
    return this.opts.throttleMs ?? SEEN_THROTTLE_MS;
  }

  private live<T>(map: Map<string, Entry<T>>, key: string, now: number): T | undefined {
    const e = map.get(key);
    if (!e) return undefined;
    if (e.until < now) {
      map.delete(key);
      return undefined;
    }
    return e.value;
  }

  /** The customer exists (created or seen by a committed group). */
  knows(key: string, now = Date.now()): boolean {
    return this.live(this.users, key, now) !== undefined;
  }

  /** Its stored seen-times are within the throttle of [first, last] (ISO). */
  seenCovers(key: string, first: string, last: string, now = Date.now()): boolean {
    const s = this.live(this.users, key, now);
    return s !== undefined && Date.parse(last) <= s.last + this.throttle && Date.parse(first) >= s.first;
  }

  linkedTo(key: string, now = Date.now()): string | undefined {
    return this.live(this.links, key, now);
  }

  anonymousCovers(key: string, last: string, now = Date.now()): boolean {
    const s = this.live(this.anonymous, key, now);
    return s !== undefined && Date.parse(last) <= s + this.throttle;
  }

  /** Whether applying the plan would write nothing, as far as this cache can tell. */
  coversAll(plan: IdentityPlan, now = Date.now()): boolean {
    if (plan.traits.length > 0 || plan.aliases.length > 0) return false;
    for (const [key, u] of plan.users) if (!this.seenCovers(key, u.first, u.last, now)) return false;
    for (const [key, l] of plan.links) if (this.linkedTo(key, now) !== l.userId) return false;
    for (const [key, a] of plan.anonymousSeen) if (!this.anonymousCovers(key, a.last, now)) return false;
    return true;
  }

  remember(w: IdentityWritten, now = Date.now()): void {
    if (w.merged) {
      this.clear();
      return;
    }
    const max = this.opts.maxEntries ?? 200_000;
    if (this.users.size + this.links.size + this.anonymous.size > max) this.clear();
    const until = now + this.ttl;
    for (const u of w.users) {
      const old = this.live(this.users, u.key, now);
      this.users.set(u.key, { value: old ? { first: Math.min(old.first, u.first), last: Math.max(old.last, u.last) } : { first: u.first, last: u.last }, until });
    }
    for (const l of w.links) this.links.set(l.key, { value: l.userId, until });
    for (const a of w.anonymousSeen) this.anonymous.set(a.key, { value: Math.max(a.last, this.live(this.anonymous, a.key, now) ?? 0), until });
  }

  clear(): void {
    this.users.clear();
    this.links.clear();
    this.anonymous.clear();
  }
}
