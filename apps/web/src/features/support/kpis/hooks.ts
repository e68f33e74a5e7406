import type { KpiGroup, KpiInterval, SupportKpiQuery } from '@footprint/core';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { getSupportKpiBreakdown, getSupportKpis, getSupportKpiTrend } from './api';

/** Cache keys of the support KPIs; a change to any case marks them all stale. */
export const supportKpiKeys = {
  all: ['support', 'kpis'] as const,
  summary: (q: SupportKpiQuery) => ['support', 'kpis', 'summary', q] as const,
  breakdown: (q: SupportKpiQuery, groupBy: KpiGroup) => ['support', 'kpis', 'breakdown', q, groupBy] as const,
  trend: (q: SupportKpiQuery, interval: KpiInterval) => ['support', 'kpis', 'trend', q, interval] as const,
};

/** Live updates: cases and the support calendar change the figures. */
/**
 * KPIs count every case of the period on the business clock (seconds of server work for tens of
 * thousands of cases), so a busy desk's stream of case changes refreshes them at most this often.
 */
export const KPI_LIVE_EVERY_MS = 30_000;
let lastRefresh = 0;
let pending: ReturnType<typeof setTimeout> | undefined;

export function supportKpisLive(qc: QueryClient, type: string): void {
  if (type !== 'cases.changed' && type !== 'handoffs.changed' && type !== 'support.settings.changed') return;
  const refresh = () => {
    lastRefresh = Date.now();
    void qc.invalidateQueries({ queryKey: supportKpiKeys.all });
  };
  const wait = lastRefresh + KPI_LIVE_EVERY_MS - Date.now();
  if (wait <= 0) refresh();
  else
    pending ??= setTimeout(() => {
      pending = undefined;
      refresh();
    }, wait);
}

// The previous figures stay while a new period loads: the page dims instead of flashing empty.
export const useSupportKpis = (q: SupportKpiQuery) => useQuery({ queryKey: supportKpiKeys.summary(q), queryFn: () => getSupportKpis(q), placeholderData: keepPreviousData });
export const useSupportKpiBreakdown = (q: SupportKpiQuery, groupBy: KpiGroup) =>
  useQuery({ queryKey: supportKpiKeys.breakdown(q, groupBy), queryFn: () => getSupportKpiBreakdown({ ...q, groupBy }), placeholderData: keepPreviousData });
export const useSupportKpiTrend = (q: SupportKpiQuery, interval: KpiInterval) =>
  useQuery({ queryKey: supportKpiKeys.trend(q, interval), queryFn: () => getSupportKpiTrend({ ...q, interval }), placeholderData: keepPreviousData });
