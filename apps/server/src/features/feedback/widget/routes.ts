import {
  canManageSurveys, canReadWorkspace, ZErrorBody, ZFeedbackSettings, ZFeedbackSettingsPatch, ZSurveyParams, ZSurveyWidget, ZWidgetSettings,
} from '@footprint/core';
import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { authorize, requireWorkspace } from '../../workspace/index.js';
import type { WidgetConfigCache } from './config.js';
import { getFeedbackSettings, getSurveyWidget, patchFeedbackSettings, putSurveyWidget } from './settings.js';

const errors = { 400: ZErrorBody, 401: ZErrorBody, 403: ZErrorBody, 404: ZErrorBody };
const tags = ['feedback'];

/** The widget's settings per survey, and the workspace's feedback settings (the frequency cap). */
export function registerWidgetSettingsRoutes(app: App, ctx: AppContext, configs: WidgetConfigCache): void {
  const db = ctx.database.db;
  const access = async (req: Parameters<typeof requireWorkspace>[1], manage: boolean) => {
    const a = await requireWorkspace(db, req);
    authorize(manage ? canManageSurveys(a.actor) : canReadWorkspace(a.actor));
    return a;
  };
  const changed = async (workspaceId: string) => {
    configs.invalidate(workspaceId);
    await ctx.live.publish(workspaceId, 'surveys.changed');
  };

  app.get(
    '/api/v1/feedback/settings',
    { schema: { tags, description: 'Workspace-wide feedback settings: the frequency cap.', response: { 200: ZFeedbackSettings, ...errors } } },
    async (req) => getFeedbackSettings(db, (await access(req, false)).workspaceId),
  );
  app.patch(
    '/api/v1/feedback/settings',
    {
      schema: {
        tags,
        description: '`frequencyCapDays`: never ask the same person more than once in this many days, across all surveys (0 = no limit). The web widget enforces it.',
        body: ZFeedbackSettingsPatch,
        response: { 200: ZFeedbackSettings, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, true);
      const out = await patchFeedbackSettings(db, a.workspaceId, req.body);
      await changed(a.workspaceId);
      return out;
    },
  );
  app.get(
    '/api/v1/surveys/:id/widget',
    { schema: { tags, description: 'The survey’s web widget settings, and its last 30 days (shown, dismissed, answered).', params: ZSurveyParams, response: { 200: ZSurveyWidget, ...errors } } },
    async (req) => getSurveyWidget(db, (await access(req, false)).workspaceId, req.params.id),
  );
  app.put(
    '/api/v1/surveys/:id/widget',
    {
      schema: {
        tags,
        description: 'Turns the web widget on or off and sets when it asks (events, touchpoints, URL, time on page, exit intent), sampling and position. Websites see a change within a minute.',
        params: ZSurveyParams,
        body: ZWidgetSettings,
        response: { 200: ZSurveyWidget, ...errors },
      },
    },
    async (req) => {
      const a = await access(req, true);
      const out = await putSurveyWidget(db, a.workspaceId, req.params.id, req.body);
      await changed(a.workspaceId);
      return out;
    },
  );
}
