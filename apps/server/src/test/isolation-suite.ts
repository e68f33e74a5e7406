import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Server } from '../server.js';
import { ENGINES, type Engine, type TestDatabase } from './databases.js';
import { ISOLATION_CASES, PUBLIC_ROUTES, TENANCY, type Fixtures } from './isolation-cases.js';
import {
  checkRouteCase, methodOf, openApiRoutes, probe, routerRoutes, send, titleOf, waitForIdleJobs, ZErrorShape,
} from './isolation.js';
import { startTestServer, TEST_PASSWORD } from './server.js';

/**
 * Tenants are walled: one workspace can neither read nor change another's data, on every route.
 * The matrix runs once per engine, each in its own file (isolation.pglite / isolation.postgres), so
 * the two runs share the machine's cores instead of queueing behind each other.
 */
export function describeIsolation(name: Engine['name']): void {
  const engine = ENGINES.find((e) => e.name === name);
  describe.skipIf(!engine)(`tenant isolation on ${name}`, () => {
    isolationSuite(engine!);
  });
}

function isolationSuite(engine: Engine): void {
  let t: TestDatabase;
  let server: Server;
  let attacker: Fixtures;
  let victim: Fixtures;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    attacker = await TENANCY.seed(server, 'attacker');
    victim = await TENANCY.seed(server, 'victim');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('has an isolation case, or a written public reason, for every route under /api/v1/', () => {
    const routes = routerRoutes(server.app);
    // The router listing is complete (hidden routes too) only if it holds every documented route.
    expect(openApiRoutes(server.app).filter((r) => !routes.includes(r))).toEqual([]);
    const api = routes.filter((r) => r.includes(' /api/v1/'));
    const cased = new Set(ISOLATION_CASES.map((c) => c.route));
    expect(api.filter((r) => !cased.has(r) && !(r in PUBLIC_ROUTES)), 'routes with no isolation case and no public reason').toEqual([]);
    expect([...cased, ...Object.keys(PUBLIC_ROUTES)].filter((r) => !api.includes(r)), 'cases for routes that do not exist').toEqual([]);
    expect([...cased].filter((r) => r in PUBLIC_ROUTES), 'routes both cased and public').toEqual([]);
    expect(Object.values(PUBLIC_ROUTES).every((why) => why.length > 10)).toBe(true);
  });

  it.each(ISOLATION_CASES.map((c) => [titleOf(c), c] as const))('%s: refused or confined to the caller, as every credential', async (_title, c) => {
    await checkRouteCase(server, c, attacker, victim, TENANCY);
  });

  it('refuses a write key on every GET under /api/v1/', async () => {
    const reads = ISOLATION_CASES.filter((c) => methodOf(c) === 'GET');
    expect(new Set(reads.map((c) => c.route)).size).toBeGreaterThanOrEqual(7);
    for (const c of reads) {
      const built = c.request(attacker, attacker);
      const r = await probe(server, c, built, { key: attacker.writeKey });
      r.stream?.close();
      const where = `${titleOf(c)} with a write key: ${built.url} → ${r.status} ${r.body.slice(0, 200)}`;
      expect([401, 403], where).toContain(r.status);
      expect(ZErrorShape.safeParse(r.data).success, where).toBe(true);
    }
  });

  it('refuses a read-scope key on every mutation with 403, and the workspace stays as it was', async () => {
    const writes = ISOLATION_CASES.filter((c) => methodOf(c) !== 'GET' && !c.readOnly);
    expect(writes.length).toBeGreaterThanOrEqual(10);
    await waitForIdleJobs(server);
    const before = await TENANCY.snapshot(server, attacker);
    for (const c of writes) {
      // Aimed at the caller's own resources: requests the matrix's controls proved valid.
      const built = c.request(attacker, attacker);
      const r = await probe(server, c, built, { key: attacker.readKey });
      r.stream?.close();
      const where = `${titleOf(c)} with a read key: ${methodOf(c)} ${built.url} ${JSON.stringify(built.body) ?? ''} → ${r.status} ${r.body.slice(0, 200)}`;
      expect(r.status, where).toBe(403);
      expect(ZErrorShape.safeParse(r.data).data?.error.code, where).toBe('forbidden');
    }
    await waitForIdleJobs(server);
    expect(await TENANCY.snapshot(server, attacker)).toEqual(before);
  });

  it("refuses to switch a session into another tenant's workspace, and the session stays on its own", async () => {
    const r = await send(server, { method: 'POST', url: '/api/v1/me/workspace', auth: { cookie: attacker.cookie }, body: { workspaceId: victim.workspaceId } });
    expect(r.status).toBe(404);
    expect(ZErrorShape.parse(r.data).error.code).toBe('not_found');
    expect(r.body).not.toContain(victim.workspaceName);
    const me = z
      .object({ activeWorkspaceId: z.string(), workspaces: z.array(z.object({ workspace: z.object({ id: z.string() }) })) })
      .parse((await send(server, { method: 'GET', url: '/api/v1/me', auth: { cookie: attacker.cookie } })).data);
    expect(me.activeWorkspaceId).toBe(attacker.workspaceId);
    expect(me.workspaces.map((w) => w.workspace.id)).not.toContain(victim.workspaceId);
    const ws = await send(server, { method: 'GET', url: '/api/v1/workspace', auth: { cookie: attacker.cookie } });
    expect(z.object({ id: z.string() }).parse(ws.data).id).toBe(attacker.workspaceId);
  });

  it("keeps the victim's credentials and people working after every attack", async () => {
    const login = await send(server, { method: 'POST', url: '/api/v1/auth/login', body: { email: victim.ownerEmail, password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    const members = z
      .object({ items: z.array(z.object({ userId: z.string(), role: z.string(), department: z.object({ id: z.string() }).nullable() })) })
      .parse((await send(server, { method: 'GET', url: '/api/v1/members?pageSize=200', auth: { key: victim.readKey } })).data);
    expect(members.items.find((m) => m.userId === victim.memberUserId)).toMatchObject({ role: 'agent', department: { id: victim.departmentId } });
    expect((await send(server, { method: 'GET', url: '/api/v1/invitations', auth: { key: victim.secretKey } })).body).toContain(victim.invitationId);
  });
}
