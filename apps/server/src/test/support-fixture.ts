import type { Role } from '@footprint/core';
import { z } from 'zod';
import { addMember, createUser, listDepartments } from '../features/workspace/index.js';
import type { Server } from '../server.js';
import { call, cookieOf, makeKey, makeWorkspace, TEST_PASSWORD, type TestWorkspace } from './server.js';

/** A support team: the default departments, and members by role and department, each signed in. */
export interface SupportTeam {
  ws: TestWorkspace;
  dept: Record<'sales' | 'warehouse' | 'shipping' | 'technical' | 'care', string>;
  members: Record<string, { id: string; cookie: string; name: string }>;
  secretKey: string;
  readKey: string;
}

let n = 0;
export async function addSignedInMember(server: Server, ws: TestWorkspace, name: string, role: Role, departmentId: string | null) {
  const email = `m${++n}-${Date.now()}@example.vn`;
  const user = await createUser(server.ctx.database.db, { email, name, password: TEST_PASSWORD }, 10);
  await addMember(server.ctx.database.db, ws.workspaceId, user.id, role, departmentId);
  const login = await call(server, 'POST', '/api/v1/auth/login', {}, { email, password: TEST_PASSWORD });
  if (login.statusCode !== 200) throw new Error(login.body);
  return { id: user.id, cookie: cookieOf(login), name };
}

/** Members: `kho1`, `kho2` (agents of Kho), `ban` (agent of Bán hàng), `cskh` (agent of CSKH), `analyst`, `admin`, `viewer`. */
export async function supportTeam(server: Server, name = 'Siêu thị Phương Nam', existing?: TestWorkspace): Promise<SupportTeam> {
  const ws = existing ?? (await makeWorkspace(server, name));
  const depts = await listDepartments(server.ctx.database.db, ws.workspaceId);
  const dept = Object.fromEntries(depts.map((d) => [d.key, d.id])) as SupportTeam['dept'];
  const members: SupportTeam['members'] = {};
  const plan: [string, string, Role, string | null][] = [
    ['kho1', 'Lê Văn Kho', 'agent', dept.warehouse],
    ['kho2', 'Phạm Thị Kiều', 'agent', dept.warehouse],
    ['ban', 'Đỗ Văn Bán', 'agent', dept.sales],
    ['cskh', 'Ngô Thị Chăm', 'agent', dept.care],
    ['analyst', 'Vũ Phân Tích', 'analyst', null],
    ['admin', 'Hoàng Quản Trị', 'admin', null],
    ['viewer', 'Trịnh Người Xem', 'viewer', dept.warehouse],
  ];
  for (const [key, full, role, d] of plan) members[key] = await addSignedInMember(server, ws, full, role, d);
  return { ws, dept, members, secretKey: await makeKey(server, ws, 'secret', 'full'), readKey: await makeKey(server, ws, 'secret', 'read') };
}

export const ZId = z.object({ id: z.string() });
