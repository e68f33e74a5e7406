import type { CustomerQuery, EventFilters } from './schemas';

/** Cache keys of the collection part; live `events.received` messages mark them stale. */
export const ck = {
  customersAll: ['collection', 'customers'] as const,
  customers: (q: CustomerQuery) => ['collection', 'customers', q] as const,
  customerAll: ['collection', 'customer'] as const,
  customer: (userId: string) => ['collection', 'customer', userId] as const,
  timeline: (userId: string) => ['collection', 'timeline', userId] as const,
  events: (f: EventFilters, before: string | null) => ['collection', 'events', f, before] as const,
  recent: ['collection', 'recent'] as const,
  live: ['collection', 'live'] as const,
  touchpoints: ['collection', 'touchpoints'] as const,
  unmatched: (days: number) => ['collection', 'touchpoints', 'unmatched', days] as const,
  preview: (rules: unknown) => ['collection', 'touchpoints', 'preview', rules] as const,
};
