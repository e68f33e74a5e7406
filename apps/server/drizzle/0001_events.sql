CREATE TABLE "events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"event" text,
	"anonymous_id" text,
	"user_id" text,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"traits" jsonb,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"timestamp" timestamp with time zone NOT NULL,
	"original_timestamp" timestamp with time zone,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL,
	"source_key_id" uuid,
	CONSTRAINT "events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "events_message_key" ON "events" USING btree ("workspace_id","message_id");--> statement-breakpoint
CREATE INDEX "events_time_idx" ON "events" USING btree ("workspace_id","timestamp");--> statement-breakpoint
CREATE INDEX "events_user_idx" ON "events" USING btree ("workspace_id","user_id","timestamp");--> statement-breakpoint
CREATE INDEX "events_anonymous_idx" ON "events" USING btree ("workspace_id","anonymous_id","timestamp");--> statement-breakpoint
CREATE INDEX "events_name_idx" ON "events" USING btree ("workspace_id","event","timestamp");