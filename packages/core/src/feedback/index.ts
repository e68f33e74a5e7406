/**
 * Feedback scores: NPS, CSAT, CES and CSI, computed from small aggregates that add up.
 *
 * Dashboards read rollups kept at write time (per touchpoint per day), so every score is a function
 * of an aggregate, never of the raw answers: `emptyX()`, `addX(agg, value)` (a new aggregate;
 * throws a RangeError for a value that is not an integer on the scale), `mergeX(a, b)` (addition:
 * days add up to a month) and `xScore(agg)`. Every score is `{ kind, score, n, ci, se, …parts }`
 * with `score` null when there are no answers and full precision throughout; round with
 * `roundScore` for display, flag small samples with `isTooFewAnswers` (n < MIN_SAMPLE = 30).
 *
 * - **NPS** (Reichheld, HBR 2003; Bain & Company): % promoters (9–10) − % detractors (0–6), on
 *   −100..100. Aggregate: counts of each answer 0..10. 95% interval: normal, with the variance of
 *   the +1/0/−1 per-answer score, (p_pro + p_det − (p_pro − p_det)²)/n; from 2 answers; clamped.
 * - **CSAT**: % of answers 4–5 on 1..5. Aggregate: counts per answer. 95% interval: Wilson score
 *   interval (Wilson, JASA 1927), which behaves at small n and near 0% or 100%.
 * - **CES**: mean answer on 1..7 (higher is easier), plus % easy (5–7). Aggregate: counts per
 *   answer, giving mean and variance exactly. 95% interval: Student's t, n − 1 df; from 2 answers.
 * - **CSI**: weighted mean of attribute means, each rating normalised to 0..100; attributes with
 *   no answers are left out and the weights renormalised. Aggregate: per attribute count, sum and
 *   sum of squares of the normalised rating; weights are given at score time. 95% interval: t with
 *   a standard error that holds whatever the correlation between attributes (see csi.ts).
 *
 * `compareScores(current, previous)` gives the delta and a 5% two-sided z-test (pooled
 * two-proportion test for CSAT). The `Z…` schemas validate incoming answers (`ZNpsAnswer`…),
 * aggregates read from jsonb (`ZNpsCounts`…) and scores sent over the API (`ZScore`).
 * `periods.ts` holds the dashboards' calendar (periods, presets, the previous range of equal
 * length); `scoreSet` and `compareSets` score and compare sums of rollups.
 */
export * from './contracts.js';
export * from './stats.js';
export * from './nps.js';
export * from './csat.js';
export * from './ces.js';
export * from './csi.js';
export * from './compare.js';
export * from './display.js';
export * from './survey.js';
export * from './survey-contracts.js';
export * from './templates.js';
export * from './rollup.js';
export * from './scores-contracts.js';
export * from './kiosk.js';
export * from './poster.js';
export * from './response-score.js';
export * from './response-contracts.js';
export * from './response-view.js';
export * from './widget-logic.js';
export * from './widget-contracts.js';
export * from './email-template.js';
export * from './email-contracts.js';
export * from './invite-contracts.js';
export * from './recipient-list.js';
export * from './answer-text.js';
export * from './periods.js';
export * from './score-set.js';
