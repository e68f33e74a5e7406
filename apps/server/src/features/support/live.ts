import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { LIVE_CHANNEL } from '../../platform/live.js';

/**
 * Tells dashboards of a change from inside the change's transaction: NOTIFY is delivered at commit,
 * so nobody refetches before the change is visible, and a rolled-back change says nothing.
 */
export async function liveInTx(tx: Db, workspaceId: string, type: 'cases.changed' | 'handoffs.changed' | 'support.settings.changed', data: Record<string, unknown> = {}): Promise<void> {
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ workspaceId, type, data })})`);
}
