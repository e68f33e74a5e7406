import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/database.js';
import { alertPreferences, notifications, workspaces } from '../../../db/schema.js';
import { loadConfig } from '../../../config.js';
import { createSmtpMailer } from '../../../platform/mailer.js';
import { createServer, type Server } from '../../../server.js';
import { createPostgresDatabase, ENGINES, type TestDatabase } from '../../../test/databases.js';
import { parseMail } from '../../../test/parse-mail.js';
import { startSmtpSink } from '../../../test/smtp-sink.js';
import { department, insertCase, makeMember } from '../../../test/support-loop-fixtures.js';
import { call, cookieOf, makeKey, makeWorkspace, startTestServer, TEST_PASSWORD, type TestWorkspace } from '../../../test/server.js';
import { registerAlertJobs } from './index.js';
import { notify } from './notify.js';

const FAST_MS = 150;
type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
const until = async (what: string, ok: () => Promise<boolean>, ms = 15_000) => {
  for (const end = Date.now() + ms; ; ) {
    if (await ok()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};
const login = async (server: Server, email: string) => cookieOf(await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD }));
const noQuiet = (email: Record<string, string> = {}) => ({
  email: { negative_feedback: 'instant', sla_breach: 'instant', assigned: 'instant', mention: 'instant', handoff: 'instant', ...email },
  quietHours: null,
  dailyDigestHour: 8,
});

