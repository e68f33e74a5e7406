import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs } from '../db/schema.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';
import { ENGINES, type TestDatabase } from './databases.js';
import { TENANCY, type Fixtures } from './isolation-cases.js';
import { checkRouteCase, type RouteCase, type Tenancy } from './isolation.js';
import { startTestServer } from './server.js';

/**
 * The harness itself can fail: a victim whose data moves during a case, or between two cases while
 * the last snapshot is reused, fails the case; a job of the victim makes the next case read it again.
 */
describe('the tenant isolation harness', () => {
  let t: TestDatabase;
  let server: Server;
  let attacker: Fixtures;
  let victim: Fixtures;
  // A tenant whose "data" the test moves at will.
  let value = 0;
  const tenancy: Tenancy = { seed: TENANCY.seed, snapshot: () => Promise.resolve({ value }) };
  // The attacker reads its own workspace: every credential gets what it should, so only the snapshot decides.
  const readOwn: RouteCase = {
    route: 'GET /api/v1/workspace',
    target: 'own',
    permitted: ['owner', 'secret', 'read'],
    request: () => ({ url: '/api/v1/workspace' }),
  };

  beforeAll(async () => {
    t = await ENGINES[0]!.create();
    server = await startTestServer(t.database);
    attacker = await TENANCY.seed(server, 'attacker');
    victim = await TENANCY.seed(server, 'victim');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('passes a case that leaves the victim as it was', async () => {
    await expect(checkRouteCase(server, readOwn, attacker, victim, tenancy)).resolves.toBeUndefined();
  });

  it('fails a case during which the victim changed', async () => {
    const moving: Tenancy = { ...tenancy, snapshot: () => Promise.resolve({ value: ++value }) };
    await expect(checkRouteCase(server, readOwn, attacker, victim, moving)).rejects.toThrow(/the victim's data changed \(owner → 200, secret → 200, read → 200, write → 40\d, none → 401\)/);
  });

  it('fails the next case when the victim changed between cases and nothing says so', async () => {
    await checkRouteCase(server, readOwn, attacker, victim, tenancy);
    value += 1;
    await expect(checkRouteCase(server, readOwn, attacker, victim, tenancy)).rejects.toThrow(/the victim's data changed/);
  });

  it("reads the victim again after one of its jobs ran between cases", async () => {
    await checkRouteCase(server, readOwn, attacker, victim, tenancy);
    value += 1;
    await t.database.db.insert(jobs).values({ id: newId(), workspaceId: victim.workspaceId, kind: 'test.finished', status: 'done', finishedAt: new Date() });
    await expect(checkRouteCase(server, readOwn, attacker, victim, tenancy)).resolves.toBeUndefined();
  });
});
