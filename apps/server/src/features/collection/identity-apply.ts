import type { RawQuery } from '../../db/database.js';
import { newId } from '../../platform/ids.js';
import { SEEN_THROTTLE_MS, type IdentityCache, type IdentityWritten } from './identity-cache.js';
import { contactOf, searchText, type IdentityPlan } from './identity-plan.js';
import { moveVisits, type VisitMove } from './queries/touchpoint-visits.js';

const k = (workspaceId: string, id: string) => `${workspaceId}\u0001${id}`;

const ms = (iso: string) => Date.parse(iso);

/**
 * Applies what a group of events says about identity, inside the transaction that stores them:
 * an acknowledged identify is as durable as its event. Set-based: a handful of statements per
 * group, whatever its size — and none for what `cache` shows the database already holds. Returns
 * what was written or confirmed, for the cache to remember once the transaction has committed.
 * Touchpoint visits follow identity: an anonymous id linked to a customer brings its visits to
 * them, a customer merged away brings theirs (the caller holds the visits' shared lock).
 */
export async function applyIdentity(q: RawQuery, plan: IdentityPlan, cache: IdentityCache | null = null): Promise<IdentityWritten> {
  const written: IdentityWritten = { users: [], links: [], anonymousSeen: [], merged: plan.aliases.length > 0 };
  if (plan.users.size === 0 && plan.anonymousSeen.size === 0) return written;
  const now = Date.now();
  const customerOf = new Map<string, string>(); // (workspace, userId) → customer id
  const created = new Set<string>(); // customers this group created, seen-times already right

  // Links the cache cannot vouch for are read and, where they point elsewhere, written.
  const links = [...plan.links.values()]
    .filter((l) => cache?.linkedTo(k(l.workspaceId, l.anonymousId), now) !== l.userId)
    .sort((a, b) => (k(a.workspaceId, a.anonymousId) < k(b.workspaceId, b.anonymousId) ? -1 : 1));
  // Customer ids are needed for customers not known to exist, and for those traits, aliases and links name.
  const needIds = new Set<string>();
  for (const [key] of plan.users) if (!cache?.knows(key, now)) needIds.add(key);
  for (const t of plan.traits) needIds.add(k(t.workspaceId, t.userId));
  for (const a of plan.aliases) needIds.add(k(a.workspaceId, a.userId));
  for (const l of links) needIds.add(k(l.workspaceId, l.userId));

  if (needIds.size > 0) {
    // Sorted: concurrent group commits then take locks in the same order (no deadlock).
    const users = [...needIds].sort().map((key) => plan.users.get(key)!);
    // Read first, without locks: most groups name customers who already exist, and locking each of
    // them on every group would queue concurrent group commits behind one another.
    const known = async () =>
      (await q<{ id: string; workspace_id: string; user_id: string }>(
        `select c.id, c.workspace_id, c.user_id from customers c join unnest($1::uuid[], $2::text[]) as t(w, u) on c.workspace_id = t.w and c.user_id = t.u`,
        [users.map((u) => u.workspaceId), users.map((u) => u.userId)],
      )).rows;
    for (const row of await known()) customerOf.set(k(row.workspace_id, row.user_id), row.id);
    const fresh = users.filter((u) => !customerOf.has(k(u.workspaceId, u.userId)));
    if (fresh.length > 0) {
      const inserted = await q<{ id: string; workspace_id: string; user_id: string }>(
        `insert into customers (workspace_id, id, user_id, search, first_seen, last_seen)
         select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[])
         on conflict (workspace_id, user_id) do nothing
         returning id, workspace_id, user_id`,
        [fresh.map((u) => u.workspaceId), fresh.map(() => newId()), fresh.map((u) => u.userId), fresh.map((u) => searchText(u.userId, contactOf({}))), fresh.map((u) => u.first), fresh.map((u) => u.last)],
      );
      for (const row of inserted.rows) {
        const key = k(row.workspace_id, row.user_id);
        customerOf.set(key, row.id);
        created.add(key);
      }
      // A concurrent group created the others first: they exist now, read their ids.
      if (inserted.rows.length < fresh.length) for (const row of await known()) customerOf.set(k(row.workspace_id, row.user_id), row.id);
      await q(
        `insert into customer_identities (workspace_id, kind, value, customer_id)
         select w, 'user', v, c from unnest($1::uuid[], $2::text[], $3::uuid[]) as t(w, v, c)
         on conflict (workspace_id, kind, value) do nothing`,
        [fresh.map((u) => u.workspaceId), fresh.map((u) => u.userId), fresh.map((u) => customerOf.get(k(u.workspaceId, u.userId))!)],
      );
    }
  }

  // Seen-times: written at most once a minute per customer per process (the cache is the throttle);
  // "last seen" to the minute is what people read, and it spares a row lock per customer per group.
  const due = [...plan.users.entries()].filter(([key, u]) => !cache?.seenCovers(key, u.first, u.last, now));
  for (const [key, u] of due) written.users.push({ key, first: ms(u.first), last: ms(u.last) });
  const seen = due
    .filter(([key]) => !created.has(key))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, u]) => u);
  if (seen.length > 0) {
    await q(
      `update customers c set last_seen = greatest(c.last_seen, t.l), first_seen = least(c.first_seen, t.f)
       from unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[]) as t(w, u, f, l)
       where c.workspace_id = t.w and c.user_id = t.u and (c.last_seen < t.l or c.first_seen > t.f)`,
      [seen.map((u) => u.workspaceId), seen.map((u) => u.userId), seen.map((u) => u.first), seen.map((u) => u.last)],
    );
  }

  // Traits first, so a customer merged away by an alias below brings its traits along.
  if (plan.traits.length > 0) await applyTraits(q, plan, customerOf);

  const moves: VisitMove[] = [];
  for (const a of plan.aliases) {
    const into = customerOf.get(k(a.workspaceId, a.userId))!;
    const mergedAway = await applyAlias(q, a.workspaceId, a.previousId, into);
    moves.push({ workspaceId: a.workspaceId, from: mergedAway ?? `a:${a.previousId}`, to: into });
    // Later steps in this group must point at the surviving customer.
    if (mergedAway) for (const [key, id] of customerOf) if (id === mergedAway) customerOf.set(key, into);
  }

  if (links.length > 0) {
    // Only links that are new or point elsewhere are written (and so locked).
    const current = await q<{ workspace_id: string; value: string; customer_id: string }>(
      `select i.workspace_id, i.value, i.customer_id from customer_identities i join unnest($1::uuid[], $2::text[]) as t(w, v)
         on i.workspace_id = t.w and i.kind = 'anonymous' and i.value = t.v`,
      [links.map((l) => l.workspaceId), links.map((l) => l.anonymousId)],
    );
    const now = new Map(current.rows.map((r) => [k(r.workspace_id, r.value), r.customer_id]));
    const changed = links.filter((l) => now.get(k(l.workspaceId, l.anonymousId)) !== customerOf.get(k(l.workspaceId, l.userId)));
    if (changed.length > 0) {
      await q(
        `insert into customer_identities (workspace_id, kind, value, customer_id)
         select w, 'anonymous', v, c from unnest($1::uuid[], $2::text[], $3::uuid[]) as t(w, v, c)
         on conflict (workspace_id, kind, value) do update set customer_id = excluded.customer_id, linked_at = now()`,
        [changed.map((l) => l.workspaceId), changed.map((l) => l.anonymousId), changed.map((l) => customerOf.get(k(l.workspaceId, l.userId))!)],
      );
      for (const l of changed) moves.push({ workspaceId: l.workspaceId, from: `a:${l.anonymousId}`, to: customerOf.get(k(l.workspaceId, l.userId))! });
    }
  }
  // A later alias may have merged away the customer a move points to: follow it to the survivor.
  const survivor = new Map(moves.filter((m) => !m.from.startsWith('a:')).map((m) => [m.from, m.to]));
  const follow = (id: string) => {
    for (let i = 0; i < 100 && survivor.has(id); i++) id = survivor.get(id)!;
    return id;
  };
  await moveVisits(q, moves.map((m) => ({ ...m, to: follow(m.to) })));
  for (const l of plan.links.values()) written.links.push({ key: k(l.workspaceId, l.anonymousId), userId: l.userId });

  // An anonymous id linked in this group to a user whose seen-times it wrote: the customer's last
  // seen is already within a minute of the anonymous activity, unless that came later.
  const dueUsers = new Set(due.map(([key]) => key));
  const coveredByLink = (key: string, last: string) => {
    const l = plan.links.get(key);
    const userKey = l && k(l.workspaceId, l.userId);
    const u = userKey && dueUsers.has(userKey) ? plan.users.get(userKey) : undefined;
    return u !== undefined && ms(last) <= ms(u.last) + SEEN_THROTTLE_MS;
  };
  const anonymous = [...plan.anonymousSeen.entries()]
    .filter(([key, a]) => !cache?.anonymousCovers(key, a.last, now) && !coveredByLink(key, a.last))
    .map(([, a]) => a);
  if (anonymous.length > 0) {
    // A known visitor browsing before signing in again: their customer was still "seen".
    await q(
      `update customers c set last_seen = greatest(c.last_seen, t.l)
       from unnest($1::uuid[], $2::text[], $3::timestamptz[]) as t(w, a, l)
       join customer_identities i on i.workspace_id = t.w and i.kind = 'anonymous' and i.value = t.a
       where c.workspace_id = i.workspace_id and c.id = i.customer_id and c.last_seen < t.l`,
      [anonymous.map((s) => s.workspaceId), anonymous.map((s) => s.anonymousId), anonymous.map((s) => s.last)],
    );
    for (const a of anonymous) written.anonymousSeen.push({ key: k(a.workspaceId, a.anonymousId), last: ms(a.last) });
  }
  return written;
}

