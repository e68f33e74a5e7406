import type { RawQuery } from '../../../db/database.js';

/*
 * The touchpoint_visits rollup: one row per workspace, touchpoint, workspace-local day and person,
 * with the first and last event's time and the number of events. Written in the same transaction
 * as the events it counts. A person is the customer the event's user id (else its anonymous id)
 * resolves to, else `a:` + the anonymous id (`u:` + the user id only if a user id has no customer,
 * which applyIdentity never leaves behind).
 *
 * Re-placing past events recomputes rows from the events, which must not interleave with ingestion
 * adding to the same rows: writers hold a shared per-workspace advisory lock, the recompute the
 * exclusive one (only for its short page transaction).
 */

/** The advisory lock key of a workspace's visits (SQL over a uuid expression). */
const lockKey = (w: string) => `hashtextextended('touchpoint_visits:' || (${w})::text, 0)`;

/**
 * Resolves the rows of `from` (a from-item aliased `s` with workspace_id, touchpoint_id, user_id,
 * anonymous_id, timestamp) to visit rows:
 * select list and joins, aggregated per key, in key order (concurrent writers then lock rows in
 * the same order).
 */
const resolved = (from: string) => `
  select s.workspace_id, s.touchpoint_id, (s.timestamp at time zone w.time_zone)::date as day,
         coalesce(coalesce(iu.customer_id, ia.customer_id)::text, case when s.user_id is not null then 'u:' || s.user_id else 'a:' || s.anonymous_id end) as person,
         coalesce(iu.customer_id, ia.customer_id) as customer_id, min(s.timestamp) as first_at, max(s.timestamp) as last_at, count(*)::int as events
  from ${from}
  join workspaces w on w.id = s.workspace_id
  -- Two equality joins (not one with an OR), so each can use the identities' key.
  left join customer_identities iu on iu.workspace_id = s.workspace_id and iu.kind = 'user' and iu.value = s.user_id
  left join customer_identities ia on s.user_id is null and ia.workspace_id = s.workspace_id and ia.kind = 'anonymous' and ia.value = s.anonymous_id
  where s.touchpoint_id is not null and (s.user_id is not null or s.anonymous_id is not null)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4`;

const UPSERT = `insert into touchpoint_visits as v (workspace_id, touchpoint_id, day, person, customer_id, first_at, last_at, events)`;
const MERGE = `on conflict (workspace_id, touchpoint_id, day, person) do update
  set first_at = least(v.first_at, excluded.first_at), last_at = greatest(v.last_at, excluded.last_at), events = v.events + excluded.events`;

/**
 * The statement that adds visits for rows already inserted by a data-modifying CTE `ins`, taking
 * the shared lock first: spliced into the events insert so the usual group commit stays one statement.
 */
export function visitsFromInserted(): string {
  return `lk as (select pg_advisory_xact_lock_shared(${lockKey('d.w')}) from (select distinct workspace_id as w from ins where touchpoint_id is not null) d),
  vis as (${UPSERT} ${resolved('(select ins.* from ins join (select count(*) from lk) l on true) s')} ${MERGE})`;
}

/** Takes the shared lock of each workspace, for a transaction that is about to write visits. */
export async function lockVisitsShared(q: RawQuery, workspaceIds: readonly string[]): Promise<void> {
  const ids = [...new Set(workspaceIds)].sort();
  if (ids.length === 0) return;
  await q(`select pg_advisory_xact_lock_shared(${lockKey('w')}) from unnest($1::uuid[]) as t(w) order by w`, [ids]);
}

export interface VisitSource {
  workspaceId: string;
  touchpointId: string | null;
  userId: string | null;
  anonymousId: string | null;
  timestamp: string;
}

/** Adds stored events to the visits (their identities already applied). Caller holds the shared lock. */
export async function addVisits(q: RawQuery, rows: readonly VisitSource[]): Promise<void> {
  const placed = rows.filter((r) => r.touchpointId !== null);
  if (placed.length === 0) return;
  await q(
    `${UPSERT} ${resolved('unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::timestamptz[]) as s(workspace_id, touchpoint_id, user_id, anonymous_id, timestamp)')} ${MERGE}`,
    [placed.map((r) => r.workspaceId), placed.map((r) => r.touchpointId), placed.map((r) => r.userId), placed.map((r) => r.anonymousId), placed.map((r) => r.timestamp)],
  );
}

export interface VisitMove {
  workspaceId: string;
  /** The person whose rows move: `a:` + an anonymous id just linked, or a merged-away customer's id. */
  from: string;
  /** The customer they belong to now. */
  to: string;
}

/**
 * Moves visits from one person to a customer (an anonymous id linked, two customers merged),
 * merging rows that meet on one key. Caller holds the shared lock.
 */
export async function moveVisits(q: RawQuery, moves: readonly VisitMove[]): Promise<void> {
  const real = moves.filter((m) => m.from !== m.to);
  if (real.length === 0) return;
  await q(
    `with m as (select * from unnest($1::uuid[], $2::text[], $3::uuid[]) as m(w, src, dst)),
     moved as (delete from touchpoint_visits t using m where t.workspace_id = m.w and t.person = m.src
               returning t.workspace_id, t.touchpoint_id, t.day, m.dst, t.first_at, t.last_at, t.events)
     ${UPSERT}
     select workspace_id, touchpoint_id, day, dst::text, dst, min(first_at), max(last_at), sum(events)::int from moved
     group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4
     ${MERGE}`,
    [real.map((m) => m.workspaceId), real.map((m) => m.from), real.map((m) => m.to)],
  );
}

