import { z } from 'zod';
import { ZCesScore, ZCsatScore, ZCsiScore, ZNpsScore } from './contracts.js';

const zDay = z.iso.date();

/** Scores from the rollups: filters, a period in the workspace's days, and the series' step. */
export const ZScoresQuery = z
  .object({
    surveyId: z.uuid().optional(),
    touchpointId: z.uuid().optional(),
    channel: z.enum(['link', 'widget', 'kiosk', 'email', 'qr']).optional(),
    from: zDay,
    to: zDay,
    by: z.enum(['day', 'week', 'month']).default('day'),
  })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['from'] });
export type ScoresQuery = z.input<typeof ZScoresQuery>;

const zScores = {
  nps: ZNpsScore.nullable(),
  csat: ZCsatScore.nullable(),
  ces: ZCesScore.nullable(),
  /** Only for one survey: its attributes and weights are its own. */
  csi: ZCsiScore.nullable(),
};

export const ZScores = z.object({
  totals: z.object(zScores),
  /** One entry per period with answers; `period` is its first day (Monday for weeks). */
  series: z.array(z.object({ period: z.string(), ...zScores })),
});
export type Scores = z.infer<typeof ZScores>;
