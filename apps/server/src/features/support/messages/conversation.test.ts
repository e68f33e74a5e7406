import type { Case, CaseMessage, Handoff } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../../platform/mailer.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { parseMail } from '../../../test/parse-mail.js';
import { call, startTestServer } from '../../../test/server.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { addCustomer } from '../../../test/support-fixture-customers.js';
import { supportTeam, type SupportTeam } from '../../../test/support-fixture.js';

describe.each(ENGINES)('case conversation and hand-offs on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let team: SupportTeam;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let lan: string;
  let john: string;
  const owner = () => ({ cookie: team.ws.cookie });
  const as = (k: string) => ({ cookie: team.members[k]!.cookie });

  beforeAll(async () => {
    t = await engine.create();
    sink = await startSmtpSink();
    server = await startTestServer(t.database, { mailer: createSmtpMailer(sink.url, 'Footprint <no-reply@footprint.test>') });
    team = await supportTeam(server);
    lan = await addCustomer(server, team.ws.workspaceId, { userId: 'kh-lan', name: 'Nguyễn Thị Lan', email: 'lan@example.vn' });
    john = await addCustomer(server, team.ws.workspaceId, { userId: 'kh-john', name: 'John Smith', email: 'john@example.com', traits: { locale: 'en-GB' } });
  });
  afterAll(async () => {
    await server.close();
    await sink.stop();
    await t.drop();
  });

  const open = async (body: Record<string, unknown>) => {
    const r = await call(server, 'POST', '/api/v1/cases', owner(), body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Case;
  };
  const getCase = async (id: string) => (await call(server, 'GET', `/api/v1/cases/${id}`, owner())).data as Case;
  const messages = async (id: string) => ((await call(server, 'GET', `/api/v1/cases/${id}/messages`, owner())).data as { items: CaseMessage[] }).items;
  const until = async <T>(f: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = await f();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out: ${JSON.stringify(v)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('the first reply stamps the first response, opens the case and is emailed to the customer in Vietnamese', async () => {
    const c = await open({ subject: 'Giao hàng trễ 3 ngày', customerId: lan, departmentId: team.dept.care, assigneeId: team.members.cskh!.id });
    const r = await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, as('cskh'), { kind: 'reply', body: 'Chào chị Lan,\n\nĐơn hàng sẽ tới trong hôm nay. Xin lỗi chị vì sự chậm trễ.' });
    expect(r.statusCode, r.body).toBe(201);
    const m = r.data as CaseMessage;
    expect(m.delivery?.status).toBe('queued');
    const after = await getCase(c.id);
    expect(after.status).toBe('open');
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.sla.firstResponse).toBe('met');
    // A reply does not make a colleague's open edit stale.
    expect(after.version).toBe(c.version);
    const mail = await parseMail(await sink.waitFor((x) => x.to.includes('lan@example.vn')));
    expect(mail.subject).toBe(`[#${c.number}] Giao hàng trễ 3 ngày`);
    expect(mail.text).toContain('Xin chào Nguyễn Thị Lan');
    expect(mail.text).toContain('Đơn hàng sẽ tới trong hôm nay');
    expect(mail.text).toContain('Ngô Thị Chăm');
    const sent = await until(() => messages(c.id), (ms) => ms.find((x) => x.id === m.id)?.delivery?.status === 'sent');
    expect(sent.find((x) => x.id === m.id)?.author?.name).toBe('Ngô Thị Chăm');
  });

  it('a customer whose locale is English gets the reply in English', async () => {
    const c = await open({ subject: 'Wrong size', customerId: john });
    expect((await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'reply', body: 'We will exchange it.' })).statusCode).toBe(201);
    const mail = await parseMail(await sink.waitFor((x) => x.to.includes('john@example.com')));
    expect(mail.text).toContain('Hello John Smith');
    expect(mail.text).toContain(`Support case #${c.number}`);
  });

  it('a note stays inside, tells each mentioned member, and refuses a mention of a non-member', async () => {
    const c = await open({ subject: 'Khách hỏi hoá đơn', customerId: lan });
    const before = sink.mails.length;
    const r = await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'note', body: '@Lê Văn Kho kiểm tra giúp', mentions: [team.members.kho1!.id] });
    expect(r.statusCode, r.body).toBe(201);
    expect((r.data as CaseMessage).delivery).toBeNull();
    expect((r.data as CaseMessage).mentions).toEqual([{ id: team.members.kho1!.id, name: 'Lê Văn Kho' }]);
    const n = await t.database.query<{ n: number }>(`select count(*)::int as n from notifications where user_id = $1 and kind = 'mention' and case_id = $2`, [team.members.kho1!.id, c.id]);
    expect(n.rows[0]!.n).toBe(1);
    const bad = await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'note', body: 'x', mentions: ['0190a000-0000-7000-8000-0000000000aa'] });
    expect(bad.statusCode).toBe(404);
    expect(bad.data).toMatchObject({ error: { code: 'case_reference_unknown', details: { field: 'mentions' } } });
    const replyMention = await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'reply', body: 'x', mentions: [team.members.kho1!.id] });
    expect(replyMention.statusCode).toBe(400);
    expect((await getCase(c.id)).status).toBe('new'); // a note is not a response
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.mails.length).toBe(before);
  });

  it('a reply and a PATCH at once both land', async () => {
    for (let i = 0; i < 3; i++) {
      const c = await open({ subject: `Đồng thời ${i}`, customerId: lan });
      const [reply, patch] = await Promise.all([
        call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'reply', body: 'Đang xử lý' }),
        call(server, 'PATCH', `/api/v1/cases/${c.id}`, as('admin'), { priority: 'high', version: c.version }),
      ]);
      expect(reply.statusCode, reply.body).toBe(201);
      expect(patch.statusCode, patch.body).toBe(200);
      const now = await getCase(c.id);
      expect(now.priority).toBe('high');
      expect(now.firstResponseAt).not.toBeNull();
      expect((await messages(c.id)).filter((m) => m.kind === 'reply')).toHaveLength(1);
    }
  });

  it('reply and resolve; a later reply reopens and counts; resolution asks CSAT each time', async () => {
    const c = await open({ subject: 'Bảo hành máy giặt', customerId: lan });
    expect((await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'reply', body: 'Đã đổi máy mới', status: 'resolved' })).statusCode).toBe(201);
    const resolved = await getCase(c.id);
    expect(resolved.status).toBe('resolved');
    expect(resolved.version).toBe(c.version + 1);
    expect((await call(server, 'POST', `/api/v1/cases/${c.id}/messages`, owner(), { kind: 'reply', body: 'Bổ sung hướng dẫn' })).statusCode).toBe(201);
    const reopened = await getCase(c.id);
    expect(reopened.status).toBe('open');
    expect(reopened.reopenedCount).toBe(1);
    await call(server, 'PATCH', `/api/v1/cases/${c.id}`, owner(), { status: 'resolved', version: reopened.version });
    const jobs = await t.database.query<{ n: number }>(`select count(*)::int as n from jobs where kind = 'support.resolution-csat' and payload->>'caseId' = $1`, [c.id]);
    expect(jobs.rows[0]!.n).toBe(2);
    const counts = await t.database.query<{ reply_count: number; replier_count: number }>(`select reply_count, replier_count from cases where id = $1`, [c.id]);
    expect(counts.rows[0]).toEqual({ reply_count: 2, replier_count: 1 });
  });

  it('a hand-off: the case waits on Kho, Kho sees and answers it, the answer comes back and the case is open again', async () => {
    const c = await open({ subject: 'Hỏi tồn kho tủ lạnh', customerId: lan, departmentId: team.dept.care, assigneeId: team.members.cskh!.id });
    expect((await call(server, 'GET', `/api/v1/cases/${c.id}`, as('kho1'))).statusCode).toBe(404);
    const r = await call(server, 'POST', `/api/v1/cases/${c.id}/handoffs`, as('cskh'), { toDepartmentId: team.dept.warehouse, request: 'Còn tủ lạnh 300L không?', dueInHours: 2 });
    expect(r.statusCode, r.body).toBe(201);
    const h = r.data as Handoff;
    expect(h.toDepartment.nameVi).toBe('Kho');
    expect(h.fromDepartment?.nameVi).toBe('Chăm sóc khách hàng');
    expect(new Date(h.dueAt).getTime()).toBeGreaterThan(Date.now());
    const waiting = await getCase(c.id);
    expect(waiting.status).toBe('waiting_department');
    expect(waiting.waitingOn.map((w) => w.nameVi)).toEqual(['Kho']);
    // Kho now sees the case and its question; Bán hàng does not.
    expect((await call(server, 'GET', `/api/v1/cases/${c.id}`, as('kho1'))).statusCode).toBe(200);
    expect((await call(server, 'GET', `/api/v1/cases/${c.id}`, as('ban'))).statusCode).toBe(404);
    const queue = (await call(server, 'GET', '/api/v1/handoffs?direction=to', as('kho2'))).data as { items: Handoff[] };
    expect(queue.items.map((x) => x.id)).toContain(h.id);
    const asked = (await call(server, 'GET', '/api/v1/handoffs?direction=from', as('cskh'))).data as { items: Handoff[] };
    expect(asked.items.map((x) => x.id)).toContain(h.id);
    expect((await call(server, 'GET', `/api/v1/handoffs?departmentId=${team.dept.sales}`, as('kho1'))).statusCode).toBe(403);
    const told = await t.database.query<{ user_id: string }>(`select user_id from notifications where kind = 'handoff' and case_id = $1`, [c.id]);
    expect(told.rows.map((x) => x.user_id).sort()).toEqual([team.members.kho1!.id, team.members.kho2!.id].sort());
    // Only the asked department answers.
    expect((await call(server, 'POST', `/api/v1/handoffs/${h.id}/answer`, as('ban'), { answer: 'x' })).statusCode).toBe(404);
    expect((await call(server, 'POST', `/api/v1/handoffs/${h.id}/answer`, as('cskh'), { answer: 'x' })).statusCode).toBe(403);
    const a = await call(server, 'POST', `/api/v1/handoffs/${h.id}/answer`, as('kho1'), { answer: 'Còn 4 chiếc ở kho Thủ Đức' });
    expect(a.statusCode, a.body).toBe(200);
    expect((a.data as Handoff).answeredBy?.name).toBe('Lê Văn Kho');
    const back = await getCase(c.id);
    expect(back.status).toBe('open');
    expect(back.waitingOn).toEqual([]);
    const lines = (await messages(c.id)).filter((m) => m.kind === 'system').map((m) => m.body);
    expect(lines).toEqual(['Đã hỏi Kho: Còn tủ lạnh 300L không?', 'Kho trả lời: Còn 4 chiếc ở kho Thủ Đức']);
    const assigneeTold = await t.database.query<{ n: number }>(`select count(*)::int as n from notifications where kind = 'handoff' and case_id = $1 and user_id = $2`, [c.id, team.members.cskh!.id]);
    expect(assigneeTold.rows[0]!.n).toBe(1);
    const again = await call(server, 'POST', `/api/v1/handoffs/${h.id}/answer`, as('kho2'), { answer: 'Lần hai' });
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ error: { code: 'handoff_not_open' } });
  });

  it('a status an agent set meanwhile stays when the last hand-off is answered; withdrawing works from the asking side', async () => {
    const c = await open({ subject: 'Hỏi vận chuyển', departmentId: team.dept.care, assigneeId: team.members.cskh!.id });
    const h1 = (await call(server, 'POST', `/api/v1/cases/${c.id}/handoffs`, as('cskh'), { toDepartmentId: team.dept.shipping, request: 'Đơn đang ở đâu?' })).data as Handoff;
    const h2 = (await call(server, 'POST', `/api/v1/cases/${c.id}/handoffs`, as('cskh'), { toDepartmentId: team.dept.warehouse, request: 'Đã xuất kho chưa?' })).data as Handoff;
    expect((await call(server, 'POST', `/api/v1/handoffs/${h2.id}/cancel`, as('kho1'))).statusCode).toBe(403);
    expect((await call(server, 'POST', `/api/v1/handoffs/${h2.id}/cancel`, as('cskh'))).statusCode).toBe(200);
    expect((await getCase(c.id)).status).toBe('waiting_department'); // still waiting on Vận chuyển
    const now = await getCase(c.id);
    await call(server, 'PATCH', `/api/v1/cases/${c.id}`, as('cskh'), { status: 'waiting_customer', version: now.version });
    expect((await call(server, 'POST', `/api/v1/handoffs/${h1.id}/answer`, owner(), { answer: 'Đang giao' })).statusCode).toBe(200);
    expect((await getCase(c.id)).status).toBe('waiting_customer');
  });

  it('the customer’s timeline shows their cases and the replies sent to them, to those who may read cases', async () => {
    type Timeline = { support: { cases: { id: string; subject: string }[]; replies: { body: string; case: { id: string }; author: { name: string } | null }[] } };
    const r = await call(server, 'GET', '/api/v1/customers/kh-lan/timeline', owner());
    expect(r.statusCode, r.body).toBe(200);
    const tl = r.data as Timeline;
    expect(tl.support.cases.map((c) => c.subject)).toContain('Giao hàng trễ 3 ngày');
    expect(tl.support.replies.find((x) => x.body.includes('Đơn hàng sẽ tới'))?.author?.name).toBe('Ngô Thị Chăm');
    // Notes never reach the timeline.
    expect(tl.support.replies.some((x) => x.body.includes('kiểm tra giúp'))).toBe(false);
    const viewer = (await call(server, 'GET', '/api/v1/customers/kh-lan/timeline', as('viewer'))).data as Timeline;
    expect(viewer.support).toEqual({ cases: [], replies: [] });
    // An agent of Bán hàng sees none of Chăm sóc khách hàng's cases.
    const ban = (await call(server, 'GET', '/api/v1/customers/kh-lan/timeline', as('ban'))).data as Timeline;
    expect(ban.support.cases).toEqual([]);
  });

  it('tells live dashboards of case and hand-off changes, after they commit', async () => {
    const seen: { type: string; data: Record<string, unknown> }[] = [];
    const off = server.ctx.live.subscribe(team.ws.workspaceId, (e) => seen.push(e));
    try {
      const c = await open({ subject: 'Trực tiếp', departmentId: team.dept.care });
      await call(server, 'POST', `/api/v1/cases/${c.id}/handoffs`, owner(), { toDepartmentId: team.dept.warehouse, request: 'Có không?' });
      // One for the new case, one for the hand-off (it changes the case's status).
      await until(async () => seen.filter((e) => e.data.id === c.id || e.data.caseId === c.id).map((e) => e.type), (types) => types.filter((x) => x === 'cases.changed').length >= 2 && types.includes('handoffs.changed'));
      expect(seen.filter((e) => e.type === 'cases.changed' && e.data.id === c.id)).toHaveLength(2);
      expect(seen.some((e) => e.type === 'notifications.changed' && Array.isArray(e.data.userIds) && e.data.userIds.includes(team.members.kho1!.id))).toBe(true);
      // A refused change says nothing.
      const before = seen.length;
      await call(server, 'PATCH', `/api/v1/cases/${c.id}`, owner(), { priority: 'low', version: 999 });
      await new Promise((r) => setTimeout(r, 200));
      expect(seen.slice(before).filter((e) => e.type === 'cases.changed' && e.data.id === c.id)).toEqual([]);
    } finally {
      off();
    }
  });

  it('saved views are the caller’s own', async () => {
    const r = await call(server, 'POST', '/api/v1/case-views', as('kho1'), { name: 'Gấp của tôi', query: { queue: 'mine', priority: 'urgent,high' } });
    expect(r.statusCode, r.body).toBe(201);
    const id = (r.data as { id: string }).id;
    expect(((await call(server, 'GET', '/api/v1/case-views', as('kho1'))).data as { items: { id: string }[] }).items.map((v) => v.id)).toEqual([id]);
    expect(((await call(server, 'GET', '/api/v1/case-views', as('kho2'))).data as { items: unknown[] }).items).toEqual([]);
    expect((await call(server, 'DELETE', `/api/v1/case-views/${id}`, as('kho2'))).statusCode).toBe(404);
    expect((await call(server, 'GET', '/api/v1/case-views', { key: team.secretKey })).statusCode).toBe(403);
    expect((await call(server, 'DELETE', `/api/v1/case-views/${id}`, as('kho1'))).statusCode).toBe(204);
  });
});
