import type { ResponseQuery } from '@footprint/core';
import type { RawQuery } from '../../../../db/database.js';
import type { Where } from '../filters.js';
import { RESPONSE_COLUMNS, RESPONSE_JOINS, type ResponseRow } from './response-row.js';

/** Sort keys; every order ends on the id, so pages never overlap. */
function orderBy(sort: ResponseQuery['sort'], dir: 'asc' | 'desc'): string {
  if (sort === 'score') return `r.score_norm ${dir} nulls last, r.answered_at desc, r.id desc`;
  if (sort === 'survey') return `(select name_search from surveys x where x.workspace_id = r.workspace_id and x.id = r.survey_id) ${dir}, r.answered_at desc, r.id desc`;
  return `r.answered_at ${dir}, r.id ${dir}`;
}

/**
 * One page of responses. The page is picked from `responses` alone, then the names are joined onto
 * its rows only, so a page costs the same at a million responses as at a hundred.
 */
export async function listResponseRows(q: RawQuery, where: Where, s: Pick<ResponseQuery, 'sort' | 'order' | 'page' | 'pageSize'>): Promise<ResponseRow[]> {
  const order = orderBy(s.sort, s.order);
  const limit = where.params.length + 1;
  const r = await q<ResponseRow>(
    `with page as (select r.* from responses r where ${where.sql} order by ${order} limit $${limit} offset $${limit + 1})
     select ${RESPONSE_COLUMNS} from page r ${RESPONSE_JOINS} order by ${order}`,
    [...where.params, s.pageSize, (s.page - 1) * s.pageSize],
  );
  return r.rows;
}

export async function countResponses(q: RawQuery, where: Where): Promise<number> {
  const r = await q<{ n: number }>(`select count(*)::int as n from responses r where ${where.sql}`, where.params);
  return r.rows[0]?.n ?? 0;
}
