CREATE TABLE "touchpoints" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"description" text,
	"channel" text NOT NULL,
	"rules" jsonb NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "touchpoints_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "touchpoint_id" uuid;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "touchpoint_revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "touchpoints_name_key" ON "touchpoints" USING btree ("workspace_id","name_search");--> statement-breakpoint
CREATE INDEX "events_touchpoint_idx" ON "events" USING btree ("workspace_id","touchpoint_id","timestamp");