import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES, ZSlaSettings, type SlaSettings } from '@footprint/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments, supportSettings, workspaces } from '../../db/schema.js';
import { notFound } from '../../platform/errors.js';

export interface SupportSettingsRow {
  sla: SlaSettings;
  defaultDepartmentId: string | null;
  lastCaseNumber: number;
}

function parse(row: { hours: unknown; policies: unknown; defaultDepartmentId: string | null; lastCaseNumber: number }): SupportSettingsRow {
  const sla = ZSlaSettings.safeParse({ hours: row.hours, policies: row.policies });
  return {
    // A row written by an older shape falls back to the defaults rather than stopping support.
    sla: sla.success ? sla.data : { hours: DEFAULT_BUSINESS_HOURS, policies: DEFAULT_SLA_POLICIES },
    defaultDepartmentId: row.defaultDepartmentId,
    lastCaseNumber: row.lastCaseNumber,
  };
}

/**
 * The workspace's support settings row, created on first use: the default calendar in the
 * workspace's own time zone, the default SLA targets, and "Chăm sóc khách hàng" (`care`, else the
 * oldest department) as the default department.
 */
export async function ensureSupportSettings(db: Db, workspaceId: string): Promise<void> {
  const [ws] = await db.select({ timeZone: workspaces.timeZone }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!ws) throw notFound('Workspace not found');
  const depts = await db
    .select({ id: departments.id, key: departments.key })
    .from(departments)
    .where(eq(departments.workspaceId, workspaceId))
    .orderBy(asc(departments.createdAt), asc(departments.id));
  const care = depts.find((d) => d.key === 'care') ?? depts[0] ?? null;
  await db
    .insert(supportSettings)
    .values({ workspaceId, hours: { ...DEFAULT_BUSINESS_HOURS, timeZone: ws.timeZone }, policies: DEFAULT_SLA_POLICIES, defaultDepartmentId: care?.id ?? null })
    .onConflictDoNothing();
}

export async function readSupportSettings(db: Db, workspaceId: string): Promise<SupportSettingsRow> {
  let [row] = await db.select().from(supportSettings).where(eq(supportSettings.workspaceId, workspaceId));
  if (!row) {
    await ensureSupportSettings(db, workspaceId);
    [row] = await db.select().from(supportSettings).where(eq(supportSettings.workspaceId, workspaceId));
  }
  if (!row) throw notFound('Workspace not found');
  return parse(row);
}

/**
 * Takes the next case number. The UPDATE locks the settings row until the transaction ends, so
 * case creations in one workspace take turns: numbers never repeat, and a check made after this
 * call (e.g. "does this response already have a case?") sees every case committed before.
 */
export async function takeCaseNumber(tx: Db, workspaceId: string): Promise<SupportSettingsRow & { number: number }> {
  await ensureSupportSettings(tx, workspaceId);
  const [row] = await tx
    .update(supportSettings)
    .set({ lastCaseNumber: sql`${supportSettings.lastCaseNumber} + 1` })
    .where(eq(supportSettings.workspaceId, workspaceId))
    .returning();
  if (!row) throw notFound('Workspace not found');
  return { ...parse(row), number: row.lastCaseNumber };
}

/** The department a case goes to when no routing rule matches: the setting, if it still exists. */
export async function defaultDepartment(db: Db, workspaceId: string, configured: string | null): Promise<string | null> {
  if (configured) {
    const [d] = await db.select({ id: departments.id }).from(departments).where(and(eq(departments.workspaceId, workspaceId), eq(departments.id, configured)));
    if (d) return d.id;
  }
  const depts = await db
    .select({ id: departments.id, key: departments.key })
    .from(departments)
    .where(eq(departments.workspaceId, workspaceId))
    .orderBy(asc(departments.createdAt), asc(departments.id));
  return (depts.find((d) => d.key === 'care') ?? depts[0])?.id ?? null;
}
