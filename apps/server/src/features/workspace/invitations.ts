import type { Invitation, Role } from '@footprint/core';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Db } from '../../db/database.js';
import { departments, invitations, users, workspaces } from '../../db/schema.js';
import { hashPassword, randomToken, sha256 } from '../../platform/crypto.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueJob } from '../../platform/jobs.js';
import { assertDepartment } from './departments.js';
import { invitationEmail } from './emails.js';
import { addMember, isMember } from './members.js';
import { createUser, findUserByEmail, type UserRow } from './users.js';

export const INVITATION_DAYS = 7;

function select(db: Db) {
  return db
    .select({ i: invitations, d: departments, inviter: users.name })
    .from(invitations)
    .leftJoin(departments, and(eq(departments.workspaceId, invitations.workspaceId), eq(departments.id, invitations.departmentId)))
    .leftJoin(users, eq(users.id, invitations.invitedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['where']>>[number];

const toInvitation = ({ i, d, inviter }: Row): Invitation => ({
  id: i.id,
  email: i.email,
  role: i.role,
  department: d ? { id: d.id, nameVi: d.nameVi, nameEn: d.nameEn } : null,
  invitedBy: inviter,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
});

const pending = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date()));

export async function listInvitations(db: Db, workspaceId: string): Promise<Invitation[]> {
  const rows = await select(db)
    .where(and(eq(invitations.workspaceId, workspaceId), pending()))
    .orderBy(desc(invitations.createdAt));
  return rows.map(toInvitation);
}

export async function createInvitation(
  database: Database,
  workspaceId: string,
  input: { email: string; role: Exclude<Role, 'owner'>; departmentId?: string | null | undefined; invitedBy: string | null },
  publicUrl: string,
): Promise<Invitation & { acceptUrl: string; emailQueued: boolean }> {
  const token = randomToken(40);
  const id = newId();
  const acceptUrl = `${publicUrl}/invite/${token}`;
  await database.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (existing && (await isMember(tx, workspaceId, existing.id))) {
      throw new AppError(409, 'already_member', 'This person is already a member');
    }
    if (input.departmentId) await assertDepartment(tx, workspaceId, input.departmentId);
    // A new invitation to the same address replaces the pending one.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.email, input.email), pending()));
    await tx.insert(invitations).values({
      workspaceId,
      id,
      email: input.email,
      role: input.role,
      departmentId: input.departmentId ?? null,
      tokenHash: sha256(token),
      invitedBy: input.invitedBy,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
    });
    const [w] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, workspaceId));
    const inviter = input.invitedBy ? (await tx.select({ name: users.name }).from(users).where(eq(users.id, input.invitedBy)))[0]?.name ?? null : null;
    // The email goes through the outbox in the same transaction: no invitation without its email.
    await enqueueJob(
      database,
      'email.send',
      { ...invitationEmail({ to: input.email, workspaceName: w?.name ?? '', inviter, role: input.role, url: acceptUrl, expiresDays: INVITATION_DAYS }) },
      { workspaceId },
      tx,
    );
  });
  const [row] = await select(database.db).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)));
  return { ...toInvitation(row!), acceptUrl, emailQueued: true };
}

export async function revokeInvitation(db: Db, workspaceId: string, id: string): Promise<void> {
  const r = await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id), pending()))
    .returning({ id: invitations.id });
  if (r.length === 0) throw notFound('Invitation not found');
}

async function findPending(db: Db, token: string) {
  if (token.length > 200) return undefined;
  const [row] = await db
    .select({ i: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, sha256(token)), pending()));
  return row;
}

export async function previewInvitation(db: Db, token: string) {
  const row = await findPending(db, token);
  if (!row) throw new AppError(404, 'invitation_invalid', 'This invitation is invalid, expired or already used');
  const inviter = row.i.invitedBy ? (await db.select({ name: users.name }).from(users).where(eq(users.id, row.i.invitedBy)))[0]?.name ?? null : null;
  const existing = await findUserByEmail(db, row.i.email);
  return { workspaceName: row.workspaceName, email: row.i.email, role: row.i.role, invitedBy: inviter, existingUser: Boolean(existing) };
}

/**
 * Accepting: a newcomer gives a name and password; someone who already has an account must be
 * signed in as the invited email or give that account's password, which goes through the same
 * lockout as signing in (an invitation must not become a way to guess passwords).
 */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name?: string | undefined; password?: string | undefined; signedInUserId: string | null },
  scryptLogN: number,
  checkPassword: (email: string, password: string) => Promise<UserRow>,
): Promise<{ userId: string; workspaceId: string }> {
  const found = await findPending(db, token);
  if (!found) throw new AppError(404, 'invitation_invalid', 'This invitation is invalid, expired or already used');
  const existing = await findUserByEmail(db, found.i.email);
  let passwordHash: string | null = null;
  if (existing) {
    if (input.signedInUserId !== existing.id) {
      if (input.signedInUserId) throw new AppError(403, 'invitation_email_mismatch', 'This invitation was sent to a different email address');
      if (!input.password) throw new AppError(401, 'invalid_credentials', 'Wrong email or password');
      await checkPassword(existing.email, input.password);
    }
  } else {
    if (!input.name || !input.password) {
      throw new AppError(400, 'validation_failed', 'Name and password are required to create your account', {
        fields: ['name', 'password'],
      });
    }
    passwordHash = await hashPassword(input.password, scryptLogN);
  }
  return db.transaction(async (tx) => {
    // Read again inside the transaction: the invitation may have been used or revoked meanwhile.
    const row = await findPending(tx, token);
    if (!row) throw new AppError(404, 'invitation_invalid', 'This invitation is invalid, expired or already used');
    const inv = row.i;
    const user =
      (await findUserByEmail(tx, inv.email)) ??
      (await createUser(tx, { email: inv.email, name: input.name ?? inv.email, passwordHash: passwordHash ?? '' }, scryptLogN));
    if (!(await isMember(tx, inv.workspaceId, user.id))) {
      await addMember(tx, inv.workspaceId, user.id, inv.role, inv.departmentId);
    }
    const used = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.workspaceId, inv.workspaceId), eq(invitations.id, inv.id), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (used.length === 0) throw new AppError(404, 'invitation_invalid', 'This invitation is invalid, expired or already used');
    return { userId: user.id, workspaceId: inv.workspaceId };
  });
}
