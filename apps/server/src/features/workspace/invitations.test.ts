import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../platform/mailer.js';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, cookieOf, makeWorkspace, TEST_PASSWORD, startTestServer, type TestWorkspace } from '../../test/server.js';
import { startSmtpSink } from '../../test/smtp-sink.js';
import type { Server } from '../../server.js';

/** Decodes a quoted-printable UTF-8 body, as a mail client would. */
function decodeQp(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Pulls the link out of an email body. */
function linkIn(raw: string, path: string): string {
  const text = decodeQp(raw);
  const m = text.match(new RegExp(`http://footprint\\.test/${path}/([A-Za-z0-9]+)`));
  if (!m) throw new Error(`no ${path} link in mail`);
  return m[1]!;
}

describe.each(ENGINES)('invitations and password reset by email on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let ws: TestWorkspace;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await engine.create();
    server = await startTestServer(t.database, { mailer: createSmtpMailer(smtp.url, 'Footprint <no-reply@footprint.test>') });
    ws = await makeWorkspace(server, 'Siêu thị Mini Cần Thơ');
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
    await smtp.stop();
  });

  it('emails an invitation; the newcomer accepts with a name and password and lands in the workspace', async () => {
    const depts = (await call(server, 'GET', '/api/v1/departments', { cookie: ws.cookie })).data as { items: { id: string; key: string }[] };
    const shipping = depts.items.find((d) => d.key === 'shipping')!;
    const res = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: 'Tran.Binh@Example.vn', role: 'agent', departmentId: shipping.id });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({ email: 'tran.binh@example.vn', role: 'agent', department: { nameVi: 'Vận chuyển' }, emailQueued: true, invitedBy: 'Nguyễn Văn An' });

    const mail = await smtp.waitFor((m) => m.to.includes('tran.binh@example.vn'));
    const body = decodeQp(mail.raw);
    expect(body).toContain('Nguyễn Văn An mời bạn tham gia "Siêu thị Mini Cần Thơ" trên Footprint với vai trò Nhân viên hỗ trợ.');
    expect(body).toContain('invited you to join "Siêu thị Mini Cần Thơ" on Footprint as Agent.');
    const token = linkIn(mail.raw, 'invite');
    expect((res.data as { acceptUrl: string }).acceptUrl).toBe(`http://footprint.test/invite/${token}`);

    const preview = await call(server, 'GET', `/api/v1/invitations/token/${token}`);
    expect(preview.data).toEqual({ workspaceName: 'Siêu thị Mini Cần Thơ', email: 'tran.binh@example.vn', role: 'agent', invitedBy: 'Nguyễn Văn An', existingUser: false });

    const missing = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, {});
    expect(missing.statusCode).toBe(400);
    const accepted = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, { name: 'Trần Văn Bình', password: TEST_PASSWORD });
    expect(accepted.statusCode).toBe(200);
    expect((accepted.data as { workspaces: { role: string }[] }).workspaces).toEqual([expect.objectContaining({ role: 'agent' })]);
    const members = (await call(server, 'GET', '/api/v1/members?q=tran van binh', { cookie: ws.cookie })).data as { items: { name: string; department: { nameEn: string } }[] };
    expect(members.items).toEqual([expect.objectContaining({ name: 'Trần Văn Bình', department: expect.objectContaining({ nameEn: 'Shipping' }) })]);
    // Used once only.
    expect((await call(server, 'GET', `/api/v1/invitations/token/${token}`)).statusCode).toBe(404);
    const pending = (await call(server, 'GET', '/api/v1/invitations', { cookie: ws.cookie })).data as { items: unknown[] };
    expect(pending.items).toHaveLength(0);
  });

  it('lets an existing user accept only as themselves', async () => {
    const other = await makeWorkspace(server, 'Nhà sách Huế');
    const res = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: other.email, role: 'analyst' });
    const token = (res.data as { acceptUrl: string }).acceptUrl.split('/').pop()!;
    expect(((await call(server, 'GET', `/api/v1/invitations/token/${token}`)).data as { existingUser: boolean }).existingUser).toBe(true);
    // Signed in as somebody else: refused.
    const wrongUser = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, { cookie: ws.cookie }, {});
    expect(wrongUser.statusCode).toBe(403);
    expect(wrongUser.data).toMatchObject({ error: { code: 'invitation_email_mismatch' } });
    const ok = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, { cookie: other.cookie }, {});
    expect(ok.statusCode).toBe(200);
    expect((ok.data as { workspaces: unknown[] }).workspaces).toHaveLength(2);
    const again = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: other.email, role: 'viewer' });
    expect(again.data).toMatchObject({ error: { code: 'already_member' } });
  });

  it('counts wrong passwords given while accepting towards the lockout', async () => {
    const victim = await makeWorkspace(server, 'Tiệm vàng Kim Long');
    const res = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: victim.email, role: 'viewer' });
    const token = (res.data as { acceptUrl: string }).acceptUrl.split('/').pop()!;
    for (let i = 0; i < 5; i++) {
      const r = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, { password: `doan-mo-${i}-xxxx` });
      expect(r.statusCode).toBe(401);
    }
    const locked = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, { password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.data).toMatchObject({ error: { code: 'account_locked' } });
    expect((await call(server, 'POST', '/api/v1/auth/login', {}, { email: victim.email, password: TEST_PASSWORD })).statusCode).toBe(429);
  });

  it('revokes a pending invitation so its link stops working', async () => {
    const res = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: 'le.cuong@example.vn', role: 'viewer' });
    const { id, acceptUrl } = res.data as { id: string; acceptUrl: string };
    expect((await call(server, 'DELETE', `/api/v1/invitations/${id}`, { cookie: ws.cookie })).statusCode).toBe(204);
    expect((await call(server, 'GET', `/api/v1/invitations/token/${acceptUrl.split('/').pop()}`)).statusCode).toBe(404);
  });

  it('resets a password by emailed link, once, and signs out every session', async () => {
    const before = await call(server, 'POST', '/api/v1/auth/login', {}, { email: ws.email, password: TEST_PASSWORD });
    const oldCookie = cookieOf(before);
    const unknown = await call(server, 'POST', '/api/v1/auth/password-reset', {}, { email: 'khong.ton.tai@example.vn' });
    expect(unknown.statusCode).toBe(202); // same answer: no account discovery
    expect((await call(server, 'POST', '/api/v1/auth/password-reset', {}, { email: ws.email })).statusCode).toBe(202);
    const mail = await smtp.waitFor((m) => m.to.includes(ws.email) && m.raw.includes('reset-password'));
    const token = linkIn(mail.raw, 'reset-password');
    const newPassword = 'mật-khẩu-mới-an-toàn';
    expect((await call(server, 'POST', '/api/v1/auth/password-reset/confirm', {}, { token, password: newPassword })).statusCode).toBe(204);
    const reused = await call(server, 'POST', '/api/v1/auth/password-reset/confirm', {}, { token, password: newPassword });
    expect(reused.data).toMatchObject({ error: { code: 'token_invalid' } });
    expect((await call(server, 'GET', '/api/v1/me', { cookie: oldCookie })).statusCode).toBe(401);
    expect((await call(server, 'POST', '/api/v1/auth/login', {}, { email: ws.email, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect((await call(server, 'POST', '/api/v1/auth/login', {}, { email: ws.email, password: newPassword })).statusCode).toBe(200);
  });
});
