import { z } from 'zod';
import { zCleanString } from '../workspace/contracts.js';
import { MESSAGE_TYPES } from './segment.js';

const zJsonObject = z.record(z.string(), z.unknown());

export const ZEvent = z.object({
  id: z.string(),
  messageId: z.string(),
  type: z.enum(MESSAGE_TYPES),
  /** The event of a track, the name of a page or screen. */
  event: z.string().nullable(),
  userId: z.string().nullable(),
  anonymousId: z.string().nullable(),
  properties: zJsonObject,
  traits: zJsonObject.nullable(),
  context: zJsonObject,
  timestamp: z.string(),
  receivedAt: z.string(),
  /** The touchpoint its rules place it on; null when none takes it. */
  touchpointId: z.string().nullable(),
});
export type TrackedEvent = z.infer<typeof ZEvent>;

export const ZEventPage = z.object({ items: z.array(ZEvent), nextBefore: z.string().nullable() });
export type EventPage = z.infer<typeof ZEventPage>;

const zFilter = zCleanString().min(1).max(400).optional();
export const ZEventQuery = z.object({
  userId: zFilter,
  anonymousId: zFilter,
  event: zFilter,
  type: z.enum(MESSAGE_TYPES).optional(),
  /** A touchpoint's id, or `none` for the events no touchpoint takes. */
  touchpointId: z.union([z.uuid(), z.literal('none')]).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  /** Opaque cursor: the nextBefore of the previous page. */
  before: z.string().max(200).optional(),
});
export type EventQuery = z.infer<typeof ZEventQuery>;
export const ZTimelineQuery = ZEventQuery.pick({ limit: true, before: true });

export const ZCustomerSummary = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  province: z.string().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  eventCount: z.number().int(),
});
export type CustomerSummary = z.infer<typeof ZCustomerSummary>;

export const ZCustomerQuery = z.object({
  q: zCleanString().max(200).optional(),
  sort: z.enum(['lastSeen', 'firstSeen', 'name']).default('lastSeen'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type CustomerQuery = z.infer<typeof ZCustomerQuery>;

export const ZCustomer = ZCustomerSummary.omit({ eventCount: true }).extend({
  gender: z.string().nullable(),
  birthday: z.string().nullable(),
  traits: zJsonObject,
  counts: z.object({ events: z.number().int(), pages: z.number().int(), tracks: z.number().int(), identifies: z.number().int() }),
  identities: z.object({ userIds: z.array(z.string()), anonymousIds: z.array(z.string()) }),
  traitHistory: z.array(z.object({ trait: z.string(), value: z.unknown(), observedAt: z.string() })),
});
export type Customer = z.infer<typeof ZCustomer>;

/** A customer is addressed by the business's own user id, in the path. */
export const ZCustomerParams = z.object({ userId: zCleanString().min(1).max(400) });
