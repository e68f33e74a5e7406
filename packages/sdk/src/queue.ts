import { KEYS, type KV } from './storage';
import type { Message } from './types';
import { warn } from './warn';

export const QUEUE_MAX = 1000;

/** A stored value is only trusted as a message when it has the fields the server requires. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    'messageId' in value &&
    typeof value.messageId === 'string' &&
    'anonymousId' in value &&
    typeof value.anonymousId === 'string' &&
    'type' in value &&
    (value.type === 'track' || value.type === 'page' || value.type === 'identify') &&
    'context' in value &&
    typeof value.context === 'object'
  );
}

/**
 * The messages waiting to be sent, oldest first, kept in the store so they survive reloads and
 * crashes. Every operation reads the store afresh, so tabs of one site share one queue.
 */
export class Queue {
  constructor(
    private readonly store: () => KV,
    private readonly max = QUEUE_MAX,
  ) {}

  all(): Message[] {
    try {
      const parsed: unknown = JSON.parse(this.store().get(KEYS.queue) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isMessage) : [];
    } catch {
      return [];
    }
  }

  /** Appends messages (dropping the oldest beyond the bound) and returns the queue's length. */
  push(messages: Message[]): number {
    const queue = this.all().concat(messages);
    const over = queue.length - this.max;
    if (over > 0) {
      queue.splice(0, over);
      warn(`queue full (${this.max}): dropped the ${over} oldest message(s)`);
    }
    this.save(queue);
    return queue.length;
  }

  remove(ids: string[]): void {
    const gone = new Set(ids);
    const queue = this.all();
    const kept = queue.filter((m) => !gone.has(m.messageId));
    if (kept.length !== queue.length) this.save(kept);
  }

  clear(): void {
    this.store().del(KEYS.queue);
  }

  private save(queue: Message[]): void {
    const store = this.store();
    if (!queue.length) return store.del(KEYS.queue);
    // The store is full (localStorage holds a few MB per site): give up the oldest tenth until it fits.
    while (!store.set(KEYS.queue, JSON.stringify(queue)) && queue.length) {
      const n = Math.ceil(queue.length / 10);
      queue.splice(0, n);
      warn(`storage full: dropped the ${n} oldest message(s)`);
    }
    if (!queue.length) store.del(KEYS.queue);
  }
}
