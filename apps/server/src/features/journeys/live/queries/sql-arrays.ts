import { sql, type SQL } from 'drizzle-orm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid[] parameter (one array literal: both drivers take it alike). Refuses anything but UUIDs. */
export function uuidArray(ids: readonly string[]): SQL {
  for (const id of ids) if (!UUID.test(id)) throw new TypeError(`not a uuid: ${id}`);
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/** An int[] parameter. */
export function intArray(values: readonly number[]): SQL {
  for (const v of values) if (!Number.isInteger(v)) throw new TypeError(`not an integer: ${v}`);
  return sql`${`{${values.join(',')}}`}::int[]`;
}

/** The period's bounds as instants: midnight of `from` to midnight after `to`, in the workspace's time zone. */
export function periodStart(day: string, timeZone: string): SQL {
  return sql`(${day}::date::timestamp at time zone ${timeZone})`;
}
export function periodEnd(day: string, timeZone: string): SQL {
  return sql`((${day}::date + 1)::timestamp at time zone ${timeZone})`;
}

/**
 * The customer a response was given by (now): by its user id when it has one, else by its
 * anonymous id — a lateral join of customer_identities onto `r` (alias `rc`, column customer_id).
 */
export const RESPONSE_CUSTOMER = sql.raw(`left join lateral (
    select i.customer_id from customer_identities i
    where i.workspace_id = r.workspace_id
      and ((r.user_id is not null and i.kind = 'user' and i.value = r.user_id) or (r.user_id is null and i.kind = 'anonymous' and i.value = r.anonymous_id))
  ) rc on true`);
