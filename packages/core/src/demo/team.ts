import type { Role } from '../workspace/roles.js';
import { DEFAULT_DEPARTMENTS } from '../workspace/departments.js';
import { makePerson } from './people.js';
import { Rng } from './random.js';

/** Demo people's emails are at this reserved domain: never deliverable, and easy to find again. */
export const DEMO_EMAIL_DOMAIN = 'footprint-demo.example';

export type DepartmentKey = (typeof DEFAULT_DEPARTMENTS)[number]['key'];

export interface DemoMember {
  name: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  departmentKey: DepartmentKey | null;
  title: string;
}

/**
 * The demo chain's staff: CX and marketing managers (admins), analysts, store and department
 * agents, viewers. The team grows with the chain: about one agent per 400 customers, at least
 * two per department, so a 100,000-customer demo has a support floor that can carry its cases.
 */
export function generateTeam(seed: number, customers: number, emailDomain: string): DemoMember[] {
  const rng = new Rng(seed ^ 0x7ea4);
  const team: DemoMember[] = [];
  let serial = 1;
  const add = (role: DemoMember['role'], departmentKey: DepartmentKey | null, title: string) => {
    const p = makePerson(rng, serial++, emailDomain);
    team.push({ name: p.name, email: p.email, role, departmentKey, title });
  };
  add('admin', null, 'Trưởng phòng Trải nghiệm khách hàng');
  add('admin', null, 'Trưởng phòng Marketing');
  for (let i = 0; i < 2; i++) add('analyst', null, 'Chuyên viên phân tích');
  const agentsPerDepartment = Math.max(2, Math.min(60, Math.round(customers / 400 / DEFAULT_DEPARTMENTS.length)));
  for (const d of DEFAULT_DEPARTMENTS) {
    for (let i = 0; i < agentsPerDepartment; i++) add('agent', d.key, `Nhân viên ${d.nameVi.toLowerCase()}`);
  }
  add('viewer', null, 'Ban giám đốc');
  return team;
}
