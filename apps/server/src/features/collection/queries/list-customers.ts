import { escapeLike, foldForSearch, type CustomerQuery, type CustomerSummary } from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';

/** Sort expressions on a customers row aliased `c` (the page) and `p` (the page's rows, counted). */
const SORT = {
  lastSeen: (t: 'c' | 'p') => `${t}.last_seen`,
  firstSeen: (t: 'c' | 'p') => `${t}.first_seen`,
  name: (t: 'c' | 'p') => `coalesce(${t}.name, ${t}.user_id)`,
} as const;

interface Row {
  id: string;
  user_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  province: string | null;
  first_seen: Date | string;
  last_seen: Date | string;
  total: number;
  event_count: number;
}

/**
 * Known customers, searched without diacritics ("nguyen van a" finds "Nguyễn Văn A"), sorted,
 * paged; each with the events of all their identities (user id, and anonymous ids merged in).
 */
export async function listCustomers(q: RawQuery, workspaceId: string, f: CustomerQuery): Promise<{ items: CustomerSummary[]; total: number; page: number; pageSize: number }> {
  const params: unknown[] = [workspaceId];
  let search = '';
  if (f.q?.trim()) {
    params.push(`%${escapeLike(foldForSearch(f.q))}%`);
    search = ` and c.search like $${params.length}`;
  }
  params.push(f.pageSize, (f.page - 1) * f.pageSize);
  const dir = f.order === 'asc' ? 'asc' : 'desc';
  const r = await q<Row>(
    `with page as (
       select c.*, count(*) over() as total from customers c
       where c.workspace_id = $1${search}
       order by ${SORT[f.sort]('c')} ${dir}, c.id
       limit $${params.length - 1} offset $${params.length}
     )
     select p.id, p.user_id, p.name, p.email, p.phone, p.province, p.first_seen, p.last_seen, p.total::int as total,
       (select count(*)::int from customer_identities i join events e on e.workspace_id = i.workspace_id
          and ((i.kind = 'user' and e.user_id = i.value) or (i.kind = 'anonymous' and e.anonymous_id = i.value and e.user_id is null))
        where i.workspace_id = p.workspace_id and i.customer_id = p.id) as event_count
     from page p
     order by ${SORT[f.sort]('p')} ${dir}, p.id`,
    params,
  );
  let total = r.rows[0]?.total ?? 0;
  if (r.rows.length === 0 && f.page > 1) {
    const c = await q<{ n: number }>(`select count(*)::int as n from customers c where c.workspace_id = $1${search}`, params.slice(0, search ? 2 : 1));
    total = c.rows[0]?.n ?? 0;
  }
  return {
    items: r.rows.map((x) => ({
      id: x.id,
      userId: x.user_id,
      name: x.name,
      email: x.email,
      phone: x.phone,
      province: x.province,
      firstSeen: new Date(x.first_seen).toISOString(),
      lastSeen: new Date(x.last_seen).toISOString(),
      eventCount: x.event_count,
    })),
    total,
    page: f.page,
    pageSize: f.pageSize,
  };
}