/**
 * alias(previousId → userId): when previousId is another known customer, the two are one person —
 * merge the old into the new (identities, trait history, traits, first seen); otherwise previousId
 * is an anonymous id of the new one.
 */
async function applyAlias(q: RawQuery, workspaceId: string, previousId: string, into: string): Promise<string | null> {
  const old = await q<{ customer_id: string }>(
    `select customer_id from customer_identities where workspace_id = $1 and kind = 'user' and value = $2`,
    [workspaceId, previousId],
  );
  const from = old.rows[0]?.customer_id;
  if (!from) {
    await q(
      `insert into customer_identities (workspace_id, kind, value, customer_id) values ($1, 'anonymous', $2, $3)
       on conflict (workspace_id, kind, value) do update set customer_id = excluded.customer_id, linked_at = now()`,
      [workspaceId, previousId, into],
    );
    return null;
  }
  if (from === into) return null;
  await q(`update customer_identities set customer_id = $3 where workspace_id = $1 and customer_id = $2`, [workspaceId, from, into]);
  await q(`update customer_trait_history set customer_id = $3 where workspace_id = $1 and customer_id = $2`, [workspaceId, from, into]);
  await q(
    `update customers n set traits = o.traits || n.traits, first_seen = least(n.first_seen, o.first_seen), last_seen = greatest(n.last_seen, o.last_seen),
       name = coalesce(n.name, o.name), email = coalesce(n.email, o.email), phone = coalesce(n.phone, o.phone),
       gender = coalesce(n.gender, o.gender), birthday = coalesce(n.birthday, o.birthday), province = coalesce(n.province, o.province)
     from customers o where n.workspace_id = $1 and n.id = $3 and o.workspace_id = $1 and o.id = $2`,
    [workspaceId, from, into],
  );
  await q(`delete from customers where workspace_id = $1 and id = $2`, [workspaceId, from]);
  return from;
}

