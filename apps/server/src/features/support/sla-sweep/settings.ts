import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_POLICIES, ZSlaSettings, type SlaSettings } from '@footprint/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { supportSettings, workspaces } from '../../../db/schema.js';

/** The workspace's support calendar and SLA policies as stored, else the defaults in its time zone. */
export async function slaSettingsOf(db: Db, workspaceId: string): Promise<SlaSettings> {
  const [row] = await db
    .select({ hours: supportSettings.hours, policies: supportSettings.policies, tz: workspaces.timeZone })
    .from(workspaces)
    .leftJoin(supportSettings, eq(supportSettings.workspaceId, workspaces.id))
    .where(eq(workspaces.id, workspaceId));
  const fallback: SlaSettings = { hours: { ...DEFAULT_BUSINESS_HOURS, timeZone: row?.tz ?? DEFAULT_BUSINESS_HOURS.timeZone }, policies: DEFAULT_SLA_POLICIES };
  if (!row?.hours || !row.policies) return fallback;
  const parsed = ZSlaSettings.safeParse({ hours: row.hours, policies: row.policies });
  return parsed.success ? parsed.data : fallback;
}
