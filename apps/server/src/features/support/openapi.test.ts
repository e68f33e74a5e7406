import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database.js';
import type { Server } from '../../server.js';
import { startTestServer } from '../../test/server.js';

let db: Database;
let server: Server;
beforeAll(async () => {
  db = await openDatabase({});
  await db.migrate();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.close();
});

it('the OpenAPI document lists the case engine’s routes with their schemas', async () => {
  const r = await server.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(r.statusCode).toBe(200);
  const doc = JSON.parse(r.body) as { paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>> };
  for (const [path, method] of [
    ['/api/v1/cases', 'get'], ['/api/v1/cases', 'post'], ['/api/v1/cases/{id}', 'patch'], ['/api/v1/cases/{id}/messages', 'post'],
    ['/api/v1/handoffs', 'get'], ['/api/v1/support/triggers', 'post'], ['/api/v1/support/rules/preview', 'post'], ['/api/v1/support/sla', 'put'],
  ] as const) {
    const op = doc.paths[path]?.[method];
    expect(op, `${method} ${path}`).toBeDefined();
    expect(op!.tags).toEqual(['support']);
    expect(Object.keys(op!.responses).some((s) => s.startsWith('2'))).toBe(true);
  }
});
