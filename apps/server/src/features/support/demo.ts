import {
  addBusinessMinutes, DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES, foldForSearch, Rng, slaDueTimes,
  type CaseConditionsInput, type CasePriority, type SlaSettings,
} from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Db } from '../../db/database.js';
import {
  caseAudit, caseHandoffs, caseMessages, cases, caseTriggers, departments, memberships, routingRules, supportAgents, supportDepartments, supportSettings, workspaces,
} from '../../db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo chain's support desk: the default automation (NPS ≤ 6, CSAT ≤ 2, CES ≥ 5; dissatisfied
 * deliveries first, at high priority), routing (Giao hàng → Vận chuyển; stock words → Kho; warranty
 * and faults → Kỹ thuật; else Chăm sóc khách hàng), the departments' agents on shift, and a case for
 * each of the last 90 days' negative answers, worked the way a real desk works them: replies within
 * business hours, hand-offs to the warehouse and shipping, a few late or reopened, and the customers'
 * resolution CSAT. Rows are written directly, as the live code would have written them (numbers from
 * support_settings, audit, reply counts). Deterministic for a seed and a day; loading again adds
 * nothing (one case per response).
 */

const DAYS = 90;
const MIN = 60_000;
const AUTOMATION = 'Tự động (demo)';

interface DemoTrigger {
  name: string;
  conditions: CaseConditionsInput;
  priority: CasePriority;
  tags: string[];
  /** Which answers it takes: the metric, the cut-off, and (optionally) the touchpoint by name. */
  test: { metric: 'nps' | 'csat' | 'ces'; op: 'lte' | 'gte'; value: number; touchpoint?: string };
}
const TRIGGERS: DemoTrigger[] = [
  { name: 'Khách không hài lòng khi nhận hàng', conditions: { score: { metric: 'csat', op: 'lte', value: 2 } }, priority: 'high', tags: ['giao hàng', 'phản hồi tiêu cực'], test: { metric: 'csat', op: 'lte', value: 2, touchpoint: 'Giao hàng' } },
  { name: 'NPS thấp (0–6)', conditions: { score: { metric: 'nps', op: 'lte', value: 6 } }, priority: 'normal', tags: ['phản hồi tiêu cực'], test: { metric: 'nps', op: 'lte', value: 6 } },
  { name: 'CSAT thấp (1–2)', conditions: { score: { metric: 'csat', op: 'lte', value: 2 } }, priority: 'normal', tags: ['phản hồi tiêu cực'], test: { metric: 'csat', op: 'lte', value: 2 } },
  { name: 'Khó liên hệ (CES ≥ 5)', conditions: { score: { metric: 'ces', op: 'gte', value: 5 } }, priority: 'normal', tags: ['khó liên hệ'], test: { metric: 'ces', op: 'gte', value: 5 } },
];

interface DemoRoute {
  name: string;
  department: 'shipping' | 'warehouse' | 'technical';
  touchpoint?: string;
  words?: string[];
}
const ROUTES: DemoRoute[] = [
  { name: 'Giao hàng → Vận chuyển', department: 'shipping', touchpoint: 'Giao hàng' },
  { name: 'Tồn kho → Kho', department: 'warehouse', words: ['hết hàng', 'còn hàng'] },
  { name: 'Bảo hành, lỗi → Kỹ thuật', department: 'technical', words: ['bảo hành', 'lỗi'] },
];

