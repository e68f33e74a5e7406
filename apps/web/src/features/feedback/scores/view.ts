import {
  defaultGranularity, GRANULARITIES, METRICS, presetRange, RANGE_PRESETS, RESPONSE_CHANNELS, SCORE_GROUPINGS,
  type Granularity, type Metric, type RangePreset, type ResponseChannel, type ScoreGrouping,
} from '@footprint/core';

export type RangeChoice = RangePreset | 'custom';

/** The dashboard's groupings: journey stages belong to a map (the journey screen shows them). */
export const DASHBOARD_GROUPINGS = SCORE_GROUPINGS.filter((g) => g !== 'stage');
export const BREAKDOWN_SORTS = ['name', 'score', 'n', 'delta'] as const;
export type BreakdownSort = (typeof BREAKDOWN_SORTS)[number];

/** Everything the Scores screen shows is chosen here, and kept in the URL so a view can be shared. */
export interface ScoreView {
  surveyId?: string | undefined;
  touchpointId?: string | undefined;
  channel?: ResponseChannel | undefined;
  storeId?: string | undefined;
  range: RangeChoice;
  from: string;
  to: string;
  by: Granularity;
  metric: Metric;
  group: ScoreGrouping;
  sort: BreakdownSort;
  order: 'asc' | 'desc';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => list.find((x) => x === v);
const id = (v: string | null) => (v && UUID.test(v) ? v : undefined);

/** The view a URL asks for; anything unknown or malformed falls back to the defaults (last 30 days). */
export function viewFrom(params: URLSearchParams, today: string): ScoreView {
  const preset = oneOf(RANGE_PRESETS, params.get('range'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = params.get('range') === 'custom' && DAY.test(from) && DAY.test(to) && from <= to && to <= today;
  const range: RangeChoice = custom ? 'custom' : (preset ?? '30d');
  const days = custom ? { from, to } : presetRange(range === 'custom' ? '30d' : range, today);
  return {
    surveyId: id(params.get('survey')),
    touchpointId: id(params.get('touchpoint')),
    channel: oneOf(RESPONSE_CHANNELS, params.get('channel')),
    storeId: id(params.get('store')),
    range,
    ...days,
    by: oneOf(GRANULARITIES, params.get('by')) ?? defaultGranularity(days),
    metric: oneOf(METRICS, params.get('metric')) ?? 'nps',
    group: oneOf(DASHBOARD_GROUPINGS, params.get('group')) ?? 'touchpoint',
    sort: oneOf(BREAKDOWN_SORTS, params.get('sort')) ?? 'n',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
  };
}
