import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { loginFailures, memberships } from '../../db/schema.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { findUserByEmail, type UserRow } from './users.js';

/** Five wrong passwords within 15 minutes lock the email for 15 minutes. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

export async function checkPassword(db: Db, email: string, password: string, scryptLogN: number): Promise<UserRow> {
  const [f] = await db.select().from(loginFailures).where(eq(loginFailures.email, email));
  if (f?.lockedUntil && f.lockedUntil.getTime() > Date.now()) {
    const retry = Math.ceil((f.lockedUntil.getTime() - Date.now()) / 1000);
    throw new AppError(429, 'account_locked', 'Too many failed sign-ins; try again later', { retryAfterSeconds: retry }, {
      'retry-after': String(retry),
    });
  }
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash(scryptLogN)));
  if (!user || !ok) {
    await recordFailure(db, email);
    throw new AppError(401, 'invalid_credentials', 'Wrong email or password');
  }
  if (f) await db.delete(loginFailures).where(eq(loginFailures.email, email));
  return user;
}

async function recordFailure(db: Db, email: string): Promise<void> {
  // One statement, so concurrent failures from several processes all count.
  const windowStart = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const lockUntil = new Date(Date.now() + LOCKOUT_MS);
  await db.execute(sql`
    insert into login_failures (email, failures, window_started_at) values (${email}, 1, now())
    on conflict (email) do update set
      failures = case when login_failures.window_started_at < ${windowStart} then 1 else login_failures.failures + 1 end,
      window_started_at = case when login_failures.window_started_at < ${windowStart} then now() else login_failures.window_started_at end,
      locked_until = case
        when login_failures.window_started_at >= ${windowStart} and login_failures.failures + 1 >= ${LOCKOUT_THRESHOLD}
        then ${lockUntil}::timestamptz else null end`);
}

/** The workspace a fresh session opens on: the first the user belongs to. */
export async function defaultWorkspaceOf(db: Db, userId: string): Promise<string | null> {
  const [m] = await db
    .select({ w: memberships.workspaceId })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt)
    .limit(1);
  return m?.w ?? null;
}
