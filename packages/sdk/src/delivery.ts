import { backoffDelay, classify, type Outcome } from './backoff';
import { MAX_BATCH_BYTES, MAX_BATCH_COUNT, MAX_BEACON_BYTES, MAX_MESSAGE_BYTES, batchBody, takeBatch, utf8Length } from './batch';
import type { Queue } from './queue';
import type { Message } from './types';
import { warn } from './warn';

export interface DeliveryOptions {
  url: string;
  writeKey: string;
  maxBatch: number;
  flushInterval: number;
  /** Whether sending is allowed now (consent granted). */
  live: () => boolean;
  /** Whether the queue outlives the page (then a failing server is not worth a blind beacon). */
  durable: () => boolean;
}

// text/plain is a "simple" content type: browsers send no CORS preflight for it.
const CONTENT_TYPE = 'text/plain;charset=UTF-8';

async function post(url: string, body: string): Promise<Outcome> {
  try {
    const res = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': CONTENT_TYPE }, credentials: 'omit' });
    return classify(res.status, res.headers.get('Retry-After'), Date.now());
  } catch {
    return { kind: 'retry', status: 0 };
  }
}

/** Moves queued messages to the server: timed batches, retries with backoff, a beacon on the way out. */
export class Delivery {
  private attempt = 0;
  private retryAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;
  private running: Promise<void> | undefined;
  private readonly inflight = new Set<string>();

  constructor(
    readonly queue: Queue,
    private readonly o: DeliveryOptions,
  ) {}

  add(message: Message): void {
    if (utf8Length(JSON.stringify(message)) > MAX_MESSAGE_BYTES) {
      warn(`${message.type} ${message.event ?? message.name ?? ''} is over 32 KB and was dropped`);
      return;
    }
    if (this.queue.push([message]) >= this.o.maxBatch) void this.flush();
    else this.schedule(this.o.flushInterval);
  }

  /** Sends everything waiting now, unless the server asked us to wait; `force` ends that wait. */
  flush(force = false): Promise<void> {
    if (force) this.retryAt = 0;
    if (this.running) return this.running;
    if (!this.o.live() || !navigator.onLine) return Promise.resolve();
    const wait = this.retryAt - Date.now();
    if (wait > 0) {
      this.schedule(wait);
      return Promise.resolve();
    }
    this.running = this.run()
      .catch((e: unknown) => warn(`flush failed: ${String(e)}`))
      .then(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Hands what is waiting to the browser as beacons, which outlive the page. */
  beacon(): void {
    // While the server is failing, a durable queue is safer kept for the next page than beaconed blind.
    if (!this.o.live() || !navigator.onLine || typeof navigator.sendBeacon !== 'function') return;
    if (this.attempt > 0 && this.o.durable()) return;
    // Messages already in a fetch stay with it; if the page dies first, they are still queued.
    let rest = this.queue.all().filter((m) => !this.inflight.has(m.messageId));
    while (rest.length) {
      const batch = takeBatch(rest, this.o.writeKey, MAX_BATCH_COUNT, MAX_BEACON_BYTES);
      if (!navigator.sendBeacon(this.o.url, batchBody(batch, this.o.writeKey, new Date().toISOString()))) return;
      this.queue.remove(batch.map((m) => m.messageId));
      rest = rest.slice(batch.length);
    }
  }

  private schedule(ms: number): void {
    const at = Date.now() + Math.max(ms, this.retryAt - Date.now());
    if (this.timer !== undefined && this.due <= at) return;
    clearTimeout(this.timer);
    this.due = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, at - Date.now());
  }

  private async run(): Promise<void> {
    const tried = new Set<string>();
    const maxCount = Math.min(this.o.maxBatch, MAX_BATCH_COUNT);
    while (this.o.live()) {
      const rest = this.queue.all().filter((m) => !tried.has(m.messageId));
      const batch = takeBatch(rest, this.o.writeKey, maxCount, MAX_BATCH_BYTES);
      if (!batch.length) return;
      for (const m of batch) {
        tried.add(m.messageId);
        this.inflight.add(m.messageId);
      }
      try {
        if (!(await this.send(batch))) return;
      } finally {
        for (const m of batch) this.inflight.delete(m.messageId);
      }
    }
  }

  /** False when the server should be asked again later (the batch stays queued). */
  private async send(batch: Message[]): Promise<boolean> {
    const out = await post(this.o.url, batchBody(batch, this.o.writeKey, new Date().toISOString()));
    if (out.kind === 'retry') {
      this.retryAt = Date.now() + backoffDelay(this.attempt++, Math.random(), out.waitMs);
      this.schedule(0);
      return false;
    }
    this.attempt = 0;
    if (out.kind === 'split' && batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      return (await this.send(batch.slice(0, half))) && this.send(batch.slice(half));
    }
    if (out.kind !== 'ok') warn(`the server refused ${batch.length} message(s) with HTTP ${out.status}; they were dropped`);
    this.queue.remove(batch.map((m) => m.messageId));
    return true;
  }
}
