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
 * anonymous id — customer_identities joined onto `r` (alias `rc`, column customer_id).
 */
export const RESPONSE_CUSTOMER = sql.raw(`left join customer_identities ru on ru.workspace_id = r.workspace_id and ru.kind = 'user' and ru.value = r.user_id
  left join customer_identities ra on r.user_id is null and ra.workspace_id = r.workspace_id and ra.kind = 'anonymous' and ra.value = r.anonymous_id
  cross join lateral (select coalesce(ru.customer_id, ra.customer_id) as customer_id) rc`);
