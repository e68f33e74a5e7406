import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../../db/schema.js';
import { createSmtpMailer } from '../../../platform/mailer.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { parseMail } from '../../../test/parse-mail.js';
import { makeResponsesFixture, type ResponsesFixture } from '../../../test/responses-fixture.js';
import { call, cookieOf, startTestServer, TEST_PASSWORD } from '../../../test/server.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { makeMember } from '../../../test/support-loop-fixtures.js';

/** The loop through the case engine's own routes: a case given to an agent alerts them; resolving it asks the customer; the answer shows on the case and the feedback. */
describe.each(ENGINES)('the closed loop through the API on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let fx: ResponsesFixture;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await engine.create();
    server = await startTestServer(t.database, { mailer: createSmtpMailer(sink.url, 'Footprint <cskh@footprint.test>') });
    fx = await makeResponsesFixture(server, 'Nhà thuốc Phúc An');
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await t?.drop();
    await sink?.stop();
  });

  it('alerts the assignee, asks the customer once resolved, and lands the answer on the case and its feedback', async () => {
    const db = server.ctx.database.db;
    const [binh] = await db.select({ id: customers.id }).from(customers).where(and(eq(customers.workspaceId, fx.ws.workspaceId), eq(customers.userId, 'kh-binh')));
    await db.update(customers).set({ email: 'binh@khach-phucan.vn' }).where(and(eq(customers.workspaceId, fx.ws.workspaceId), eq(customers.id, binh!.id)));
    const agent = await makeMember(server, fx.ws.workspaceId, { name: 'Lương Thị Thảo' });
    const agentCookie = cookieOf(await call(server, 'POST', '/api/v1/auth/login', {}, { email: agent.email, password: TEST_PASSWORD }));
    const responseId = await fx.respond(fx.nps, { rec: 2, why_low: { text: 'Thuốc hết hàng hai lần' } }, { userId: 'kh-binh' });

    const created = await call(server, 'POST', '/api/v1/cases', { cookie: fx.ws.cookie }, { subject: 'Thuốc hết hàng', customerId: binh!.id, responseId, assigneeId: agent.id });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.data as { id: string; number: number; version: number };
    const alerts = (await call(server, 'GET', '/api/v1/notifications', { cookie: agentCookie })).data as { items: { kind: string; case: { id: string } | null }[] };
    expect(alerts.items).toEqual([expect.objectContaining({ kind: 'assigned', case: expect.objectContaining({ id: c.id, number: c.number }) })]);

    const resolved = await call(server, 'PATCH', `/api/v1/cases/${c.id}`, { cookie: fx.ws.cookie }, { status: 'resolved', version: c.version });
    expect(resolved.statusCode, resolved.body).toBe(200);
    const mail = await parseMail(await sink.waitFor((m) => m.to.includes('binh@khach-phucan.vn')));
    const token = /\/r\/([A-Za-z0-9]{32})\?score=1/.exec(mail.text)![1]!;
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 5, comment: 'Đã có thuốc, cảm ơn' })).statusCode).toBe(200);

    const after = (await call(server, 'GET', `/api/v1/cases/${c.id}`, { cookie: fx.ws.cookie })).data as { resolutionCsat: { score: number; comment: string | null } | null; status: string };
    expect(after.status).toBe('resolved');
    expect(after.resolutionCsat).toMatchObject({ score: 5, comment: 'Đã có thuốc, cảm ơn' });
    const audit = (await call(server, 'GET', `/api/v1/cases/${c.id}/audit`, { cookie: fx.ws.cookie })).data as { items: { field: string; to: string | null; automation: string | null }[] };
    expect(audit.items).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'csatScore', to: '5', automation: 'customer' })]));
    const response = (await call(server, 'GET', `/api/v1/responses/${responseId}`, { cookie: fx.ws.cookie })).data as { case: unknown };
    expect(response.case).toEqual({ id: c.id, number: c.number, status: 'resolved' });
  });
});
