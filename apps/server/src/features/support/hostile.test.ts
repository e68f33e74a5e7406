import type { Case, CaseTrigger } from '@footprint/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../server.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { ZErrorShape } from '../../test/isolation.js';
import { call, startTestServer } from '../../test/server.js';
import { supportTeam, type SupportTeam } from '../../test/support-fixture.js';

let addresses = 0;
const nextAddress = () => `10.91.${(++addresses >> 8) & 255}.${addresses & 255}`;

/** Anything a broken client or a hostile script may send instead of what the inbox sends. */
const junk = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '\u0000', '\uD800', '__proto__', "' or 1=1 --", 'x'.repeat(20_000), -1, 0, 2 ** 53, NaN, null, [], {}, '0190a000-0000-7000-8000-000000000009'),
);

describe.each(ENGINES)('case engine routes take hostile input safely on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let team: SupportTeam;
  let theCase: Case;
  let trigger: CaseTrigger;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    team = await supportTeam(server, 'Cửa hàng thử tấn công');
    theCase = (await call(server, 'POST', '/api/v1/cases', { cookie: team.ws.cookie }, { subject: 'Yêu cầu thử' })).data as Case;
    trigger = (await call(server, 'POST', '/api/v1/support/triggers', { cookie: team.ws.cookie }, { name: 'Thử', enabled: false, conditions: {} })).data as CaseTrigger;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const send = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown) => {
    const r = await server.app.inject({
      method, url, remoteAddress: nextAddress(),
      headers: { cookie: team.ws.cookie, 'content-type': 'application/json' },
      ...(body !== undefined ? { payload: JSON.stringify(body) ?? 'null' } : {}),
    });
    const where = `${method} ${url} ${JSON.stringify(body)?.slice(0, 300) ?? ''} → ${r.statusCode} ${r.body.slice(0, 300)}`;
    expect(r.statusCode, where).toBeLessThan(500);
    if (r.statusCode >= 400) expect(ZErrorShape.safeParse(JSON.parse(r.body)).success, where).toBe(true);
    return r.statusCode;
  };

  const property = (method: 'POST' | 'PATCH' | 'PUT', url: () => string, base: () => Record<string, unknown>, fields: readonly string[]) =>
    fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), junk, async (field, value) => {
        await send(method, url(), { ...base(), [field]: value });
      }),
      { numRuns: 40 },
    );

  it('POST /cases with any field replaced by anything', () =>
    property('POST', () => '/api/v1/cases', () => ({ subject: 'Thử' }), ['subject', 'description', 'customerId', 'responseId', 'touchpointId', 'channel', 'departmentId', 'assigneeId', 'priority', 'tags']));
  it('PATCH /cases/:id with any field replaced by anything', () =>
    property('PATCH', () => `/api/v1/cases/${theCase.id}`, () => ({ version: 999 }), ['subject', 'status', 'priority', 'departmentId', 'assigneeId', 'tags', 'version']));
  it('POST /cases/bulk', () => property('POST', () => '/api/v1/cases/bulk', () => ({ ids: [theCase.id], set: { priority: 'low' } }), ['ids', 'set']));
  it('POST /cases/:id/messages', () => property('POST', () => `/api/v1/cases/${theCase.id}/messages`, () => ({ kind: 'note', body: 'Thử' }), ['kind', 'body', 'mentions', 'status']));
  it('POST /cases/:id/handoffs', () =>
    property('POST', () => `/api/v1/cases/${theCase.id}/handoffs`, () => ({ toDepartmentId: team.dept.warehouse, request: 'Hỏi' }), ['toDepartmentId', 'request', 'dueInHours']));
  it('POST /support/triggers and PATCH one, conditions broken anywhere', async () => {
    await property('POST', () => '/api/v1/support/triggers', () => ({ name: 'Thử', enabled: false, conditions: {} }), ['name', 'enabled', 'conditions', 'priority', 'tags']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('score', 'touchpointIds', 'surveyIds', 'channels', 'words', 'segment'), junk, async (field, value) => {
        await send('PATCH', `/api/v1/support/triggers/${trigger.id}`, { conditions: { [field]: value } });
        await send('POST', '/api/v1/support/rules/preview', { conditions: { [field]: value } });
      }),
      { numRuns: 40 },
    );
  });
  it('routing rules, orders, departments, shifts and SLA settings', async () => {
    await property('POST', () => '/api/v1/support/routing-rules', () => ({ name: 'Thử', conditions: {}, departmentId: team.dept.care }), ['name', 'enabled', 'conditions', 'departmentId']);
    await property('PUT', () => '/api/v1/support/triggers/order', () => ({ ids: [trigger.id] }), ['ids']);
    await property('PATCH', () => `/api/v1/support/departments/${team.dept.warehouse}`, () => ({}), ['assignment', 'leadId', 'isDefault']);
    await property('PUT', () => `/api/v1/support/agents/${team.members.kho1!.id}/shift`, () => ({ onShift: true }), ['onShift']);
    const sla = (await call(server, 'GET', '/api/v1/support/sla', { cookie: team.ws.cookie })).data as Record<string, unknown>;
    await property('PUT', () => '/api/v1/support/sla', () => sla, ['hours', 'policies']);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('timeZone', 'week', 'vnHolidays', 'extraHolidays', 'workingDays'), junk, async (field, value) => {
        await send('PUT', '/api/v1/support/sla', { ...sla, hours: { ...(sla.hours as object), [field]: value } });
      }),
      { numRuns: 40 },
    );
  });
  it('query strings of the lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('queue', 'status', 'priority', 'assigneeId', 'tag', 'breached', 'q', 'sort', 'page', 'pageSize', 'departmentId'), fc.string({ maxLength: 300 }), async (key, value) => {
        await send('GET', `/api/v1/cases?${key}=${encodeURIComponent(value)}`);
        await send('GET', `/api/v1/handoffs?${key}=${encodeURIComponent(value)}`);
      }),
      { numRuns: 60 },
    );
  });
});
