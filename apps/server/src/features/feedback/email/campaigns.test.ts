import type { Campaign, Recipient, Survey } from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, responses, scoreRollups, surveyInvites } from '../../../db/schema.js';
import { createSmtpMailer } from '../../../platform/mailer.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { inviteTokenIn, parseMail } from '../../../test/parse-mail.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

/** Customers as the tracking API learns them; the sink refuses bounce.* (550) and tempfail.* (451). */
const PEOPLE = [
  { userId: 'kh-mai', traits: { name: 'Nguyễn Thị Mai', email: 'mai@example.vn', province: 'Hà Nội', language: 'vi' } },
  { userId: 'kh-john', traits: { name: 'John Smith', email: 'John@Example.com', province: 'Hồ Chí Minh', language: 'en' } },
  { userId: 'kh-binh', traits: { name: 'Trần Văn Bình', email: 'binh@example.vn', province: 'Hà Nội' } },
  { userId: 'kh-no-email', traits: { name: 'Phạm Không Thư', province: 'Hà Nội' } },
  { userId: 'kh-hoa', traits: { name: 'Lê Thị Hoa', email: 'bounce.hoa@example.vn', province: 'Đà Nẵng' } },
  { userId: 'kh-an', traits: { name: 'Đỗ Văn An', email: 'tempfail.an@example.vn', province: 'Đà Nẵng' } },
];

