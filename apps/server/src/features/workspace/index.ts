import type { App } from '../../app.js';
import type { AppContext } from '../../context.js';
import { setSessionCookie } from './auth.js';
import { registerAdminRoutes } from './routes/admin-routes.js';
import { SESSION_COOKIE } from './sessions.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerJobRoutes } from './routes/job-routes.js';
import { registerLiveRoutes } from './routes/live-routes.js';
import { registerMeRoutes } from './routes/me-routes.js';
import { registerStoreRoutes } from './routes/store-routes.js';

export function registerWorkspaceRoutes(app: App, ctx: AppContext): void {
  // A session extended on the server gets its cookie renewed too, or the browser would drop it
  // 14 days after sign-in however active the person is.
  app.addHook('onSend', async (req, reply, payload) => {
    const token = req.cookies[SESSION_COOKIE];
    if (req.principal?.session?.slid && token) setSessionCookie(reply, token, ctx.config.secureCookies);
    return payload;
  });
  registerAuthRoutes(app, ctx);
  registerMeRoutes(app, ctx);
  registerAdminRoutes(app, ctx);
  registerJobRoutes(app, ctx);
  registerLiveRoutes(app, ctx);
  registerStoreRoutes(app, ctx);
}

export { createWorkspace, getWorkspace } from './workspaces.js';
export { createUser, findUserByEmail } from './users.js';
export { addMember, isMember } from './members.js';
export { listDepartments } from './departments.js';
export { getStore, storeSearchColumns } from './stores.js';
export { createKey, resolveKey, type KeyInfo } from './keys.js';
export { authorize, requireWorkspace, type WorkspaceAccess } from './auth.js';
