import { and, eq } from 'drizzle-orm';
import { cases, departments, supportDepartments, users } from '../db/schema.js';
import { addMember, createUser } from '../features/workspace/index.js';
import { newId } from '../platform/ids.js';
import type { Server } from '../server.js';

let n = 0;

/** A member of the workspace (an agent of `departmentId` unless told), speaking `locale`. */
export async function makeMember(
  server: Server,
  workspaceId: string,
  o: { name: string; departmentId?: string | null; role?: 'admin' | 'analyst' | 'agent' | 'viewer'; locale?: 'vi' | 'en' },
): Promise<{ id: string; email: string }> {
  const db = server.ctx.database.db;
  const email = `nv${++n}-${Date.now()}@cskh.vn`;
  const u = await createUser(db, { email, name: o.name, password: 'mật-khẩu-thử-nghiệm' }, 10);
  if (o.locale) await db.update(users).set({ locale: o.locale }).where(eq(users.id, u.id));
  await addMember(db, workspaceId, u.id, o.role ?? 'agent', o.departmentId ?? null);
  return { id: u.id, email };
}

/** One of the workspace's default departments by key (care, sales…), and optionally its lead. */
export async function department(server: Server, workspaceId: string, key: string, leadId?: string): Promise<{ id: string; nameVi: string }> {
  const db = server.ctx.database.db;
  const [d] = await db.select({ id: departments.id, nameVi: departments.nameVi }).from(departments).where(and(eq(departments.workspaceId, workspaceId), eq(departments.key, key)));
  if (!d) throw new Error(`no department ${key}`);
  if (leadId) {
    await db
      .insert(supportDepartments)
      .values({ workspaceId, departmentId: d.id, leadId })
      .onConflictDoUpdate({ target: [supportDepartments.workspaceId, supportDepartments.departmentId], set: { leadId } });
  }
  return d;
}

let number = 0;
/** A case written straight into storage, as the case engine would have made it. */
export async function insertCase(server: Server, workspaceId: string, values: Partial<typeof cases.$inferInsert> = {}): Promise<{ id: string; number: number }> {
  const id = newId();
  const num = values.number ?? ++number + 1000;
  await server.ctx.database.db.insert(cases).values({ workspaceId, id, number: num, subject: 'Giao hàng trễ 3 ngày', source: 'rule', ...values });
  return { id, number: num };
}
