import { vnPublicHolidays, type Holiday, type SlaSettings, type SupportDepartment } from '@footprint/core';
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../db/database.js';
import { departments, memberships, supportAgents, supportDepartments, supportSettings } from '../../../db/schema.js';
import { forbidden, notFound } from '../../../platform/errors.js';
import { departmentAgents } from '../agents.js';
import { liveInTx } from '../live.js';
import { checkWorkers } from '../references.js';
import { defaultDepartment, ensureSupportSettings, readSupportSettings } from '../settings.js';

/** Every department with its assignment mode, lead, agents (shift, open cases) and open work. */
export async function listSupportDepartments(db: Db, workspaceId: string): Promise<SupportDepartment[]> {
  const settings = await readSupportSettings(db, workspaceId);
  const def = await defaultDepartment(db, workspaceId, settings.defaultDepartmentId);
  const rows = await queryRows<{ id: string; name_vi: string; name_en: string; assignment: SupportDepartment['assignment'] | null; lead_id: string | null; lead_name: string | null; open_cases: number; open_handoffs: number }>(
    db,
    sql`select d.id, d.name_vi, d.name_en, sd.assignment, sd.lead_id, lu.name as lead_name,
          (select count(*)::int from cases c where c.workspace_id = d.workspace_id and c.department_id = d.id and c.status in ('new','open','waiting_customer','waiting_department')) as open_cases,
          (select count(*)::int from case_handoffs h where h.workspace_id = d.workspace_id and h.to_department_id = d.id and h.status = 'open') as open_handoffs
        from departments d
        left join support_departments sd on sd.workspace_id = d.workspace_id and sd.department_id = d.id
        left join users lu on lu.id = sd.lead_id
        where d.workspace_id = ${workspaceId} order by d.created_at, d.id`,
  );
  const out: SupportDepartment[] = [];
  for (const r of rows) {
    const agents = await departmentAgents(db, workspaceId, r.id);
    out.push({
      id: r.id,
      nameVi: r.name_vi,
      nameEn: r.name_en,
      assignment: r.assignment ?? 'manual',
      lead: r.lead_id ? { id: r.lead_id, name: r.lead_name ?? '' } : null,
      isDefault: r.id === def,
      agents: agents.map((a) => ({ id: a.id, name: a.name, onShift: a.onShift, openCases: a.openCases })),
      openCases: Number(r.open_cases),
      openHandoffs: Number(r.open_handoffs),
    });
  }
  return out;
}

