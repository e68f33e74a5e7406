import { canAssignRole, escapeLike, foldForSearch, type Actor, type Member, type MemberQuery, type Role } from '@footprint/core';
import { and, asc, count, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { departments, memberships, sessions, users } from '../../db/schema.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { assertDepartment } from './departments.js';

const sortColumns = {
  name: users.name,
  email: users.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
} as const;

/** Only what a member row shows: no password hashes or search columns leave the database. */
const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  joinedAt: memberships.createdAt,
  departmentId: departments.id,
  departmentNameVi: departments.nameVi,
  departmentNameEn: departments.nameEn,
};

type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
  departmentId: string | null;
  departmentNameVi: string | null;
  departmentNameEn: string | null;
};

const toMember = (r: MemberRow): Member => ({
  userId: r.userId,
  name: r.name,
  email: r.email,
  role: r.role,
  department: r.departmentId ? { id: r.departmentId, nameVi: r.departmentNameVi ?? '', nameEn: r.departmentNameEn ?? '' } : null,
  joinedAt: r.joinedAt.toISOString(),
});

/** Each row also carries the total of the filtered set (count over the window, before LIMIT). */
function selectMembers(db: Db) {
  return db
    .select({ ...memberColumns, total: sql<number>`count(*) over()`.mapWith(Number) })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      departments,
      and(eq(departments.workspaceId, memberships.workspaceId), eq(departments.id, memberships.departmentId)),
    );
}

export async function getMember(db: Db, workspaceId: string, userId: string): Promise<Member> {
  const [row] = await selectMembers(db).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!row) throw notFound('Member not found');
  return toMember(row);
}

export async function listMembers(
  db: Db,
  workspaceId: string,
  q: MemberQuery,
): Promise<{ items: Member[]; total: number; page: number; pageSize: number }> {
  const where: SQL[] = [eq(memberships.workspaceId, workspaceId)];
  if (q.q) {
    const needle = `%${escapeLike(foldForSearch(q.q))}%`;
    where.push(like(users.nameSearch, needle));
  }
  if (q.role) where.push(eq(memberships.role, q.role));
  if (q.departmentId) where.push(eq(memberships.departmentId, q.departmentId));
  const cond = and(...where);
  const order = q.order === 'asc' ? asc : desc;
  // One round trip: the page and, beside each row, the total it was cut from.
  const rows = await selectMembers(db)
    .where(cond)
    .orderBy(order(sortColumns[q.sort]), asc(users.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && q.page > 1) {
    const [c] = await db.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(cond);
    total = Number(c?.n ?? 0);
  }
  return {
    items: rows.map(toMember),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function getMembership(db: Db, workspaceId: string, userId: string) {
  const [m] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!m) throw notFound('Member not found');
  return m;
}

/**
 * Counts owners with their rows locked (FOR UPDATE), so two owners demoting each other at once
 * cannot both see "one other owner left": the second waits, then counts again.
 */
async function ownerCount(db: Db, workspaceId: string): Promise<number> {
  const rows = await db
    .select({ u: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'owner')))
    .for('update');
  return rows.length;
}

export async function updateMember(
  db: Db,
  workspaceId: string,
  actor: Actor,
  userId: string,
  patch: { role?: Role | undefined; departmentId?: string | null | undefined },
): Promise<Member> {
  await db.transaction(async (tx) => {
    const m = await getMembership(tx, workspaceId, userId);
    if (patch.role && patch.role !== m.role) {
      if (!canAssignRole(actor, m.role, patch.role)) throw forbidden('Only an owner can grant or remove the owner role');
      if (m.role === 'owner' && (await ownerCount(tx, workspaceId)) <= 1) {
        throw new AppError(409, 'last_owner', 'A workspace must keep at least one owner');
      }
    }
    if (patch.departmentId) await assertDepartment(tx, workspaceId, patch.departmentId);
    if (patch.role === undefined && patch.departmentId === undefined) return;
    await tx
      .update(memberships)
      .set({
        ...(patch.role ? { role: patch.role } : {}),
        ...(patch.departmentId !== undefined ? { departmentId: patch.departmentId } : {}),
      })
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  });
  return getMember(db, workspaceId, userId);
}

export async function removeMember(db: Db, workspaceId: string, actor: Actor, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const m = await getMembership(tx, workspaceId, userId);
    if (m.role === 'owner') {
      if (!canAssignRole(actor, 'owner', 'viewer')) throw forbidden('Only an owner can remove an owner');
      if ((await ownerCount(tx, workspaceId)) <= 1) throw new AppError(409, 'last_owner', 'A workspace must keep at least one owner');
    }
    await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    // Sessions pointed at this workspace lose it at once (the role lookup fails on the next request).
    await tx
      .update(sessions)
      .set({ activeWorkspaceId: null })
      .where(and(eq(sessions.userId, userId), eq(sessions.activeWorkspaceId, workspaceId)));
  });
}

export async function addMember(
  db: Db,
  workspaceId: string,
  userId: string,
  role: Role,
  departmentId: string | null,
): Promise<void> {
  const r = await db
    .insert(memberships)
    .values({ workspaceId, userId, role, departmentId })
    .onConflictDoNothing()
    .returning({ u: memberships.userId });
  if (r.length === 0) throw new AppError(409, 'already_member', 'This person is already a member');
}

/** Exposed for lookups by other features (e.g. "is this user a member here?"). */
export async function isMember(db: Db, workspaceId: string, userId: string): Promise<boolean> {
  const [m] = await db
    .select({ u: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return Boolean(m);
}

