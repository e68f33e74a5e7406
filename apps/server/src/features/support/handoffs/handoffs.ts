import { addBusinessMinutes, type Handoff, type HandoffCreate } from '@footprint/core';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/database.js';
import { caseHandoffs, caseMessages, cases, departments, workspaces } from '../../../db/schema.js';
import { AppError, forbidden, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { departmentAudience } from '../agents.js';
import { notify } from '../alerts/notify.js';
import { recordChanges } from '../audit.js';
import { lockCase } from '../cases/patch-case.js';
import { liveInTx } from '../live.js';
import { checkReferences } from '../references.js';
import { visibleSql, type CaseScope } from '../scope.js';
import { readSupportSettings } from '../settings.js';

interface HandoffRow {
  id: string;
  case_id: string;
  number: number;
  subject: string;
  priority: Handoff['case']['priority'];
  from_id: string | null;
  from_vi: string | null;
  from_en: string | null;
  to_id: string;
  to_vi: string;
  to_en: string;
  request: string;
  requested_by: string | null;
  requested_by_name: string | null;
  due_at: Date | string;
  status: Handoff['status'];
  answer: string | null;
  answered_by: string | null;
  answered_by_name: string | null;
  answered_at: Date | string | null;
  created_at: Date | string;
}

const SELECT = sql`
  select h.id, h.case_id, c.number, c.subject, c.priority,
    h.from_department_id as from_id, fd.name_vi as from_vi, fd.name_en as from_en,
    h.to_department_id as to_id, td.name_vi as to_vi, td.name_en as to_en,
    h.request, h.requested_by, ru.name as requested_by_name, h.due_at, h.status, h.answer,
    h.answered_by, au.name as answered_by_name, h.answered_at, h.created_at
  from case_handoffs h
  join cases c on c.workspace_id = h.workspace_id and c.id = h.case_id
  join departments td on td.workspace_id = h.workspace_id and td.id = h.to_department_id
  left join departments fd on fd.workspace_id = h.workspace_id and fd.id = h.from_department_id
  left join users ru on ru.id = h.requested_by
  left join users au on au.id = h.answered_by`;

function handoffOf(r: HandoffRow, now: Date): Handoff {
  const iso = (d: Date | string) => new Date(d).toISOString();
  return {
    id: r.id,
    case: { id: r.case_id, number: r.number, subject: r.subject, priority: r.priority },
    fromDepartment: r.from_id && r.from_vi ? { id: r.from_id, nameVi: r.from_vi, nameEn: r.from_en ?? r.from_vi } : null,
    toDepartment: { id: r.to_id, nameVi: r.to_vi, nameEn: r.to_en },
    request: r.request,
    requestedBy: r.requested_by ? { id: r.requested_by, name: r.requested_by_name ?? '' } : null,
    dueAt: iso(r.due_at),
    status: r.status,
    answer: r.answer,
    answeredBy: r.answered_by ? { id: r.answered_by, name: r.answered_by_name ?? '' } : null,
    answeredAt: r.answered_at ? iso(r.answered_at) : null,
    overdue: r.status === 'open' && new Date(r.due_at) < now,
    createdAt: iso(r.created_at),
  };
}

export async function caseHandoffList(db: Db, workspaceId: string, caseId: string): Promise<Handoff[]> {
  const rows = await queryRows<HandoffRow>(db, sql`${SELECT} where h.workspace_id = ${workspaceId} and h.case_id = ${caseId} order by h.created_at, h.id`);
  const now = new Date();
  return rows.map((r) => handoffOf(r, now));
}

async function one(db: Db, workspaceId: string, id: string): Promise<Handoff> {
  const [r] = await queryRows<HandoffRow>(db, sql`${SELECT} where h.workspace_id = ${workspaceId} and h.id = ${id}`);
  if (!r) throw notFound('Hand-off not found');
  return handoffOf(r, new Date());
}

/**
 * A department's queue: what it was asked (`to`) and what it asked (`from`). Agents see their own
 * department's; those who see every case may name any department, or see all without one.
 */
export async function handoffQueue(db: Db, s: CaseScope, q: { departmentId?: string | undefined; direction: 'to' | 'from' | 'any'; status: Handoff['status']; page: number; pageSize: number }) {
  let dept = q.departmentId ?? null;
  if (!s.all) {
    if (dept && dept !== s.departmentId) throw forbidden('Agents see their own department’s hand-offs');
    dept = s.departmentId;
    if (!dept) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const where: SQL[] = [sql`h.workspace_id = ${s.workspaceId}`, sql`h.status = ${q.status}`];
  if (dept) {
    if (q.direction === 'to') where.push(sql`h.to_department_id = ${dept}`);
    else if (q.direction === 'from') where.push(sql`h.from_department_id = ${dept}`);
    else where.push(sql`(h.to_department_id = ${dept} or h.from_department_id = ${dept})`);
  }
  const w = sql.join(where, sql` and `);
  // Open requests by their due time (most urgent first); answered ones newest first.
  const order = q.status === 'open' ? sql`h.due_at asc, h.id` : sql`coalesce(h.answered_at, h.created_at) desc, h.id`;
  const rows = await queryRows<HandoffRow>(db, sql`${SELECT} where ${w} order by ${order} limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`);
  const [t] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from case_handoffs h where ${w}`);
  const now = new Date();
  return { items: rows.map((r) => handoffOf(r, now)), total: Number(t?.n ?? 0), page: q.page, pageSize: q.pageSize };
}

async function names(tx: Db, workspaceId: string, departmentId: string | null) {
  const [ws] = await tx.select({ locale: workspaces.locale }).from(workspaces).where(eq(workspaces.id, workspaceId));
  const [d] = departmentId
    ? await tx.select({ vi: departments.nameVi, en: departments.nameEn }).from(departments).where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, departmentId)))
    : [];
  const lang = ws?.locale ?? 'vi';
  return { lang, name: d ? (lang === 'vi' ? d.vi : d.en) : '' };
}

async function systemLine(tx: Db, workspaceId: string, caseId: string, body: string, authorId: string | null) {
  await tx.insert(caseMessages).values({ workspaceId, id: newId(), caseId, kind: 'system', body, authorId, mentions: [] });
}

/** After a hand-off closes: a case still marked waiting on departments goes back to open when none is left. */
async function settleWaiting(tx: Db, s: CaseScope, caseId: string) {
  const [c] = await tx.select({ status: cases.status }).from(cases).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, caseId)));
  const [left] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from case_handoffs where workspace_id = ${s.workspaceId} and case_id = ${caseId} and status = 'open'`);
  if (c?.status === 'waiting_department' && Number(left?.n ?? 0) === 0) {
    await tx.update(cases).set({ status: 'open', updatedAt: new Date() }).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, caseId)));
    await recordChanges(tx, { workspaceId: s.workspaceId, caseId, actorId: null, automation: 'handoff' }, [{ field: 'status', from: 'waiting_department', to: 'open' }]);
  }
}

