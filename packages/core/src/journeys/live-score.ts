import { cesScore, CES_MAX, CES_MIN, emptyCes } from '../feedback/ces.js';
import { compareScores } from '../feedback/compare.js';
import type { CesScore, CsatScore, NpsScore, ScoreComparison } from '../feedback/contracts.js';
import { csatScore, emptyCsat } from '../feedback/csat.js';
import { emptyNps, npsScore, NPS_SCORE_MAX, NPS_SCORE_MIN } from '../feedback/nps.js';
import { foldForSearch, nfc } from '../text/normalize.js';
import { EMOTION_MAX, EMOTION_MIN, stageTouchpoints, type JourneyDoc, type TargetMetric, type TouchpointTarget } from './contracts.js';
import type { TargetStatus, WeakTouchpoint } from './live-contracts.js';

/*
 * The pure pieces of the journey live layer, shared by the SQL side (apps/server journeys/live) and
 * the in-memory reference (live-reference.ts), so both apply one set of rules.
 */

export interface LiveScores {
  nps: NpsScore | null;
  csat: CsatScore | null;
  ces: CesScore | null;
}

/** Each target metric's score range: "near" is within NEAR_TARGET_SHARE of it below the target. */
export const TARGET_SCALE: Record<TargetMetric, { min: number; max: number }> = {
  nps: { min: NPS_SCORE_MIN, max: NPS_SCORE_MAX },
  csat: { min: 0, max: 100 },
  ces: { min: CES_MIN, max: CES_MAX },
};
export const NEAR_TARGET_SHARE = 0.1;

/**
 * How a measured score stands against its target: met (at or above), near (below by at most 10%
 * of the metric's scale: 20 NPS points, 10 CSAT points, 0.6 on CES), missed, or none (no target,
 * or no answers for the target's metric in the period).
 */
export function targetStatus(target: TouchpointTarget | null, scores: LiveScores): TargetStatus {
  if (!target) return 'none';
  const value = scores[target.metric]?.score ?? null;
  if (value === null) return 'none';
  if (value >= target.min) return 'met';
  const { min, max } = TARGET_SCALE[target.metric];
  return value >= target.min - NEAR_TARGET_SHARE * (max - min) ? 'near' : 'missed';
}

/** An answer on 0..100 (its place on its scale) as an emotion on the designed curve's −2..+2. */
export function measuredEmotion(normalised: number): number {
  const clamped = Math.min(100, Math.max(0, normalised));
  return EMOTION_MIN + ((EMOTION_MAX - EMOTION_MIN) * clamped) / 100;
}

/** The scale of a touchpoint score question's answers (what measuredEmotion normalises). */
export const ANSWER_SCALE = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } } as const;
export type LiveMetric = keyof typeof ANSWER_SCALE;
export const LIVE_METRICS: readonly LiveMetric[] = ['nps', 'csat', 'ces'];

/** An answer's place on its scale, 0..100. */
export function normalisedAnswer(metric: LiveMetric, value: number): number {
  const { min, max } = ANSWER_SCALE[metric];
  return (100 * (value - min)) / (max - min);
}

const EMPTY = { nps: () => npsScore(emptyNps()), csat: () => csatScore(emptyCsat()), ces: () => cesScore(emptyCes()) };

/** Changes against the previous period, one per metric with answers in either (compareScores). */
export function liveChanges(now: LiveScores, before: LiveScores): ScoreComparison[] {
  const out: ScoreComparison[] = [];
  for (const m of LIVE_METRICS) {
    const a = now[m];
    const b = before[m];
    if (!a && !b) continue;
    out.push(compareScores(a ?? EMPTY[m](), b ?? EMPTY[m]()));
  }
  return out;
}

/** The touchpoint's main score: the target's metric, else NPS, CSAT, CES, the first with answers. */
export function mainScore(target: TouchpointTarget | null, scores: LiveScores, changes: ScoreComparison[]): WeakTouchpoint['evidence']['score'] {
  const order: LiveMetric[] = target ? [target.metric, ...LIVE_METRICS.filter((m) => m !== target.metric)] : [...LIVE_METRICS];
  for (const m of order) {
    const s = scores[m];
    if (s && s.n > 0 && s.score !== null) return { metric: m, value: s.score, n: s.n, change: changes.find((c) => c.kind === m) ?? null };
  }
  return null;
}

/**
 * The weakness ranking. Each piece of evidence becomes a "badness" in 0..1:
 * - score: 1 − the main score's place on its scale (NPS −100..100, CSAT 0..100, CES 1..7);
 * - negative: the share of negative responses;
 * - dropOff: the drop-off from the touchpoint's stage to the next;
 * - target: missed 1, near 0.5, met 0;
 * - trend: 1 when the main score fell significantly against the previous period, else 0.
 * pain = the weighted mean of the pieces present (absent ones — no answers, no target, last stage —
 * leave the mean, their weight with them), weights WEAKNESS_WEIGHTS. weakness = 100 × pain ×
 * log10(10 + customers): at equal pain, the touchpoint more customers pass through ranks first
 * (×1 with none, ×2 at 90, ×3 at 990). Rounded to 2 decimals.
 */
