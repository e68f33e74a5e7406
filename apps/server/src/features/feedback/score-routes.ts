import {
  canReadWorkspace, ZErrorBody, ZNegativeComments, ZNegativeCommentsQuery, ZScores, ZScoresBreakdown, ZScoresBreakdownQuery, ZScoresCoverage, ZScoresQuery,
} from '@footprint/core';
import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { authorize, requireWorkspace } from '../workspace/index.js';
import { readNegativeComments } from './negative-comments.js';
import { readBreakdown } from './scores-breakdown.js';
import { readCoverage, readScores } from './scores.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['feedback'];

/** The score dashboards and the Overview: scores, their breakdowns and the comments behind poor ones. Read-only. */
export function registerScoreRoutes(app: App, ctx: AppContext): void {
  const db = ctx.database.db;
  const reader = async (req: Parameters<typeof requireWorkspace>[1]) => {
    const a = await requireWorkspace(db, req);
    authorize(canReadWorkspace(a.actor));
    return a.workspaceId;
  };

  app.get(
    '/api/v1/scores',
    {
      schema: {
        tags,
        description:
          'NPS, CSAT, CES (and CSI for one survey) from the rollups, each with n and a 95% interval, with a series by day, week or month in the workspace’s days. `compare=previous` adds the period of equal length before and the change, with its significance.',
        querystring: ZScoresQuery,
        response: { 200: ZScores, ...errors },
      },
    },
    async (req) => readScores(db, await reader(req), req.query),
  );
  app.get(
    '/api/v1/scores/breakdown',
    {
      schema: {
        tags,
        description: 'Scores per touchpoint, channel, store or survey (`groupBy`) for the same filters and period, from the rollups, with names; most answers first.',
        querystring: ZScoresBreakdownQuery,
        response: { 200: ZScoresBreakdown, ...errors },
      },
    },
    async (req) => readBreakdown(db, await reader(req), req.query),
  );
  app.get(
    '/api/v1/scores/negative-comments',
    {
      schema: {
        tags,
        description: 'The latest completed responses with a poor score (NPS 0–6, CSAT 1–2, CES 1–3) and an open-text comment, newest first.',
        querystring: ZNegativeCommentsQuery,
        response: { 200: ZNegativeComments, ...errors },
      },
    },
    async (req) => ({ items: await readNegativeComments(db, await reader(req), req.query) }),
  );
  app.get(
    '/api/v1/scores/coverage',
    {
      schema: { tags, description: 'When the first and the latest completed responses came in (null when there are none yet).', response: { 200: ZScoresCoverage, ...errors } },
    },
    async (req) => readCoverage(db, await reader(req)),
  );
}
