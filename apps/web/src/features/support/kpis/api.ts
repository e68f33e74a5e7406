import { ZSupportKpiBreakdown, ZSupportKpis, ZSupportKpiTrend, type KpiGroup, type KpiInterval, type SupportKpiQuery } from '@footprint/core';
import { apiGet, query } from '../../../lib/api';

const v1 = '/api/v1/support/kpis';

export const getSupportKpis = (q: SupportKpiQuery) => apiGet(`${v1}${query({ ...q })}`, ZSupportKpis);
export const getSupportKpiBreakdown = (q: SupportKpiQuery & { groupBy: KpiGroup }) => apiGet(`${v1}/breakdown${query({ ...q })}`, ZSupportKpiBreakdown);
export const getSupportKpiTrend = (q: SupportKpiQuery & { interval: KpiInterval }) => apiGet(`${v1}/trend${query({ ...q })}`, ZSupportKpiTrend);