describe.each(ENGINES)('email campaigns through a real SMTP server on $name', (engine) => {
  let smtp: Sink;
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let survey: Survey;
  let counter: string;
  let campaign: Campaign;
  const who = () => ({ cookie: ws.cookie });
  const mailsTo = (addr: string) => smtp.mails.filter((m) => m.to.includes(addr));

  async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > end) throw new Error(`timed out; last: ${JSON.stringify(v).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const getCampaign = async (id: string) => (await call(server, 'GET', `/api/v1/email-campaigns/${id}`, who())).data as Campaign;
  const recipients = async (id: string, query = '') => ((await call(server, 'GET', `/api/v1/email-campaigns/${id}/recipients?pageSize=200${query}`, who())).data as { items: Recipient[]; total: number });
  const byEmail = async (id: string) => new Map((await recipients(id)).items.map((r) => [r.email, r]));
  const create = async (body: Record<string, unknown>) => {
    const r = await call(server, 'POST', '/api/v1/email-campaigns', who(), { surveyId: survey.id, touchpointId: counter, ...body });
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Campaign;
  };
  const sendAndWait = async (id: string) => {
    const r = await call(server, 'POST', `/api/v1/email-campaigns/${id}/send`, who(), {});
    expect(r.statusCode, r.body).toBe(200);
    return until(() => getCampaign(id), (c) => c.status === 'sent');
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await engine.create();
    const mailFrom = 'Footprint <khaosat@footprint.test>';
    server = await startTestServer(t.database, { mailer: createSmtpMailer(smtp.url, mailFrom), config: { emailRatePerSecond: 1000, mailFrom } });
    ws = await makeWorkspace(server, 'Chuỗi Bán Lẻ An Phát');
    const writeKey = await makeKey(server, ws, 'write');
    const batch = PEOPLE.map((p) => ({ type: 'identify', userId: p.userId, traits: p.traits }));
    expect((await call(server, 'POST', '/v1/batch', {}, { writeKey, batch })).statusCode).toBe(200);
    counter = ((await call(server, 'POST', '/api/v1/touchpoints', who(), { name: 'Giao hàng', channel: 'delivery', rules: { events: ['Giao hàng thành công'] } })).data as { id: string }).id;
    survey = (await call(server, 'POST', '/api/v1/surveys', who(), { name: 'NPS sau giao hàng', template: 'post_purchase_nps', touchpointIds: [counter] })).data as Survey;
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
    await smtp.stop();
  });

  it('previews the audience: customers with an email, by province and by whether they answered', async () => {
    const r = await call(server, 'GET', `/api/v1/email-audience?surveyId=${survey.id}&provinces=${encodeURIComponent('Hà Nội')}`, who());
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data).toMatchObject({ matched: 2, suppressed: 0, provinces: expect.arrayContaining([{ name: 'Hà Nội', customers: 2 }, { name: 'Đà Nẵng', customers: 2 }]) });
    const all = (await call(server, 'GET', `/api/v1/email-audience?surveyId=${survey.id}&answered=not_answered`, who())).data as { matched: number; sample: { email: string }[] };
    expect(all.matched).toBe(5);
    expect(all.sample.map((s) => s.email)).not.toContain(undefined);
  });

  it('refuses to send while the survey is a draft, and a campaign with no one in it', async () => {
    const c = await create({ name: 'Chưa kích hoạt' });
    const r = await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, who(), {});
    expect([r.statusCode, (r.data as { error: { code: string } }).error.code]).toEqual([409, 'survey_inactive']);
    await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, who(), { status: 'active' });
    const none = await create({ name: 'Không ai', audience: { kind: 'customers', filters: { provinces: ['Cà Mau'] } } });
    const e = await call(server, 'POST', `/api/v1/email-campaigns/${none.id}/send`, who(), {});
    expect([e.statusCode, (e.data as { error: { code: string } }).error.code]).toEqual([409, 'campaign_empty']);
    const bad = await call(server, 'PATCH', `/api/v1/email-campaigns/${c.id}`, who(), { content: { vi: { subject: 'Chào {{ten}}', body: 'Không có liên kết' } } });
    expect(bad.statusCode).toBe(400);
    for (const id of [c.id, none.id]) expect((await call(server, 'DELETE', `/api/v1/email-campaigns/${id}`, who())).statusCode).toBe(204);
  });

  it('delivers a personal email to each customer in their language, with the link token and List-Unsubscribe', async () => {
    campaign = await create({ name: 'Tri ân tháng 11', reminderDays: 2 });
    expect(campaign).toMatchObject({ status: 'draft', delivery: 'smtp', reminderDays: 2, touchpoint: { id: counter, name: 'Giao hàng' } });
    const sent = await sendAndWait(campaign.id);
    expect(sent.totals).toMatchObject({ recipients: 5, sent: 3, failed: 1, bounced: 1, queued: 0, sending: 0 });
    expect(sent.reminder.status).toBe('scheduled');

    const mai = await parseMail(await smtp.waitFor((m) => m.to.includes('mai@example.vn')));
    expect(mai.subject).toBe('Chuỗi Bán Lẻ An Phát muốn nghe ý kiến của bạn');
    expect(mai.text).toContain('Chào Nguyễn Thị Mai,');
    expect(mai).toMatchObject({ from: 'khaosat@footprint.test', fromName: 'Chuỗi Bán Lẻ An Phát' });
    const token = inviteTokenIn(mai.text);
    expect(mai.text).toContain(`http://footprint.test/s/${survey.publicId}?t=${token}`);
    expect(mai.html).toContain(`href="http://footprint.test/s/${survey.publicId}?t=${token}"`);
    expect(mai.header('List-Unsubscribe')).toBe(`<http://footprint.test/api/v1/public/unsubscribe/${token}>`);
    expect(mai.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mai.text).toContain(`Huỷ đăng ký: http://footprint.test/u/${token}`);

    const john = await parseMail(await smtp.waitFor((m) => m.to.includes('john@example.com')));
    expect(john.subject).toBe('Chuỗi Bán Lẻ An Phát would love your feedback');
    expect(john.text).toContain('Hello John Smith,');
    const binh = await parseMail(await smtp.waitFor((m) => m.to.includes('binh@example.vn')));
    expect(binh.text).toContain('Chào Trần Văn Bình,'); // no language known: the campaign's default
    // Every token is different; nobody got two emails; the customer without an address got none.
    expect(new Set([mai, john, binh].map((m) => inviteTokenIn(m.text))).size).toBe(3);
    for (const a of ['mai@example.vn', 'john@example.com', 'binh@example.vn']) expect(mailsTo(a)).toHaveLength(1);
  });

  it('shows a refused address as bounced or failed with the SMTP server’s words, and keeps bounced ones out for good', async () => {
    const r = await byEmail(campaign.id);
    expect(r.get('bounce.hoa@example.vn')).toMatchObject({ status: 'bounced', error: expect.stringContaining('550') });
    expect(r.get('tempfail.an@example.vn')).toMatchObject({ status: 'failed', error: expect.stringContaining('451') });
    expect(r.get('mai@example.vn')).toMatchObject({ status: 'sent', language: 'vi', userId: 'kh-mai', sentAt: expect.any(String) });
    expect(r.get('john@example.com')).toMatchObject({ language: 'en', name: 'John Smith' });
    const supp = (await call(server, 'GET', '/api/v1/email-suppressions', who())).data as { items: { email: string; reason: string; campaign: { name: string } }[] };
    expect(supp.items).toEqual([expect.objectContaining({ email: 'bounce.hoa@example.vn', reason: 'bounced', campaign: expect.objectContaining({ name: 'Tri ân tháng 11' }) })]);
    // Retrying sends to the failed one again (the sink still refuses: failed again, never a 500).
    const before = smtp.mails.length;
    const retry = await call(server, 'POST', `/api/v1/email-campaigns/${campaign.id}/retry`, who());
    expect(retry.statusCode, retry.body).toBe(200);
    await until(() => getCampaign(campaign.id), (c) => c.status === 'sent');
    expect((await byEmail(campaign.id)).get('tempfail.an@example.vn')).toMatchObject({ status: 'failed', error: expect.stringContaining('451') });
    expect(smtp.mails.length).toBe(before);
    // Filters and search of the recipients table.
    expect((await recipients(campaign.id, '&status=bounced')).items.map((x) => x.email)).toEqual(['bounce.hoa@example.vn']);
    expect((await recipients(campaign.id, `&q=${encodeURIComponent('tran van binh')}`)).items.map((x) => x.email)).toEqual(['binh@example.vn']);
    expect((await recipients(campaign.id, '&sort=email&order=desc')).items.map((x) => x.email)).toEqual(['tempfail.an@example.vn', 'mai@example.vn', 'john@example.com', 'bounce.hoa@example.vn', 'binh@example.vn']);
  });

  it('records an answer through the emailed link with the customer, touchpoint, invitation and channel email, once', async () => {
    const john = await parseMail(mailsTo('john@example.com')[0]!);
    const token = inviteTokenIn(john.text);
    const open = await call(server, 'GET', `/api/v1/public/invites/${token}`);
    expect(open.data).toEqual({ publicId: survey.publicId, language: 'en', completed: false, answers: {} });
    // Whatever the body claims about who and where is ignored: the token says it.
    const partial = await call(server, 'POST', `/api/v1/public/invites/${token}/responses`, {}, { answers: { nps: 9 }, language: 'en', userId: 'kh-mai', touchpointId: null, channel: 'kiosk' });
    expect(partial.statusCode, partial.body).toBe(200);
    expect((await call(server, 'GET', `/api/v1/public/invites/${token}`)).data).toMatchObject({ completed: false, answers: { nps: 9 } });
    const done = await call(server, 'POST', `/api/v1/public/invites/${token}/responses`, {}, { answers: { nps: 10, why_high: { text: 'Giao nhanh, đóng gói cẩn thận' } }, language: 'en', complete: true });
    expect(done.data).toEqual({ id: (partial.data as { id: string }).id, completed: true });
    const again = await call(server, 'POST', `/api/v1/public/invites/${token}/responses`, {}, { answers: { nps: 0 }, language: 'en', complete: true });
    expect(again.data).toEqual({ id: (partial.data as { id: string }).id, completed: true });

    const invite = (await t.database.db.select().from(surveyInvites).where(eq(surveyInvites.token, token)))[0]!;
    const rows = await t.database.db.select().from(responses).where(eq(responses.workspaceId, ws.workspaceId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: 'kh-john', touchpointId: counter, invitationId: invite.id, channel: 'email', language: 'en', answers: { nps: 10, why_high: { text: 'Giao nhanh, đóng gói cẩn thận' } } });
    const rollups = await t.database.db.select().from(scoreRollups).where(eq(scoreRollups.workspaceId, ws.workspaceId));
    expect(rollups.map((r) => [r.channel, r.touchpointId])).toEqual([['email', counter]]);
    const r = (await byEmail(campaign.id)).get('john@example.com')!;
    expect(r).toMatchObject({ openedAt: expect.any(String), answeredAt: expect.any(String) });
    const detail = await call(server, 'GET', `/api/v1/email-campaigns/${campaign.id}/recipients/${r.id}`, { ...who(), lang: 'vi' });
    expect((detail.data as { response: { answers: unknown[] } }).response.answers).toEqual([
      { questionId: 'nps', title: 'Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè hoặc người thân không?', answer: '10/10' },
      { questionId: 'why_high', title: expect.any(String), answer: 'Giao nhanh, đóng gói cẩn thận' },
    ]);
    expect((await getCampaign(campaign.id)).totals).toMatchObject({ opened: 1, answered: 1 });
    // Mai opens her link but does not answer.
    const maiToken = inviteTokenIn((await parseMail(mailsTo('mai@example.vn')[0]!)).text);
    expect((await call(server, 'GET', `/api/v1/public/invites/${maiToken}`)).data).toMatchObject({ language: 'vi', completed: false });
  });

  it('sends the one reminder on its day only to those who got the email and have not answered, and only once', async () => {
    // The retry above re-planned the reminder for the same day; the first plan's job is void.
    const queued = await t.database.db.select().from(jobs).where(and(eq(jobs.kind, 'email.campaign'), eq(jobs.status, 'queued')));
    for (const job of queued) {
      const days = (job.runAt.getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(1.99);
      expect(days).toBeLessThan(2.01);
    }
    // Two days pass.
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(and(eq(jobs.kind, 'email.campaign'), eq(jobs.status, 'queued')));
    await t.database.db.execute(sql`select pg_notify('fp_jobs', 'email.campaign 0')`);
    const after = await until(() => getCampaign(campaign.id), (c) => c.reminder.status === 'sent');
    expect(after.totals.reminded).toBe(2);
    expect(mailsTo('mai@example.vn')).toHaveLength(2);
    expect(mailsTo('binh@example.vn')).toHaveLength(2);
    expect(mailsTo('john@example.com')).toHaveLength(1); // answered
    expect(mailsTo('tempfail.an@example.vn')).toHaveLength(0);
    const second = await parseMail(mailsTo('mai@example.vn')[1]!);
    expect(second.subject).toBe('Nhắc lại: Chuỗi Bán Lẻ An Phát muốn nghe ý kiến của bạn');
    expect(inviteTokenIn(second.text)).toBe(inviteTokenIn((await parseMail(mailsTo('mai@example.vn')[0]!)).text)); // the same link
    const once = await call(server, 'POST', `/api/v1/email-campaigns/${campaign.id}/remind`, who());
    expect([once.statusCode, (once.data as { error: { code: string } }).error.code]).toEqual([409, 'reminder_unavailable']);
    expect((await recipients(campaign.id, '&status=reminded')).items.map((x) => x.email).sort()).toEqual(['binh@example.vn', 'mai@example.vn']);
  });

  it('sends nothing more to someone who unsubscribed with one click, in this workspace', async () => {
    const binhMail = await parseMail(mailsTo('binh@example.vn')[0]!);
    const url = new URL(binhMail.header('List-Unsubscribe').slice(1, -1));
    const info = await call(server, 'GET', url.pathname);
    expect(info.data).toEqual({ workspaceName: 'Chuỗi Bán Lẻ An Phát', email: 'bi•••@example.vn', unsubscribed: false });
    // What a mail app sends for List-Unsubscribe-Post (RFC 8058).
    const oneClick = await server.app.inject({ method: 'POST', url: url.pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(oneClick.statusCode, oneClick.body).toBe(200);
    expect(JSON.parse(oneClick.body)).toMatchObject({ unsubscribed: true });
    // The page's button again: nothing changes.
    expect((await call(server, 'POST', url.pathname, {}, {})).statusCode).toBe(200);

    const next = await create({ name: 'Khảo sát lần hai', reminderDays: null });
    const sent = await sendAndWait(next.id);
    expect(sent.totals).toMatchObject({ recipients: 5, suppressed: 2, sent: 2, failed: 1 });
    const r = await byEmail(next.id);
    expect(r.get('binh@example.vn')?.status).toBe('suppressed');
    expect(r.get('bounce.hoa@example.vn')?.status).toBe('suppressed');
    expect(mailsTo('binh@example.vn')).toHaveLength(2); // the first email and the reminder, nothing since
    expect(mailsTo('mai@example.vn')).toHaveLength(3);
    const supp = (await call(server, 'GET', '/api/v1/email-suppressions?reason=unsubscribed', who())).data as { items: { email: string }[] };
    expect(supp.items.map((s) => s.email)).toEqual(['binh@example.vn']);
    // Another workspace still reaches the same address: the list is the workspace's.
    const other = await makeWorkspace(server, 'Nhà sách Cá Chép');
    const list = await call(server, 'GET', '/api/v1/email-suppressions', { cookie: other.cookie });
    expect((list.data as { total: number }).total).toBe(0);
  });

  it('takes an uploaded list, sends at most once even when a send was cut off by a crash, and retries it only when asked', async () => {
    const c = await create({ name: 'Danh sách hội chợ', audience: { kind: 'list' }, reminderDays: null });
    const csv = 'Họ tên;Email;Mã KH;Ngôn ngữ\r\nKhách Một;mot@hoicho.vn;;\r\nGuest Two;two@hoicho.vn;;English\r\nKhách Ba;ba@hoicho.vn;kh-ba;\r\nTrùng;MOT@hoicho.vn;;\r\nSai;không-phải-email;;\r\n';
    const up = await server.app.inject({ method: 'POST', url: `/api/v1/email-campaigns/${c.id}/recipients-file?fileName=h%E1%BB%99i-ch%E1%BB%A3.csv`, headers: { cookie: ws.cookie, 'content-type': 'text/csv' }, payload: csv });
    expect(up.statusCode, up.body).toBe(200);
    expect(JSON.parse(up.body)).toEqual({ rows: 5, added: 3, duplicates: 1, invalid: [{ row: 6, reason: 'invalid_email' }], columns: { email: 'Email', name: 'Họ tên', userId: 'Mã KH', language: 'Ngôn ngữ' } });
    expect((await getCampaign(c.id)).audience).toEqual({ kind: 'list', file: { name: 'hội-chợ.csv', rows: 5, added: 3, duplicates: 1, invalid: 1 } });
    const noEmail = await server.app.inject({ method: 'POST', url: `/api/v1/email-campaigns/${c.id}/recipients-file`, headers: { cookie: ws.cookie, 'content-type': 'text/csv' }, payload: 'Họ tên,SĐT\r\nA,0912\r\n' });
    expect([noEmail.statusCode, JSON.parse(noEmail.body).error.code]).toEqual([400, 'file_no_email_column']);

    // The job runner stops; the send is queued; then a process "dies" mid-batch: one recipient is
    // marked sending (claimed) and the job is left running with an expired lease.
    await server.ctx.jobs.stop();
    expect((await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, who(), {})).statusCode).toBe(200);
    const [cut] = await t.database.db.update(surveyInvites).set({ status: 'sending' }).where(eq(surveyInvites.email, 'two@hoicho.vn')).returning();
    await t.database.db.update(jobs).set({ status: 'running', attempts: 1, lockedBy: 'dead-process', lockedUntil: new Date(Date.now() - 1000) }).where(and(eq(jobs.kind, 'email.campaign'), eq(jobs.status, 'queued')));
    await server.ctx.jobs.start();
    const done = await until(() => getCampaign(c.id), (x) => x.status === 'sent');
    expect(done.totals).toMatchObject({ recipients: 3, sent: 2, failed: 1 });
    const r = await byEmail(c.id);
    expect(r.get('two@hoicho.vn')).toMatchObject({ status: 'failed', error: 'interrupted', language: 'en' });
    expect(r.get('ba@hoicho.vn')).toMatchObject({ userId: 'kh-ba', name: 'Khách Ba' });
    expect(mailsTo('two@hoicho.vn')).toHaveLength(0);
    expect(mailsTo('mot@hoicho.vn')).toHaveLength(1);
    expect(cut?.id).toBeDefined();
    // A person decides to send the interrupted one again.
    await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/retry`, who());
    await until(() => byEmail(c.id), (m) => m.get('two@hoicho.vn')?.status === 'sent');
    expect(mailsTo('two@hoicho.vn')).toHaveLength(1);
    expect((await parseMail(mailsTo('two@hoicho.vn')[0]!)).subject).toBe('Chuỗi Bán Lẻ An Phát would love your feedback');
    expect(mailsTo('mot@hoicho.vn')).toHaveLength(1);
    // Sent campaigns are history: no edits, no second send.
    expect((await call(server, 'PATCH', `/api/v1/email-campaigns/${c.id}`, who(), { name: 'Đổi tên' })).statusCode).toBe(409);
    expect((await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, who(), {})).statusCode).toBe(409);
  });

  it('schedules a send, and a cancelled schedule sends nothing', async () => {
    const c = await create({ name: 'Hẹn giờ', audience: { kind: 'customers', filters: { provinces: ['Hồ Chí Minh'] } }, reminderDays: null });
    const at = new Date(Date.now() + 3600_000).toISOString();
    const s = await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, who(), { at });
    expect(s.data).toMatchObject({ status: 'scheduled', scheduledAt: at });
    const cancelled = await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/cancel`, who());
    expect(cancelled.data).toMatchObject({ status: 'draft', scheduledAt: null });
    // The job queued for the old schedule comes due and does nothing.
    const before = mailsTo('john@example.com').length;
    await t.database.db.update(jobs).set({ runAt: new Date() }).where(and(eq(jobs.kind, 'email.campaign'), eq(jobs.status, 'queued')));
    await t.database.db.execute(sql`select pg_notify('fp_jobs', 'email.campaign 0')`);
    await until(async () => (await t.database.db.select().from(jobs).where(and(eq(jobs.kind, 'email.campaign'), eq(jobs.status, 'queued')))).length, (n) => n === 0);
    expect((await getCampaign(c.id)).status).toBe('draft');
    expect(mailsTo('john@example.com').length).toBe(before);
    const past = await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, who(), { at: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
  });

  it('lists campaigns with their totals, searched without diacritics', async () => {
    const list = (await call(server, 'GET', `/api/v1/email-campaigns?q=${encodeURIComponent('tri an')}`, who())).data as { items: { name: string; totals: { answered: number } }[]; total: number };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ name: 'Tri ân tháng 11', totals: { answered: 1 } });
  });
});

