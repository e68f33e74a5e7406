import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import type { Database } from '../db/database.js';
import { createLogMailer, type Mailer } from '../platform/mailer.js';
import { createServer, type Server } from '../server.js';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm';

/** A whole server process's worth of parts on a test database, without a listening socket. */
export async function startTestServer(
  database: Database,
  opts: { mailer?: Mailer; config?: Partial<Config> } = {},
): Promise<Server & { mailer: Mailer }> {
  const config = loadConfig({}, { scryptLogN: 10, publicUrl: 'http://footprint.test', ...opts.config });
  const mailer = opts.mailer ?? createLogMailer(() => {});
  const server = await createServer(config, database, { mailer });
  await server.app.ready();
  return { ...server, mailer };
}

export interface Caller {
  cookie?: string | undefined;
  key?: string | undefined;
  lang?: 'vi' | 'en';
}

export async function call(
  server: Server,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  who: Caller = {},
  body?: unknown,
): Promise<LightMyRequestResponse & { data: unknown }> {
  const headers: Record<string, string> = { 'accept-language': who.lang ?? 'en' };
  if (who.cookie) headers.cookie = who.cookie;
  if (who.key) headers.authorization = `Bearer ${who.key}`;
  const res = await server.app.inject({
    method,
    url,
    headers,
    ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
  });
  let data: unknown;
  try {
    data = res.body ? JSON.parse(res.body) : null;
  } catch {
    data = res.body;
  }
  return Object.assign(res, { data });
}

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'fp_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `fp_session=${c.value}`;
}

export interface TestWorkspace {
  workspaceId: string;
  ownerId: string;
  cookie: string;
  email: string;
}

let counter = 0;

/** First-run setup when the database is empty; otherwise a new owner with a new workspace. */
export async function makeWorkspace(server: Server, name = 'Cửa hàng Hà Nội'): Promise<TestWorkspace> {
  const email = `owner${++counter}-${Date.now()}@example.vn`;
  const setup = await call(server, 'GET', '/api/v1/setup');
  if ((setup.data as { needsSetup: boolean }).needsSetup) {
    const res = await call(server, 'POST', '/api/v1/setup', {}, { workspaceName: name, name: 'Nguyễn Văn An', email, password: TEST_PASSWORD });
    if (res.statusCode !== 201) throw new Error(res.body);
    const me = res.data as { user: { id: string }; activeWorkspaceId: string };
    return { workspaceId: me.activeWorkspaceId, ownerId: me.user.id, cookie: cookieOf(res), email };
  }
  const { createUser, createWorkspace } = await import('../features/workspace/index.js');
  const user = await createUser(server.ctx.database.db, { email, name: 'Trần Thị Bình', password: TEST_PASSWORD }, 10);
  const w = await createWorkspace(server.ctx.database.db, { name, ownerId: user.id });
  const login = await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD });
  if (login.statusCode !== 200) throw new Error(login.body);
  return { workspaceId: w.id, ownerId: user.id, cookie: cookieOf(login), email };
}

export async function makeKey(server: Server, ws: TestWorkspace, type: 'write' | 'secret', scope?: 'full' | 'read'): Promise<string> {
  const res = await call(server, 'POST', '/api/v1/keys', { cookie: ws.cookie }, { name: `${type} ${scope ?? ''}`, type, ...(scope ? { scope } : {}) });
  if (res.statusCode !== 201) throw new Error(res.body);
  return (res.data as { key: string }).key;
}
