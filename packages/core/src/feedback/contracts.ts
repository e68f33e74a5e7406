import { z } from 'zod';
import { CES_MAX, CES_MIN } from './ces.js';
import { CSAT_MAX, CSAT_MIN } from './csat.js';
import { NPS_MAX, NPS_MIN } from './nps.js';

/** One answer as it arrives, for request schemas; addX refuses the same values with a RangeError. */
export const ZNpsAnswer = z.number().int().min(NPS_MIN).max(NPS_MAX);
export const ZCsatAnswer = z.number().int().min(CSAT_MIN).max(CSAT_MAX);
export const ZCesAnswer = z.number().int().min(CES_MIN).max(CES_MAX);

// Aggregates as they are stored (jsonb rollups) — parse what is read back, never cast it.

const zCount = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const zCounts = (min: number, max: number) => z.array(zCount).length(max - min + 1);

/** NPS answers counted per value: `counts[v]` answers of v, for v = 0..10. */
export const ZNpsCounts = z.object({ counts: zCounts(NPS_MIN, NPS_MAX) });
export type NpsCounts = z.infer<typeof ZNpsCounts>;

/** CSAT answers counted per value: `counts[v - 1]` answers of v, for v = 1..5. */
export const ZCsatCounts = z.object({ counts: zCounts(CSAT_MIN, CSAT_MAX) });
export type CsatCounts = z.infer<typeof ZCsatCounts>;

/** CES answers counted per value: `counts[v - 1]` answers of v, for v = 1..7. */
export const ZCesCounts = z.object({ counts: zCounts(CES_MIN, CES_MAX) });
export type CesCounts = z.infer<typeof ZCesCounts>;

/** One CSI attribute's ratings, each normalised to 0..100: how many, their sum and sum of squares. */
export const ZCsiAttributeSums = z
  .object({ count: zCount, sum: z.number().nonnegative(), sumSq: z.number().nonnegative() })
  .refine((a) => a.sum <= 100 * a.count * (1 + 1e-9) && a.sumSq <= 10_000 * a.count * (1 + 1e-9), {
    message: 'sums exceed what count ratings of at most 100 can reach',
  });
export type CsiAttributeSums = z.infer<typeof ZCsiAttributeSums>;

/** "__proto__" is refused: JSON objects and zod records cannot carry it as an ordinary key. */
export const ZCsiAttributeKey = z
  .string()
  .min(1)
  .max(100)
  .refine((key) => key !== '__proto__', { message: '"__proto__" cannot be an attribute key' });

/**
 * CSI ratings per attribute key. Weights are not stored: they are applied when the score is read.
 * A "__proto__" key is refused before parsing, as zod's record would silently drop it.
 */
export const ZCsiAggregate = z
  .unknown()
  .refine((raw) => !(typeof raw === 'object' && raw !== null && 'attributes' in raw && hasOwnProto(raw.attributes)), {
    message: '"__proto__" cannot be an attribute key',
  })
  .pipe(z.object({ attributes: z.record(ZCsiAttributeKey, ZCsiAttributeSums) }));
export type CsiAggregate = z.infer<typeof ZCsiAggregate>;

function hasOwnProto(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__');
}

// Scores as the API returns them. Full precision; round with roundScore for display only.

/** A 95% confidence interval on the score's own scale. */
export const ZInterval = z.object({ low: z.number(), high: z.number() });
export type Interval = z.infer<typeof ZInterval>;

const scoreBase = {
  /** Null when there are no answers. */
  score: z.number().nullable(),
  /** Answers behind the score (for CSI: the fewest any included attribute has). */
  n: zCount,
  /** 95% interval; null when it cannot be estimated (see each score function). */
  ci: ZInterval.nullable(),
  /** Standard error of the score, on its scale; null for fewer than 2 answers. */
  se: z.number().nonnegative().nullable(),
};
const zPct = z.number().min(0).max(100).nullable();

export const ZNpsScore = z.object({
  kind: z.literal('nps'),
  ...scoreBase,
  promoters: zCount,
  passives: zCount,
  detractors: zCount,
  promoterPct: zPct,
  passivePct: zPct,
  detractorPct: zPct,
});
export type NpsScore = z.infer<typeof ZNpsScore>;

export const ZCsatScore = z.object({ kind: z.literal('csat'), ...scoreBase, satisfied: zCount });
export type CsatScore = z.infer<typeof ZCsatScore>;

export const ZCesScore = z.object({
  kind: z.literal('ces'),
  ...scoreBase,
  /** Sample standard deviation (n − 1); null for fewer than 2 answers. */
  sd: z.number().nonnegative().nullable(),
  /** Share of answers that are "easy" (CES_EASY_MIN or above). */
  easyPct: zPct,
});
export type CesScore = z.infer<typeof ZCesScore>;

export const ZCsiAttributeScore = z.object({
  key: ZCsiAttributeKey,
  n: zCount,
  /** Mean rating on 0..100. */
  mean: z.number().min(0).max(100),
  /** The attribute's share of the score after renormalising over answered attributes (sums to 1). */
  weight: z.number().min(0).max(1),
});
export type CsiAttributeScore = z.infer<typeof ZCsiAttributeScore>;

export const ZCsiScore = z.object({ kind: z.literal('csi'), ...scoreBase, attributes: z.array(ZCsiAttributeScore) });
export type CsiScore = z.infer<typeof ZCsiScore>;

export const ZScore = z.discriminatedUnion('kind', [ZNpsScore, ZCsatScore, ZCesScore, ZCsiScore]);
export type Score = z.infer<typeof ZScore>;
export type ScoreKind = Score['kind'];

export const ZScoreComparison = z.object({
  kind: z.enum(['nps', 'csat', 'ces', 'csi']),
  current: z.number().nullable(),
  previous: z.number().nullable(),
  /** current − previous, in the score's units (points of NPS, percentage points of CSAT…). */
  delta: z.number().nullable(),
  /** The test statistic; null when it cannot be computed (too few answers, or no spread at all). */
  z: z.number().nullable(),
  /** |z| > 1.96: the change is unlikely (p < 0.05) to be noise. */
  significant: z.boolean(),
});
export type ScoreComparison = z.infer<typeof ZScoreComparison>;
