export { registerSupportKpiRoutes } from './routes.js';
export { supportKpiBreakdown, supportKpiSummary, supportKpiTrend } from './service.js';
