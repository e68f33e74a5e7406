import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, cookieOf, TEST_PASSWORD, startTestServer } from '../../test/server.js';
import type { Server } from '../../server.js';
import { LOCKOUT_THRESHOLD } from './login.js';

describe.each(ENGINES)('sign-in and first run on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const owner = { email: 'chu.cuahang@anphat.vn', password: TEST_PASSWORD };

  it('asks for setup on an empty installation and nothing works anonymously', async () => {
    expect((await call(server, 'GET', '/api/v1/setup')).data).toEqual({ needsSetup: true });
    const me = await call(server, 'GET', '/api/v1/me');
    expect(me.statusCode).toBe(401);
    expect(me.data).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('validates setup input with a field-level 400', async () => {
    const res = await call(server, 'POST', '/api/v1/setup', {}, { workspaceName: '', name: 'A', email: 'not-an-email', password: 'short' });
    expect(res.statusCode).toBe(400);
    const err = (res.data as { error: { code: string; details: { issues: { path: string[] }[] } } }).error;
    expect(err.code).toBe('validation_failed');
    const fields = err.details.issues.map((i) => i.path.at(-1));
    expect(fields).toEqual(expect.arrayContaining(['workspaceName', 'email', 'password']));
  });

  it('creates the first workspace and owner, signs them in, then refuses a second setup', async () => {
    const res = await call(server, 'POST', '/api/v1/setup', {}, {
      workspaceName: 'Chuỗi Bán Lẻ An Phát',
      name: 'Nguyễn Thị Mai',
      email: 'Chu.CuaHang@AnPhat.vn',
      password: owner.password,
    });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'fp_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = res.data as { user: { email: string; name: string }; workspaces: { role: string; workspace: { name: string; timeZone: string } }[] };
    expect(me.user).toMatchObject({ email: owner.email, name: 'Nguyễn Thị Mai' });
    expect(me.workspaces).toEqual([expect.objectContaining({ role: 'owner', workspace: expect.objectContaining({ name: 'Chuỗi Bán Lẻ An Phát', timeZone: 'Asia/Ho_Chi_Minh' }) })]);
    const depts = await call(server, 'GET', '/api/v1/departments', { cookie: cookieOf(res) });
    expect((depts.data as { items: { nameVi: string }[] }).items.map((d) => d.nameVi)).toEqual([
      'Bán hàng', 'Kho', 'Vận chuyển', 'Kỹ thuật', 'Chăm sóc khách hàng',
    ]);
    const again = await call(server, 'POST', '/api/v1/setup', {}, { workspaceName: 'X', name: 'Y', email: 'y@example.vn', password: TEST_PASSWORD });
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ error: { code: 'setup_done' } });
  });

  it('signs in, answers errors in the request language, and signs out for good', async () => {
    const wrong = await call(server, 'POST', '/api/v1/auth/login', { lang: 'vi' }, { email: owner.email, password: 'sai-mat-khau-123' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.data).toEqual({ error: { code: 'invalid_credentials', message: 'Email hoặc mật khẩu không đúng.' } });
    const ok = await call(server, 'POST', '/api/v1/auth/login', {}, { email: 'CHU.CUAHANG@anphat.vn', password: owner.password });
    expect(ok.statusCode).toBe(200);
    const cookie = cookieOf(ok);
    expect((await call(server, 'GET', '/api/v1/me', { cookie })).statusCode).toBe(200);
    expect((await call(server, 'POST', '/api/v1/auth/logout', { cookie })).statusCode).toBe(204);
    expect((await call(server, 'GET', '/api/v1/me', { cookie })).statusCode).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password, and says when to retry', async () => {
    const email = 'khoa.thu@anphat.vn';
    const { createUser } = await import('./users.js');
    await createUser(server.ctx.database.db, { email, name: 'Lê Khoa', password: TEST_PASSWORD }, 10);
    for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
      const r = await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: `wrong-password-${i}` });
      expect(r.statusCode).toBe(401);
    }
    const locked = await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.data).toMatchObject({ error: { code: 'account_locked' } });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are unaffected.
    expect((await call(server, 'POST', '/api/v1/auth/login', {}, owner)).statusCode).toBe(200);
  });

  it('throttles a flood of sign-in attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 35; i++) {
      const r = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.9.8.7',
        payload: { email: `nobody${i}@example.vn`, password: 'whatever-123' },
      });
      statuses.push(r.statusCode);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('lets a user with several workspaces switch, but not into a stranger’s', async () => {
    const login = await call(server, 'POST', '/api/v1/auth/login', {}, owner);
    const cookie = cookieOf(login);
    const created = await call(server, 'POST', '/api/v1/workspaces', { cookie }, { name: 'Phòng khám Sài Gòn' });
    expect(created.statusCode).toBe(201);
    const me = created.data as { activeWorkspaceId: string; workspaces: { workspace: { id: string; name: string } }[] };
    expect(me.workspaces.map((w) => w.workspace.name)).toEqual(['Chuỗi Bán Lẻ An Phát', 'Phòng khám Sài Gòn']);
    const clinic = me.workspaces.find((w) => w.workspace.name === 'Phòng khám Sài Gòn')!.workspace.id;
    expect(me.activeWorkspaceId).toBe(clinic);
    expect(((await call(server, 'GET', '/api/v1/workspace', { cookie })).data as { name: string }).name).toBe('Phòng khám Sài Gòn');
    const shop = me.workspaces.find((w) => w.workspace.name === 'Chuỗi Bán Lẻ An Phát')!.workspace.id;
    expect((await call(server, 'POST', '/api/v1/me/workspace', { cookie }, { workspaceId: shop })).statusCode).toBe(200);
    expect(((await call(server, 'GET', '/api/v1/workspace', { cookie })).data as { name: string }).name).toBe('Chuỗi Bán Lẻ An Phát');
    const stranger = await call(server, 'POST', '/api/v1/me/workspace', { cookie }, { workspaceId: '01a20a46-e55d-73c6-9ec3-5a46de524374' });
    expect(stranger.statusCode).toBe(404);
  });

  it('keeps profile language and name, NFC-normalised', async () => {
    const cookie = cookieOf(await call(server, 'POST', '/api/v1/auth/login', {}, owner));
    const decomposed = 'Nguyễn Thị Mai Anh'.normalize('NFD');
    const res = await call(server, 'PATCH', '/api/v1/me', { cookie }, { name: decomposed, locale: 'en' });
    expect(res.statusCode).toBe(200);
    expect((res.data as { user: { name: string; locale: string } }).user).toMatchObject({ name: 'Nguyễn Thị Mai Anh'.normalize('NFC'), locale: 'en' });
  });
});