export const WEAKNESS_WEIGHTS = { score: 0.35, negative: 0.25, dropOff: 0.2, target: 0.1, trend: 0.1 } as const;

export function weaknessOf(e: Omit<WeakTouchpoint['evidence'], 'complaints'>): number {
  const parts: [number, number][] = [];
  if (e.score) {
    const { min, max } = TARGET_SCALE[e.score.metric];
    parts.push([WEAKNESS_WEIGHTS.score, 1 - Math.min(1, Math.max(0, (e.score.value - min) / (max - min)))]);
    const delta = e.score.change?.delta ?? null;
    if (delta !== null) parts.push([WEAKNESS_WEIGHTS.trend, e.score.change?.significant && delta < 0 ? 1 : 0]);
  }
  if (e.negativeShare !== null) parts.push([WEAKNESS_WEIGHTS.negative, e.negativeShare]);
  if (e.dropOff !== null) parts.push([WEAKNESS_WEIGHTS.dropOff, e.dropOff]);
  if (e.target !== 'none') parts.push([WEAKNESS_WEIGHTS.target, e.target === 'missed' ? 1 : e.target === 'near' ? 0.5 : 0]);
  const weight = parts.reduce((s, [w]) => s + w, 0);
  const pain = weight === 0 ? 0 : parts.reduce((s, [w, x]) => s + w * x, 0) / weight;
  return Math.round(100 * pain * Math.log10(10 + e.customers) * 100) / 100;
}

/** Words too common to make a complaint on their own (folded, Vietnamese and English). */
const STOPWORDS = new Set(
  (
    'la va cua co thi ma nhung cac nhu rat qua duoc bi cho voi de mot nay do toi minh em anh chi ban o tai trong khi da dang se cung van con lam ' +
    'nhieu it hon nua roi vi neu ra vao len xuong tu den ve theo sau truoc the gi nao ai day kia ay a oi nhe ha ' +
    'the a an and or is are was were to of in it for on with my i we you be this that at by not very so too'
  ).split(' '),
);
export const MAX_COMPLAINTS = 5;

/** A negative response's words, as complaints read them: the labels of its chosen options and its open answers. */
export interface ComplaintSource {
  choices: string[];
  texts: string[];
}

/**
 * What unhappy customers said most: each chosen option's label counts once per response, and so
 * does each two-word phrase of the open answers (folded with foldForSearch, so "Giao hàng" and
 * "giao hang" are one phrase; shown in the spelling most often written, lower-cased, with its
 * diacritics; phrases with a common word are skipped). Phrases need two responses. The five most
 * frequent, ties by text.
 */
export function complaintsOf(sources: readonly ComplaintSource[]): { text: string; count: number }[] {
  const counts = new Map<string, { count: number; spellings: Map<string, number> }>();
  const add = (key: string, shown: string) => {
    let c = counts.get(key);
    if (!c) counts.set(key, (c = { count: 0, spellings: new Map() }));
    c.count++;
    c.spellings.set(shown, (c.spellings.get(shown) ?? 0) + 1);
  };
  const choiceKeys = new Set<string>();
  for (const s of sources) {
    const seen = new Set<string>();
    for (const label of s.choices) {
      const shown = nfc(label).trim();
      const key = `c:${foldForSearch(shown)}`;
      if (!shown || seen.has(key)) continue;
      seen.add(key);
      choiceKeys.add(key);
      add(key, shown);
    }
    for (const text of s.texts) {
      const words = nfc(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      for (let i = 0; i + 1 < words.length; i++) {
        const a = foldForSearch(words[i]!);
        const b = foldForSearch(words[i + 1]!);
        if (STOPWORDS.has(a) || STOPWORDS.has(b) || /^\p{N}+$/u.test(a) || /^\p{N}+$/u.test(b)) continue;
        const key = `p:${a} ${b}`;
        if (seen.has(key)) continue;
        seen.add(key);
        add(key, `${words[i]} ${words[i + 1]}`);
      }
    }
  }
  const best = (spellings: Map<string, number>) => [...spellings.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
  return [...counts.entries()]
    .filter(([key, c]) => choiceKeys.has(key) || c.count >= 2)
    .map(([, c]) => ({ text: best(c.spellings), count: c.count }))
    .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0))
    .slice(0, MAX_COMPLAINTS);
}

/** The median of numbers (the mean of the middle two for an even count), as percentile_cont(0.5). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  const lo = s[Math.floor(mid)]!;
  const hi = s[Math.ceil(mid)]!;
  return lo + (hi - lo) * (mid - Math.floor(mid));
}

/**
 * The funnel's steps: each stage's place among the stages that have linked touchpoints (null for a
 * stage without any: nothing is measured there, so it is left out of the funnel rather than shown
 * as everyone dropping off). A stage's "next" is the next measured stage.
 */
export function funnelSteps(doc: JourneyDoc): { steps: (number | null)[]; count: number } {
  let count = 0;
  const steps = stageTouchpoints(doc).map((s) => (s.touchpointIds.length > 0 ? count++ : null));
  return { steps, count };
}
