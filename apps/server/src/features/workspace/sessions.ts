import type { Me, Role } from '@footprint/core';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { memberships, sessions, users, workspaces } from '../../db/schema.js';
import { randomToken, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { toWorkspace } from './workspaces.js';

export const SESSION_COOKIE = 'fp_session';
export const SESSION_DAYS = 14;

export async function createSession(db: Db, userId: string, workspaceId: string | null, userAgent?: string): Promise<string> {
  const token = randomToken(48);
  await db.insert(sessions).values({
    id: sha256(token),
    userId,
    activeWorkspaceId: workspaceId,
    userAgent: userAgent?.slice(0, 300) ?? null,
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86400_000),
  });
  return token;
}

export interface SessionInfo {
  id: string;
  userId: string;
  activeWorkspaceId: string | null;
  /** The member's role in the active workspace; null when they no longer belong to it. */
  role: Role | null;
  locale: 'vi' | 'en';
  /** True when this request extended the session, so the cookie's lifetime is renewed too. */
  slid: boolean;
}

/** One query: the session, its user and the user's role in the active workspace. */
export async function resolveSession(db: Db, token: string): Promise<SessionInfo | null> {
  if (token.length > 200) return null;
  const id = sha256(token);
  const [row] = await db
    .select({
      id: sessions.id,
      userId: sessions.userId,
      activeWorkspaceId: sessions.activeWorkspaceId,
      lastSeenAt: sessions.lastSeenAt,
      role: memberships.role,
      locale: users.locale,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.workspaceId, sessions.activeWorkspaceId), eq(memberships.userId, sessions.userId)),
    )
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date())));
  if (!row) return null;
  // Sliding expiry, written at most every 10 minutes rather than on every request.
  const slid = Date.now() - row.lastSeenAt.getTime() > 10 * 60_000;
  if (slid) {
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_DAYS * 86400_000) })
      .where(eq(sessions.id, id));
  }
  return { id: row.id, userId: row.userId, activeWorkspaceId: row.activeWorkspaceId, role: row.role, locale: row.locale, slid };
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function switchWorkspace(db: Db, session: SessionInfo, workspaceId: string): Promise<void> {
  const [m] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, session.userId)));
  // Same answer for "does not exist" and "not yours": nothing leaks about other tenants.
  if (!m) throw new AppError(404, 'not_found', 'Workspace not found');
  await db.update(sessions).set({ activeWorkspaceId: workspaceId }).where(eq(sessions.id, session.id));
}

/**
 * Who is signed in and where. When the session's workspace is gone (the member was removed), the
 * first remaining workspace becomes active and, given the session, is saved on it, so what the
 * dashboard shows and what the API acts on stay the same.
 */
export async function loadMe(db: Db, userId: string, activeWorkspaceId: string | null, sessionId?: string): Promise<Me> {
  const [u] = await db.select().from(users).where(eq(users.id, userId));
  if (!u) throw new AppError(401, 'unauthenticated', 'Please sign in');
  const rows = await db
    .select({ w: workspaces, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(sql`lower(${workspaces.name})`);
  const list = rows.map((r) => ({ workspace: toWorkspace(r.w), role: r.role }));
  const active = list.find((m) => m.workspace.id === activeWorkspaceId)?.workspace.id ?? list[0]?.workspace.id ?? null;
  if (sessionId && active !== activeWorkspaceId) {
    await db.update(sessions).set({ activeWorkspaceId: active }).where(eq(sessions.id, sessionId));
  }
  return { user: { id: u.id, email: u.email, name: u.name, locale: u.locale }, workspaces: list, activeWorkspaceId: active };
}
