import { ZCaseConditions, type CaseChannel, type CaseConditions, type ScoreMetric } from '@footprint/core';

/** The scale of each score a rule can look at: NPS 0–10, CSAT 1–5, CES 1–7. */
export const SCORE_RANGES: Record<ScoreMetric, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

/**
 * Conditions as the form holds them: the score and segment parts keep their values while switched
 * off, so turning one off and on again loses nothing.
 */
export interface ConditionsDraft {
  score: { on: boolean; metric: ScoreMetric; op: 'lte' | 'gte'; value: number | string };
  touchpointIds: string[];
  surveyIds: string[];
  channels: CaseChannel[];
  words: string[];
  segment: { on: boolean; trait: string; op: 'eq' | 'contains'; value: string };
}

export const blankConditions = (): ConditionsDraft => ({
  score: { on: true, metric: 'nps', op: 'lte', value: 6 },
  touchpointIds: [],
  surveyIds: [],
  channels: [],
  words: [],
  segment: { on: false, trait: '', op: 'eq', value: '' },
});

export function draftOfConditions(c: CaseConditions): ConditionsDraft {
  const blank = blankConditions();
  return {
    score: c.score ? { on: true, ...c.score } : { ...blank.score, on: false },
    touchpointIds: [...c.touchpointIds],
    surveyIds: [...c.surveyIds],
    channels: [...c.channels],
    words: [...c.words],
    segment: c.segment ? { on: true, ...c.segment } : blank.segment,
  };
}

export type ConditionsProblem = 'scoreValue' | 'segment' | 'empty' | 'invalid';

/** The conditions the form describes, or what is wrong with them. A rule with no condition at all would catch every answer. */
export function conditionsOf(d: ConditionsDraft): { ok: true; conditions: CaseConditions } | { ok: false; problem: ConditionsProblem } {
  let score: CaseConditions['score'] = null;
  if (d.score.on) {
    const range = SCORE_RANGES[d.score.metric];
    const value = d.score.value === '' ? Number.NaN : Number(d.score.value);
    if (!Number.isFinite(value) || value < range.min || value > range.max) return { ok: false, problem: 'scoreValue' };
    score = { metric: d.score.metric, op: d.score.op, value };
  }
  let segment: CaseConditions['segment'] = null;
  if (d.segment.on) {
    if (!d.segment.trait.trim() || !d.segment.value.trim()) return { ok: false, problem: 'segment' };
    segment = { trait: d.segment.trait.trim(), op: d.segment.op, value: d.segment.value };
  }
  const words = d.words.map((w) => w.trim()).filter(Boolean);
  if (!score && !segment && d.touchpointIds.length + d.surveyIds.length + d.channels.length + words.length === 0) return { ok: false, problem: 'empty' };
  const parsed = ZCaseConditions.safeParse({ score, touchpointIds: d.touchpointIds, surveyIds: d.surveyIds, channels: d.channels, words, segment });
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path[0];
    return { ok: false, problem: path === 'segment' ? 'segment' : 'invalid' };
  }
  return { ok: true, conditions: parsed.data };
}
