CREATE TABLE "responses" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"channel" text NOT NULL,
	"language" text NOT NULL,
	"answers" jsonb NOT NULL,
	"search" text DEFAULT '' NOT NULL,
	"user_id" text,
	"anonymous_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "responses_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "score_rollups" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"question_id" text NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"day" text NOT NULL,
	"metric" text NOT NULL,
	"counts" jsonb NOT NULL,
	CONSTRAINT "score_rollups_workspace_id_survey_id_question_id_touchpoint_id_channel_day_pk" PRIMARY KEY("workspace_id","survey_id","question_id","touchpoint_id","channel","day")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_rollups" ADD CONSTRAINT "score_rollups_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "responses_survey_idx" ON "responses" USING btree ("workspace_id","survey_id","completed_at");--> statement-breakpoint
CREATE INDEX "score_rollups_day_idx" ON "score_rollups" USING btree ("workspace_id","day");