CREATE TABLE "touchpoint_visits" (
	"workspace_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"day" date NOT NULL,
	"person" text NOT NULL,
	"customer_id" uuid,
	"first_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"events" integer NOT NULL,
	CONSTRAINT "touchpoint_visits_workspace_id_touchpoint_id_day_person_pk" PRIMARY KEY("workspace_id","touchpoint_id","day","person")
);
--> statement-breakpoint
CREATE INDEX "touchpoint_visits_person_idx" ON "touchpoint_visits" USING btree ("workspace_id","person");
--> statement-breakpoint
-- Backfill: the visits of every event stored before this table existed.
insert into touchpoint_visits as v (workspace_id, touchpoint_id, day, person, customer_id, first_at, last_at, events) 
  select s.workspace_id, s.touchpoint_id, (s.timestamp at time zone w.time_zone)::date as day,
         coalesce(c.customer_id::text, case when s.user_id is not null then 'u:' || s.user_id else 'a:' || s.anonymous_id end) as person,
         c.customer_id, min(s.timestamp) as first_at, max(s.timestamp) as last_at, count(*)::int as events
  from events s
  join workspaces w on w.id = s.workspace_id
  left join lateral (
    select i.customer_id from customer_identities i
    where i.workspace_id = s.workspace_id
      and ((s.user_id is not null and i.kind = 'user' and i.value = s.user_id) or (s.user_id is null and i.kind = 'anonymous' and i.value = s.anonymous_id))
  ) c on true
  where s.touchpoint_id is not null and (s.user_id is not null or s.anonymous_id is not null)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4 on conflict (workspace_id, touchpoint_id, day, person) do update
  set first_at = least(v.first_at, excluded.first_at), last_at = greatest(v.last_at, excluded.last_at), events = v.events + excluded.events
;
