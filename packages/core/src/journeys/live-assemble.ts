import { cesScore } from '../feedback/ces.js';
import { countTotal } from '../feedback/counts.js';
import { csatScore } from '../feedback/csat.js';
import { npsScore } from '../feedback/nps.js';
import { stageTouchpoints, type JourneyDoc, type JourneyTouchpoint } from './contracts.js';
import type { JourneyLive, LiveStage, LiveTouchpoint, WeakTouchpoint } from './live-contracts.js';
import { ANSWER_SCALE, LIVE_METRICS, liveChanges, mainScore, measuredEmotion, targetStatus, weaknessOf, type LiveMetric, type LiveScores } from './live-score.js';

/** Answer counts per value of each metric (index 0 = the scale's minimum), as the score rollups keep them. */
export type AnswerCounts = Partial<Record<LiveMetric, number[]>>;

/** What is measured at one workspace touchpoint in the period: the SQL side and the reference both produce these. */
export interface TouchpointFigures {
  customers: number;
  events: number;
  /** Answers in the period and in the previous period of equal length. */
  now: AnswerCounts;
  before: AnswerCounts;
  /** Completed responses with a score, and those of them negative. */
  responses: number;
  negatives: number;
}

/** The funnel step of one stage (by its index in the map). */
export interface StageFigures {
  customers: number;
  /** null for the last stage. */
  toNext: number | null;
  medianHoursToNext: number | null;
}

export const NO_FIGURES: TouchpointFigures = { customers: 0, events: 0, now: {}, before: {}, responses: 0, negatives: 0 };

export function scoresOf(c: AnswerCounts): LiveScores {
  return {
    nps: c.nps && countTotal(c.nps) > 0 ? npsScore({ counts: c.nps }) : null,
    csat: c.csat && countTotal(c.csat) > 0 ? csatScore({ counts: c.csat }) : null,
    ces: c.ces && countTotal(c.ces) > 0 ? cesScore({ counts: c.ces }) : null,
  };
}

export function addCounts(into: AnswerCounts, c: AnswerCounts): void {
  for (const m of LIVE_METRICS) {
    const add = c[m];
    if (!add) continue;
    const cur = into[m] ?? new Array<number>(ANSWER_SCALE[m].max - ANSWER_SCALE[m].min + 1).fill(0);
    into[m] = cur.map((x, i) => x + (add[i] ?? 0));
  }
}

/** Every touchpoint item of the map, with its stage, in map order. */
export function mapItems(doc: JourneyDoc): { stageIndex: number; stageId: string; item: JourneyTouchpoint & { touchpointId: string } }[] {
  const tpLanes = new Set(doc.lanes.filter((l) => l.kind === 'touchpoints').map((l) => l.id));
  const out: { stageIndex: number; stageId: string; item: JourneyTouchpoint & { touchpointId: string } }[] = [];
  doc.stages.forEach((s, stageIndex) => {
    for (const lane of doc.lanes) {
      if (!tpLanes.has(lane.id)) continue;
      for (const item of s.cells[lane.id]?.touchpoints ?? []) if (item.touchpointId) out.push({ stageIndex, stageId: s.id, item: { ...item, touchpointId: item.touchpointId } });
    }
  });
  return out;
}

/**
 * The live layer from its figures: scores, target status and changes per map item; stages with
 * conversion, drop-off and measured emotion (the mean of the stage's answers, each on 0..100 →
 * −2..+2); the weakest items ranked (weaknessOf), each touchpoint once, complaints left empty for
 * the caller to fill (`complaintTouchpoints` lists whose are needed).
 */
export function assembleLive(
  doc: JourneyDoc,
  range: { from: string; to: string },
  tps: ReadonlyMap<string, TouchpointFigures>,
  stages: readonly StageFigures[],
): { live: Omit<JourneyLive, 'persona'>; complaintTouchpoints: string[] } {
  const items = mapItems(doc);
  const fig = (id: string) => tps.get(id) ?? NO_FIGURES;
  const touchpoints: LiveTouchpoint[] = items.map(({ item }) => {
    const f = fig(item.touchpointId);
    const scores = scoresOf(f.now);
    return {
      itemId: item.id,
      touchpointId: item.touchpointId,
      customers: f.customers,
      events: f.events,
      ...scores,
      changes: liveChanges(scores, scoresOf(f.before)),
      negativeShare: f.responses > 0 ? f.negatives / f.responses : null,
      responses: f.responses,
      target: targetStatus(item.target, scores),
    };
  });

  const perStage = stageTouchpoints(doc);
  const liveStages: LiveStage[] = doc.stages.map((s, i) => {
    const st = stages[i] ?? { customers: 0, toNext: i < doc.stages.length - 1 ? 0 : null, medianHoursToNext: null };
    const counts: AnswerCounts = {};
    for (const id of perStage[i]?.touchpointIds ?? []) addCounts(counts, fig(id).now);
    let sum = 0;
    let n = 0;
    for (const m of LIVE_METRICS)
      (counts[m] ?? []).forEach((c, k) => {
        sum += c * ((100 * k) / (ANSWER_SCALE[m].max - ANSWER_SCALE[m].min));
        n += c;
      });
    const conversion = st.toNext !== null && st.customers > 0 ? st.toNext / st.customers : null;
    return {
      stageId: s.id,
      customers: st.customers,
      toNext: st.toNext,
      conversion,
      dropOff: conversion === null ? null : 1 - conversion,
      medianHoursToNext: st.medianHoursToNext,
      measuredEmotion: n > 0 ? measuredEmotion(sum / n) : null,
      responses: n,
    };
  });

  const ranked: WeakTouchpoint[] = [];
  items.forEach(({ item, stageIndex, stageId }, k) => {
    const t = touchpoints[k]!;
    const answered = [t.nps, t.csat, t.ces].some((x) => x && x.n > 0);
    if (t.customers === 0 && t.responses === 0 && !answered) return;
    const evidence = {
      score: mainScore(item.target, t, t.changes),
      customers: t.customers,
      negativeShare: t.negativeShare,
      dropOff: liveStages[stageIndex]!.dropOff,
      target: t.target,
    };
    ranked.push({ itemId: item.id, touchpointId: item.touchpointId, stageId, weakness: weaknessOf(evidence), evidence: { ...evidence, complaints: [] } });
  });
  const seen = new Set<string>();
  const weakest = ranked
    .map((w, order) => ({ w, order }))
    .sort((a, b) => b.w.weakness - a.w.weakness || a.order - b.order)
    .map(({ w }) => w)
    .filter((w) => (seen.has(w.touchpointId) ? false : (seen.add(w.touchpointId), true)))
    .slice(0, 10);
  return { live: { from: range.from, to: range.to, touchpoints, stages: liveStages, weakest }, complaintTouchpoints: weakest.map((w) => w.touchpointId) };
}
