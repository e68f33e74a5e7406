import { CES_EASY_MIN, CES_MAX, CES_MIN } from './ces.js';
import { CSAT_MAX, CSAT_MIN, CSAT_SATISFIED_MIN } from './csat.js';
import { NPS_DETRACTOR_MAX, NPS_MAX, NPS_MIN, NPS_PROMOTER_MIN } from './nps.js';
import type { Answers, Question, SurveyDefinition } from './survey.js';

/**
 * One response's score, for finding answers (the responses screen, exports, the customer's
 * timeline): its first score question's answer, and the group that answer falls in. Scores of a
 * population come from the rollups, never from these.
 */

/** Bump when the rules below change: saved responses with an older version are scored again by a job. */
export const RESPONSE_SCORE_VERSION = 1;

export const NPS_GROUPS = ['detractor', 'passive', 'promoter'] as const;
export type NpsGroup = (typeof NPS_GROUPS)[number];

/** How the respondent felt, whatever the scale: lets a manager find unhappy answers of any survey. */
export const SCORE_GROUPS = ['negative', 'neutral', 'positive'] as const;
export type ScoreGroup = (typeof SCORE_GROUPS)[number];

/** CSAT 1–2 (dissatisfied) is negative, 3 neutral, 4–5 (CSAT_SATISFIED_MIN) positive. */
export const CSAT_NEGATIVE_MAX = 2;
/** CES 1–3 (found it hard) is negative, 4 neutral, 5–7 (CES_EASY_MIN) positive. */
export const CES_NEGATIVE_MAX = 3;
/**
 * Ratings and CSI on 0..100: below 50 is negative, 75 and above positive. On a 1–5 scale that is
 * 1–2 negative, 3 neutral, 4–5 positive, as CSAT.
 */
export const NORMALISED_NEGATIVE_BELOW = 50;
export const NORMALISED_POSITIVE_MIN = 75;
/** CSI attributes are rated 1..5. */
export const CSI_RATING_MIN = 1;
export const CSI_RATING_MAX = 5;

export const SCORED_TYPES = ['nps', 'csat', 'ces', 'csi', 'rating'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

export interface ResponseScore {
  metric: ScoredType;
  questionId: string;
  /** The answer as given (CSI: the weighted mean of its attributes on 0..100). */
  value: number;
  min: number;
  max: number;
  /** The answer on 0..100, so answers on different scales sort together. */
  normalised: number;
  group: ScoreGroup;
  /** Only for NPS answers. */
  npsGroup: NpsGroup | null;
}

export function npsGroupOf(value: number): NpsGroup {
  if (value >= NPS_PROMOTER_MIN) return 'promoter';
  return value <= NPS_DETRACTOR_MAX ? 'detractor' : 'passive';
}

const fromNps: Record<NpsGroup, ScoreGroup> = { detractor: 'negative', passive: 'neutral', promoter: 'positive' };

const normalise = (value: number, min: number, max: number) => (max === min ? 100 : (100 * (value - min)) / (max - min));

function groupOfNormalised(n: number): ScoreGroup {
  if (n < NORMALISED_NEGATIVE_BELOW) return 'negative';
  return n >= NORMALISED_POSITIVE_MIN ? 'positive' : 'neutral';
}

/** The scale an answer to a score question is given on. */
export function scaleOf(q: Question): { min: number; max: number } | null {
  switch (q.type) {
    case 'nps':
      return { min: NPS_MIN, max: NPS_MAX };
    case 'csat':
      return { min: CSAT_MIN, max: CSAT_MAX };
    case 'ces':
      return { min: CES_MIN, max: CES_MAX };
    case 'rating':
      return { min: 1, max: q.max };
    case 'csi':
      return { min: 0, max: 100 };
    default:
      return null;
  }
}

/** The score of one answer to one question, or null when it is not a valid score answer. */
export function scoreOfAnswer(q: Question, a: Answers[string] | undefined): ResponseScore | null {
  if (a === undefined) return null;
  const scale = scaleOf(q);
  if (!scale) return null;
  const base = { metric: q.type as ScoredType, questionId: q.id, min: scale.min, max: scale.max };
  if (q.type === 'csi') {
    if (typeof a !== 'object' || Array.isArray(a) || !('ratings' in a)) return null;
    let weighted = 0;
    let weights = 0;
    for (const attr of q.attributes) {
      const r = a.ratings[attr.key];
      if (r === undefined) continue;
      weighted += attr.weight * normalise(r, CSI_RATING_MIN, CSI_RATING_MAX);
      weights += attr.weight;
    }
    if (weights === 0) return null;
    const value = weighted / weights;
    return { ...base, value, normalised: value, group: groupOfNormalised(value), npsGroup: null };
  }
  if (typeof a !== 'number' || !Number.isInteger(a) || a < scale.min || a > scale.max) return null;
  const normalised = normalise(a, scale.min, scale.max);
  if (q.type === 'nps') {
    const npsGroup = npsGroupOf(a);
    return { ...base, value: a, normalised, group: fromNps[npsGroup], npsGroup };
  }
  let group: ScoreGroup;
  if (q.type === 'csat') group = a <= CSAT_NEGATIVE_MAX ? 'negative' : a >= CSAT_SATISFIED_MIN ? 'positive' : 'neutral';
  else if (q.type === 'ces') group = a <= CES_NEGATIVE_MAX ? 'negative' : a >= CES_EASY_MIN ? 'positive' : 'neutral';
  else group = groupOfNormalised(normalised);
  return { ...base, value: a, normalised, group, npsGroup: null };
}

/**
 * A response's score: its first answered score question, in the survey's order. Its NPS group
 * comes from its first answered NPS question, wherever that stands, so "detractors" finds every
 * response that gave a 0–6.
 */
export function responseScore(d: Pick<SurveyDefinition, 'questions'>, answers: Answers): ResponseScore | null {
  let first: ResponseScore | null = null;
  let nps: ResponseScore | null = null;
  for (const q of d.questions) {
    const s = scoreOfAnswer(q, answers[q.id]);
    if (!s) continue;
    first ??= s;
    if (s.metric === 'nps') nps ??= s;
    if (first && nps) break;
  }
  if (!first) return null;
  return { ...first, npsGroup: nps?.npsGroup ?? null };
}
