import { defaultGranularity, KPI_GROUPS, presetRange, RANGE_PRESETS, type KpiGroup, type KpiInterval, type RangePreset } from '@footprint/core';

export type KpiRange = RangePreset | 'custom';
/** What the comparison chart shows, and what the table sorts by. */
export const CHART_METRICS = ['frt', 'art', 'fcr', 'sla'] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];
export const TABLE_SORTS = ['name', 'created', 'resolved', 'frt', 'art', 'fcr', 'sla', 'open', 'csat'] as const;
export type TableSort = (typeof TABLE_SORTS)[number];
const INTERVALS = ['day', 'week', 'month'] as const;

/** Everything the KPI page shows is chosen here and kept in the URL, so a view can be shared. */
export interface KpiView {
  range: KpiRange;
  from: string;
  to: string;
  group: KpiGroup;
  metric: ChartMetric;
  interval: KpiInterval;
  sort: TableSort;
  order: 'asc' | 'desc';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined => list.find((x) => x === v);

/** The view a URL asks for; anything unknown or malformed falls back to the defaults (last 30 days, by department). */
export function kpiViewFrom(params: URLSearchParams, today: string): KpiView {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = params.get('range') === 'custom' && DAY.test(from) && DAY.test(to) && from <= to && to <= today;
  const range: KpiRange = custom ? 'custom' : (oneOf(RANGE_PRESETS, params.get('range')) ?? '30d');
  const days = custom ? { from, to } : presetRange(range === 'custom' ? '30d' : range, today);
  return {
    range,
    ...days,
    group: oneOf(KPI_GROUPS, params.get('group')) ?? 'department',
    metric: oneOf(CHART_METRICS, params.get('metric')) ?? 'frt',
    interval: oneOf(INTERVALS, params.get('by')) ?? defaultGranularity(days),
    sort: oneOf(TABLE_SORTS, params.get('sort')) ?? 'name',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}