/**
 * Asks another department about a case: due in business hours on the support calendar, the case
 * waits on that department, a system line says so, and the department's agents and lead are told.
 */
export async function createHandoff(db: Db, s: CaseScope, caseId: string, input: HandoffCreate & { dueInHours: number }): Promise<Handoff> {
  await checkReferences(db, s.workspaceId, { departmentId: input.toDepartmentId });
  const id = await db.transaction(async (tx) => {
    const row = await lockCase(tx, s, caseId);
    const now = new Date();
    const { sla } = await readSupportSettings(tx, s.workspaceId);
    const dueAt = addBusinessMinutes(now, Math.round(input.dueInHours * 60), sla.hours) ?? new Date(now.getTime() + input.dueInHours * 3_600_000);
    const from = s.departmentId ?? row.departmentId;
    const hid = newId();
    await tx.insert(caseHandoffs).values({
      workspaceId: s.workspaceId,
      id: hid,
      caseId,
      fromDepartmentId: from,
      toDepartmentId: input.toDepartmentId,
      request: input.request,
      requestedBy: s.userId,
      dueAt,
      createdAt: now,
    });
    const { lang, name } = await names(tx, s.workspaceId, input.toDepartmentId);
    await systemLine(tx, s.workspaceId, caseId, lang === 'vi' ? `Đã hỏi ${name}: ${input.request}` : `Asked ${name}: ${input.request}`, s.userId);
    if (row.status === 'new' || row.status === 'open' || row.status === 'waiting_customer') {
      await tx.update(cases).set({ status: 'waiting_department', updatedAt: now }).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, caseId)));
      await recordChanges(tx, { workspaceId: s.workspaceId, caseId, actorId: s.userId, automation: 'handoff' }, [{ field: 'status', from: row.status, to: 'waiting_department' }]);
    } else {
      await tx.update(cases).set({ updatedAt: now }).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, caseId)));
    }
    const fromName = (await names(tx, s.workspaceId, from)).name;
    await notify(tx, {
      workspaceId: s.workspaceId,
      userIds: await departmentAudience(tx, s.workspaceId, input.toDepartmentId),
      except: s.userId,
      kind: 'handoff',
      caseId,
      data: { number: row.number, subject: row.subject, direction: 'asked', fromDepartment: fromName || null, request: input.request.slice(0, 200) },
    });
    await liveInTx(tx, s.workspaceId, 'handoffs.changed', { id: hid, caseId });
    await liveInTx(tx, s.workspaceId, 'cases.changed', { id: caseId });
    return hid;
  });
  return one(db, s.workspaceId, id);
}