/** Merges identify traits into each customer, keeping a history row for every value that changed. */
async function applyTraits(q: RawQuery, plan: IdentityPlan, customerOf: Map<string, string>): Promise<void> {
  const ids = [...new Set(plan.traits.map((t) => customerOf.get(k(t.workspaceId, t.userId))!))];
  const workspaces = ids.map((id) => plan.traits.find((t) => customerOf.get(k(t.workspaceId, t.userId)) === id)!.workspaceId);
  const current = await q<{ id: string; user_id: string; traits: Record<string, unknown> }>(
    `select c.id, c.user_id, c.traits from customers c join unnest($1::uuid[], $2::uuid[]) as t(w, i) on c.workspace_id = t.w and c.id = t.i for update of c`,
    [workspaces, ids],
  );
  const state = new Map(current.rows.map((r) => [r.id, { userId: r.user_id, traits: { ...r.traits } }]));
  const history: { w: string; c: string; trait: string; value: string; at: string }[] = [];
  for (const t of plan.traits) {
    const id = customerOf.get(k(t.workspaceId, t.userId))!;
    const s = state.get(id);
    if (!s) continue;
    for (const [trait, value] of Object.entries(t.traits)) {
      if (JSON.stringify(s.traits[trait]) === JSON.stringify(value)) continue;
      s.traits[trait] = value;
      history.push({ w: t.workspaceId, c: id, trait, value: JSON.stringify(value ?? null), at: t.at });
    }
  }
  if (history.length === 0) return;
  const changed = [...new Set(history.map((h) => h.c))];
  const rows = changed.map((id) => {
    const s = state.get(id)!;
    return { w: history.find((h) => h.c === id)!.w, id, traits: s.traits, contact: contactOf(s.traits), userId: s.userId };
  });
  await q(
    `update customers c set traits = t.traits, name = t.name, email = t.email, phone = t.phone, gender = t.gender, birthday = t.birthday,
       province = t.province, search = t.search
     from unnest($1::uuid[], $2::uuid[], $3::jsonb[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       as t(w, i, traits, name, email, phone, gender, birthday, province, search)
     where c.workspace_id = t.w and c.id = t.i`,
    [
      rows.map((r) => r.w), rows.map((r) => r.id), rows.map((r) => JSON.stringify(r.traits)),
      rows.map((r) => r.contact.name), rows.map((r) => r.contact.email), rows.map((r) => r.contact.phone), rows.map((r) => r.contact.gender),
      rows.map((r) => r.contact.birthday), rows.map((r) => r.contact.province), rows.map((r) => searchText(r.userId, r.contact)),
    ],
  );
  await q(
    `insert into customer_trait_history (workspace_id, id, customer_id, trait, value, observed_at)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::timestamptz[])`,
    [history.map((h) => h.w), history.map(() => newId()), history.map((h) => h.c), history.map((h) => h.trait), history.map((h) => h.value), history.map((h) => h.at)],
  );
}
