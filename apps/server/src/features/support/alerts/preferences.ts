import { DEFAULT_ALERT_PREFERENCES, ZAlertPreferences, type AlertPreferences } from '@footprint/core';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { alertPreferences, notifications } from '../../../db/schema.js';

/** Stored preferences over the defaults: a kind added later gets its default mode. */
export function preferencesOf(stored: unknown): AlertPreferences {
  const parsed = ZAlertPreferences.partial().safeParse(stored);
  if (!parsed.success) return DEFAULT_ALERT_PREFERENCES;
  return {
    email: { ...DEFAULT_ALERT_PREFERENCES.email, ...(parsed.data.email ?? {}) },
    quietHours: parsed.data.quietHours === undefined ? DEFAULT_ALERT_PREFERENCES.quietHours : parsed.data.quietHours,
    dailyDigestHour: parsed.data.dailyDigestHour ?? DEFAULT_ALERT_PREFERENCES.dailyDigestHour,
  };
}

export async function getPreferences(db: Db, workspaceId: string, userId: string): Promise<AlertPreferences> {
  const [row] = await db
    .select({ prefs: alertPreferences.prefs })
    .from(alertPreferences)
    .where(and(eq(alertPreferences.workspaceId, workspaceId), eq(alertPreferences.userId, userId)));
  return preferencesOf(row?.prefs);
}

/**
 * Saves a member's preferences; emails already planned but not yet claimed go back to be planned
 * again by the mailer under the new ones (a kind turned off stops, a digest moves).
 */
export async function savePreferences(db: Db, workspaceId: string, userId: string, prefs: AlertPreferences): Promise<AlertPreferences> {
  const full = preferencesOf(prefs);
  await db.transaction(async (tx) => {
    await tx
      .insert(alertPreferences)
      .values({ workspaceId, userId, prefs: full })
      .onConflictDoUpdate({ target: [alertPreferences.workspaceId, alertPreferences.userId], set: { prefs: full } });
    await tx
      .update(notifications)
      .set({ emailState: 'pending' })
      .where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId), eq(notifications.emailState, 'scheduled')));
  });
  return full;
}
