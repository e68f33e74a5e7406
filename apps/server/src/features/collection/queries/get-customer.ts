import type { Customer, EventPage } from '@footprint/core';
import type { RawQuery } from '../../../db/database.js';
import { notFound } from '../../../platform/errors.js';
import { decodeCursor } from './cursor.js';
import { EVENT_COLUMNS, pageOf, type EventRecord } from './list-events.js';

interface CustomerRow {
  id: string;
  user_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  birthday: string | null;
  province: string | null;
  traits: Record<string, unknown>;
  first_seen: Date | string;
  last_seen: Date | string;
}

/** The customer a user id belongs to (directly, or merged into another by alias). */
async function customerRow(q: RawQuery, workspaceId: string, userId: string): Promise<CustomerRow> {
  const r = await q<CustomerRow>(
    `select c.id, c.user_id, c.name, c.email, c.phone, c.gender, c.birthday, c.province, c.traits, c.first_seen, c.last_seen
     from customer_identities i join customers c on c.workspace_id = i.workspace_id and c.id = i.customer_id
     where i.workspace_id = $1 and i.kind = 'user' and i.value = $2`,
    [workspaceId, userId],
  );
  if (!r.rows[0]) throw notFound('Customer not found');
  return r.rows[0];
}

async function identitiesOf(q: RawQuery, workspaceId: string, customerId: string) {
  const r = await q<{ kind: 'user' | 'anonymous'; value: string }>(
    `select kind, value from customer_identities where workspace_id = $1 and customer_id = $2 order by linked_at`,
    [workspaceId, customerId],
  );
  return {
    userIds: r.rows.filter((x) => x.kind === 'user').map((x) => x.value),
    anonymousIds: r.rows.filter((x) => x.kind === 'anonymous').map((x) => x.value),
  };
}

/**
 * Every identity of the customer a user id belongs to, or null when it names no customer: other
 * features (survey responses) find what the customer did under any of them.
 */
export async function findCustomerIdentities(q: RawQuery, workspaceId: string, userId: string): Promise<{ customerId: string; userIds: string[]; anonymousIds: string[] } | null> {
  const r = await q<{ customer_id: string }>(`select customer_id from customer_identities where workspace_id = $1 and kind = 'user' and value = $2`, [workspaceId, userId]);
  const customerId = r.rows[0]?.customer_id;
  return customerId ? { customerId, ...(await identitiesOf(q, workspaceId, customerId)) } : null;
}

/** Events of every identity of the customer: what they did before signing in is theirs too. */
const OF_CUSTOMER = `workspace_id = $1 and (user_id = any($2::text[]) or (user_id is null and anonymous_id = any($3::text[])))`;

export async function getCustomer(q: RawQuery, workspaceId: string, userId: string): Promise<Customer> {
  const c = await customerRow(q, workspaceId, userId);
  const identities = await identitiesOf(q, workspaceId, c.id);
  const counts = await q<{ events: number; pages: number; tracks: number; identifies: number }>(
    `select count(*)::int as events, count(*) filter (where type = 'page')::int as pages,
       count(*) filter (where type = 'track')::int as tracks, count(*) filter (where type = 'identify')::int as identifies
     from events where ${OF_CUSTOMER}`,
    [workspaceId, identities.userIds, identities.anonymousIds],
  );
  const history = await q<{ trait: string; value: unknown; observed_at: Date | string }>(
    `select trait, value, observed_at from customer_trait_history where workspace_id = $1 and customer_id = $2 order by observed_at desc, id desc limit 50`,
    [workspaceId, c.id],
  );
  return {
    id: c.id,
    userId: c.user_id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    gender: c.gender,
    birthday: c.birthday,
    province: c.province,
    traits: c.traits,
    firstSeen: new Date(c.first_seen).toISOString(),
    lastSeen: new Date(c.last_seen).toISOString(),
    counts: counts.rows[0] ?? { events: 0, pages: 0, tracks: 0, identifies: 0 },
    identities,
    traitHistory: history.rows.map((h) => ({ trait: h.trait, value: h.value, observedAt: new Date(h.observed_at).toISOString() })),
  };
}

export async function customerTimeline(q: RawQuery, workspaceId: string, userId: string, limit: number, before?: string): Promise<EventPage> {
  const c = await customerRow(q, workspaceId, userId);
  const ids = await identitiesOf(q, workspaceId, c.id);
  const params: unknown[] = [workspaceId, ids.userIds, ids.anonymousIds];
  let keyset = '';
  if (before) {
    const cur = decodeCursor(before);
    params.push(cur.timestamp, cur.id);
    keyset = ` and (timestamp, id) < ($4::timestamptz, $5::uuid)`;
  }
  params.push(limit + 1);
  const r = await q<EventRecord>(
    `select ${EVENT_COLUMNS} from events where ${OF_CUSTOMER}${keyset} order by timestamp desc, id desc limit $${params.length}`,
    params,
  );
  return pageOf(r.rows, limit);
}
