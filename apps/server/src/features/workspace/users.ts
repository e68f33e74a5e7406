import { foldForSearch } from '@footprint/core';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { users } from '../../db/schema.js';
import { hashPassword } from '../../platform/crypto.js';
import { conflict, unauthenticated } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return u;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

/**
 * Creates a user. Pass `passwordHash` (from hashPassword) when calling inside a transaction: the
 * memory-hard hash takes a while, and a transaction must not hold PGlite's one connection that long.
 */
export async function createUser(
  db: Db,
  input: { email: string; name: string; locale?: 'vi' | 'en' } & ({ password: string } | { passwordHash: string }),
  scryptLogN: number,
): Promise<UserRow> {
  const email = input.email.toLowerCase();
  if (await findUserByEmail(db, email)) throw conflict('email_taken', 'This email already has an account');
  const passwordHash = 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password, scryptLogN);
  const rows = await db
    .insert(users)
    .values({
      id: newId(),
      email,
      name: input.name,
      nameSearch: foldForSearch(`${input.name} ${email}`),
      passwordHash,
      locale: input.locale ?? 'vi',
    })
    .onConflictDoNothing()
    .returning();
  const u = rows[0];
  if (!u) throw conflict('email_taken', 'This email already has an account');
  return u;
}

export async function updateUser(db: Db, id: string, patch: { name?: string | undefined; locale?: 'vi' | 'en' | undefined }): Promise<UserRow> {
  const current = await findUserById(db, id);
  if (!current) throw unauthenticated();
  const name = patch.name ?? current.name;
  const [u] = await db
    .update(users)
    .set({ name, locale: patch.locale ?? current.locale, nameSearch: foldForSearch(`${name} ${current.email}`) })
    .where(eq(users.id, id))
    .returning();
  return u!;
}
