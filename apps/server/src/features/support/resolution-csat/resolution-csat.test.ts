import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAudit, cases, customers } from '../../../db/schema.js';
import { enqueueJob } from '../../../platform/jobs.js';
import { createSmtpMailer } from '../../../platform/mailer.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { parseMail } from '../../../test/parse-mail.js';
import { makeResponsesFixture, type ResponsesFixture } from '../../../test/responses-fixture.js';
import { call, startTestServer } from '../../../test/server.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { insertCase } from '../../../test/support-loop-fixtures.js';
import { RESOLUTION_CSAT_JOB } from '../job-kinds.js';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
const tokenIn = (text: string) => {
  const all = [...text.matchAll(/\/r\/([A-Za-z0-9]{32})\?score=(\d)/g)];
  return { token: all[0]![1]!, scores: all.map((m) => Number(m[2])) };
};

describe.each(ENGINES)('resolution CSAT on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let sink: Sink;
  let fx: ResponsesFixture;
  let binh: string;
  const db = () => server.ctx.database.db;
  const ask = (caseId: string) => enqueueJob(server.ctx.database, RESOLUTION_CSAT_JOB, { caseId }, { workspaceId: fx.ws.workspaceId });
  const caseRow = async (id: string) => (await db().select().from(cases).where(and(eq(cases.workspaceId, fx.ws.workspaceId), eq(cases.id, id))))[0]!;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await engine.create();
    server = await startTestServer(t.database, { mailer: createSmtpMailer(sink.url, 'Footprint <hoi-y-kien@footprint.test>') });
    fx = await makeResponsesFixture(server, 'Nhà thuốc Long Châu');
    const [c] = await db().select({ id: customers.id }).from(customers).where(and(eq(customers.workspaceId, fx.ws.workspaceId), eq(customers.userId, 'kh-binh')));
    binh = c!.id;
    await db().update(customers).set({ email: 'binh.tran@khach.vn' }).where(and(eq(customers.workspaceId, fx.ws.workspaceId), eq(customers.id, binh)));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await t?.drop();
    await sink?.stop();
  });

  it('emails the question with five face links, takes one answer on the case (audited), and refuses a second', async () => {
    const responseId = await fx.respond(fx.nps, { rec: 3, why_low: { text: 'Dược sĩ tư vấn vội' } }, { userId: 'kh-binh', language: 'vi' });
    const c = await insertCase(server, fx.ws.workspaceId, { subject: 'Dược sĩ tư vấn vội', status: 'resolved', resolvedAt: new Date(), customerId: binh, responseId });
    await ask(c.id);
    const mail = await parseMail(await sink.waitFor((m) => m.to.includes('binh.tran@khach.vn')));
    expect(mail.subject).toBe(`Yêu cầu #${c.number} đã được giải quyết — bạn có hài lòng không?`);
    expect(mail.fromName).toBe('Nhà thuốc Long Châu');
    expect(mail.text).toContain('Bạn hài lòng thế nào với cách chúng tôi giải quyết?');
    const { token, scores } = tokenIn(mail.text);
    expect(scores).toEqual([1, 2, 3, 4, 5]);
    for (const s of [1, 2, 3, 4, 5]) expect(mail.html).toContain(`http://footprint.test/r/${token}?score=${s}`);

    const shown = await call(server, 'GET', `/api/v1/public/case-csat/${token}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.data).toEqual({ workspaceName: 'Nhà thuốc Long Châu', caseNumber: c.number, subject: 'Dược sĩ tư vấn vội', answered: false, score: null, language: 'vi' });
    expect(shown.body).not.toContain(c.id);
    expect(shown.body).not.toContain(fx.ws.workspaceId);

    expect((await call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 6 })).statusCode).toBe(400);
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 2.5 })).statusCode).toBe(400);
    const answered = await call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 4, comment: '  Cảm ơn đã gọi lại tư vấn kỹ hơn  ' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.data).toMatchObject({ answered: true, score: 4 });
    const row = await caseRow(c.id);
    expect({ score: row.csatScore, comment: row.csatComment, version: row.version }).toEqual({ score: 4, comment: 'Cảm ơn đã gọi lại tư vấn kỹ hơn', version: 2 });
    expect(row.csatAt).not.toBeNull();
    const audit = await db().select().from(caseAudit).where(and(eq(caseAudit.workspaceId, fx.ws.workspaceId), eq(caseAudit.caseId, c.id)));
    expect(audit.map((a) => [a.field, a.newValue, a.automation])).toEqual(
      expect.arrayContaining([
        ['csatScore', '4', 'customer'],
        ['csatComment', 'Cảm ơn đã gọi lại tư vấn kỹ hơn', 'customer'],
      ]),
    );
    const again = await call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 1 });
    expect(again.statusCode).toBe(409);
    expect((again.data as { error: { code: string } }).error.code).toBe('already_answered');
    expect((await caseRow(c.id)).csatScore).toBe(4);
    expect((await call(server, 'GET', `/api/v1/public/case-csat/${token}`)).data).toMatchObject({ answered: true, score: 4 });

    // Closing the loop: the response names its case.
    const r = await call(server, 'GET', `/api/v1/responses/${responseId}`, { cookie: fx.ws.cookie });
    expect((r.data as { case: unknown }).case).toEqual({ id: c.id, number: c.number, status: 'resolved' });
  });

  it('speaks English to an English-speaking customer, and a racing double answer lands once', async () => {
    const responseId = await fx.respond(fx.nps, { rec: 1, why_low: { text: 'Queue too long' } }, { userId: 'kh-binh', language: 'en' });
    const c = await insertCase(server, fx.ws.workspaceId, { subject: 'Queue too long', status: 'closed', resolvedAt: new Date(), customerId: binh, responseId });
    const before = sink.mails.length;
    await ask(c.id);
    const mail = await parseMail(await sink.waitFor((m) => sink.mails.indexOf(m) >= before && m.to.includes('binh.tran@khach.vn')));
    expect(mail.subject).toBe(`Request #${c.number} resolved — how did we do?`);
    expect(mail.text).toContain('1 – Very dissatisfied');
    const { token } = tokenIn(mail.text);
    expect(((await call(server, 'GET', `/api/v1/public/case-csat/${token}`)).data as { language: string }).language).toBe('en');
    const [a, b] = await Promise.all([
      call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 5 }),
      call(server, 'POST', `/api/v1/public/case-csat/${token}`, {}, { score: 1 }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 5 : 1;
    expect((await caseRow(c.id)).csatScore).toBe(winner);
  });

  it('asks again after a reopen (a fresh link, the earlier answer cleared and audited); refuses answers while reopened; skips who has no email', async () => {
    const c = await insertCase(server, fx.ws.workspaceId, { subject: 'Giao thiếu thuốc', status: 'resolved', resolvedAt: new Date(Date.now() - 60_000), customerId: binh });
    const before = sink.mails.length;
    await ask(c.id);
    const first = tokenIn((await parseMail(await sink.waitFor((m) => sink.mails.indexOf(m) >= before))).text).token;
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${first}`, {}, { score: 2 })).statusCode).toBe(200);
    // Reopened: the old link cannot rate the open case.
    await db().update(cases).set({ status: 'open', reopenedCount: 1 }).where(eq(cases.id, c.id));
    await db().update(cases).set({ csatAt: null }).where(eq(cases.id, c.id));
    const reopened = await call(server, 'POST', `/api/v1/public/case-csat/${first}`, {}, { score: 3 });
    expect(reopened.statusCode).toBe(409);
    expect((reopened.data as { error: { code: string } }).error.code).toBe('case_reopened');
    // Resolved again: a new question replaces the old link.
    await db().update(cases).set({ status: 'resolved', resolvedAt: new Date(), csatAt: new Date(Date.now() - 30_000) }).where(eq(cases.id, c.id));
    const mid = sink.mails.length;
    await ask(c.id);
    const second = tokenIn((await parseMail(await sink.waitFor((m) => sink.mails.indexOf(m) >= mid))).text).token;
    expect(second).not.toBe(first);
    const old = await call(server, 'GET', `/api/v1/public/case-csat/${first}`);
    expect(old.statusCode).toBe(404);
    expect((old.data as { error: { code: string } }).error.code).toBe('token_invalid');
    const row = await caseRow(c.id);
    expect(row.csatScore).toBeNull();
    const audit = await db().select().from(caseAudit).where(and(eq(caseAudit.caseId, c.id), eq(caseAudit.field, 'csatScore'), eq(caseAudit.automation, 'system')));
    expect(audit.map((a) => [a.oldValue, a.newValue])).toEqual([['2', null]]);
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${second}`, {}, { score: 5 })).statusCode).toBe(200);

    // No email address, or reopened before the job ran: nothing is sent.
    const nobody = await insertCase(server, fx.ws.workspaceId, { subject: 'Khách vãng lai', status: 'resolved', resolvedAt: new Date() });
    const back = await insertCase(server, fx.ws.workspaceId, { subject: 'Mở lại ngay', status: 'open', resolvedAt: new Date(), customerId: binh });
    const count = sink.mails.length;
    const ids = [await ask(nobody.id), await ask(back.id)];
    for (;;) {
      const rows = (await server.ctx.database.query<{ status: string; result: { skipped?: string } }>(`select status, result from jobs where id = any($1::uuid[])`, [ids])).rows;
      if (rows.every((r) => r.status === 'done')) {
        expect(rows.map((r) => r.result.skipped).sort()).toEqual(['no_email', 'reopened']);
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(sink.mails.length).toBe(count);
    expect((await caseRow(nobody.id)).csatTokenHash).toBeNull();
  });

  it('answers unknown or malformed tokens with 404 / 400, never 5xx', async () => {
    const unknown = await call(server, 'GET', `/api/v1/public/case-csat/${'A'.repeat(32)}`);
    expect(unknown.statusCode).toBe(404);
    expect((unknown.data as { error: { code: string } }).error.code).toBe('token_invalid');
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${'B'.repeat(32)}`, {}, { score: 3 })).statusCode).toBe(404);
    expect((await call(server, 'GET', '/api/v1/public/case-csat/ngắn')).statusCode).toBe(400);
    // Longer than any route parameter: the router answers before the route, still a JSON 4xx.
    const overlong = await call(server, 'GET', `/api/v1/public/case-csat/${'x'.repeat(200)}`);
    expect([404, 414]).toContain(overlong.statusCode);
    expect((overlong.data as { error: { code: string } }).error.code).toMatch(/^(not_found|uri_too_long)$/);
    expect((await call(server, 'GET', `/api/v1/public/case-csat/${'x'.repeat(70)}`)).statusCode).toBe(400);
    expect((await call(server, 'POST', `/api/v1/public/case-csat/${'C'.repeat(32)}`, {}, { score: '5' })).statusCode).toBe(400);
  });
});
