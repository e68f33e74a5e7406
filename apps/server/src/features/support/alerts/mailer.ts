import { ALERT_KINDS, emailDueAt, type AlertKind, type AlertPreferences } from '@footprint/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import { queryRows, type Database } from '../../../db/database.js';
import { alertPreferences, cases, memberships, notifications, users, workspaces } from '../../../db/schema.js';
import { enqueueJob, type JobHandler } from '../../../platform/jobs.js';
import { ALERT_EMAIL_JOB } from '../job-kinds.js';
import { preferencesOf } from './preferences.js';
import { alertMail, type Lang } from './render.js';

/** Alerts planned or claimed per run: a bound on one transaction; the rest wait for the next run seconds later. */
const BATCH = 1000;
/** Alerts in one email at most; more for one member leave in further emails. */
const PER_EMAIL = 100;

interface PendingRow {
  workspace_id: string;
  id: string;
  user_id: string;
  kind: AlertKind;
  created_at: Date | string;
}

/**
 * Plans the email of each new alert from its member's preferences at the moment (kind's mode,
 * quiet hours, digest hour, in the workspace's time zone): `scheduled` at its due time, or `none`.
 * Rows are locked with SKIP LOCKED, so two runs at once plan disjoint rows.
 */
export async function planAlertEmails(database: Database): Promise<number> {
  return database.db.transaction(async (tx) => {
    const rows = await queryRows<PendingRow>(tx, sql`
      select n.workspace_id, n.id, n.user_id, n.kind, n.created_at from notifications n
      where n.email_state = 'pending' order by n.created_at limit ${BATCH} for update skip locked`);
    if (rows.length === 0) return 0;
    const wsIds = [...new Set(rows.map((r) => r.workspace_id))];
    const zones = new Map((await tx.select({ id: workspaces.id, tz: workspaces.timeZone }).from(workspaces).where(inArray(workspaces.id, wsIds))).map((w) => [w.id, w.tz]));
    const prefRows = await tx
      .select({ ws: alertPreferences.workspaceId, user: alertPreferences.userId, prefs: alertPreferences.prefs })
      .from(alertPreferences)
      .where(and(inArray(alertPreferences.workspaceId, wsIds), inArray(alertPreferences.userId, [...new Set(rows.map((r) => r.user_id))])));
    const prefs = new Map<string, AlertPreferences>(prefRows.map((p) => [`${p.ws}/${p.user}`, preferencesOf(p.prefs)]));
    const plan = rows.map((r) => {
      const p = prefs.get(`${r.workspace_id}/${r.user_id}`) ?? preferencesOf(null);
      const kind = ALERT_KINDS.includes(r.kind) ? r.kind : 'assigned';
      const due = emailDueAt(p.email[kind], new Date(r.created_at), p, zones.get(r.workspace_id) ?? 'Asia/Ho_Chi_Minh');
      return { ws: r.workspace_id, id: r.id, due };
    });
    const values = sql.join(
      plan.map((p) => sql`(${p.ws}::uuid, ${p.id}::uuid, ${p.due ? 'scheduled' : 'none'}, ${p.due ? p.due.toISOString() : null}::timestamptz)`),
      sql`, `,
    );
    await tx.execute(sql`
      update notifications n set email_state = v.state, email_due_at = v.due
      from (values ${values}) as v(ws, id, state, due)
      where n.workspace_id = v.ws and n.id = v.id`);
    return rows.length;
  });
}

/**
 * Claims the alerts whose email is due and queues one email job per member for them, in one
 * transaction: a row moves to `queued` exactly when its job exists, and SKIP LOCKED keeps two
 * runs (in two processes) from claiming one row. Each alert is therefore in exactly one email job.
 */
export async function claimDueAlertEmails(database: Database): Promise<number> {
  return database.db.transaction(async (tx) => {
    const rows = await queryRows<{ workspace_id: string; id: string; user_id: string }>(tx, sql`
      with due as (
        select workspace_id, id from notifications
        where email_state = 'scheduled' and email_due_at <= now()
        order by email_due_at limit ${BATCH} for update skip locked)
      update notifications n set email_state = 'queued' from due
      where n.workspace_id = due.workspace_id and n.id = due.id
      returning n.workspace_id, n.id, n.user_id`);
    const groups = new Map<string, { ws: string; user: string; ids: string[] }>();
    for (const r of rows) {
      const key = `${r.workspace_id}/${r.user_id}`;
      const g = groups.get(key) ?? { ws: r.workspace_id, user: r.user_id, ids: [] };
      g.ids.push(r.id);
      groups.set(key, g);
    }
    for (const g of groups.values()) {
      for (let i = 0; i < g.ids.length; i += PER_EMAIL) {
        await enqueueJob(database, ALERT_EMAIL_JOB, { userId: g.user, ids: g.ids.slice(i, i + PER_EMAIL) }, { workspaceId: g.ws, maxAttempts: 6 }, tx);
      }
    }
    return rows.length;
  });
}

export const ZAlertEmailJob = z.object({ userId: z.uuid(), ids: z.array(z.uuid()).min(1).max(PER_EMAIL) });

/**
 * Sends one member's claimed alerts as one email, in their language, then marks them sent. A
 * failure (SMTP down) throws, so the jobs table retries it with backoff; the alerts stay `queued`
 * to this job alone meanwhile. Alerts of a member who has left the workspace are dropped.
 */
export function alertEmailJob(ctx: AppContext): JobHandler {
  const db = ctx.database.db;
  return async ({ job }) => {
    const p = ZAlertEmailJob.parse(job.payload);
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error(`${ALERT_EMAIL_JOB} needs a workspace`);
    const mine = and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, p.userId), inArray(notifications.id, p.ids), eq(notifications.emailState, 'queued'));
    const rows = await db
      .select({ id: notifications.id, kind: notifications.kind, data: notifications.data, createdAt: notifications.createdAt, caseId: cases.id, number: cases.number, subject: cases.subject })
      .from(notifications)
      .leftJoin(cases, and(eq(cases.workspaceId, notifications.workspaceId), eq(cases.id, notifications.caseId)))
      .where(mine);
    if (rows.length === 0) return { sent: 0 };
    const [who] = await db
      .select({ email: users.email, name: users.name, locale: users.locale, workspaceName: workspaces.name, timeZone: workspaces.timeZone })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, p.userId)));
    if (!who) {
      await db.update(notifications).set({ emailState: 'none' }).where(mine);
      return { sent: 0, skipped: 'not_a_member' };
    }
    const mail = alertMail(
      { email: who.email, name: who.name },
      rows.map((r) => ({
        kind: r.kind,
        data: (r.data ?? {}) as Record<string, unknown>,
        case: r.caseId && r.number !== null && r.subject !== null ? { id: r.caseId, number: r.number, subject: r.subject } : null,
        createdAt: new Date(r.createdAt),
      })),
      { lang: (who.locale === 'en' ? 'en' : 'vi') satisfies Lang, timeZone: who.timeZone, publicUrl: ctx.config.publicUrl, workspaceName: who.workspaceName },
    );
    await ctx.mailer.send(mail);
    await db.update(notifications).set({ emailState: 'sent' }).where(mine);
    return { sent: rows.length };
  };
}

/** One run of the recurring mailer: plan what is new, then claim what is due. */
export async function runAlertMailer(database: Database): Promise<{ planned: number; claimed: number }> {
  const planned = await planAlertEmails(database);
  const claimed = await claimDueAlertEmails(database);
  return { planned, claimed };
}
