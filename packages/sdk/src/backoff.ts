/** First retry after about a second, doubling up to about a minute. */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_CAP_MS = 60_000;
/** A Retry-After beyond this is taken as this: the queue is durable, the next page load tries again. */
export const RETRY_AFTER_CAP_MS = 3_600_000;

/**
 * Milliseconds to wait before retry number `attempt` (0 for the first): exponential with "equal
 * jitter" (half fixed, half random, so clients that failed together do not retry together),
 * never sooner than the server's Retry-After.
 */
export function backoffDelay(attempt: number, random: number, retryAfterMs?: number): number {
  const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt));
  const jittered = exp / 2 + (Math.min(Math.max(random, 0), 1) * exp) / 2;
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
}

/** A Retry-After header (delta-seconds or an HTTP date) in milliseconds from `now`. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; V8 would also read "-5" as a year.
  const at = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * What to do with the messages of a request, by the answer's status:
 * `ok` delivered; `split` refused as invalid or too large (400/413: retrying the same request can
 * never succeed, so halve it to find the culprit, then drop it); `drop` refused for good (other
 * 4xx, e.g. an unknown write key); `retry` later (network error, 408, 429, 5xx).
 */
export type Outcome =
  | { kind: 'ok' | 'split' | 'drop'; status: number }
  | { kind: 'retry'; status: number; waitMs?: number };

export function classify(status: number, retryAfter: string | null, now: number): Outcome {
  if (status >= 200 && status < 300) return { kind: 'ok', status };
  if (status === 400 || status === 413) return { kind: 'split', status };
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return { kind: 'drop', status };
  return { kind: 'retry', status, waitMs: parseRetryAfter(retryAfter, now) };
}
