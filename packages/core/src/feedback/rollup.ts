import { z } from 'zod';
import { addCes, emptyCes, mergeCes } from './ces.js';
import { addCsat, emptyCsat, mergeCsat } from './csat.js';
import { addCsi, emptyCsi, mergeCsi } from './csi.js';
import { ZCesCounts, ZCsatCounts, ZCsiAggregate, ZNpsCounts, type CesCounts, type CsatCounts, type CsiAggregate, type NpsCounts } from './contracts.js';
import { addNps, emptyNps, mergeNps } from './nps.js';
import type { Answers, SurveyDefinition } from './survey.js';

export const METRICS = ['nps', 'csat', 'ces', 'csi'] as const;
export type Metric = (typeof METRICS)[number];

/** One metric's counts, as a rollup row keeps them. */
export type MetricAggregate =
  | { metric: 'nps'; agg: NpsCounts }
  | { metric: 'csat'; agg: CsatCounts }
  | { metric: 'ces'; agg: CesCounts }
  | { metric: 'csi'; agg: CsiAggregate };

/** What a completed response adds to the rollups: one aggregate per score question it answered. */
export function contributions(d: Pick<SurveyDefinition, 'questions'>, answers: Answers): { questionId: string; value: MetricAggregate }[] {
  const out: { questionId: string; value: MetricAggregate }[] = [];
  for (const q of d.questions) {
    const a = answers[q.id];
    if (a === undefined) continue;
    if (q.type === 'nps' && typeof a === 'number') out.push({ questionId: q.id, value: { metric: 'nps', agg: addNps(emptyNps(), a) } });
    else if (q.type === 'csat' && typeof a === 'number') out.push({ questionId: q.id, value: { metric: 'csat', agg: addCsat(emptyCsat(), a) } });
    else if (q.type === 'ces' && typeof a === 'number') out.push({ questionId: q.id, value: { metric: 'ces', agg: addCes(emptyCes(), a) } });
    else if (q.type === 'csi' && typeof a === 'object' && !Array.isArray(a) && 'ratings' in a) {
      let agg = emptyCsi();
      for (const [key, rating] of Object.entries(a.ratings)) if (q.attributes.some((x) => x.key === key)) agg = addCsi(agg, key, rating);
      out.push({ questionId: q.id, value: { metric: 'csi', agg } });
    }
  }
  return out;
}

/** The sum of two aggregates of the same metric. */
export function mergeAggregate(a: MetricAggregate, b: MetricAggregate): MetricAggregate {
  if (a.metric !== b.metric) throw new TypeError(`Cannot merge ${a.metric} with ${b.metric}`);
  switch (a.metric) {
    case 'nps':
      return { metric: 'nps', agg: mergeNps(a.agg, (b as typeof a).agg) };
    case 'csat':
      return { metric: 'csat', agg: mergeCsat(a.agg, (b as typeof a).agg) };
    case 'ces':
      return { metric: 'ces', agg: mergeCes(a.agg, (b as typeof a).agg) };
    case 'csi':
      return { metric: 'csi', agg: mergeCsi(a.agg, (b as typeof a).agg) };
  }
}

/** An aggregate read back from storage, parsed (never cast). */
export function parseAggregate(metric: Metric, raw: unknown): MetricAggregate {
  switch (metric) {
    case 'nps':
      return { metric, agg: ZNpsCounts.parse(raw) };
    case 'csat':
      return { metric, agg: ZCsatCounts.parse(raw) };
    case 'ces':
      return { metric, agg: ZCesCounts.parse(raw) };
    case 'csi':
      return { metric, agg: ZCsiAggregate.parse(raw) };
  }
}

export const ZMetric = z.enum(METRICS);
