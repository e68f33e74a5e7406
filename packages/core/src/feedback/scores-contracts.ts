import { z } from 'zod';
import { ZCesScore, ZCsatScore, ZCsiScore, ZNpsScore, ZScoreComparison } from './contracts.js';
import { GRANULARITIES } from './periods.js';
import { RESPONSE_CHANNELS, ZResponseScore } from './response-contracts.js';

/**
 * What scores can be broken down by. `stage` (with `journeyId`) reads the touchpoint rollups and
 * merges the touchpoints of each stage of that journey map (see docs/scores.md).
 */
export const SCORE_GROUPINGS = ['touchpoint', 'channel', 'store', 'survey', 'stage'] as const;
export type ScoreGrouping = (typeof SCORE_GROUPINGS)[number];

/** A calendar day in the workspace's time zone; bounded so period arithmetic stays in real years. */
const zDay = z.iso
  .date()
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: 'A day from 2000-01-01 to 2100-12-31' });

const filters = {
  surveyId: z.uuid().optional(),
  touchpointId: z.uuid().optional(),
  channel: z.enum(RESPONSE_CHANNELS).optional(),
  storeId: z.uuid().optional(),
  from: zDay,
  to: zDay,
};
const inOrder = (q: { from: string; to: string }) => q.from <= q.to;
const inOrderIssue = { message: '`from` must not be after `to`', path: ['from'] };
/** `previous`: also the period of equal length just before, and the change to it with its significance. */
const zCompare = z.enum(['none', 'previous']).default('none');

/** Scores from the rollups: filters, a period in the workspace's days, and the series' step. */
export const ZScoresQuery = z
  .object({ ...filters, by: z.enum(GRANULARITIES).default('day'), compare: zCompare })
  .refine(inOrder, inOrderIssue);
export type ScoresQuery = z.input<typeof ZScoresQuery>;
export type ScoresQueryParsed = z.output<typeof ZScoresQuery>;

/** Scores grouped by one dimension, for the same filters and period. */
export const ZScoresBreakdownQuery = z
  .object({ ...filters, groupBy: z.enum(SCORE_GROUPINGS), compare: zCompare, journeyId: z.uuid().optional() })
  .refine(inOrder, inOrderIssue)
  .refine((q) => q.groupBy !== 'stage' || q.journeyId !== undefined, { message: 'Stages are those of a journey map: give `journeyId`', path: ['journeyId'] });
export type ScoresBreakdownQuery = z.input<typeof ZScoresBreakdownQuery>;
export type ScoresBreakdownQueryParsed = z.output<typeof ZScoresBreakdownQuery>;

/** The latest comments of negative responses (core's responseScore group), for the same filters and period. */
export const ZNegativeCommentsQuery = z
  .object({ ...filters, limit: z.coerce.number().int().min(1).max(50).default(10) })
  .refine(inOrder, inOrderIssue);
export type NegativeCommentsQuery = z.input<typeof ZNegativeCommentsQuery>;
export type NegativeCommentsQueryParsed = z.output<typeof ZNegativeCommentsQuery>;

const zScores = {
  nps: ZNpsScore.nullable(),
  csat: ZCsatScore.nullable(),
  ces: ZCesScore.nullable(),
  /** Only for one survey: its attributes and weights are its own. */
  csi: ZCsiScore.nullable(),
};
export const ZScoreSet = z.object(zScores);
export type ScoreSet = z.infer<typeof ZScoreSet>;

/** Each metric's change from the previous period; null for a metric with no answers now. */
export const ZScoreComparisons = z.object({
  nps: ZScoreComparison.nullable(),
  csat: ZScoreComparison.nullable(),
  ces: ZScoreComparison.nullable(),
  csi: ZScoreComparison.nullable(),
});
export type ScoreComparisons = z.infer<typeof ZScoreComparisons>;

const zRange = z.object({ from: z.string(), to: z.string() });

export const ZScores = z.object({
  totals: ZScoreSet,
  /** One entry per period with answers; `period` is its first day (Monday for weeks). */
  series: z.array(z.object({ period: z.string(), ...zScores })),
  /** With `compare=previous`: the period of equal length just before, its totals, and the change. */
  previous: zRange.extend({ totals: ZScoreSet, comparison: ZScoreComparisons }).optional(),
});
export type Scores = z.infer<typeof ZScores>;

export const ZGroupScores = z.object({
  /** The touchpoint, store, survey or journey stage id, or the channel; null for answers given at no touchpoint / in no store. */
  key: z.string().nullable(),
  /** The touchpoint's, store's or survey's name; null for channels (named by the client) and for deleted ones. */
  name: z.string().nullable(),
  ...zScores,
  /** With `compare=previous`. */
  comparison: ZScoreComparisons.nullable(),
});
export type GroupScores = z.infer<typeof ZGroupScores>;

export const ZScoresBreakdown = z.object({
  groupBy: z.enum(SCORE_GROUPINGS),
  from: z.string(),
  to: z.string(),
  previous: zRange.nullable(),
  /** Every group with answers in the period, most answers first. */
  items: z.array(ZGroupScores),
});
export type ScoresBreakdown = z.infer<typeof ZScoresBreakdown>;

/** When the workspace's first and latest completed responses came in (null: none yet). */
export const ZScoresCoverage = z.object({ firstAt: z.string().nullable(), lastAt: z.string().nullable() });
export type ScoresCoverage = z.infer<typeof ZScoresCoverage>;

const zNamed = z.object({ id: z.string(), name: z.string() });

export const ZNegativeComment = z.object({
  id: z.string(),
  completedAt: z.string(),
  survey: zNamed,
  touchpoint: zNamed.nullable(),
  store: zNamed.nullable(),
  channel: z.enum(RESPONSE_CHANNELS),
  language: z.enum(['vi', 'en']),
  /** The known customer (userId links to their page), or a name the respondent gave; null when anonymous. */
  customer: z.object({ userId: z.string().nullable(), name: z.string().nullable() }).nullable(),
  /** The first open-text answer, shortened as in the responses list. */
  comment: z.string(),
  /** The response's score (its first score question), the one that makes it negative. */
  score: ZResponseScore,
});
export type NegativeComment = z.infer<typeof ZNegativeComment>;
export const ZNegativeComments = z.object({ items: z.array(ZNegativeComment) });
