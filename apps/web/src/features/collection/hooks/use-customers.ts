import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getCustomer, getTimeline, listCustomers } from '../api';
import { ck } from '../query-keys';
import type { CustomerQuery } from '../schemas';

export const TIMELINE_PAGE = 50;

export function useCustomers(q: CustomerQuery) {
  return useQuery({ queryKey: ck.customers(q), queryFn: () => listCustomers(q), placeholderData: keepPreviousData });
}

export function useCustomer(userId: string) {
  return useQuery({ queryKey: ck.customer(userId), queryFn: () => getCustomer(userId) });
}

/** The customer's events, newest first, one page of TIMELINE_PAGE at a time. */
export function useTimeline(userId: string) {
  return useInfiniteQuery({
    queryKey: ck.timeline(userId),
    queryFn: ({ pageParam }) => getTimeline(userId, TIMELINE_PAGE, pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    // Refetching every loaded page on focus would be slow for a long history.
    refetchOnWindowFocus: false,
  });
}
