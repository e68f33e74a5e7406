import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { registerCaseRoutes } from './cases/routes.js';
import { registerHandoffRoutes } from './handoffs/routes.js';
import { registerMessageRoutes } from './messages/routes.js';
import { registerRuleRoutes } from './rules/routes.js';
import { registerSetupRoutes } from './setup/routes.js';
import { registerViewRoutes } from './views/routes.js';

/** The case engine's routes: cases, their conversation, hand-offs, saved views, rules, routing and setup. */
export function registerSupportCaseRoutes(app: App, ctx: AppContext): void {
  registerCaseRoutes(app, ctx);
  registerMessageRoutes(app, ctx);
  registerHandoffRoutes(app, ctx);
  registerViewRoutes(app, ctx);
  registerRuleRoutes(app, ctx);
  registerSetupRoutes(app, ctx);
}