const REPLIES = [
  'Chào anh/chị, cảm ơn anh/chị đã phản hồi. Chúng tôi rất tiếc về trải nghiệm vừa rồi và đang kiểm tra ngay ạ.',
  'Dạ em đã ghi nhận, bộ phận liên quan đang xử lý, em sẽ báo lại anh/chị trong hôm nay ạ.',
  'Chúng tôi xin lỗi vì sự bất tiện. Đơn hàng của anh/chị đã được ưu tiên xử lý.',
];
const FINAL_REPLIES = [
  'Dạ vấn đề đã được xử lý xong. Cảm ơn anh/chị đã kiên nhẫn, mong anh/chị tiếp tục ủng hộ cửa hàng ạ.',
  'Bên em đã hoàn tiền phần chênh lệch và gửi kèm mã giảm giá 10% cho lần mua sau ạ.',
  'Đơn hàng đã được giao lại thành công. Cảm ơn anh/chị đã báo cho chúng tôi.',
];
const NOTES = ['Khách là khách quen, ưu tiên gọi lại trước 17h.', 'Đã gọi khách nhưng chưa nghe máy, sẽ gọi lại.', 'Kiểm tra lại lịch sử đơn hàng, có 2 lần giao trễ trước đó.'];
const HANDOFF_ASKS: Record<'warehouse' | 'shipping', { ask: string; answer: string }[]> = {
  warehouse: [
    { ask: 'Kho: mã SP này còn hàng ở kho Hà Đông không?', answer: 'Còn 12 sản phẩm, đã giữ 1 cho khách.' },
    { ask: 'Kho: kiểm tra giúp lô hàng bị lỗi bao bì của đơn này.', answer: 'Đã kiểm tra, lỗi do đóng gói, đã đổi hàng mới.' },
  ],
  shipping: [
    { ask: 'Vận chuyển: đơn này đang ở đâu, khi nào giao được?', answer: 'Đơn đang ở bưu cục Cầu Giấy, giao trong chiều nay.' },
    { ask: 'Vận chuyển: vì sao shipper không gọi trước khi giao?', answer: 'Đã nhắc shipper, lần sau sẽ gọi trước 30 phút.' },
  ],
};

/** The open answers of a response (text questions), joined. */
function commentOf(answers: unknown): string {
  if (!answers || typeof answers !== 'object') return '';
  return Object.values(answers as Record<string, unknown>)
    .flatMap((a) => (a && typeof a === 'object' && 'text' in a && typeof a.text === 'string' ? [a.text] : []))
    .join('\n');
}