async function lockHandoff(tx: Db, s: CaseScope, id: string) {
  const rows = await queryRows<{ id: string; case_id: string; to_department_id: string; from_department_id: string | null; status: string; request: string }>(
    tx,
    sql`select h.id, h.case_id, h.to_department_id, h.from_department_id, h.status, h.request from case_handoffs h
        join cases c on c.workspace_id = h.workspace_id and c.id = h.case_id
        where h.workspace_id = ${s.workspaceId} and h.id = ${id}
          and (${visibleSql(s)} or h.to_department_id = ${s.departmentId ?? null} or h.from_department_id = ${s.departmentId ?? null})
        for update of h`,
  );
  const h = rows[0];
  if (!h) throw notFound('Hand-off not found');
  return h;
}

/** The asked department answers: the answer comes back into the case as a system line, and its assignee is told. */
export async function answerHandoff(db: Db, s: CaseScope, id: string, answer: string): Promise<Handoff> {
  await db.transaction(async (tx) => {
    const h = await lockHandoff(tx, s, id);
    if (!s.all && h.to_department_id !== s.departmentId) throw forbidden('Only the asked department answers');
    if (h.status !== 'open') throw new AppError(409, 'handoff_not_open', 'This hand-off is no longer open');
    const now = new Date();
    await tx.update(caseHandoffs).set({ status: 'answered', answer, answeredBy: s.userId, answeredAt: now }).where(and(eq(caseHandoffs.workspaceId, s.workspaceId), eq(caseHandoffs.id, id)));
    const { lang, name } = await names(tx, s.workspaceId, h.to_department_id);
    await systemLine(tx, s.workspaceId, h.case_id, lang === 'vi' ? `${name} trả lời: ${answer}` : `${name} answered: ${answer}`, s.userId);
    await tx.update(cases).set({ updatedAt: now }).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, h.case_id)));
    await settleWaiting(tx, s, h.case_id);
    const [c] = await tx.select({ assigneeId: cases.assigneeId, number: cases.number, subject: cases.subject }).from(cases).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, h.case_id)));
    if (c?.assigneeId) {
      await notify(tx, { workspaceId: s.workspaceId, userIds: [c.assigneeId], except: s.userId, kind: 'handoff', caseId: h.case_id, data: { number: c.number, subject: c.subject, direction: 'answered', toDepartment: name || null } });
    }
    await liveInTx(tx, s.workspaceId, 'handoffs.changed', { id, caseId: h.case_id });
    await liveInTx(tx, s.workspaceId, 'cases.changed', { id: h.case_id });
  });
  return one(db, s.workspaceId, id);
}

/** The asking side withdraws its question (those who see the case; not the asked department alone). */
export async function cancelHandoff(db: Db, s: CaseScope, id: string): Promise<Handoff> {
  await db.transaction(async (tx) => {
    const h = await lockHandoff(tx, s, id);
    if (!s.all && h.from_department_id !== s.departmentId) {
      const [mine] = await queryRows<{ id: string }>(tx, sql`select c.id from cases c where c.workspace_id = ${s.workspaceId} and c.id = ${h.case_id} and (c.department_id = ${s.departmentId ?? null} or c.assignee_id = ${s.userId ?? null})`);
      if (!mine) throw forbidden('Only the asking side withdraws a hand-off');
    }
    if (h.status !== 'open') throw new AppError(409, 'handoff_not_open', 'This hand-off is no longer open');
    await tx.update(caseHandoffs).set({ status: 'cancelled' }).where(and(eq(caseHandoffs.workspaceId, s.workspaceId), eq(caseHandoffs.id, id)));
    const { lang, name } = await names(tx, s.workspaceId, h.to_department_id);
    await systemLine(tx, s.workspaceId, h.case_id, lang === 'vi' ? `Đã huỷ câu hỏi cho ${name}` : `Withdrew the question to ${name}`, s.userId);
    await tx.update(cases).set({ updatedAt: new Date() }).where(and(eq(cases.workspaceId, s.workspaceId), eq(cases.id, h.case_id)));
    await settleWaiting(tx, s, h.case_id);
    await liveInTx(tx, s.workspaceId, 'handoffs.changed', { id, caseId: h.case_id });
    await liveInTx(tx, s.workspaceId, 'cases.changed', { id: h.case_id });
  });
  return one(db, s.workspaceId, id);
}
