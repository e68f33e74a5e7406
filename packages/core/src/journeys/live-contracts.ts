import { z } from 'zod';
import { ZCesScore, ZCsatScore, ZNpsScore, ZScoreComparison } from '../feedback/contracts.js';

/** A calendar day in the workspace's time zone. */
const zDay = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: 'A day from 2000-01-01 to 2100-12-31' });

/**
 * The live layer of a map for a period (workspace days, inclusive) and optionally one persona's
 * customers. `compare=previous` also reads the period of equal length just before, for trends.
 */
export const ZJourneyLiveQuery = z
  .object({ from: zDay, to: zDay, personaId: z.uuid().optional() })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] });
export type JourneyLiveQuery = z.input<typeof ZJourneyLiveQuery>;

/** How a touchpoint stands against its target: met, within 10% of the scale below it, below, or no target/answers. */
export const TARGET_STATUSES = ['met', 'near', 'missed', 'none'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export const ZLiveTouchpoint = z.object({
  /** The map item's id (a touchpoint may sit on a map more than once). */
  itemId: z.string(),
  touchpointId: z.string(),
  /** Distinct customers (identified, or anonymous visitors) with an event there in the period. */
  customers: z.number().int(),
  events: z.number().int(),
  nps: ZNpsScore.nullable(),
  csat: ZCsatScore.nullable(),
  ces: ZCesScore.nullable(),
  /** Changes against the previous period of equal length, one per score that has answers in either. */
  changes: z.array(ZScoreComparison),
  /** Completed responses there with a negative score, over all completed scored responses; null without any. */
  negativeShare: z.number().min(0).max(1).nullable(),
  responses: z.number().int(),
  target: z.enum(TARGET_STATUSES),
});
export type LiveTouchpoint = z.infer<typeof ZLiveTouchpoint>;

export const ZLiveStage = z.object({
  stageId: z.string(),
  /** Customers with an event at any of the stage's touchpoints in the period. */
  customers: z.number().int(),
  /** Of those, the ones who later (within the period) reached the next stage; null for the last stage. */
  toNext: z.number().int().nullable(),
  /** toNext / customers; null when nobody reached the stage or it is the last. */
  conversion: z.number().min(0).max(1).nullable(),
  dropOff: z.number().min(0).max(1).nullable(),
  /**
   * Median hours from a customer's first event in this stage to their first event in the next, over
   * the customers whose first event there came after their first here (one who looked at the next
   * stage first and came back counts in toNext, not in this median).
   */
  medianHoursToNext: z.number().nonnegative().nullable(),
  /**
   * The emotion customers reported here, on the designed curve's −2..+2 scale: the mean of every
   * scored answer at the stage's touchpoints, each mapped from 0..100 (core's measuredEmotion). Null without answers.
   */
  measuredEmotion: z.number().min(-2).max(2).nullable(),
  /** The NPS, CSAT and CES answers behind measuredEmotion. */
  responses: z.number().int(),
});
export type LiveStage = z.infer<typeof ZLiveStage>;

export const ZComplaint = z.object({ text: z.string(), count: z.number().int() });

export const ZWeakTouchpoint = z.object({
  itemId: z.string(),
  touchpointId: z.string(),
  stageId: z.string(),
  /** Higher is weaker; the ranking's inputs are in `evidence`. */
  weakness: z.number(),
  evidence: z.object({
    /** The touchpoint's main score (the target's metric, else NPS, CSAT, CES — the first with answers). */
    score: z.object({ metric: z.enum(['nps', 'csat', 'ces']), value: z.number(), n: z.number().int(), change: ZScoreComparison.nullable() }).nullable(),
    customers: z.number().int(),
    negativeShare: z.number().nullable(),
    /** Drop-off from this touchpoint's stage to the next. */
    dropOff: z.number().nullable(),
    target: z.enum(TARGET_STATUSES),
    /** What unhappy customers said most: the most frequent answers to choice questions and phrases of open answers. */
    complaints: z.array(ZComplaint).max(5),
  }),
});
export type WeakTouchpoint = z.infer<typeof ZWeakTouchpoint>;

export const ZJourneyLive = z.object({
  from: z.string(),
  to: z.string(),
  persona: z.object({ id: z.string(), name: z.string(), customers: z.number().int() }).nullable(),
  touchpoints: z.array(ZLiveTouchpoint),
  stages: z.array(ZLiveStage),
  /** Ranked, weakest first; only touchpoints with evidence (customers or answers) in the period. */
  weakest: z.array(ZWeakTouchpoint).max(10),
});
export type JourneyLive = z.infer<typeof ZJourneyLive>;
