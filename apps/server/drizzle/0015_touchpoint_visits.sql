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
         coalesce(coalesce(iu.customer_id, ia.customer_id)::text, case when s.user_id is not null then 'u:' || s.user_id else 'a:' || s.anonymous_id end) as person,
         coalesce(iu.customer_id, ia.customer_id) as customer_id, min(s.timestamp) as first_at, max(s.timestamp) as last_at, count(*)::int as events
  from events s
  join workspaces w on w.id = s.workspace_id
  -- Two equality joins (not one with an OR), so each can use the identities' key.
  left join customer_identities iu on iu.workspace_id = s.workspace_id and iu.kind = 'user' and iu.value = s.user_id
  left join customer_identities ia on s.user_id is null and ia.workspace_id = s.workspace_id and ia.kind = 'anonymous' and ia.value = s.anonymous_id
  where s.touchpoint_id is not null and (s.user_id is not null or s.anonymous_id is not null)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4 on conflict (workspace_id, touchpoint_id, day, person) do update
  set first_at = least(v.first_at, excluded.first_at), last_at = greatest(v.last_at, excluded.last_at), events = v.events + excluded.events
;
