import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES, slaDueTimes } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseAudit, caseHandoffs, cases, notifications, supportSettings } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { makeWorkspace, startTestServer, type TestWorkspace } from '../../../test/server.js';
import { department, insertCase, makeMember } from '../../../test/support-loop-fixtures.js';
import { registerSlaSweepJob, runSlaSweep } from './index.js';

const MIN = 60_000;

describe.each(ENGINES)('SLA sweep on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let ws: TestWorkspace;
  let agent: string;
  let lead: string;
  let senior: string;
  let care: { id: string };
  let warehouse: { id: string };
  let storekeeper: string;
  const db = () => server.ctx.database.db;
  const alertsOf = async (caseId: string) =>
    (await db().select().from(notifications).where(and(eq(notifications.workspaceId, ws.workspaceId), eq(notifications.caseId, caseId), eq(notifications.kind, 'sla_breach')))).map((n) => ({
      userId: n.userId,
      data: n.data as Record<string, unknown>,
    }));
  const caseRow = async (id: string) => (await db().select().from(cases).where(and(eq(cases.workspaceId, ws.workspaceId), eq(cases.id, id))))[0]!;
  const auditOf = async (id: string) => db().select().from(caseAudit).where(and(eq(caseAudit.workspaceId, ws.workspaceId), eq(caseAudit.caseId, id)));
  // Support open around the clock, so due times computed in the test are plain minutes.
  const allDay = { ...DEFAULT_BUSINESS_HOURS, week: Array.from({ length: 7 }, () => [{ open: '00:00', close: '24:00' }]), vnHolidays: false };

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    ws = await makeWorkspace(server, 'Điện máy Xanh Quận 7');
    lead = (await makeMember(server, ws.workspaceId, { name: 'Trưởng nhóm Lý Thị Mai', role: 'agent' })).id;
    care = await department(server, ws.workspaceId, 'care', lead);
    agent = (await makeMember(server, ws.workspaceId, { name: 'Ngô Văn Hùng', departmentId: care.id })).id;
    senior = (await makeMember(server, ws.workspaceId, { name: 'Chuyên viên Đỗ Thị Yến', departmentId: care.id })).id;
    warehouse = await department(server, ws.workspaceId, 'warehouse');
    storekeeper = (await makeMember(server, ws.workspaceId, { name: 'Thủ kho Trịnh Văn Lộc', departmentId: warehouse.id })).id;
    await db().insert(supportSettings).values({ workspaceId: ws.workspaceId, hours: allDay, policies: DEFAULT_SLA_POLICIES });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await t?.drop();
  });

  it('escalates a missed first response once: notifies assignee and lead, raises priority and recomputes due times, audited as SLA', async () => {
    const createdAt = new Date(Date.now() - 90 * MIN);
    // High priority: 60 minutes to a first response, 8 hours to resolve; the policy raises the priority.
    const c = await insertCase(server, ws.workspaceId, {
      priority: 'high', status: 'open', departmentId: care.id, assigneeId: agent, createdAt,
      firstResponseDueAt: new Date(createdAt.getTime() + 60 * MIN), resolutionDueAt: new Date(createdAt.getTime() + 8 * 60 * MIN),
    });
    const first = await runSlaSweep(server.ctx);
    expect(first.firstResponse).toBeGreaterThanOrEqual(1);
    const row = await caseRow(c.id);
    expect(row.firstResponseBreachedAt).not.toBeNull();
    expect(row.resolutionBreachedAt).toBeNull();
    expect(row.priority).toBe('urgent');
    const due = slaDueTimes(createdAt, 'urgent', { hours: allDay, policies: DEFAULT_SLA_POLICIES });
    expect(row.firstResponseDueAt).toEqual(due.firstResponseDueAt);
    expect(row.resolutionDueAt).toEqual(due.resolutionDueAt);
    expect(row.version).toBe(2);
    const alerts = await alertsOf(c.id);
    expect(alerts.map((a) => a.userId).sort()).toEqual([agent, lead].sort());
    expect(alerts[0]!.data).toMatchObject({ number: c.number, target: 'first_response', priority: 'urgent', departmentNameVi: 'Chăm sóc khách hàng' });
    const audit = await auditOf(c.id);
    expect(audit.every((a) => a.automation === 'SLA' && a.actorId === null)).toBe(true);
    expect(Object.fromEntries(audit.map((a) => [a.field, [a.oldValue, a.newValue]]))).toMatchObject({ priority: ['high', 'urgent'], firstResponseBreachedAt: [null, expect.any(String)] });

    // The urgent resolution target (4 h from creation) has not passed: nothing more, however often it sweeps.
    await runSlaSweep(server.ctx);
    await runSlaSweep(server.ctx);
    expect(await alertsOf(c.id)).toHaveLength(2);
    expect((await caseRow(c.id)).version).toBe(2);
  });

  it('escalates a missed resolution, reassigning when the policy says so; resolved cases and met targets are left alone', async () => {
    const policies = DEFAULT_SLA_POLICIES.map((p) => (p.priority === 'normal' ? { ...p, escalation: { notifyLead: false, raisePriority: false, reassignToId: senior } } : p));
    await db().update(supportSettings).set({ policies }).where(eq(supportSettings.workspaceId, ws.workspaceId));
    const past = new Date(Date.now() - 2 * MIN);
    const late = await insertCase(server, ws.workspaceId, { priority: 'normal', status: 'waiting_customer', departmentId: care.id, assigneeId: agent, firstResponseAt: new Date(Date.now() - 60 * MIN), firstResponseDueAt: past, resolutionDueAt: past });
    const resolved = await insertCase(server, ws.workspaceId, { priority: 'normal', status: 'resolved', departmentId: care.id, assigneeId: agent, resolvedAt: new Date(), firstResponseDueAt: past, resolutionDueAt: past });
    const notYet = await insertCase(server, ws.workspaceId, { priority: 'normal', status: 'new', departmentId: care.id, firstResponseDueAt: new Date(Date.now() + 30 * MIN), resolutionDueAt: new Date(Date.now() + 60 * MIN) });
    await runSlaSweep(server.ctx);
    const row = await caseRow(late.id);
    expect(row.resolutionBreachedAt).not.toBeNull();
    // Answered in time: the first-response target was met, so it is not marked.
    expect(row.firstResponseBreachedAt).toBeNull();
    expect(row.assigneeId).toBe(senior);
    expect(row.priority).toBe('normal');
    // The old and the new assignee are told; the lead is not (notifyLead off).
    expect((await alertsOf(late.id)).map((a) => a.userId).sort()).toEqual([agent, senior].sort());
    expect((await auditOf(late.id)).find((a) => a.field === 'assigneeId')).toMatchObject({ oldValue: agent, newValue: senior, automation: 'SLA' });
    expect(await alertsOf(resolved.id)).toEqual([]);
    expect((await caseRow(resolved.id)).resolutionBreachedAt).toBeNull();
    expect(await alertsOf(notYet.id)).toEqual([]);
    await db().update(supportSettings).set({ policies: DEFAULT_SLA_POLICIES }).where(eq(supportSettings.workspaceId, ws.workspaceId));
  });

  it('tells the department that owes an overdue hand-off, and who waits for it, once', async () => {
    const c = await insertCase(server, ws.workspaceId, { priority: 'low', status: 'waiting_department', departmentId: care.id, assigneeId: agent, firstResponseDueAt: new Date(Date.now() + 600 * MIN), resolutionDueAt: new Date(Date.now() + 6000 * MIN) });
    const handoffId = newId();
    await db().insert(caseHandoffs).values({ workspaceId: ws.workspaceId, id: handoffId, caseId: c.id, fromDepartmentId: care.id, toDepartmentId: warehouse.id, request: 'Kho: còn hàng mã SP123 không?', requestedBy: agent, dueAt: new Date(Date.now() - MIN) });
    const answered = newId();
    await db().insert(caseHandoffs).values({ workspaceId: ws.workspaceId, id: answered, caseId: c.id, toDepartmentId: warehouse.id, request: 'Kho: đơn 8812?', dueAt: new Date(Date.now() - MIN), status: 'answered', answer: 'Còn 4 cái' });
    expect((await runSlaSweep(server.ctx)).handoffs).toBe(1);
    const alerts = await alertsOf(c.id);
    expect(alerts.map((a) => a.userId).sort()).toEqual([agent, storekeeper].sort());
    expect(alerts[0]!.data).toMatchObject({ target: 'handoff', handoffId, departmentNameVi: 'Kho', departmentNameEn: 'Warehouse' });
    expect((await runSlaSweep(server.ctx)).handoffs).toBe(0);
    expect(await alertsOf(c.id)).toHaveLength(2);
  });

  it('never escalates one breach twice when sweeps run at once', async () => {
    const past = new Date(Date.now() - MIN);
    const many = await Promise.all(
      Array.from({ length: 12 }, () => insertCase(server, ws.workspaceId, { priority: 'normal', status: 'new', departmentId: care.id, assigneeId: agent, firstResponseDueAt: past, resolutionDueAt: new Date(Date.now() + 600 * MIN) })),
    );
    const runs = await Promise.all([runSlaSweep(server.ctx), runSlaSweep(server.ctx), runSlaSweep(server.ctx)]);
    expect(runs.reduce((s, r) => s + r.firstResponse, 0)).toBe(12);
    for (const c of many) {
      expect((await alertsOf(c.id)).map((a) => a.userId).sort()).toEqual([agent, lead].sort());
      expect((await caseRow(c.id)).version).toBe(2);
    }
  });

  it('as a background job, catches a target within seconds of its due time', async () => {
    await registerSlaSweepJob(server.ctx.jobs, server.ctx, 300);
    const c = await insertCase(server, ws.workspaceId, { priority: 'urgent', status: 'new', departmentId: care.id, assigneeId: agent, firstResponseDueAt: new Date(Date.now() + 1500), resolutionDueAt: new Date(Date.now() + 600 * MIN) });
    const due = Date.now() + 1500;
    for (;;) {
      const row = await caseRow(c.id);
      if (row.firstResponseBreachedAt) {
        expect(row.firstResponseBreachedAt.getTime()).toBeGreaterThanOrEqual(due - 50);
        expect(row.firstResponseBreachedAt.getTime() - due).toBeLessThan(5000);
        break;
      }
      if (Date.now() > due + 10_000) throw new Error('not caught within 10 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await alertsOf(c.id)).length).toBe(2);
  }, 20_000);
});
