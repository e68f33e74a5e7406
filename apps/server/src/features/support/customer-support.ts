import { canReadCases, type CustomerSupport } from '@footprint/core';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../db/database.js';
import type { WorkspaceAccess } from '../workspace/index.js';
import { caseScope, visibleSql } from './scope.js';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/**
 * A customer's cases and the replies sent to them, for their timeline: only for those who may read
 * cases (viewers get none), and agents only those of the cases they may see.
 */
export async function customerSupport(db: Db, a: WorkspaceAccess, userId: string, limit = 100): Promise<CustomerSupport> {
  if (!canReadCases(a.actor)) return { cases: [], replies: [] };
  const s = await caseScope(db, a, 'read');
  const vis = visibleSql(s);
  const cases = await queryRows<{ id: string; number: number; subject: string; status: CustomerSupport['cases'][number]['status']; priority: CustomerSupport['cases'][number]['priority']; dept_id: string | null; name_vi: string | null; name_en: string | null; created_at: Date | string; resolved_at: Date | string | null }>(
    db,
    sql`select c.id, c.number, c.subject, c.status, c.priority, d.id as dept_id, d.name_vi, d.name_en, c.created_at, c.resolved_at
        from cases c join customers cu on cu.workspace_id = c.workspace_id and cu.id = c.customer_id
        left join departments d on d.workspace_id = c.workspace_id and d.id = c.department_id
        where c.workspace_id = ${s.workspaceId} and cu.user_id = ${userId} and ${vis}
        order by c.created_at desc limit ${limit}`,
  );
  const replies = await queryRows<{ id: string; case_id: string; number: number; subject: string; body: string; author_id: string | null; author_name: string | null; delivery_status: 'queued' | 'sent' | 'failed' | null; created_at: Date | string }>(
    db,
    sql`select m.id, c.id as case_id, c.number, c.subject, m.body, m.author_id, u.name as author_name, m.delivery_status, m.created_at
        from case_messages m join cases c on c.workspace_id = m.workspace_id and c.id = m.case_id
        join customers cu on cu.workspace_id = c.workspace_id and cu.id = c.customer_id
        left join users u on u.id = m.author_id
        where m.workspace_id = ${s.workspaceId} and cu.user_id = ${userId} and m.kind = 'reply' and ${vis}
        order by m.created_at desc limit ${limit}`,
  );
  return {
    cases: cases.map((c) => ({
      id: c.id,
      number: c.number,
      subject: c.subject,
      status: c.status,
      priority: c.priority,
      department: c.dept_id && c.name_vi ? { id: c.dept_id, nameVi: c.name_vi, nameEn: c.name_en ?? c.name_vi } : null,
      createdAt: iso(c.created_at)!,
      resolvedAt: iso(c.resolved_at),
    })),
    replies: replies.map((r) => ({
      id: r.id,
      case: { id: r.case_id, number: r.number, subject: r.subject },
      body: r.body,
      author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
      delivery: r.delivery_status,
      createdAt: iso(r.created_at)!,
    })),
  };
}