describe.each(ENGINES)('alerts on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let sink: Sink;
  let ws: TestWorkspace;
  let agent: { id: string; email: string; cookie: string };
  let colleague: { id: string; email: string; cookie: string };
  let caseA: { id: string; number: number };
  const db = () => server.ctx.database.db;
  const alert = (userIds: string[], kind: 'assigned' | 'mention' | 'sla_breach' | 'negative_feedback' | 'handoff' = 'assigned', data: Record<string, string | number | null> = {}) =>
    db().transaction((tx) => notify(tx, { workspaceId: ws.workspaceId, userIds, kind, caseId: caseA.id, data: { number: caseA.number, ...data } }));
  const mailsTo = (email: string) => sink.mails.filter((m) => m.to.includes(email));
  const setPrefs = async (cookie: string, prefs: unknown) => {
    const r = await call(server, 'PUT', '/api/v1/notifications/preferences', { cookie }, prefs);
    expect(r.statusCode, r.body).toBe(200);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await engine.create();
    server = await startTestServer(t.database, { mailer: createSmtpMailer(sink.url, 'Footprint <canh-bao@footprint.test>') });
    // The mailer every few hundred ms rather than seconds, so the test does not wait.
    await registerAlertJobs(server.ctx.jobs, server.ctx, FAST_MS);
    ws = await makeWorkspace(server, 'Siêu thị Điện máy Sao Mai');
    const care = await department(server, ws.workspaceId, 'care');
    const a = await makeMember(server, ws.workspaceId, { name: 'Phạm Thu Hà', departmentId: care.id, locale: 'vi' });
    const c = await makeMember(server, ws.workspaceId, { name: 'John Nguyen', departmentId: care.id, locale: 'en' });
    agent = { ...a, cookie: await login(server, a.email) };
    colleague = { ...c, cookie: await login(server, c.email) };
    caseA = await insertCase(server, ws.workspaceId, { subject: 'Máy giặt giao thiếu ốc vít', departmentId: care.id, assigneeId: a.id });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await t?.drop();
    await sink?.stop();
  });

  it('lists a member’s own alerts with the case, counts unread, and marks them read', async () => {
    // Preferences without quiet hours: the defaults' (21:00–07:00) would make the test depend on the time of day.
    await setPrefs(agent.cookie, noQuiet({ assigned: 'off', mention: 'off' }));
    await setPrefs(colleague.cookie, noQuiet());
    await alert([agent.id], 'assigned', { byName: 'Nguyễn Văn An' });
    await alert([agent.id, colleague.id], 'mention', { byName: 'Nguyễn Văn An' });
    // Planned under the preferences of the moment: not emailed.
    await until('planned', async () =>
      (await db().select().from(notifications).where(eq(notifications.workspaceId, ws.workspaceId))).every((n) => n.emailState === (n.userId === agent.id ? 'none' : 'sent')),
    );
    const list = await call(server, 'GET', '/api/v1/notifications', { cookie: agent.cookie });
    expect(list.statusCode).toBe(200);
    const body = list.data as { items: { id: string; kind: string; case: { number: number; subject: string } | null; readAt: string | null }[]; total: number; unread: number };
    expect(body.total).toBe(2);
    expect(body.unread).toBe(2);
    expect(body.items.map((i) => i.kind)).toEqual(['mention', 'assigned']);
    expect(body.items[0]!.case).toEqual({ id: caseA.id, number: caseA.number, subject: 'Máy giặt giao thiếu ốc vít' });

    // Another member of the same workspace can neither read nor mark them.
    const theirs = (await call(server, 'GET', '/api/v1/notifications', { cookie: colleague.cookie })).data as { items: { id: string }[] };
    expect(theirs.items.map((i) => i.id)).not.toContain(body.items[1]!.id);
    const steal = await call(server, 'POST', '/api/v1/notifications/read', { cookie: colleague.cookie }, { ids: [body.items[1]!.id] });
    expect(steal.statusCode).toBe(404);
    expect((steal.data as { error: { code: string } }).error.code).toBe('not_found');

    const read = await call(server, 'POST', '/api/v1/notifications/read', { cookie: agent.cookie }, { ids: [body.items[1]!.id] });
    expect(read.statusCode).toBe(204);
    const after = (await call(server, 'GET', '/api/v1/notifications?unread=true', { cookie: agent.cookie })).data as { items: { id: string }[]; unread: number; total: number };
    expect(after).toMatchObject({ unread: 1, total: 1 });
    expect(after.items[0]!.id).toBe(body.items[0]!.id);
    expect((await call(server, 'POST', '/api/v1/notifications/read', { cookie: agent.cookie }, { all: true })).statusCode).toBe(204);
    expect(((await call(server, 'GET', '/api/v1/notifications', { cookie: agent.cookie })).data as { unread: number }).unread).toBe(0);
  });

  it('refuses API keys and bad preferences, and keeps preferences per member', async () => {
    const key = await makeKey(server, ws, 'secret');
    expect((await call(server, 'GET', '/api/v1/notifications', { key })).statusCode).toBe(403);
    expect((await call(server, 'GET', '/api/v1/notifications')).statusCode).toBe(401);
    const bad = await call(server, 'PUT', '/api/v1/notifications/preferences', { cookie: colleague.cookie }, { ...noQuiet(), quietHours: { from: '25:00', to: '07:00' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.data as { error: { code: string } }).error.code).toBe('validation_failed');
    expect((await call(server, 'PUT', '/api/v1/notifications/preferences', { cookie: colleague.cookie }, { ...noQuiet(), email: { assigned: 'sometimes' } })).statusCode).toBe(400);
    expect((await call(server, 'POST', '/api/v1/notifications/read', { cookie: colleague.cookie }, { ids: ['không-phải-id'] })).statusCode).toBe(400);
    // The refused changes left the colleague's own preferences as they were.
    expect((await call(server, 'GET', '/api/v1/notifications/preferences', { cookie: colleague.cookie })).data).toEqual(noQuiet());
    // A member who never chose has the defaults.
    const newcomer = await makeMember(server, ws.workspaceId, { name: 'Trịnh Văn Sơn', locale: 'vi' });
    const fresh = (await call(server, 'GET', '/api/v1/notifications/preferences', { cookie: await login(server, newcomer.email) })).data;
    expect(fresh).toEqual({
      email: { negative_feedback: 'hourly', sla_breach: 'instant', assigned: 'instant', mention: 'instant', handoff: 'instant' },
      quietHours: { from: '21:00', to: '07:00' },
      dailyDigestHour: 8,
    });
  });

  it('emails an instant alert at once, in the member’s language, with the case link', async () => {
    await setPrefs(agent.cookie, noQuiet());
    await setPrefs(colleague.cookie, noQuiet());
    const before = { vi: mailsTo(agent.email).length, en: mailsTo(colleague.email).length };
    await alert([agent.id, colleague.id], 'sla_breach', { target: 'first_response' });
    await until('both emails', async () => mailsTo(agent.email).length > before.vi && mailsTo(colleague.email).length > before.en);
    const vi = await parseMail(mailsTo(agent.email).at(-1)!);
    const en = await parseMail(mailsTo(colleague.email).at(-1)!);
    expect(vi.subject).toBe(`Yêu cầu #${caseA.number} đã quá hạn phản hồi đầu tiên: Máy giặt giao thiếu ốc vít`);
    expect(vi.text).toContain('Xin chào Phạm Thu Hà');
    expect(vi.text).toContain(`http://footprint.test/support/cases/${caseA.id}`);
    expect(en.subject).toBe(`Request #${caseA.number} missed its first-response target: Máy giặt giao thiếu ốc vít`);
    expect(en.header('content-language')).toBe('en');
    const states = await db().select({ s: notifications.emailState }).from(notifications).where(and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.kind, 'sla_breach')));
    expect(states.map((s) => s.s)).toEqual(['sent', 'sent']);
  });

  it('groups an hourly digest into one email at the next full hour', async () => {
    await setPrefs(agent.cookie, noQuiet({ negative_feedback: 'hourly' }));
    const before = mailsTo(agent.email).length;
    for (const score of [2, 4, 5]) await alert([agent.id], 'negative_feedback', { score, metric: 'nps' });
    const mine = and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.userId, agent.id), eq(notifications.kind, 'negative_feedback'));
    await until('the digest planned', async () => (await db().select().from(notifications).where(mine)).every((n) => n.emailState === 'scheduled'));
    const planned = await db().select().from(notifications).where(mine);
    // All three wait for the same full hour of the workspace's clock (UTC+7: a full UTC hour too).
    const due = planned.map((p) => p.emailDueAt!.getTime());
    expect(new Set(due).size).toBe(1);
    expect(due[0]! % 3_600_000).toBe(0);
    expect(due[0]!).toBeGreaterThan(Date.now());
    await new Promise((r) => setTimeout(r, FAST_MS * 4));
    expect(mailsTo(agent.email).length).toBe(before);
    // The hour comes.
    await db().update(notifications).set({ emailDueAt: new Date(Date.now() - 1000) }).where(mine);
    await until('the digest', async () => mailsTo(agent.email).length > before);
    await new Promise((r) => setTimeout(r, FAST_MS * 4));
    expect(mailsTo(agent.email).length).toBe(before + 1);
    const digest = await parseMail(mailsTo(agent.email).at(-1)!);
    expect(digest.subject).toBe('3 thông báo mới từ Siêu thị Điện máy Sao Mai');
    for (const s of ['NPS 2', 'NPS 4', 'NPS 5']) expect(digest.text).toContain(`Phản hồi tiêu cực (${s}) — đã mở yêu cầu #${caseA.number}`);
  });

  it('holds instant emails during quiet hours until they end, and never emails what is off', async () => {
    // Quiet hours around now, in the workspace's time zone.
    const [w] = await db().select({ tz: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, ws.workspaceId));
    const hm = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: w!.tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    const quiet = { from: hm(new Date(Date.now() - 3_600_000)), to: hm(new Date(Date.now() + 3_600_000)) };
    await setPrefs(colleague.cookie, { ...noQuiet({ handoff: 'off' }), quietHours: quiet });
    const before = mailsTo(colleague.email).length;
    await alert([colleague.id], 'mention', { byName: 'Phạm Thu Hà' });
    await alert([colleague.id], 'handoff', { event: 'asked', departmentNameVi: 'Kho', departmentNameEn: 'Warehouse' });
    const mention = and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.userId, colleague.id), eq(notifications.kind, 'mention'), sql`${notifications.data}->>'byName' = 'Phạm Thu Hà'`);
    const handoff = and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.userId, colleague.id), eq(notifications.kind, 'handoff'));
    await until('both planned', async () => {
      const rows = await db().select().from(notifications).where(and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.userId, colleague.id), sql`kind in ('mention', 'handoff')`));
      return rows.every((r) => r.emailState !== 'pending');
    });
    const [m] = await db().select().from(notifications).where(mention);
    const [h] = await db().select().from(notifications).where(handoff);
    expect(h!.emailState).toBe('none');
    expect(m!.emailState).toBe('scheduled');
    const held = m!.emailDueAt!.getTime() - Date.now();
    expect(held).toBeGreaterThan(55 * 60_000);
    expect(held).toBeLessThanOrEqual(61 * 60_000);
    expect(hm(m!.emailDueAt!)).toBe(quiet.to);
    await new Promise((r) => setTimeout(r, FAST_MS * 4));
    expect(mailsTo(colleague.email).length).toBe(before);
    // Quiet hours end.
    await db().update(notifications).set({ emailDueAt: new Date(Date.now() - 1000) }).where(mention);
    await until('the held email', async () => mailsTo(colleague.email).length > before);
    await new Promise((r) => setTimeout(r, FAST_MS * 4));
    expect(mailsTo(colleague.email).length).toBe(before + 1);
    const mail = await parseMail(mailsTo(colleague.email).at(-1)!);
    expect(mail.subject).toBe(`Phạm Thu Hà mentioned you in request #${caseA.number}: Máy giặt giao thiếu ốc vít`);
  });

  it('replans emails not yet sent when preferences change', async () => {
    await setPrefs(agent.cookie, noQuiet({ assigned: 'daily' }));
    await alert([agent.id], 'assigned');
    const mine = and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.userId, agent.id), eq(notifications.kind, 'assigned'), eq(notifications.emailState, 'scheduled'));
    await until('planned for the daily digest', async () => (await db().select().from(notifications).where(mine)).length === 1);
    await setPrefs(agent.cookie, noQuiet({ assigned: 'off' }));
    await until('replanned as off', async () => (await db().select().from(notifications).where(mine)).length === 0);
    const [stored] = await db().select().from(alertPreferences).where(and(eq(alertPreferences.workspaceId, ws.workspaceId), eq(alertPreferences.userId, agent.id)));
    expect((stored!.prefs as { email: { assigned: string } }).email.assigned).toBe('off');
  });

  it('retries an email the SMTP server refused, through the jobs table', async () => {
    await setPrefs(colleague.cookie, noQuiet());
    // The SMTP server refuses this member's first email with a temporary error.
    const flaky = await makeMember(server, ws.workspaceId, { name: 'Lê Văn Tâm', locale: 'vi' });
    await db().insert(alertPreferences).values({ workspaceId: ws.workspaceId, userId: flaky.id, prefs: noQuiet() });
    const before = mailsTo(flaky.email).length;
    const original = server.ctx.mailer.send.bind(server.ctx.mailer);
    let refused = 0;
    server.ctx.mailer.send = async (mail) => {
      if (mail.to === flaky.email && refused++ === 0) throw Object.assign(new Error('421 Try again later'), { responseCode: 421 });
      return original(mail);
    };
    try {
      await alert([flaky.id], 'assigned');
      await until('the retried email', async () => mailsTo(flaky.email).length > before, 30_000);
      expect(refused).toBeGreaterThanOrEqual(2);
      expect(mailsTo(flaky.email).length).toBe(before + 1);
    } finally {
      server.ctx.mailer.send = original;
    }
  }, 40_000);
});

