import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { loginFailures, passwordResets, users } from '../../db/schema.js';
import { hashPassword, randomToken, sha256 } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { enqueueJob } from '../../platform/jobs.js';
import { passwordResetEmail } from './emails.js';
import { deleteUserSessions } from './sessions.js';
import { findUserByEmail } from './users.js';

export const RESET_MINUTES = 60;

/** Always succeeds from the caller's view, so the form cannot be used to discover accounts. */
export async function requestPasswordReset(database: Database, email: string, publicUrl: string): Promise<void> {
  const user = await findUserByEmail(database.db, email);
  if (!user) return;
  const token = randomToken(40);
  await database.db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await enqueueJob(
      database,
      'email.send',
      { ...passwordResetEmail({ to: user.email, url: `${publicUrl}/reset-password/${token}`, minutes: RESET_MINUTES }) },
      {},
      tx,
    );
  });
}

/** Sets the new password and signs the user out everywhere. */
export async function confirmPasswordReset(database: Database, token: string, password: string, scryptLogN: number): Promise<string> {
  const passwordHash = await hashPassword(password, scryptLogN);
  return database.db.transaction(async (tx) => {
    const [r] = await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.tokenHash, sha256(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, new Date())))
      .returning({ userId: passwordResets.userId });
    if (!r) throw new AppError(400, 'token_invalid', 'This link is invalid or has expired');
    const [u] = await tx.update(users).set({ passwordHash }).where(eq(users.id, r.userId)).returning({ email: users.email });
    // Whoever proved they own the mailbox is not kept locked out by someone else's guesses.
    if (u) await tx.delete(loginFailures).where(eq(loginFailures.email, u.email));
    await deleteUserSessions(tx, r.userId);
    return r.userId;
  });
}
