import type { App } from '../../../app.js';
import type { AppContext } from '../../../context.js';
import { TouchpointPlacements, WriteKeyCache } from '../../collection/index.js';
import { WidgetConfigCache } from './config.js';
import { registerWidgetPublicRoutes } from './public-routes.js';
import { registerWidgetSettingsRoutes } from './routes.js';

/** The web widget: its settings (dashboard) and what the SDK calls from websites (write key). */
export async function registerWidgetRoutes(app: App, ctx: AppContext): Promise<void> {
  const configs = new WidgetConfigCache(ctx.database);
  registerWidgetSettingsRoutes(app, ctx, configs);
  await registerWidgetPublicRoutes(app, ctx, new WriteKeyCache(ctx.database.db), configs, new TouchpointPlacements(ctx.database.query));
}