/**
 * Re-places events (one page of the placement job) and recomputes the visit rows they leave and
 * join, from the events themselves, under the workspace's exclusive lock: a handful of index
 * lookups per touched (touchpoint, day, person), never a scan.
 */
export async function replaceEventTouchpoints(q: RawQuery, workspaceId: string, ids: readonly string[], targets: readonly (string | null)[]): Promise<number> {
  if (ids.length === 0) return 0;
  await q(`select pg_advisory_xact_lock(${lockKey('$1::uuid')})`, [workspaceId]);
  // The keys the moved events count towards now, and will after the move.
  const keys = await q<{ touchpoint_id: string; day: string; person: string; customer_id: string | null }>(
    `with ev as (
       select e.workspace_id, e.user_id, e.anonymous_id, e.timestamp, e.touchpoint_id as old_tp, x.tp as new_tp from events e
       join unnest($2::uuid[], $3::uuid[]) as x(id, tp) on e.workspace_id = $1 and e.id = x.id
       where e.touchpoint_id is distinct from x.tp),
     both_ as (select workspace_id, old_tp as touchpoint_id, user_id, anonymous_id, timestamp from ev
               union all select workspace_id, new_tp, user_id, anonymous_id, timestamp from ev)
     select distinct touchpoint_id, day::text as day, person, customer_id from (${resolved('both_ s')}) r`,
    [workspaceId, ids, targets],
  );
  const r = await q(
    `update events e set touchpoint_id = v.tp
     from unnest($2::uuid[], $3::uuid[]) as v(id, tp)
     where e.workspace_id = $1 and e.id = v.id and e.touchpoint_id is distinct from v.tp`,
    [workspaceId, ids, targets],
  );
  await recomputeVisits(q, workspaceId, keys.rows);
  return r.affected;
}

/** Recomputes the given visit rows from the events (rows with no event left are removed). */
export async function recomputeVisits(
  q: RawQuery,
  workspaceId: string,
  keys: readonly { touchpoint_id: string; day: string; person: string; customer_id: string | null }[],
): Promise<void> {
  if (keys.length === 0) return;
  const params = [workspaceId, keys.map((k) => k.touchpoint_id), keys.map((k) => k.day), keys.map((k) => k.person), keys.map((k) => k.customer_id)];
  const k = `select * from unnest($2::uuid[], $3::date[], $4::text[], $5::uuid[]) as k(tp, day, person, customer)`;
  await q(
    `delete from touchpoint_visits t using (${k}) k
     where t.workspace_id = $1 and t.touchpoint_id = k.tp and t.day = k.day and t.person = k.person`,
    params,
  );
  // Each key's identifiers (a customer's user and anonymous ids, or the one anonymous id), then
  // their events at the touchpoint on the day, resolved again: only those of this person count.
  await q(
    `with k as (${k}),
     idv as (
       select k.tp, k.day, k.person, i.kind, i.value from k join customer_identities i on i.workspace_id = $1 and i.customer_id = k.customer
       union all select k.tp, k.day, k.person, 'anonymous', substr(k.person, 3) from k where k.customer is null and k.person like 'a:%'
       union all select k.tp, k.day, k.person, 'user', substr(k.person, 3) from k where k.customer is null and k.person like 'u:%'),
     span as (select idv.*, (idv.day::timestamp at time zone w.time_zone) as t0, ((idv.day + 1)::timestamp at time zone w.time_zone) as t1
              from idv join workspaces w on w.id = $1),
     ev as (
       select e.id, e.workspace_id, e.touchpoint_id, e.user_id, e.anonymous_id, e.timestamp from span join events e
         on e.workspace_id = $1 and span.kind = 'user' and e.user_id = span.value and e.timestamp >= span.t0 and e.timestamp < span.t1 and e.touchpoint_id = span.tp
       union
       select e.id, e.workspace_id, e.touchpoint_id, e.user_id, e.anonymous_id, e.timestamp from span join events e
         on e.workspace_id = $1 and span.kind = 'anonymous' and e.anonymous_id = span.value and e.timestamp >= span.t0 and e.timestamp < span.t1 and e.touchpoint_id = span.tp),
     r as (${resolved('ev s')})
     ${UPSERT} select r.* from r join k on k.tp = r.touchpoint_id and k.day = r.day and k.person = r.person ${MERGE}`,
    params,
  );
}

/** Rebuilds every visit row of a workspace from its events (the backfill; tests compare with it). */
export const REBUILD_VISITS_SQL = `${UPSERT} ${resolved('events s')} ${MERGE}`;

/** The visit rows a workspace's events add up to, computed from the events (tests compare the rollup with it). */
export async function visitsFromEvents(q: RawQuery, workspaceId: string) {
  return (await q<{ touchpoint_id: string; day: string; person: string; customer_id: string | null; first_at: Date; last_at: Date; events: number }>(
    `select touchpoint_id, day::text as day, person, customer_id, first_at, last_at, events from (${resolved('(select * from events where workspace_id = $1) s')}) r`,
    [workspaceId],
  )).rows;
}