export async function patchSupportDepartment(db: Db, workspaceId: string, id: string, p: { assignment?: SupportDepartment['assignment'] | undefined; leadId?: string | null | undefined; isDefault?: true | undefined }): Promise<void> {
  const [d] = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, id)));
  if (!d) throw notFound('Department not found');
  if (p.leadId) await checkWorkers(db, workspaceId, [p.leadId], 'leadId');
  await db.transaction(async (tx) => {
    if (p.assignment !== undefined || p.leadId !== undefined) {
      const set = { ...(p.assignment !== undefined ? { assignment: p.assignment } : {}), ...(p.leadId !== undefined ? { leadId: p.leadId } : {}) };
      await tx
        .insert(supportDepartments)
        .values({ workspaceId, departmentId: id, assignment: p.assignment ?? 'manual', leadId: p.leadId ?? null })
        .onConflictDoUpdate({ target: [supportDepartments.workspaceId, supportDepartments.departmentId], set });
    }
    if (p.isDefault) {
      await ensureSupportSettings(tx, workspaceId);
      await tx.update(supportSettings).set({ defaultDepartmentId: id, updatedAt: new Date() }).where(eq(supportSettings.workspaceId, workspaceId));
    }
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

/** Whether `actorId` leads the department `userId` belongs to. */
async function leadsDepartmentOf(db: Db, workspaceId: string, actorId: string, userId: string): Promise<boolean> {
  const rows = await queryRows<{ ok: boolean }>(
    db,
    sql`select true as ok from memberships m join support_departments sd on sd.workspace_id = m.workspace_id and sd.department_id = m.department_id
        where m.workspace_id = ${workspaceId} and m.user_id = ${userId} and sd.lead_id = ${actorId}`,
  );
  return rows.length > 0;
}

/** An agent's shift switch: their own, or set by an admin or their department's lead. */
export async function setShift(db: Db, a: { workspaceId: string; userId: string | null; admin: boolean }, userId: string, onShift: boolean): Promise<void> {
  const [m] = await db.select({ id: memberships.userId }).from(memberships).where(and(eq(memberships.workspaceId, a.workspaceId), eq(memberships.userId, userId)));
  if (!m) throw notFound('Member not found');
  const allowed = a.admin || a.userId === userId || (a.userId !== null && (await leadsDepartmentOf(db, a.workspaceId, a.userId, userId)));
  if (!allowed) throw forbidden('Only the agent, their lead or an admin changes a shift');
  await db.transaction(async (tx) => {
    await tx
      .insert(supportAgents)
      .values({ workspaceId: a.workspaceId, userId, onShift })
      .onConflictDoUpdate({ target: [supportAgents.workspaceId, supportAgents.userId], set: { onShift } });
    await liveInTx(tx, a.workspaceId, 'support.settings.changed');
  });
}

export async function supportMe(db: Db, workspaceId: string, userId: string | null) {
  if (!userId) return { departmentId: null, onShift: false, isLead: false };
  const [m] = await db.select({ departmentId: memberships.departmentId }).from(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  const [sa] = await db.select({ onShift: supportAgents.onShift }).from(supportAgents).where(and(eq(supportAgents.workspaceId, workspaceId), eq(supportAgents.userId, userId)));
  const [lead] = await db.select({ id: supportDepartments.departmentId }).from(supportDepartments).where(and(eq(supportDepartments.workspaceId, workspaceId), eq(supportDepartments.leadId, userId)));
  return { departmentId: m?.departmentId ?? null, onShift: sa?.onShift ?? true, isLead: !!lead };
}

export async function readSla(db: Db, workspaceId: string): Promise<SlaSettings> {
  return (await readSupportSettings(db, workspaceId)).sla;
}

/**
 * New targets and calendar. They apply to cases opened from now on and to cases whose priority
 * changes; due times already set stay (a case is judged by the promise made when it came in).
 */
export async function writeSla(db: Db, workspaceId: string, sla: SlaSettings): Promise<void> {
  const targets = [...new Set(sla.policies.flatMap((p) => (p.escalation.reassignToId ? [p.escalation.reassignToId] : [])))];
  await checkWorkers(db, workspaceId, targets, 'reassignToId');
  await db.transaction(async (tx) => {
    await ensureSupportSettings(tx, workspaceId);
    await tx.update(supportSettings).set({ hours: sla.hours, policies: sla.policies, updatedAt: new Date() }).where(eq(supportSettings.workspaceId, workspaceId));
    await liveInTx(tx, workspaceId, 'support.settings.changed');
  });
}

/** A year's closed days: Vietnam's public holidays (when on) and the workspace's own, minus the days it works anyway. */
export async function holidaysOf(db: Db, workspaceId: string, year: number): Promise<Holiday[]> {
  const { hours } = await readSla(db, workspaceId);
  const working = new Set(hours.workingDays);
  const vn = hours.vnHolidays ? vnPublicHolidays(year) : [];
  const own: Holiday[] = hours.extraHolidays
    .filter((d) => d.startsWith(`${year}-`))
    .map((day) => ({ day, name: { vi: 'Ngày nghỉ riêng', en: 'Workspace closed day' }, source: 'workspace' as const }));
  return [...vn, ...own].filter((h) => !working.has(h.day)).sort((a, b) => a.day.localeCompare(b.day));
}
