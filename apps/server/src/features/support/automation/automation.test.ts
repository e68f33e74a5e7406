import type { Case, CaseSummary, CaseTrigger, RoutingRule, RulePreview, SlaSettings, SupportDepartment } from '@footprint/core';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES } from '@footprint/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../../../platform/jobs.js';
import type { Server } from '../../../server.js';
import { ENGINES, type TestDatabase } from '../../../test/databases.js';
import { waitForIdleJobs } from '../../../test/isolation.js';
import { answerAt, dashboardWorkspace } from '../../../test/score-fixtures.js';
import { call, startTestServer } from '../../../test/server.js';
import { addCustomer } from '../../../test/support-fixture-customers.js';
import { supportTeam, type SupportTeam } from '../../../test/support-fixture.js';
import { FEEDBACK_COMPLETED_JOB } from '../../feedback/index.js';
import { CUSTOMER_WAITS } from './feedback-completed.js';

type Page = { items: CaseSummary[]; total: number };

describe.each(ENGINES)('case rules, routing, setup and cases from feedback on $name', (engine) => {
  let t: TestDatabase;
  let server: Server;
  let team: SupportTeam;
  let publicId: string;
  let delivery: string;
  let counter: string;
  const owner = () => ({ cookie: team.ws.cookie });
  const as = (k: string) => ({ cookie: team.members[k]!.cookie });
  const post = async (url: string, body: unknown, who: { cookie?: string; key?: string } = owner(), status = 201) => {
    const r = await call(server, 'POST', url, who, body);
    expect(r.statusCode, r.body).toBe(status);
    return r.data;
  };
  const allCases = async () => ((await call(server, 'GET', '/api/v1/cases?pageSize=200&status=new,open,waiting_customer,waiting_department,resolved,closed', owner())).data as Page).items;

  beforeAll(async () => {
    t = await engine.create();
    server = await startTestServer(t.database);
    const d = await dashboardWorkspace(server, 'Điện máy Sao Mai');
    publicId = d.survey.publicId;
    delivery = d.delivery;
    counter = d.counter;
    team = await supportTeam(server, '', d.ws);
    await addCustomer(server, team.ws.workspaceId, { userId: 'kh-lan', name: 'Nguyễn Thị Lan', email: 'lan@example.vn', traits: { tier: 'Vàng' } });
  });
  afterAll(async () => {
    await server.close();
    await t.drop();
  });

  it('admins write rules; agents and viewers read them; a read key cannot write', async () => {
    const body = { name: 'Thử', conditions: { score: { metric: 'nps', op: 'lte', value: 6 } } };
    await post('/api/v1/support/triggers', body, as('kho1'), 403);
    await post('/api/v1/support/triggers', body, { key: team.readKey }, 403);
    expect((await call(server, 'GET', '/api/v1/support/triggers', as('viewer'))).statusCode).toBe(200);
    expect((await call(server, 'GET', '/api/v1/support/sla', as('kho1'))).statusCode).toBe(200);
    expect((await call(server, 'PUT', `/api/v1/support/sla`, as('kho1'), { hours: DEFAULT_BUSINESS_HOURS, policies: DEFAULT_SLA_POLICIES })).statusCode).toBe(403);
  });

  it('triggers and routing rules: created last, reordered with every id once, patched and deleted', async () => {
    const a = (await post('/api/v1/support/triggers', { name: 'Điểm thấp khi giao hàng', conditions: { score: { metric: 'nps', op: 'lte', value: 6 }, touchpointIds: [delivery] }, priority: 'high', tags: ['giao hàng'] })) as CaseTrigger;
    const b = (await post('/api/v1/support/triggers', { name: 'Hết hàng', conditions: { words: ['hết hàng', 'còn hàng'] } })) as CaseTrigger;
    expect(b.position).toBeGreaterThan(a.position);
    expect((await call(server, 'PUT', '/api/v1/support/triggers/order', owner(), { ids: [b.id] })).data).toMatchObject({ error: { code: 'rule_order_mismatch' } });
    const r = await call(server, 'PUT', '/api/v1/support/triggers/order', owner(), { ids: [b.id, a.id] });
    expect(r.statusCode, r.body).toBe(200);
    expect((r.data as { items: CaseTrigger[] }).items.map((x) => x.id)).toEqual([b.id, a.id]);
    await call(server, 'PUT', '/api/v1/support/triggers/order', owner(), { ids: [a.id, b.id] });
    const off = await call(server, 'PATCH', `/api/v1/support/triggers/${b.id}`, owner(), { enabled: false });
    expect((off.data as CaseTrigger).enabled).toBe(false);
    expect((await call(server, 'PATCH', `/api/v1/support/triggers/${b.id}`, owner(), {})).statusCode).toBe(400);
    await call(server, 'PATCH', `/api/v1/support/triggers/${b.id}`, owner(), { enabled: true });
    const tmp = (await post('/api/v1/support/triggers', { name: 'Tạm', conditions: {} })) as CaseTrigger;
    expect((await call(server, 'DELETE', `/api/v1/support/triggers/${tmp.id}`, owner())).statusCode).toBe(204);
    expect((await call(server, 'DELETE', `/api/v1/support/triggers/${tmp.id}`, owner())).statusCode).toBe(404);

    await post('/api/v1/support/routing-rules', { name: 'Giao hàng → Vận chuyển', conditions: { touchpointIds: [delivery] }, departmentId: team.dept.shipping });
    await post('/api/v1/support/routing-rules', { name: 'Kho', conditions: { words: ['hết hàng', 'còn hàng'] }, departmentId: team.dept.warehouse });
    const bad = await call(server, 'POST', '/api/v1/support/routing-rules', owner(), { name: 'X', conditions: {}, departmentId: '0190a000-0000-7000-8000-000000000009' });
    expect(bad.statusCode).toBe(404);
    expect((await call(server, 'PUT', '/api/v1/support/triggers/order', owner(), { ids: [a.id, b.id, '0190a000-0000-7000-8000-000000000009'] })).statusCode).toBe(404);
    const elsewhere = await call(server, 'POST', '/api/v1/support/triggers', owner(), { name: 'Y', conditions: { touchpointIds: ['0190a000-0000-7000-8000-000000000009'] } });
    expect(elsewhere.data).toMatchObject({ error: { code: 'case_reference_unknown', details: { field: 'conditions.touchpointIds' } } });
    const rules = (await call(server, 'GET', '/api/v1/support/routing-rules', as('kho1'))).data as { items: RoutingRule[] };
    expect(rules.items.map((x) => x.name)).toEqual(['Giao hàng → Vận chuyển', 'Kho']);
  });

  it('departments: assignment mode, lead (a member who works cases), default; shifts by self, lead or admin', async () => {
    expect((await call(server, 'PATCH', `/api/v1/support/departments/${team.dept.warehouse}`, owner(), { assignment: 'round_robin', leadId: team.members.viewer!.id })).statusCode).toBe(404);
    const r = await call(server, 'PATCH', `/api/v1/support/departments/${team.dept.warehouse}`, owner(), { assignment: 'round_robin', leadId: team.members.kho1!.id });
    expect(r.statusCode, r.body).toBe(200);
    const kho = r.data as SupportDepartment;
    expect(kho.lead?.name).toBe('Lê Văn Kho');
    expect(kho.agents.map((a) => a.name).sort()).toEqual(['Lê Văn Kho', 'Phạm Thị Kiều']);
    const list = (await call(server, 'GET', '/api/v1/support/departments', as('ban'))).data as { items: SupportDepartment[] };
    expect(list.items.filter((d) => d.isDefault).map((d) => d.nameVi)).toEqual(['Chăm sóc khách hàng']);

    // kho2 goes off shift by themself; ban cannot switch kho2; kho1 leads Kho and can.
    expect((await call(server, 'PUT', `/api/v1/support/agents/${team.members.kho2!.id}/shift`, as('kho2'), { onShift: false })).statusCode).toBe(200);
    expect((await call(server, 'PUT', `/api/v1/support/agents/${team.members.kho2!.id}/shift`, as('ban'), { onShift: true })).statusCode).toBe(403);
    expect(((await call(server, 'GET', '/api/v1/support/me', as('kho2'))).data as { onShift: boolean }).onShift).toBe(false);
    expect((await call(server, 'GET', '/api/v1/support/me', as('kho1'))).data).toEqual({ departmentId: team.dept.warehouse, onShift: true, isLead: true });
    // Off shift: round robin gives every new Kho case to kho1.
    const x = (await post('/api/v1/cases', { subject: 'Ca 1', departmentId: team.dept.warehouse })) as Case;
    const y = (await post('/api/v1/cases', { subject: 'Ca 2', departmentId: team.dept.warehouse })) as Case;
    expect([x.assignee?.id, y.assignee?.id]).toEqual([team.members.kho1!.id, team.members.kho1!.id]);
    expect((await call(server, 'PUT', `/api/v1/support/agents/${team.members.kho2!.id}/shift`, as('kho1'), { onShift: true })).statusCode).toBe(200);
  });

  it('SLA settings and the year’s holidays', async () => {
    const sla = (await call(server, 'GET', '/api/v1/support/sla', owner())).data as SlaSettings;
    expect(sla.hours.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(sla.policies).toHaveLength(4);
    const next = { ...sla, hours: { ...sla.hours, extraHolidays: ['2026-12-31'], workingDays: ['2026-01-01'] }, policies: DEFAULT_SLA_POLICIES.map((p) => (p.priority === 'urgent' ? { ...p, firstResponseMinutes: 15 } : p)) };
    const put = await call(server, 'PUT', '/api/v1/support/sla', owner(), next);
    expect(put.statusCode, put.body).toBe(200);
    expect((put.data as SlaSettings).policies.find((p) => p.priority === 'urgent')?.firstResponseMinutes).toBe(15);
    const tooFew = await call(server, 'PUT', '/api/v1/support/sla', owner(), { ...next, policies: next.policies.slice(0, 3) });
    expect(tooFew.statusCode).toBe(400);
    const h = (await call(server, 'GET', '/api/v1/support/holidays?year=2026', as('kho1'))).data as { items: { day: string; source: string; name: { vi: string } }[] };
    const days = h.items.map((x) => x.day);
    expect(days).toContain('2026-09-02');
    expect(days).toContain('2026-12-31');
    expect(days).not.toContain('2026-01-01');
    expect(h.items.find((x) => x.day === '2026-09-02')?.name.vi).toBe('Quốc khánh');
    expect((await call(server, 'GET', '/api/v1/support/holidays?year=abc', owner())).statusCode).toBe(400);
  });

  it('feedback matching the first enabled trigger opens one case, routed, assigned, linked, with the comment', async () => {
    const now = new Date();
    await answerAt(server, publicId, now, { answers: { nps: 3, why_low: { text: 'Shipper giao trễ 2 ngày, gọi không nghe máy' } }, touchpointId: delivery, userId: 'kh-lan' });
    await answerAt(server, publicId, now, { answers: { nps: 9 }, touchpointId: delivery });
    await answerAt(server, publicId, now, { answers: { nps: 8, note: { text: 'Mẫu này HET HANG mãi' } }, touchpointId: counter });
    await answerAt(server, publicId, now, { answers: { nps: 5 }, touchpointId: counter });
    await waitForIdleJobs(server, team.ws.workspaceId);
    const made = (await allCases()).filter((c) => c.source === 'rule');
    expect(made).toHaveLength(2);
    const late = made.find((c) => c.department?.nameVi === 'Vận chuyển')!;
    expect(late.subject).toBe('Sau mua hàng — NPS 3');
    expect(late.priority).toBe('high');
    expect(late.tags).toEqual(['giao hàng']);
    expect(late.customer?.name).toBe('Nguyễn Thị Lan');
    expect(late.touchpoint?.id).toBe(delivery);
    expect(late.channel).toBe('link');
    const full = (await call(server, 'GET', `/api/v1/cases/${late.id}`, owner())).data as Case;
    expect(full.description).toBe('Shipper giao trễ 2 ngày, gọi không nghe máy');
    expect(full.feedback).toMatchObject({ metric: 'nps', score: 3, surveyName: 'Sau mua hàng' });
    const stock = made.find((c) => c.department?.nameVi === 'Kho')!;
    expect(stock.subject).toBe('Sau mua hàng — NPS 8');
    expect([team.members.kho1!.id, team.members.kho2!.id]).toContain(stock.assignee?.id);
    // The department's agents and lead hear of negative feedback.
    const told = await t.database.query<{ user_id: string }>(`select distinct user_id from notifications where kind = 'negative_feedback' and case_id = $1`, [stock.id]);
    expect(told.rows.map((r) => r.user_id).sort()).toEqual([team.members.kho1!.id, team.members.kho2!.id].sort());
    const triggers = (await call(server, 'GET', '/api/v1/support/triggers', owner())).data as { items: CaseTrigger[] };
    expect(triggers.items.map((x) => x.fired)).toEqual([1, 1]);
    const audit = (await call(server, 'GET', `/api/v1/cases/${late.id}/audit`, owner())).data as { items: { field: string; automation: string | null; to: string | null }[] };
    expect(audit.items.find((x) => x.field === 'department')).toMatchObject({ automation: 'Giao hàng → Vận chuyển', to: 'Vận chuyển' });
    expect(audit.items.find((x) => x.field === 'status')).toMatchObject({ automation: 'Điểm thấp khi giao hàng' });

    // The same completion seen again (a retried or duplicated job) opens nothing more; a manual case for it is refused.
    await enqueueJob(server.ctx.database, FEEDBACK_COMPLETED_JOB, { responseId: late.responseId! }, { workspaceId: team.ws.workspaceId });
    await waitForIdleJobs(server, team.ws.workspaceId);
    expect((await allCases()).filter((c) => c.source === 'rule')).toHaveLength(2);
    const dup = await call(server, 'POST', '/api/v1/cases', owner(), { subject: 'Lại', responseId: late.responseId });
    expect(dup.statusCode).toBe(409);
    expect(dup.data).toMatchObject({ error: { code: 'case_exists', details: { caseId: late.id } } });
  });

  it('the preview counts the last 30 days’ matching responses with examples', async () => {
    const r = await call(server, 'POST', '/api/v1/support/rules/preview', owner(), { conditions: { score: { metric: 'nps', op: 'lte', value: 6 } } });
    expect(r.statusCode, r.body).toBe(200);
    const p = r.data as RulePreview;
    expect(p.matched).toBe(2);
    expect(p.scanned).toBe(4);
    expect(p.examples.map((e) => e.score?.value).sort()).toEqual([3, 5]);
    expect(p.examples.find((e) => e.score?.value === 3)?.customerName).toBe('Nguyễn Thị Lan');
    const words = (await call(server, 'POST', '/api/v1/support/rules/preview', owner(), { conditions: { words: ['hết hàng'] } })).data as RulePreview;
    expect(words.matched).toBe(1);
    expect((await call(server, 'POST', '/api/v1/support/rules/preview', as('viewer'), { conditions: {} })).statusCode).toBe(403);
  });
  it('an identified respondent whose customer has not arrived yet is looked at again, so the case names them', async () => {
    const before = (await allCases()).length;
    await answerAt(server, publicId, new Date(), { answers: { nps: 2, why_low: { text: 'Tủ lạnh giao thiếu ngăn đá' } }, touchpointId: delivery, userId: 'kh-moi' });
    // Looked at once, and queued to be looked at again: not yet a case, the identify call's customer is still on its way.
    const waits = async () => (await t.database.query<{ w: number | null }>(`select max((payload->>'customerWaits')::int) as w from jobs where kind = $1 and status = 'queued'`, [FEEDBACK_COMPLETED_JOB])).rows[0]?.w ?? 0;
    await expect.poll(waits, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(await allCases()).toHaveLength(before);
    await addCustomer(server, team.ws.workspaceId, { userId: 'kh-moi', name: 'Đỗ Văn Mới', email: 'moi@example.vn' });
    await expect.poll(async () => (await allCases()).find((c) => c.subject === 'Sau mua hàng — NPS 2')?.customer?.name, { timeout: 15_000 }).toBe('Đỗ Văn Mới');
    expect(await allCases()).toHaveLength(before + 1);
  });

  it('opens the case without a customer when the identified one never arrives', async () => {
    const before = (await allCases()).length;
    const { id } = await answerAt(server, publicId, new Date(), { answers: { nps: 1 }, touchpointId: delivery, userId: 'kh-khong-bao-gio' });
    await t.database.query(`update jobs set payload = jsonb_set(payload, '{customerWaits}', to_jsonb($1::int)) where kind = $2 and payload->>'responseId' = $3`, [CUSTOMER_WAITS, FEEDBACK_COMPLETED_JOB, id]);
    await waitForIdleJobs(server, team.ws.workspaceId);
    await expect.poll(async () => (await allCases()).length, { timeout: 15_000 }).toBe(before + 1);
    expect((await allCases()).find((c) => c.responseId === id)?.customer).toBeNull();
  });
});
