import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../db/database.js';
import type { Server } from '../server.js';
import { startTestServer } from '../test/server.js';

describe('health, readiness and the API reference', () => {
  let database: Database;
  let server: Server;
  beforeAll(async () => {
    // Not migrated yet: the process is alive but not ready.
    database = await openDatabase({});
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });

  it('is healthy at once, and ready only once migrated', async () => {
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await server.app.inject({ url: '/readyz' })).statusCode).toBe(503);
    await database.migrate();
    const ready = await server.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('publishes an OpenAPI document covering the management API, and a readable reference', async () => {
    const doc = (await server.app.inject({ url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/v1/members', '/api/v1/keys', '/api/v1/departments', '/api/v1/invitations', '/api/v1/auth/login', '/api/v1/setup']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const docs = await server.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('serves the dashboard at / and at every one of its routes', async () => {
    const { existsSync } = await import('node:fs');
    const { DEFAULT_WEB_DIST } = await import('../app.js');
    // npm test builds the dashboard first; the assertions need it there.
    expect(existsSync(`${DEFAULT_WEB_DIST}/index.html`)).toBe(true);
    for (const url of ['/', '/setup', '/settings/members', '/collection/customers/kh%2F001']) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toContain('text/html');
    }
  });

  it('answers unknown API paths with the JSON error, in the asked language', async () => {
    const res = await server.app.inject({ url: '/api/v1/khong-co', headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'Không tìm thấy.' } });
  });
});
