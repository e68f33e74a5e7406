CREATE TABLE "stores" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stores_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "score_rollups" ADD COLUMN "store_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL;--> statement-breakpoint
ALTER TABLE "score_rollups" DROP CONSTRAINT "score_rollups_workspace_id_survey_id_question_id_touchpoint_id_channel_day_pk";--> statement-breakpoint
ALTER TABLE "score_rollups" ADD CONSTRAINT "score_rollups_workspace_id_survey_id_question_id_touchpoint_id_channel_store_id_day_pk" PRIMARY KEY("workspace_id","survey_id","question_id","touchpoint_id","channel","store_id","day");--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "store_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "device_id" uuid;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "invitation_id" uuid;--> statement-breakpoint
ALTER TABLE "stores" ADD CONSTRAINT "stores_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "stores_name_key" ON "stores" USING btree ("workspace_id","name_search");--> statement-breakpoint
CREATE INDEX "responses_completed_idx" ON "responses" USING btree ("workspace_id","completed_at");--> statement-breakpoint
CREATE INDEX "responses_user_idx" ON "responses" USING btree ("workspace_id","user_id");