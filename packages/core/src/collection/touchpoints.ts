import { z } from 'zod';
import { nfc } from '../text/normalize.js';
import { zCleanString, zText } from '../workspace/contracts.js';
import { MESSAGE_TYPES } from './segment.js';

/**
 * A touchpoint is where a customer meets the business (the product page, the store counter, the
 * hotline). Its rules say which events happened there; every event is placed on the first
 * touchpoint (in the workspace's order) whose rules it meets, at ingestion and again whenever the
 * rules change.
 */

/** Where a touchpoint is: online (web, app, email, social) or offline (store, hotline, delivery, POS). */
export const CHANNELS = ['web', 'app', 'email', 'social', 'facebook', 'zalo', 'chat', 'store', 'hotline', 'delivery', 'pos', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OFFLINE_CHANNELS: readonly Channel[] = ['store', 'hotline', 'delivery', 'pos'];

export const CONDITION_OPS = ['eq', 'neq', 'contains', 'exists', 'gt', 'gte', 'lt', 'lte'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

const zValue = z.union([zCleanString().max(400), z.number().finite(), z.boolean()]);

export const ZTouchpointCondition = z
  .object({
    /** A property, dot-separated for nested objects: `sku`, `product.category`. */
    property: zCleanString()
      .max(200)
      .regex(/^[^.\s][^\s]*$/, 'A property name, dot-separated for nested ones')
      .transform(nfc),
    op: z.enum(CONDITION_OPS),
    value: zValue.optional(),
  })
  .refine((c) => c.op === 'exists' || c.value !== undefined, { message: 'This condition needs a value', path: ['value'] });
export type TouchpointCondition = z.infer<typeof ZTouchpointCondition>;

export const ZTouchpointRules = z
  .object({
    /** Message types it takes (track, page, screen…); none listed means any. */
    types: z.array(z.enum(MESSAGE_TYPES)).max(6).default([]),
    /** The event (or page/screen name) is one of these; case and diacritics are ignored. */
    events: z.array(zText(200)).max(50).default([]),
    /**
     * The page URL matches this pattern, `*` standing for any text. A pattern that starts with `/`
     * is matched against the path (`/san-pham/*`), any other against the whole URL.
     */
    urlPattern: zText(400).nullable().default(null),
    /** The event came through one of these channels (`context.channel`; pages count as web, screens as app). */
    channels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]),
    /** Every condition must hold. */
    conditions: z.array(ZTouchpointCondition).max(20).default([]),
  })
  .refine((r) => r.events.length + r.channels.length + r.conditions.length + r.types.length > 0 || r.urlPattern !== null, {
    message: 'A touchpoint needs at least one rule, or it would take every event',
    path: ['events'],
  });
export type TouchpointRules = z.infer<typeof ZTouchpointRules>;
export type TouchpointRulesInput = z.input<typeof ZTouchpointRules>;

// Matching is zod-free (touchpoint-match.ts), so the browser SDK's widget places events exactly as the server does.
export * from './touchpoint-match.js';

// ---- API contracts ----

const ZId = z.uuid();

export const ZTouchpointInput = z.object({
  name: zText(120),
  description: zText(1000).nullable().default(null),
  channel: z.enum(CHANNELS),
  rules: ZTouchpointRules,
});
export type TouchpointInput = z.input<typeof ZTouchpointInput>;
export const ZTouchpointPatch = z.object({
  name: zText(120),
  description: zText(1000).nullable(),
  channel: z.enum(CHANNELS),
  rules: ZTouchpointRules,
}).partial();

/** Rules as stored and returned (already normalised). */
export const ZStoredRules = z.object({
  types: z.array(z.enum(MESSAGE_TYPES)),
  events: z.array(z.string()),
  urlPattern: z.string().nullable(),
  channels: z.array(z.enum(CHANNELS)),
  conditions: z.array(z.object({ property: z.string(), op: z.enum(CONDITION_OPS), value: z.union([z.string(), z.number(), z.boolean()]).optional() })),
});

export const ZTouchpoint = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  channel: z.enum(CHANNELS),
  rules: ZStoredRules,
  position: z.number().int(),
  /** Events placed on it in the last 30 days. */
  events30d: z.number().int(),
  lastEventAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Touchpoint = z.infer<typeof ZTouchpoint>;

export const ZPlacementStatus = z.object({
  /** The job re-placing past events after the latest change, while it runs. */
  jobId: z.string().nullable(),
  state: z.enum(['idle', 'queued', 'running', 'failed']),
  progress: z.number().min(0).max(1),
});
export type PlacementStatus = z.infer<typeof ZPlacementStatus>;

export const ZTouchpointList = z.object({
  items: z.array(ZTouchpoint),
  placement: ZPlacementStatus,
  /** Events (tracks, pages, screens) of the last 30 days that no touchpoint takes. */
  unmatched30d: z.number().int(),
});
export type TouchpointList = z.infer<typeof ZTouchpointList>;

export const ZTouchpointParams = z.object({ id: ZId });
/** Touchpoints to put first, in this order; the rest keep their order after them. */
export const ZTouchpointOrder = z.object({
  ids: z
    .array(ZId)
    .min(1)
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, 'Each touchpoint may be listed once'),
});

export const ZTouchpointPreviewInput = z.object({ rules: ZTouchpointRules });
export const ZTouchpointPreview = z.object({
  /** How many of the recent events looked at the rules take. */
  matched: z.number().int(),
  examined: z.number().int(),
  samples: z.array(z.object({ type: z.string(), event: z.string().nullable(), url: z.string().nullable(), timestamp: z.string() })),
});
export type TouchpointPreview = z.infer<typeof ZTouchpointPreview>;

export const ZUnmatchedQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30),
});
export const ZUnmatchedGroup = z.object({
  type: z.string(),
  event: z.string().nullable(),
  path: z.string().nullable(),
  channel: z.string().nullable(),
  count: z.number().int(),
  lastSeen: z.string(),
});
export const ZUnmatchedList = z.object({ items: z.array(ZUnmatchedGroup), total: z.number().int() });
export type UnmatchedGroup = z.infer<typeof ZUnmatchedGroup>;
