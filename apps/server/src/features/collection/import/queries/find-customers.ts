import { normalizePhone } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';

/**
 * Known customers by phone and email, for rows that name no customer id. Phones compare on their
 * last nine digits in SQL, then exactly in national form. Of several matches, the most recently seen wins.
 */
export async function findCustomers(q: RawQuery, workspaceId: string, phones: string[], emails: string[]): Promise<{ byPhone: Map<string, string>; byEmail: Map<string, string> }> {
  const byPhone = new Map<string, string>();
  const byEmail = new Map<string, string>();
  if (phones.length === 0 && emails.length === 0) return { byPhone, byEmail };
  const r = await q<{ user_id: string; phone: string | null; email: string | null }>(
    `select user_id, phone, email from customers
     where workspace_id = $1 and (right(regexp_replace(coalesce(phone, ''), '\\D', '', 'g'), 9) = any($2::text[]) or lower(email) = any($3::text[]))
     order by last_seen desc`,
    [workspaceId, phones.map((p) => p.slice(-9)), emails],
  );
  for (const c of r.rows) {
    const p = c.phone ? normalizePhone(c.phone) : null;
    if (p && !byPhone.has(p)) byPhone.set(p, c.user_id);
    const e = c.email?.toLowerCase();
    if (e && !byEmail.has(e)) byEmail.set(e, c.user_id);
  }
  return { byPhone, byEmail };
}
