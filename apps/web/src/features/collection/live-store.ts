import type { QueryClient } from '@tanstack/react-query';
import { listEvents } from './api';
import { ck } from './query-keys';
import { ZLiveEvent, type EventPage, type LiveEvent, type TrackedEvent } from './schemas';

/** How many events the live view keeps, and the window of its events-per-minute figure. */
export const LIVE_MAX = 200;
export const RATE_WINDOW_MS = 60_000;

export interface LiveItem extends LiveEvent {
  /** When it reached this browser (ms), or when the server received it for loaded history. */
  arrivedAt: number;
  /** Identify events may carry the person's name; shown instead of the id when present. */
  name: string | null;
}

export interface LiveFeed {
  items: LiveItem[];
  /** Messages of the last minute: `count` may exceed the ≤ 10 items a message carries. */
  arrivals: { at: number; count: number }[];
}

export const EMPTY_FEED: LiveFeed = { items: [], arrivals: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** A loaded event in the live list's shape (URL from the page context, name from identify traits). */
export function liveItemOf(e: TrackedEvent): LiveItem {
  const page = isRecord(e.context.page) ? e.context.page : {};
  return {
    id: e.id,
    type: e.type,
    event: e.event,
    userId: e.userId,
    anonymousId: e.anonymousId,
    timestamp: e.timestamp,
    url: str(page.url) ?? str(e.properties.url),
    touchpointId: e.touchpointId,
    arrivedAt: Date.parse(e.receivedAt),
    name: e.type === 'identify' ? str(e.traits?.name) : null,
  };
}

const byTimeDesc = (a: LiveItem, b: LiveItem) => Date.parse(b.timestamp) - Date.parse(a.timestamp);

function addToFeed(qc: QueryClient, fresh: LiveItem[], count: number, now: number): void {
  qc.setQueryData<LiveFeed>(ck.live, (old = EMPTY_FEED) => {
    const known = new Set(fresh.map((i) => i.id));
    const items = [...fresh.sort(byTimeDesc), ...old.items.filter((i) => !known.has(i.id))].slice(0, LIVE_MAX);
    const arrivals = count > 0 ? [...old.arrivals.filter((a) => a.at > now - RATE_WINDOW_MS), { at: now, count }] : old.arrivals;
    return { items, arrivals };
  });
}

const CATCH_UP_MS = 2000;
let catchingUp = false;
let lastCatchUp = 0;

/**
 * A message names at most 10 of its events (older servers name none): while the live view is
 * open, fetch the latest ones now and then so the list misses nothing. One request at a time.
 */
function catchUp(qc: QueryClient): void {
  const watched = (qc.getQueryCache().find({ queryKey: ck.live })?.getObserversCount() ?? 0) > 0;
  if (!watched || catchingUp || Date.now() - lastCatchUp < CATCH_UP_MS) return;
  catchingUp = true;
  lastCatchUp = Date.now();
  listEvents({ limit: 100 })
    .then((page) => {
      const known = new Set([
        ...(qc.getQueryData<LiveFeed>(ck.live)?.items ?? []).map((i) => i.id),
        ...(qc.getQueryData<EventPage>(ck.recent)?.items ?? []).map((i) => i.id),
      ]);
      const now = Date.now();
      const fresh = page.items.filter((e) => !known.has(e.id)).map((e) => ({ ...liveItemOf(e), arrivedAt: now }));
      if (fresh.length > 0) addToFeed(qc, fresh, 0, now);
    })
    .catch(() => {})
    .finally(() => {
      catchingUp = false;
    });
}

/**
 * `events.received` from the live stream: `{ count, items? }`. Keeps the newest LIVE_MAX items in
 * the query cache (so switching workspace clears them with everything else) and marks lists stale
 * without refetching them: under heavy ingestion a refetch per message would never settle.
 */
export function receiveLiveEvents(qc: QueryClient, data: Record<string, unknown>, now = Date.now()): void {
  const rawItems: unknown[] = Array.isArray(data.items) ? data.items : [];
  const items: LiveItem[] = [];
  for (const raw of rawItems) {
    const parsed = ZLiveEvent.safeParse(raw);
    if (parsed.success) items.push({ ...parsed.data, arrivedAt: now, name: null });
  }
  const count = typeof data.count === 'number' && data.count > 0 ? data.count : items.length;
  addToFeed(qc, items, count, now);
  void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'collection' && q.queryKey[1] !== 'live', refetchType: 'none' });
  if (count > items.length) catchUp(qc);
}

/** Events per minute over the last RATE_WINDOW_MS. */
export const ratePerMinute = (feed: LiveFeed, now: number) =>
  feed.arrivals.filter((a) => a.at > now - RATE_WINDOW_MS).reduce((sum, a) => sum + a.count, 0);
