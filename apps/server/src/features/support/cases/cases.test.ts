import type { Case, CaseSummary } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { call, startTestServer } from '../../../test/server.js';
import { supportTeam, type SupportTeam } from '../../../test/support-fixture.js';

type Page = { items: CaseSummary[]; total: number };

describe.each(ENGINES)('cases on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let team: SupportTeam;
  const owner = () => ({ cookie: team.ws.cookie });
  const as = (k: string) => ({ cookie: team.members[k]!.cookie });

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    team = await supportTeam(server);
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  const open = async (body: Record<string, unknown>, who = owner()) => {
    const r = await call(server, 'POST', '/api/v1/cases', who, body);
    expect(r.statusCode, r.body).toBe(201);
    return r.data as Case;
  };

  it('numbers cases in turn, routes to the default department (Chăm sóc khách hàng), sets SLA due times and audits', async () => {
    const a = await open({ subject: 'Giao hàng chậm', description: 'Đơn #A12 chưa tới' });
    const b = await open({ subject: 'Hỏi bảo hành' });
    expect(b.number).toBe(a.number + 1);
    expect(a.department?.nameVi).toBe('Chăm sóc khách hàng');
    expect(a.status).toBe('new');
    expect(a.source).toBe('manual');
    expect(a.createdBy?.id).toBe(team.ws.ownerId);
    expect(a.firstResponseDueAt).not.toBeNull();
    expect(new Date(a.resolutionDueAt!).getTime()).toBeGreaterThan(new Date(a.firstResponseDueAt!).getTime());
    expect(a.sla.firstResponse).toBe('pending');
    // Manual assignment by default: nobody.
    expect(a.assignee).toBeNull();
  });

  it('round robin within the department gives cases to on-shift agents in turn', async () => {
    const r = await call(server, 'PATCH', `/api/v1/support/departments/${team.dept.warehouse}`, owner(), { assignment: 'round_robin' });
    expect(r.statusCode, r.body).toBe(200);
    const x = await open({ subject: 'Hết hàng ở kho', departmentId: team.dept.warehouse });
    const y = await open({ subject: 'Còn hàng không?', departmentId: team.dept.warehouse });
    expect(new Set([x.assignee?.id, y.assignee?.id])).toEqual(new Set([team.members.kho1!.id, team.members.kho2!.id]));
  });

  it('rejects references from nowhere with 404 case_reference_unknown naming the field', async () => {
    const r = await call(server, 'POST', '/api/v1/cases', owner(), { subject: 'X', departmentId: '0190a000-0000-7000-8000-000000000009' });
    expect(r.statusCode).toBe(404);
    expect(r.data).toMatchObject({ error: { code: 'case_reference_unknown', details: { field: 'departmentId' } } });
    const v = await call(server, 'POST', '/api/v1/cases', owner(), { subject: 'X', assigneeId: team.members.viewer!.id });
    expect(v.statusCode).toBe(404);
  });

  it('agents see their department’s cases, not another’s; a viewer sees none; a read key reads but cannot write', async () => {
    const kho = await open({ subject: 'Kho: thiếu hàng', departmentId: team.dept.warehouse, assigneeId: null });
    const ban = await open({ subject: 'Bán hàng: báo giá', departmentId: team.dept.sales, assigneeId: null });
    const list = async (who: { cookie?: string; key?: string }) => {
      const r = await call(server, 'GET', '/api/v1/cases?pageSize=200', who);
      expect(r.statusCode, r.body).toBe(200);
      return (r.data as Page).items.map((c) => c.id);
    };
    const khoSees = await list(as('kho1'));
    expect(khoSees).toContain(kho.id);
    expect(khoSees).not.toContain(ban.id);
    expect((await call(server, 'GET', `/api/v1/cases/${ban.id}`, as('kho1'))).statusCode).toBe(404);
    expect((await call(server, 'PATCH', `/api/v1/cases/${ban.id}`, as('kho1'), { priority: 'high', version: 1 })).statusCode).toBe(404);
    for (const k of ['analyst', 'admin']) expect(await list(as(k))).toEqual(expect.arrayContaining([kho.id, ban.id]));
    expect(await list(owner())).toEqual(expect.arrayContaining([kho.id, ban.id]));
    expect((await call(server, 'GET', '/api/v1/cases', as('viewer'))).statusCode).toBe(403);
    expect(await list({ key: team.readKey })).toEqual(expect.arrayContaining([kho.id, ban.id]));
    expect((await call(server, 'POST', '/api/v1/cases', { key: team.readKey }, { subject: 'X' })).statusCode).toBe(403);
    expect((await call(server, 'PATCH', `/api/v1/cases/${kho.id}`, { key: team.readKey }, { priority: 'high', version: 1 })).statusCode).toBe(403);
    const api = await open({ subject: 'Từ API' }, { key: team.secretKey } as never);
    expect(api.source).toBe('api');
  });

  it('PATCH checks the version: two edits on one version → one 409 with the case now; every change audited', async () => {
    const c = await open({ subject: 'Đổi trả hàng', priority: 'normal' });
    const [p1, p2] = await Promise.all([
      call(server, 'PATCH', `/api/v1/cases/${c.id}`, owner(), { priority: 'high', version: c.version }),
      call(server, 'PATCH', `/api/v1/cases/${c.id}`, as('admin'), { status: 'open', version: c.version }),
    ]);
    const codes = [p1.statusCode, p2.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const lost = p1.statusCode === 409 ? p1 : p2;
    expect(lost.data).toMatchObject({ error: { code: 'version_conflict', details: { current: { id: c.id, version: c.version + 1 } } } });
    const won = (p1.statusCode === 200 ? p1 : p2).data as Case;
    if (won.priority === 'high') {
      // Due times follow the priority, counted from creation: a high case is due sooner.
      expect(new Date(won.firstResponseDueAt!).getTime()).toBeLessThan(new Date(c.firstResponseDueAt!).getTime());
    }
    const audit = await call(server, 'GET', `/api/v1/cases/${c.id}/audit`, owner());
    expect(audit.statusCode).toBe(200);
    const items = (audit.data as { items: { field: string; from: string | null; to: string | null; actor: { name: string } | null }[] }).items;
    const change = won.priority === 'high' ? { field: 'priority', from: 'normal', to: 'high' } : { field: 'status', from: 'new', to: 'open' };
    const entry = items.find((i) => i.field === change.field && i.to === change.to);
    expect(entry).toMatchObject({ from: change.from, actor: { name: won.priority === 'high' ? 'Nguyễn Văn An' : 'Hoàng Quản Trị' } });
  });

  it('resolving stamps resolved_at; reopening counts and clears it', async () => {
    const c = await open({ subject: 'Máy lỗi' });
    const r1 = await call(server, 'PATCH', `/api/v1/cases/${c.id}`, owner(), { status: 'resolved', version: c.version });
    expect(r1.statusCode, r1.body).toBe(200);
    const resolved = r1.data as Case;
    expect(resolved.resolvedAt).not.toBeNull();
    const r2 = await call(server, 'PATCH', `/api/v1/cases/${c.id}`, owner(), { status: 'open', version: resolved.version });
    const reopened = r2.data as Case;
    expect(reopened.reopenedCount).toBe(1);
    expect(reopened.resolvedAt).toBeNull();
    const jobs = await t.database.query<{ n: number }>(`select count(*)::int as n from jobs where kind = 'support.resolution-csat' and payload->>'caseId' = $1`, [c.id]);
    expect(jobs.rows[0]!.n).toBe(1);
  });

  it('lists filter, search without diacritics and by number, sort and page', async () => {
    const c = await open({ subject: 'Nhân viên thái độ không tốt', priority: 'urgent', tags: ['thái độ'] });
    const q = async (qs: string) => (await call(server, 'GET', `/api/v1/cases?${qs}`, owner())).data as Page;
    expect((await q('q=thai%20do%20khong%20tot')).items.map((x) => x.id)).toContain(c.id);
    expect((await q(`q=%23${c.number}`)).items.map((x) => x.id)).toEqual([c.id]);
    expect((await q('priority=urgent')).items.every((x) => x.priority === 'urgent')).toBe(true);
    expect((await q(`tag=${encodeURIComponent('thái độ')}`)).items.map((x) => x.id)).toEqual([c.id]);
    const p1 = await q('pageSize=2&page=1&sort=number&order=asc');
    const p2 = await q('pageSize=2&page=2&sort=number&order=asc');
    expect(p1.items.length).toBe(2);
    expect(p1.items[1]!.number).toBeLessThan(p2.items[0]!.number);
    expect(p1.total).toBe(p2.total);
    const bad = await call(server, 'GET', '/api/v1/cases?status=nope', owner());
    expect(bad.statusCode).toBe(400);
  });

  it('queues count what the caller may see', async () => {
    const r = await call(server, 'GET', '/api/v1/cases/queues', as('kho1'));
    expect(r.statusCode, r.body).toBe(200);
    const q = r.data as { all: number; departments: { id: string; open: number }[] };
    expect(q.departments.find((d) => d.id === team.dept.sales)?.open).toBe(0);
    expect(q.departments.find((d) => d.id === team.dept.warehouse)!.open).toBeGreaterThan(0);
  });

  it('bulk changes each visible case and lists the others as not found', async () => {
    const a = await open({ subject: 'Bulk A', departmentId: team.dept.warehouse, assigneeId: null });
    const b = await open({ subject: 'Bulk B', departmentId: team.dept.sales, assigneeId: null });
    const r = await call(server, 'POST', '/api/v1/cases/bulk', as('kho1'), { ids: [a.id, b.id], set: { assigneeId: team.members.kho1!.id, addTag: 'gấp' } });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.data).toEqual({ changed: 1, notFound: [b.id] });
    const got = (await call(server, 'GET', `/api/v1/cases/${a.id}`, owner())).data as Case;
    expect(got.assignee?.id).toBe(team.members.kho1!.id);
    expect(got.tags).toContain('gấp');
  });
});