describe('email campaigns when the SMTP server is down', () => {
  it('marks each email failed with the connection error, and answers without a 500', async () => {
    const smtp = await startSmtpSink();
    const url = smtp.url;
    await smtp.stop();
    const t = await ENGINES[0]!.create();
    const server = await startTestServer(t.database, { mailer: createSmtpMailer(url, 'Footprint <khaosat@footprint.test>'), config: { emailRatePerSecond: 1000 } });
    try {
      const ws = await makeWorkspace(server, 'Siêu thị Mini');
      const writeKey = await makeKey(server, ws, 'write');
      await call(server, 'POST', '/v1/batch', {}, { writeKey, batch: [{ type: 'identify', userId: 'kh-1', traits: { name: 'Vũ Thị Lan', email: 'lan@example.vn' } }] });
      const survey = (await call(server, 'POST', '/api/v1/surveys', { cookie: ws.cookie }, { name: 'CSAT', template: 'delivery_csat' })).data as Survey;
      await call(server, 'PATCH', `/api/v1/surveys/${survey.id}`, { cookie: ws.cookie }, { status: 'active' });
      const c = (await call(server, 'POST', '/api/v1/email-campaigns', { cookie: ws.cookie }, { name: 'Khi SMTP hỏng', surveyId: survey.id })).data as Campaign;
      const sent = await call(server, 'POST', `/api/v1/email-campaigns/${c.id}/send`, { cookie: ws.cookie }, {});
      expect(sent.statusCode).toBe(200);
      for (let i = 0; i < 400; i++) {
        const now = (await call(server, 'GET', `/api/v1/email-campaigns/${c.id}`, { cookie: ws.cookie })).data as Campaign;
        if (now.status === 'sent') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const r = (await call(server, 'GET', `/api/v1/email-campaigns/${c.id}/recipients`, { cookie: ws.cookie })).data as { items: Recipient[] };
      expect(r.items).toEqual([expect.objectContaining({ email: 'lan@example.vn', status: 'failed', error: expect.stringMatching(/ECONNREFUSED|ECONNECTION/) })]);
    } finally {
      await server.close();
      await t.drop();
    }
  });
});
