import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerJobRoutes } from './routes/job-routes.js';
import { registerLiveRoutes } from './routes/live-routes.js';
import { registerMeRoutes } from './routes/me-routes.js';

export function registerWorkspaceRoutes(app: App, ctx: AppContext): void {
  registerAuthRoutes(app, ctx);
  registerMeRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
}

export { createWorkspace, getWorkspace } from './workspaces.js';
export { createUser, findUserByEmail } from './users.js';
export { addMember, isMember } from './members.js';
export { listDepartments } from './departments.js';
export { createKey, resolveKey, type KeyInfo } from './keys.js';
export { requireWorkspace, type WorkspaceAccess } from './auth.js';