/** Two server processes' worth of job runners on one PostgreSQL database: each alert is emailed once. */
describe.each(ENGINES.filter((e) => e.name === 'postgres'))('alert emails with two processes on $name', () => {
  it('never sends one alert twice', async () => {
    const sink = await startSmtpSink();
    const pg = await createPostgresDatabase();
    const servers: Server[] = [];
    try {
      for (const worker of ['proc-a', 'proc-b']) {
        const database = await openDatabase({ url: pg.url, poolSize: 5 });
        await database.migrate();
        const config = loadConfig({}, { scryptLogN: 10, publicUrl: 'http://footprint.test', workerId: worker });
        const s = await createServer(config, database, { mailer: createSmtpMailer(sink.url, 'Footprint <canh-bao@footprint.test>') });
        await s.app.ready();
        await registerAlertJobs(s.ctx.jobs, s.ctx, 50);
        servers.push(s);
      }
      const [a] = servers as [Server, Server];
      const ws = await makeWorkspace(a, 'Chuỗi nhà thuốc Minh Châu');
      const members = await Promise.all(['Hồ Thị Lan', 'Đặng Quốc Bảo', 'Vũ Minh Khoa'].map((name) => makeMember(a, ws.workspaceId, { name })));
      for (const m of members) {
        await a.ctx.database.db.insert(alertPreferences).values({ workspaceId: ws.workspaceId, userId: m.id, prefs: noQuiet() });
      }
      const c = await insertCase(a, ws.workspaceId, { subject: 'Thuốc giao nhầm' });
      // 30 alerts per member, raised in 30 transactions while both processes' mailers run.
      for (let i = 0; i < 30; i++) {
        await a.ctx.database.db.transaction((tx) => notify(tx, { workspaceId: ws.workspaceId, userIds: members.map((m) => m.id), kind: 'mention', caseId: c.id, data: { number: c.number, byName: `Đồng nghiệp ${i}` } }));
        await new Promise((r) => setTimeout(r, 20));
      }
      await until('every alert sent', async () => {
        const [r] = (await a.ctx.database.query<{ n: number }>(`select count(*)::int as n from notifications where workspace_id = $1 and email_state <> 'sent'`, [ws.workspaceId])).rows;
        return r!.n === 0;
      }, 60_000);
      await new Promise((r) => setTimeout(r, 500));
      for (const m of members) {
        const texts = await Promise.all(sink.mails.filter((x) => x.to.includes(m.email)).map(async (x) => (await parseMail(x)).text));
        const lines = texts.flatMap((t) => t.split('\n').filter((l) => l.includes('nhắc đến bạn')));
        expect(lines.length).toBe(30);
        expect(new Set(lines.map((l) => /Đồng nghiệp \d+/.exec(l)![0])).size).toBe(30);
      }
    } finally {
      for (const s of servers) {
        await s.close();
        await s.ctx.database.close();
      }
      await pg.drop();
      await sink.stop();
    }
  }, 120_000);
});
