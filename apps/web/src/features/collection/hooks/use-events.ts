import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listEvents } from '../api';
import { ck } from '../query-keys';
import type { EventFilters } from '../schemas';

export const EVENTS_PAGE = 50;
export const RECENT_LIMIT = 50;

/** One page of the raw event list; `before` is the cursor of the page (null: the newest). */
export function useEventsPage(filters: EventFilters, before: string | null) {
  return useQuery({
    queryKey: ck.events(filters, before),
    queryFn: () => listEvents({ ...filters, limit: EVENTS_PAGE, before: before ?? undefined }),
    placeholderData: keepPreviousData,
  });
}

/** The latest events, shown by the live view before anything arrives. */
export function useRecentEvents() {
  return useQuery({ queryKey: ck.recent, queryFn: () => listEvents({ limit: RECENT_LIMIT }) });
}
