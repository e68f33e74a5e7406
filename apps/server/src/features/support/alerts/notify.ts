import type { AlertKind } from '@footprint/core';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { notifications } from '../../../db/schema.js';
import { newId } from '../../../platform/ids.js';
import { LIVE_CHANNEL } from '../../../platform/live.js';

export interface Alert {
  workspaceId: string;
  /** Who is told; duplicates are dropped, and the member who caused it (`except`) is not told. */
  userIds: readonly (string | null | undefined)[];
  except?: string | null;
  kind: AlertKind;
  caseId?: string | null;
  /** Small facts the alert is rendered from in the reader's language (case number, department name, score…). */
  data?: Record<string, string | number | null>;
}

/**
 * Tells members something, in the caller's transaction: the in-app alert exists exactly when the
 * change that caused it commits, and the dashboard hears of it at that moment (NOTIFY is delivered
 * at commit). Email is decided later by the alert mailer job from each member's preferences
 * (instant, digest, quiet hours), so every alert starts as `pending` email.
 */
export async function notify(tx: Db, alert: Alert): Promise<number> {
  const users = [...new Set(alert.userIds.filter((u): u is string => !!u && u !== alert.except))];
  if (users.length === 0) return 0;
  await tx.insert(notifications).values(
    users.map((userId) => ({
      workspaceId: alert.workspaceId,
      id: newId(),
      userId,
      kind: alert.kind,
      caseId: alert.caseId ?? null,
      data: alert.data ?? {},
      emailState: 'pending' as const,
      emailDueAt: new Date(),
    })),
  );
  const payload = JSON.stringify({ workspaceId: alert.workspaceId, type: 'notifications.changed', data: { userIds: users } });
  await tx.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
  return users.length;
}
