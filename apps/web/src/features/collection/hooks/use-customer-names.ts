import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { listCustomers } from '../api';
import { ck } from '../query-keys';
import type { Customer, CustomerQuery, TrackedEvent } from '../schemas';

/** The customers active most recently are the ones sending events now: their names, in one request. */
const RECENTLY_ACTIVE: CustomerQuery = { sort: 'lastSeen', order: 'desc', page: 1, pageSize: 100 };

/** Only an identify call's traits describe the person (a group call's `name` is the group's). */
export const personName = (e: Pick<TrackedEvent, 'type' | 'traits'>): string | null =>
  e.type === 'identify' && typeof e.traits?.name === 'string' && e.traits.name.trim() ? e.traits.name : null;

/**
 * Names for user ids, so event lists show people rather than ids: from the recently active
 * customers, any customer data already cached, and identify events of the list itself.
 */
export function useCustomerNames(events: readonly Pick<TrackedEvent, 'type' | 'traits' | 'userId'>[] | undefined, refetchMs?: number) {
  const qc = useQueryClient();
  const recent = useQuery({
    queryKey: ck.customers(RECENTLY_ACTIVE),
    queryFn: () => listCustomers(RECENTLY_ACTIVE),
    refetchInterval: refetchMs,
  });
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const c of recent.data?.items ?? []) if (c.name) names.set(c.userId, c.name);
    for (const [key, data] of qc.getQueriesData<{ items: { userId: string; name: string | null }[] }>({ queryKey: ck.customersAll })) {
      if (key.length > 2) for (const c of data?.items ?? []) if (c.name) names.set(c.userId, c.name);
    }
    for (const [, c] of qc.getQueriesData<Customer>({ queryKey: ck.customerAll })) if (c?.name) names.set(c.userId, c.name);
    for (const e of events ?? []) {
      const name = personName(e);
      if (e.userId && name) names.set(e.userId, name);
    }
    return names;
  }, [qc, recent.data, events]);
}
