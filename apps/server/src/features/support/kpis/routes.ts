import {
  canReadSupportKpis, ZErrorBody, ZSupportKpiBreakdown, ZSupportKpiBreakdownQuery, ZSupportKpiQuery, ZSupportKpis, ZSupportKpiTrend, ZSupportKpiTrendQuery,
} from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import { supportKpiBreakdown, supportKpiSummary, supportKpiTrend } from './service.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const PERIOD =
  'Cases created in the period of workspace days count for created, FRT, SLA compliance and the closed-loop rate; cases resolved in it for resolved, ART, FCR, the reopen rate and resolution CSAT. Times are business minutes on the support calendar. See docs/support-kpis.md.';

/** The support KPIs: for the period, per department/agent/touchpoint/channel, and over time. */
export function registerSupportKpiRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/support/kpis',
    {
      schema: {
        tags: ['support'],
        description: `Support KPIs for a period (optionally one department, agent, touchpoint or channel), with the backlog now. ${PERIOD}`,
        querystring: ZSupportKpiQuery,
        response: { 200: ZSupportKpis, ...errors },
      },
    },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canReadSupportKpis(a.actor));
      return supportKpiSummary(db, a.workspaceId, req.query);
    },
  );

  app.get(
    '/api/v1/support/kpis/breakdown',
    {
      schema: {
        tags: ['support'],
        description: `The KPIs per department, agent, touchpoint or channel (\`groupBy\`): every group with a case created or resolved in the period or open now. ${PERIOD}`,
        querystring: ZSupportKpiBreakdownQuery,
        response: { 200: ZSupportKpiBreakdown, ...errors },
      },
    },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canReadSupportKpis(a.actor));
      return supportKpiBreakdown(db, a.workspaceId, req.query, req.query.groupBy);
    },
  );

  app.get(
    '/api/v1/support/kpis/trend',
    {
      schema: {
        tags: ['support'],
        description: `The KPIs per day, week (from Monday) or month of the period (\`interval\`), every interval listed. ${PERIOD}`,
        querystring: ZSupportKpiTrendQuery,
        response: { 200: ZSupportKpiTrend, ...errors },
      },
    },
    async (req) => {
      const a = await requireWorkspace(db, req);
      authorize(canReadSupportKpis(a.actor));
      return supportKpiTrend(db, a.workspaceId, req.query, req.query.interval);
    },
  );
}
