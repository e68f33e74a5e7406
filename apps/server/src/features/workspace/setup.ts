import type { Workspace } from '@footprint/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import { hashPassword } from '../../platform/crypto.js';
import { conflict } from '../../platform/errors.js';
import { createUser, type UserRow } from './users.js';
import { createWorkspace } from './workspaces.js';

export async function needsSetup(db: Db): Promise<boolean> {
  const [r] = await queryRows<{ any: boolean }>(db, sql`select exists(select 1 from users) as any`);
  return !r?.any;
}

/** First run: the first workspace and its owner. Refused once anyone exists. */
export async function runSetup(
  db: Db,
  input: { workspaceName: string; name: string; email: string; password: string; locale: 'vi' | 'en'; timeZone: string },
  scryptLogN: number,
): Promise<{ user: UserRow; workspace: Workspace }> {
  const passwordHash = await hashPassword(input.password, scryptLogN);
  return db.transaction(async (tx) => {
    // Two browsers racing through setup: the advisory lock makes the second see the first's owner.
    await tx.execute(sql`select pg_advisory_xact_lock(7710222)`);
    if (!(await needsSetup(tx))) throw conflict('setup_done', 'Footprint is already set up');
    const user = await createUser(tx, { email: input.email, name: input.name, locale: input.locale, passwordHash }, scryptLogN);
    const workspace = await createWorkspace(tx, {
      name: input.workspaceName,
      timeZone: input.timeZone,
      locale: input.locale,
      ownerId: user.id,
    });
    return { user, workspace };
  });
}
