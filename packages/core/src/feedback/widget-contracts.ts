import { z } from 'zod';
import { zCleanString, zText } from '../workspace/contracts.js';
import { SURVEY_LANGUAGES, ZAnswer } from './survey.js';
import { DEFAULT_FREQUENCY_CAP_DAYS } from './widget-logic.js';

/** Where the widget opens: a corner card, or a dialog in the middle of the page. Phones always get a bottom sheet. */
export const WIDGET_POSITIONS = ['bottom-right', 'bottom-left', 'center'] as const;
export type WidgetPosition = (typeof WIDGET_POSITIONS)[number];

const ZId = z.uuid();

/**
 * When the widget asks. The URL pattern limits the pages; the moments (events, touchpoints, time
 * on page, exit intent) say when on those pages — any one of them is enough. With no moment at all
 * it asks as soon as a matching page opens.
 */
export const ZWidgetTriggers = z.object({
  /** `footprint.track` event names; case and diacritics ignored. */
  events: z.array(zText(200)).max(20).default([]),
  /** An event placed on one of these touchpoints (they must be the survey's own). */
  touchpointIds: z.array(ZId).max(20).default([]),
  /** `*` is any text; starting with `/` it is matched against the path, else the whole URL. */
  urlPattern: zText(400).nullable().default(null),
  /** After this many seconds on a matching page. */
  delaySeconds: z.number().int().min(1).max(3600).nullable().default(null),
  /** When the mouse leaves the top of the window (desktop). */
  exitIntent: z.boolean().default(false),
});
export type WidgetTriggers = z.infer<typeof ZWidgetTriggers>;

export const ZWidgetSettings = z.object({
  enabled: z.boolean().default(false),
  triggers: ZWidgetTriggers.default({ events: [], touchpointIds: [], urlPattern: null, delaySeconds: null, exitIntent: false }),
  /** Of the visitors a moment comes to, the share who are asked (0..100, tenths allowed). */
  samplingPercent: z.number().min(0).max(100).default(100),
  position: z.enum(WIDGET_POSITIONS).default('bottom-right'),
});
export type WidgetSettings = z.infer<typeof ZWidgetSettings>;
export type WidgetSettingsInput = z.input<typeof ZWidgetSettings>;
export const DEFAULT_WIDGET_SETTINGS: WidgetSettings = ZWidgetSettings.parse({});

/** Settings as stored and returned (already normalised; response schemas carry no transforms). */
export const ZStoredWidgetSettings = z.object({
  enabled: z.boolean(),
  triggers: z.object({
    events: z.array(z.string()),
    touchpointIds: z.array(z.string()),
    urlPattern: z.string().nullable(),
    delaySeconds: z.number().int().nullable(),
    exitIntent: z.boolean(),
  }),
  samplingPercent: z.number(),
  position: z.enum(WIDGET_POSITIONS),
});

/** A survey's widget: its settings and how it went over the last 30 days. */
export const ZSurveyWidget = z.object({
  settings: ZStoredWidgetSettings,
  stats: z.object({
    days: z.number().int(),
    /** Times the widget was shown, closed without answering, and answered to the end. */
    shown: z.number().int(),
    dismissed: z.number().int(),
    answered: z.number().int(),
  }),
});
export type SurveyWidget = z.infer<typeof ZSurveyWidget>;

/** Workspace-wide feedback settings. */
export const ZFeedbackSettings = z.object({
  /** Never ask the same person more than once in this many days, across all surveys; 0 = no limit. */
  frequencyCapDays: z.number().int().min(0).max(365),
});
export type FeedbackSettings = z.infer<typeof ZFeedbackSettings>;
export const ZFeedbackSettingsPatch = ZFeedbackSettings.partial();
export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = { frequencyCapDays: DEFAULT_FREQUENCY_CAP_DAYS };

// ---- what the SDK reads and sends (public, authenticated by the write key) ----

const zWriteKey = z.string().min(8).max(200).regex(/^[A-Za-z0-9_-]+$/);
/** Ids the SDK makes up (anonymousId) or the site gives (userId): text, bounded. */
const zVisitorId = zCleanString().min(1).max(200);

export const ZWidgetConfigQuery = z.object({ writeKey: zWriteKey });

/** One survey as the widget needs it: its triggers, and a definition trimmed to what it renders. */
export const ZWidgetSurvey = z.object({
  id: z.string(),
  triggers: ZStoredWidgetSettings.shape.triggers,
  samplingPercent: z.number(),
  position: z.enum(WIDGET_POSITIONS),
  /** The survey's touchpoints: an answer lands on one of them. */
  touchpointIds: z.array(z.string()),
  definition: z.record(z.string(), z.unknown()),
});
export type WidgetSurvey = z.infer<typeof ZWidgetSurvey>;

export const ZWidgetConfig = z.object({
  /** The workspace's frequency cap in days (0 = none). */
  capDays: z.number().int(),
  surveys: z.array(ZWidgetSurvey),
});
export type WidgetConfig = z.infer<typeof ZWidgetConfig>;

/**
 * The moment that made a survey due, as the server needs it to place it on a touchpoint (with the
 * workspace's live rules, as ingestion does): `event` when its name is a trigger, `touchpoint` when
 * it may be placed on a trigger touchpoint (the server decides), `page` for the page itself (URL,
 * time on page, exit intent).
 */
export const ZWidgetMoment = z.object({
  kind: z.enum(['event', 'touchpoint', 'page']),
  type: z.enum(['track', 'page']),
  event: zCleanString().max(200).nullable().default(null),
  properties: z.record(z.string().max(200), z.unknown()).refine((p) => JSON.stringify(p).length <= 16_000, 'Too large').default({}),
  url: z.string().max(2000),
  path: z.string().max(2000),
});
export type WidgetMoment = z.infer<typeof ZWidgetMoment>;

export const ZWidgetImpressionInput = z.object({
  writeKey: zWriteKey,
  surveyId: ZId,
  anonymousId: zVisitorId,
  userId: zVisitorId.optional(),
  moment: ZWidgetMoment.optional(),
});
export type WidgetImpressionInput = z.input<typeof ZWidgetImpressionInput>;

export const ZWidgetImpression = z.union([
  /** `touchpointId`: where the answer lands (the moment's touchpoint when the survey listens there, else its only one). */
  z.object({ show: z.literal(true), impressionId: z.string(), touchpointId: z.string().nullable() }),
  z.object({
    show: z.literal(false),
    /** capped: asked within the cap (askedAt says when); sampled_out: not in the sample; not_due: the event is not at a trigger touchpoint. */
    reason: z.enum(['capped', 'sampled_out', 'not_due']),
    askedAt: z.string().optional(),
  }),
]);
export type WidgetImpression = z.infer<typeof ZWidgetImpression>;

export const ZWidgetDismissInput = z.object({ writeKey: zWriteKey });
export const ZWidgetImpressionParams = z.object({ id: ZId });

export const ZWidgetResponseInput = z.object({
  writeKey: zWriteKey,
  surveyId: ZId,
  /** Chosen by the browser, so retried saves land on the same response. */
  responseId: ZId,
  impressionId: ZId.optional(),
  answers: z.record(z.string().max(40), ZAnswer).refine((a) => Object.keys(a).length <= 50, 'Too many answers'),
  language: z.enum(SURVEY_LANGUAGES).default('vi'),
  complete: z.boolean().default(false),
  touchpointId: ZId.optional(),
  anonymousId: zVisitorId,
  userId: zVisitorId.optional(),
});
export type WidgetResponseInput = z.input<typeof ZWidgetResponseInput>;
