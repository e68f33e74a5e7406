import { MESSAGE_TYPES, ZCustomerSummary, ZCustomerSupport, ZEventPage as ZEventPageCore, zPage, type Customer } from '@footprint/core';
import { z } from 'zod';

/** The collection API's contracts are core's; this file adds what only the screens need. */
export { ZCustomer, ZCustomerSummary, ZEvent, ZEventPage } from '@footprint/core';
export type { Customer, CustomerSummary, EventPage, TrackedEvent } from '@footprint/core';

export const ZEventType = z.enum(MESSAGE_TYPES);
export type EventType = z.infer<typeof ZEventType>;
export const EVENT_TYPES = MESSAGE_TYPES;
export const ZCustomerPage = zPage(ZCustomerSummary);
/** A customer's timeline page: their events, and (for those who may read cases) their support cases and the replies sent to them. */
export const ZTimelinePage = ZEventPageCore.extend({ support: ZCustomerSupport.optional() });
export type TimelinePage = z.infer<typeof ZTimelinePage>;
export type TraitChange = Customer['traitHistory'][number];

export const CUSTOMER_SORTS = ['lastSeen', 'firstSeen', 'name'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface CustomerQuery {
  q?: string;
  sort: CustomerSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export interface EventFilters {
  event?: string;
  type?: EventType;
  userId?: string;
  anonymousId?: string;
  /** A touchpoint's id, or 'none' for events no touchpoint takes. */
  touchpointId?: string;
  /** ISO datetimes. */
  from?: string;
  to?: string;
}

/** One event as the live stream (`events.received`) announces it. */
export const ZLiveEvent = z.object({
  id: z.string(),
  type: ZEventType,
  event: z.string().nullish().transform((v) => v ?? null),
  userId: z.string().nullish().transform((v) => v ?? null),
  anonymousId: z.string().nullish().transform((v) => v ?? null),
  timestamp: z.string(),
  url: z.string().nullish().transform((v) => v ?? null),
  touchpointId: z.string().nullish().transform((v) => v ?? null),
});
export type LiveEvent = z.infer<typeof ZLiveEvent>;