async function chunked<T>(rows: T[], size: number, insert: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Adds the support desk to a demo workspace (after its feedback); returns how many cases it opened. */
export async function loadDemoSupport(database: Database, workspaceId: string, seed: number, today: Date): Promise<number> {
  const db: Db = database.db;
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) return 0;
  const depts = await db.select({ id: departments.id, key: departments.key }).from(departments).where(eq(departments.workspaceId, workspaceId));
  const deptId = new Map(depts.filter((d) => d.key).map((d) => [d.key!, d.id]));
  const care = deptId.get('care');
  if (!care) return 0;
  const settings: SlaSettings = { hours: { ...DEFAULT_BUSINESS_HOURS, timeZone: ws.timeZone }, policies: DEFAULT_SLA_POLICIES };
  const now = today.getTime() + 10 * 3_600_000; // the demo's "now": 10:00 UTC of its day, within Vietnamese office hours

  // The desk: settings, departments' modes and leads, agents on shift, rules (only when the workspace has none).
  const staff = await db
    .select({ userId: memberships.userId, departmentId: memberships.departmentId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'agent')));
  const agentsOf = new Map<string, string[]>();
  for (const s of staff) if (s.departmentId) agentsOf.set(s.departmentId, [...(agentsOf.get(s.departmentId) ?? []), s.userId].sort());
  await db.insert(supportSettings).values({ workspaceId, hours: settings.hours, policies: settings.policies, defaultDepartmentId: care }).onConflictDoNothing();
  if (depts.length) {
    await db
      .insert(supportDepartments)
      .values(depts.map((d) => ({ workspaceId, departmentId: d.id, assignment: 'round_robin' as const, leadId: agentsOf.get(d.id)?.[0] ?? null })))
      .onConflictDoNothing();
  }
  if (staff.length) await db.insert(supportAgents).values(staff.map((s) => ({ workspaceId, userId: s.userId, onShift: true }))).onConflictDoNothing();

  const tpRows = await database.query<{ id: string; name: string }>('select id::text as id, name from touchpoints where workspace_id = $1', [workspaceId]);
  const tpId = new Map(tpRows.rows.map((r) => [r.name, r.id]));
  const existingTriggers = await db.select({ id: caseTriggers.id, name: caseTriggers.name }).from(caseTriggers).where(eq(caseTriggers.workspaceId, workspaceId));
  const triggerIds = new Map(existingTriggers.map((x) => [x.name, x.id]));
  if (existingTriggers.length === 0) {
    const rows = TRIGGERS.map((tr, i) => {
      const touchpointIds = tr.test.touchpoint && tpId.get(tr.test.touchpoint) ? [tpId.get(tr.test.touchpoint)!] : [];
      const id = newId();
      triggerIds.set(tr.name, id);
      return { workspaceId, id, name: tr.name, position: i + 1, conditions: { touchpointIds, surveyIds: [], channels: [], words: [], segment: null, ...tr.conditions }, priority: tr.priority, tags: tr.tags };
    });
    await db.insert(caseTriggers).values(rows);
    const routes = ROUTES.flatMap((r, i) => {
      const d = deptId.get(r.department);
      if (!d) return [];
      const touchpointIds = r.touchpoint && tpId.get(r.touchpoint) ? [tpId.get(r.touchpoint)!] : [];
      return [{ workspaceId, id: newId(), name: r.name, position: i + 1, departmentId: d, conditions: { score: null, touchpointIds, surveyIds: [], channels: [], words: r.words ?? [], segment: null } }];
    });
    if (routes.length) await db.insert(routingRules).values(routes);
  }

  // The last 90 days' negative answers that have no case yet.
  const answers = await database.query<{
    id: string; touchpoint_id: string | null; touchpoint: string | null; channel: string; completed_at: string | Date; metric: string; value: number;
    answers: unknown; survey: string; customer_id: string | null; customer_name: string | null; customer_email: string | null;
  }>(
    `select r.id::text as id, r.touchpoint_id::text as touchpoint_id, tp.name as touchpoint, r.channel, r.completed_at, r.score_metric as metric, r.score_value as value,
            r.answers, s.name as survey, c.id::text as customer_id, c.name as customer_name, c.email as customer_email
       from responses r
       join surveys s on s.workspace_id = r.workspace_id and s.id = r.survey_id
       left join touchpoints tp on tp.workspace_id = r.workspace_id and tp.id = r.touchpoint_id
       left join customer_identities ci on ci.workspace_id = r.workspace_id and ci.kind = 'user' and ci.value = r.user_id
       left join customers c on c.workspace_id = r.workspace_id and c.id = ci.customer_id
      where r.workspace_id = $1 and r.completed_at >= $2 and r.completed_at <= $3 and r.score_group = 'negative'
        and not exists (select 1 from cases x where x.workspace_id = r.workspace_id and x.response_id = r.id)
      order by r.completed_at, r.id`,
    [workspaceId, new Date(now - DAYS * 86_400_000), new Date(now - 30 * MIN)],
  );

  const rng = new Rng(seed ^ 0x5a9c);
  const caseRows: (typeof cases.$inferInsert)[] = [];
  const messageRows: (typeof caseMessages.$inferInsert)[] = [];
  const auditRows: (typeof caseAudit.$inferInsert)[] = [];
  const handoffRows: (typeof caseHandoffs.$inferInsert)[] = [];
  const fired = new Map<string, number>();
  const turn = new Map<string, number>();
  const [{ last } = { last: 0 }] = (await database.query<{ last: number }>('select last_case_number as last from support_settings where workspace_id = $1', [workspaceId])).rows;
  let number = Number(last);

  for (const r of answers.rows) {
    const trigger = TRIGGERS.find((tr) => {
      const t = tr.test;
      if (r.metric !== t.metric) return false;
      if (t.touchpoint && r.touchpoint !== t.touchpoint) return false;
      return t.op === 'lte' ? r.value <= t.value : r.value >= t.value;
    });
    if (!trigger) continue;
    const comment = commentOf(r.answers);
    const folded = foldForSearch(comment);
    const route = ROUTES.find((x) => (x.touchpoint && r.touchpoint === x.touchpoint) || (x.words ?? []).some((w) => folded.includes(foldForSearch(w))));
    const departmentId: string = (route ? deptId.get(route.department) : undefined) ?? care;
    const agents = agentsOf.get(departmentId) ?? [];
    const k = turn.get(departmentId) ?? 0;
    turn.set(departmentId, k + 1);
    const assigneeId = agents.length ? agents[k % agents.length]! : null;
    const id = newId();
    number++;
    const createdAt = new Date(new Date(r.completed_at).getTime() + rng.int(5, 90) * 1000);
    const { firstResponseDueAt, resolutionDueAt } = slaDueTimes(createdAt, trigger.priority, settings);
    const subject = `${r.survey}: ${r.metric.toUpperCase()} ${r.value}`;
    let changes = 0;
    let lastChange = createdAt.getTime();
    const audit = (at: Date, field: string, from: string | null, to: string | null, actorId: string | null, automation: string | null = null) => {
      changes++;
      lastChange = Math.max(lastChange, at.getTime());
      auditRows.push({ workspaceId, id: newId(), caseId: id, actorId, automation, field, oldValue: from, newValue: to, at });
    };
    audit(createdAt, 'department', null, departmentId, null, AUTOMATION);
    if (assigneeId) audit(createdAt, 'assignee', null, assigneeId, null, AUTOMATION);

    // How it went: a first reply in business time (mostly within the target), then a resolution.
    const frMinutes = rng.weighted<number>([[rng.int(5, 45), 45], [rng.int(45, 150), 35], [rng.int(150, 420), 15], [rng.int(420, 900), 5]]);
    const firstResponseAt = addBusinessMinutes(createdAt, frMinutes, settings.hours);
    const answered = firstResponseAt !== null && firstResponseAt.getTime() < now && assigneeId !== null;
    let status: (typeof cases.$inferInsert)['status'] = answered ? 'open' : 'new';
    let resolvedAt: Date | null = null;
    let closedAt: Date | null = null;
    let replies = 0;
    let repliers = 0;
    let reopened = 0;
    let csat: { score: number; at: Date } | null = null;
    if (answered) {
      messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'reply', body: rng.pick(REPLIES), authorId: assigneeId, deliveryStatus: 'sent', createdAt: firstResponseAt });
      replies = 1;
      repliers = 1;
      audit(firstResponseAt, 'status', 'new', 'open', assigneeId);
      if (rng.next() < 0.25) messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'note', body: rng.pick(NOTES), authorId: assigneeId, createdAt: new Date(firstResponseAt.getTime() + 5 * MIN) });
      // Customer care asks the warehouse or shipping about a third of its cases.
      if (departmentId === care && rng.next() < 0.35) {
        const to = rng.pick(['warehouse', 'shipping'] as const);
        const toId = deptId.get(to);
        if (toId) {
          const h = rng.pick(HANDOFF_ASKS[to]);
          const askedAt = new Date(firstResponseAt.getTime() + 10 * MIN);
          const dueAt = addBusinessMinutes(askedAt, 4 * 60, settings.hours)!;
          const answerAt = addBusinessMinutes(askedAt, rng.int(20, 360), settings.hours)!;
          const done = answerAt.getTime() < now;
          const answerer = agentsOf.get(toId)?.[0] ?? null;
          handoffRows.push({
            workspaceId, id: newId(), caseId: id, fromDepartmentId: care, toDepartmentId: toId, request: h.ask, requestedBy: assigneeId, dueAt,
            status: done ? 'answered' : 'open', answer: done ? h.answer : null, answeredBy: done ? answerer : null, answeredAt: done ? answerAt : null, createdAt: askedAt,
          });
          audit(askedAt, 'status', 'open', 'waiting_department', assigneeId);
          if (done) {
            messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'system', body: `${to === 'warehouse' ? 'Kho' : 'Vận chuyển'} đã trả lời: ${h.answer}`, authorId: null, createdAt: answerAt });
            audit(answerAt, 'status', 'waiting_department', 'open', null, 'Liên phòng ban');
          } else status = 'waiting_department';
        }
      }
      const artMinutes = frMinutes + rng.weighted<number>([[rng.int(20, 240), 40], [rng.int(240, 900), 35], [rng.int(900, 2400), 18], [rng.int(2400, 5000), 7]]);
      const at = addBusinessMinutes(createdAt, artMinutes, settings.hours);
      if (status === 'open' && at && at.getTime() < now && rng.next() < 0.93) {
        // Most are settled by the one reply already sent (first contact resolution); the harder ones take
        // a closing reply, some more replies, and sometimes a second agent.
        if (rng.next() >= 0.58) {
          const extra = rng.weighted<number>([[0, 55], [1, 30], [2, 15]]);
          for (let i = 0; i < extra; i++) {
            const by = i === 1 && agents.length > 1 ? agents[(k + 1) % agents.length]! : assigneeId;
            messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'reply', body: rng.pick(REPLIES), authorId: by, deliveryStatus: 'sent', createdAt: new Date(firstResponseAt.getTime() + (i + 1) * 30 * MIN) });
          }
          replies += extra;
          repliers += extra >= 2 && agents.length > 1 ? 1 : 0;
          messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'reply', body: rng.pick(FINAL_REPLIES), authorId: assigneeId, deliveryStatus: 'sent', createdAt: at });
          replies++;
        }
        resolvedAt = at;
        status = 'resolved';
        audit(at, 'status', 'open', 'resolved', assigneeId);
        // A few come back: the customer writes again, the case is reopened and resolved a day later.
        if (rng.next() < 0.07) {
          const back = addBusinessMinutes(at, rng.int(60, 600), settings.hours)!;
          const again = addBusinessMinutes(back, rng.int(60, 540), settings.hours)!;
          if (again.getTime() < now) {
            reopened = 1;
            audit(back, 'status', 'resolved', 'open', null, 'Khách phản hồi lại');
            messageRows.push({ workspaceId, id: newId(), caseId: id, kind: 'reply', body: rng.pick(FINAL_REPLIES), authorId: assigneeId, deliveryStatus: 'sent', createdAt: again });
            replies++;
            audit(again, 'status', 'open', 'resolved', assigneeId);
            resolvedAt = again;
          }
        }
        // Half the customers answer the resolution question; late or reopened cases score lower.
        if (rng.next() < 0.55) {
          const late = (resolutionDueAt && resolvedAt > resolutionDueAt) || reopened > 0;
          const score = late ? rng.weighted<number>([[1, 15], [2, 20], [3, 30], [4, 25], [5, 10]]) : rng.weighted<number>([[2, 4], [3, 10], [4, 36], [5, 50]]);
          csat = { score, at: new Date(resolvedAt.getTime() + rng.int(30, 2880) * MIN) };
          if (csat.at.getTime() > now) csat = null;
        }
        if (now - resolvedAt.getTime() > 3 * 86_400_000) {
          closedAt = new Date(resolvedAt.getTime() + 3 * 86_400_000);
          status = 'closed';
          audit(closedAt, 'status', 'resolved', 'closed', null, 'Tự đóng sau 3 ngày');
        }
      }
    }
    const frDone = answered ? firstResponseAt : null;
    caseRows.push({
      workspaceId, id, number, subject, description: comment, status, priority: trigger.priority, source: 'rule', channel: r.channel, tags: trigger.tags,
      search: foldForSearch(`#${number} ${subject} ${comment} ${r.customer_name ?? ''} ${r.customer_email ?? ''}`),
      customerId: r.customer_id, responseId: r.id, touchpointId: r.touchpoint_id, departmentId, assigneeId, triggerId: triggerIds.get(trigger.name) ?? null,
      firstResponseDueAt, resolutionDueAt, firstResponseAt: frDone, firstResponseBy: frDone ? assigneeId : null, resolvedAt, closedAt,
      firstResponseBreachedAt: firstResponseDueAt && (frDone ? frDone > firstResponseDueAt : firstResponseDueAt.getTime() < now) ? firstResponseDueAt : null,
      resolutionBreachedAt: resolutionDueAt && (resolvedAt ? resolvedAt > resolutionDueAt : resolutionDueAt.getTime() < now) ? resolutionDueAt : null,
      replyCount: replies, replierCount: repliers, reopenedCount: reopened,
      csatScore: csat?.score ?? null, csatAt: csat?.at ?? null,
      version: 1 + changes,
      createdAt, updatedAt: new Date(lastChange),
    });
    const tid = triggerIds.get(trigger.name);
    if (tid) fired.set(tid, (fired.get(tid) ?? 0) + 1);
  }
  if (caseRows.length === 0) return 0;

  return db.transaction(async (tx) => {
    // Numbers are taken from the counter as createCase would; a concurrent load would fail on cases_number_key rather than repeat one.
    const inserted = await tx.insert(cases).values(caseRows.slice(0, 1)).onConflictDoNothing().returning({ id: cases.id });
    if (inserted.length === 0) return 0;
    await chunked(caseRows.slice(1), 300, (part) => tx.insert(cases).values(part));
    await chunked(messageRows, 500, (part) => tx.insert(caseMessages).values(part));
    await chunked(auditRows, 500, (part) => tx.insert(caseAudit).values(part));
    await chunked(handoffRows, 500, (part) => tx.insert(caseHandoffs).values(part));
    await tx.update(supportSettings).set({ lastCaseNumber: sql`greatest(${supportSettings.lastCaseNumber}, ${number})` }).where(eq(supportSettings.workspaceId, workspaceId));
    for (const [tid, n] of fired) await tx.update(caseTriggers).set({ fired: sql`${caseTriggers.fired} + ${n}` }).where(and(eq(caseTriggers.workspaceId, workspaceId), eq(caseTriggers.id, tid)));
    return caseRows.length;
  });
}
