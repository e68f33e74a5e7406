import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { EMPTY_FEED, LIVE_MAX, liveItemOf, ratePerMinute, type LiveFeed, type LiveItem } from '../live-store';
import { ck } from '../query-keys';
import { useRecentEvents } from './use-events';

/**
 * What the live view lists: events announced by the live stream (kept by `receiveLiveEvents`),
 * then the latest ones loaded when the page opened. Newest first, at most LIVE_MAX.
 */
export function useLiveFeed(now: number) {
  const qc = useQueryClient();
  // The stream writes this entry; the query only keeps it alive (and observed) while shown.
  const feed = useQuery({
    queryKey: ck.live,
    queryFn: () => qc.getQueryData<LiveFeed>(ck.live) ?? EMPTY_FEED,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
  });
  const recent = useRecentEvents();
  const live = feed.data ?? EMPTY_FEED;
  const items = useMemo<LiveItem[]>(() => {
    const known = new Set(live.items.map((i) => i.id));
    const loaded = (recent.data?.items ?? []).filter((e) => !known.has(e.id)).map(liveItemOf);
    return [...live.items, ...loaded].slice(0, LIVE_MAX);
  }, [live.items, recent.data]);
  return { items, rate: ratePerMinute(live, now), recent };
}
