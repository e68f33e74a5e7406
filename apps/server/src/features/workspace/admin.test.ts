import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, type TestDatabase } from '../../test/databases.js';
import { call, makeKey, makeWorkspace, startTestServer, type TestWorkspace } from '../../test/server.js';
import type { Server } from '../../server.js';
import { loadDemo } from '../../demo/load.js';

type Page = { items: { userId: string; name: string; email: string; role: string; department: { nameVi: string } | null }[]; total: number };

describe.each(ENGINES)('members, departments and keys on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Chuỗi cà phê Sông Hàn');
    await loadDemo(t.database, ws.workspaceId, { customers: 20_000, teamOnly: true });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const members = async (qs: string) => (await call(server, 'GET', `/api/v1/members?${qs}`, { cookie: ws.cookie })).data as Page;

  it('pages, sorts and filters members', async () => {
    const all = await members('pageSize=200');
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(20);
    const p1 = await members('pageSize=10&page=1&sort=email&order=asc');
    const p2 = await members('pageSize=10&page=2&sort=email&order=asc');
    expect(p1.items).toHaveLength(10);
    expect(p1.total).toBe(all.total);
    const emails = [...p1.items, ...p2.items].map((m) => m.email);
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(20);
    const desc = await members('pageSize=5&sort=email&order=desc');
    expect(desc.items[0]!.email >= desc.items[4]!.email).toBe(true);
    const agents = await members('role=agent&pageSize=200');
    expect(agents.items.length).toBeGreaterThan(0);
    expect(agents.items.every((m) => m.role === 'agent' && m.department !== null)).toBe(true);
  });

  it('finds Vietnamese names with or without diacritics', async () => {
    const all = await members('pageSize=200');
    const someone = all.items.find((m) => m.name !== m.name.normalize('NFD'))!;
    const folded = someone.name.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    for (const q of [someone.name, folded, someone.name.toUpperCase()]) {
      const found = await members(`q=${encodeURIComponent(q)}&pageSize=200`);
      expect(found.items.map((m) => m.userId)).toContain(someone.userId);
    }
    expect((await members('q=%25&pageSize=200')).total).toBe(0); // a literal %, not a wildcard
  });

  it('changes roles and departments, but never leaves a workspace without an owner', async () => {
    const all = await members('pageSize=200');
    const agent = all.items.find((m) => m.role === 'agent')!;
    const depts = (await call(server, 'GET', '/api/v1/departments', { cookie: ws.cookie })).data as { items: { id: string; key: string }[] };
    const tech = depts.items.find((d) => d.key === 'technical')!;
    const res = await call(server, 'PATCH', `/api/v1/members/${agent.userId}`, { cookie: ws.cookie }, { role: 'analyst', departmentId: tech.id });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ role: 'analyst', department: { nameVi: 'Kỹ thuật' } });
    const lastOwner = await call(server, 'PATCH', `/api/v1/members/${ws.ownerId}`, { cookie: ws.cookie }, { role: 'admin' });
    expect(lastOwner.statusCode).toBe(409);
    expect(lastOwner.data).toMatchObject({ error: { code: 'last_owner' } });
    expect((await call(server, 'DELETE', `/api/v1/members/${ws.ownerId}`, { cookie: ws.cookie })).statusCode).toBe(409);
  });

  it('lets a full secret key manage members but not promote to owner', async () => {
    const key = await makeKey(server, ws, 'secret', 'full');
    const viewer = (await members('role=viewer&pageSize=1')).items[0]!;
    const promote = await call(server, 'PATCH', `/api/v1/members/${viewer.userId}`, { key }, { role: 'owner' });
    expect(promote.statusCode).toBe(403);
    const demote = await call(server, 'PATCH', `/api/v1/members/${viewer.userId}`, { key }, { role: 'agent' });
    expect(demote.statusCode).toBe(200);
  });

  it('never lets two owners demote each other at the same time', async () => {
    const other = await makeWorkspace(server, 'Đồng sở hữu');
    const inv = await call(server, 'POST', '/api/v1/invitations', { cookie: other.cookie }, { email: 'dong.so.huu@example.vn', role: 'admin' });
    const token = (inv.data as { acceptUrl: string }).acceptUrl.split('/').pop();
    const acc = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, { name: 'Đồng Sở Hữu', password: 'mat-khau-dong-so-huu' });
    const second = { cookie: `fp_session=${acc.cookies.find((c) => c.name === 'fp_session')!.value}`, id: (acc.data as { user: { id: string } }).user.id };
    expect((await call(server, 'PATCH', `/api/v1/members/${second.id}`, { cookie: other.cookie }, { role: 'owner' })).statusCode).toBe(200);
    const [a, b] = await Promise.all([
      call(server, 'PATCH', `/api/v1/members/${second.id}`, { cookie: other.cookie }, { role: 'admin' }),
      call(server, 'PATCH', `/api/v1/members/${other.ownerId}`, { cookie: second.cookie }, { role: 'admin' }),
    ]);
    // One wins; the other is refused: as the last owner (409), or, demoted first, as an admin (403).
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const owners = (await call(server, 'GET', '/api/v1/members?role=owner', { cookie: other.cookie })).data as Page;
    expect(owners.total).toBe(1);
  });

  it('moves a removed member of two workspaces to the one they still have', async () => {
    const other = await makeWorkspace(server, 'Cửa hàng thứ hai');
    const inv = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: other.email, role: 'agent' });
    const token = (inv.data as { acceptUrl: string }).acceptUrl.split('/').pop();
    const acc = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, { cookie: other.cookie }, {});
    expect((acc.data as { activeWorkspaceId: string }).activeWorkspaceId).toBe(ws.workspaceId);
    const cookie = `fp_session=${acc.cookies.find((c) => c.name === 'fp_session')!.value}`;
    await call(server, 'DELETE', `/api/v1/members/${other.ownerId}`, { cookie: ws.cookie });
    const me = await call(server, 'GET', '/api/v1/me', { cookie });
    expect((me.data as { activeWorkspaceId: string }).activeWorkspaceId).toBe(other.workspaceId);
    const w = await call(server, 'GET', '/api/v1/workspace', { cookie });
    expect(w.statusCode).toBe(200);
    expect((w.data as { name: string }).name).toBe('Cửa hàng thứ hai');
  });

  it('removes a member, who then loses access at once', async () => {
    const inv = await call(server, 'POST', '/api/v1/invitations', { cookie: ws.cookie }, { email: 'tam.thoi@example.vn', role: 'analyst' });
    const token = (inv.data as { acceptUrl: string }).acceptUrl.split('/').pop();
    const acc = await call(server, 'POST', `/api/v1/invitations/token/${token}/accept`, {}, { name: 'Phạm Tạm Thời', password: 'mat-khau-tam-thoi' });
    const cookie = `fp_session=${acc.cookies.find((c) => c.name === 'fp_session')!.value}`;
    const userId = (acc.data as { user: { id: string } }).user.id;
    expect((await call(server, 'GET', '/api/v1/members', { cookie })).statusCode).toBe(200);
    // An analyst cannot manage members.
    expect((await call(server, 'DELETE', `/api/v1/members/${ws.ownerId}`, { cookie })).statusCode).toBe(403);
    expect((await call(server, 'DELETE', `/api/v1/members/${userId}`, { cookie: ws.cookie })).statusCode).toBe(204);
    const after = await call(server, 'GET', '/api/v1/members', { cookie });
    expect(after.statusCode).toBe(403);
    expect(after.data).toMatchObject({ error: { code: 'no_workspace' } });
  });

  it('adds, renames and removes departments; members of a removed one keep their place', async () => {
    const created = await call(server, 'POST', '/api/v1/departments', { cookie: ws.cookie }, { nameVi: 'Bảo hành', nameEn: 'Warranty' });
    expect(created.statusCode).toBe(201);
    const id = (created.data as { id: string }).id;
    const renamed = await call(server, 'PATCH', `/api/v1/departments/${id}`, { cookie: ws.cookie }, { nameVi: 'Bảo hành & Sửa chữa' });
    expect(renamed.data).toMatchObject({ nameVi: 'Bảo hành & Sửa chữa', nameEn: 'Warranty', memberCount: 0 });
    const someone = (await members('role=agent&pageSize=1')).items[0]!;
    await call(server, 'PATCH', `/api/v1/members/${someone.userId}`, { cookie: ws.cookie }, { departmentId: id });
    const list = (await call(server, 'GET', '/api/v1/departments', { cookie: ws.cookie })).data as { items: { id: string; memberCount: number }[] };
    expect(list.items.find((d) => d.id === id)?.memberCount).toBe(1);
    expect((await call(server, 'DELETE', `/api/v1/departments/${id}`, { cookie: ws.cookie })).statusCode).toBe(204);
    const after = (await members(`q=${encodeURIComponent(someone.email)}`)).items[0];
    expect(after).toMatchObject({ userId: someone.userId, department: null });
    expect((await call(server, 'PATCH', `/api/v1/members/${someone.userId}`, { cookie: ws.cookie }, { departmentId: id })).statusCode).toBe(404);
  });

  it('shows a key once, stores only its hash, scopes it, and revokes it', async () => {
    const created = await call(server, 'POST', '/api/v1/keys', { cookie: ws.cookie }, { name: 'Báo cáo BI', type: 'secret', scope: 'read' });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.data as { key: string; id: string; prefix: string };
    expect(key).toMatch(/^fp_s_[A-Za-z0-9]{40}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const list = await call(server, 'GET', '/api/v1/keys', { cookie: ws.cookie });
    expect(list.body).not.toContain(key);
    expect(list.body).toContain(prefix);
    // Read scope: reads, never writes.
    expect((await call(server, 'GET', '/api/v1/members', { key })).statusCode).toBe(200);
    expect((await call(server, 'POST', '/api/v1/departments', { key }, { nameVi: 'X', nameEn: 'X' })).statusCode).toBe(403);
    // Keys cannot mint keys.
    expect((await call(server, 'GET', '/api/v1/keys', { key })).statusCode).toBe(403);
    // A write key only sends data: no reads.
    const writeKey = await makeKey(server, ws, 'write');
    expect(writeKey).toMatch(/^fp_w_/);
    const wr = await call(server, 'GET', '/api/v1/members', { key: writeKey });
    expect(wr.statusCode).toBe(403);
    expect((await call(server, 'DELETE', `/api/v1/keys/${id}`, { cookie: ws.cookie })).statusCode).toBe(204);
    const revoked = await call(server, 'GET', '/api/v1/members', { key });
    expect(revoked.statusCode).toBe(401);
    expect((await call(server, 'GET', '/api/v1/members', { key: 'fp_s_notarealkey' })).statusCode).toBe(401);
  });

  it('loads the demo through a visible job with progress, and again without duplicates', async () => {
    const load = async () => {
      const res = await call(server, 'POST', '/api/v1/demo', { cookie: ws.cookie }, { customers: 300 });
      expect(res.statusCode).toBe(202);
      const id = (res.data as { id: string }).id;
      let job: { status: string; progress: number; result: Record<string, number> | null } = { status: 'queued', progress: 0, result: null };
      const until = Date.now() + 30_000;
      while (job.status !== 'done' && job.status !== 'failed' && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        job = (await call(server, 'GET', `/api/v1/jobs/${id}`, { cookie: ws.cookie })).data as typeof job;
      }
      return job;
    };
    const first = await load();
    expect(first).toMatchObject({ status: 'done', progress: 1, result: { departments: 5 } });
    expect(first.result!.events).toBeGreaterThan(1000);
    expect(first.result!.customers).toBeGreaterThan(100);
    const team = (await members('pageSize=1')).total;
    const again = await load();
    expect(first.result!.personas).toBe(3);
    expect(again.result).toEqual({ members: 0, departments: 5, customers: first.result!.customers, events: 0, responses: 0, personas: 0, journeys: 0, supportCases: 0 });
    expect((await members('pageSize=1')).total).toBe(team);
  });
});
