CREATE TABLE "survey_touchpoints" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"touchpoint_id" uuid NOT NULL,
	CONSTRAINT "survey_touchpoints_workspace_id_survey_id_touchpoint_id_pk" PRIMARY KEY("workspace_id","survey_id","touchpoint_id")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"definition" jsonb NOT NULL,
	"public_id" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "survey_touchpoints" ADD CONSTRAINT "survey_touchpoints_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_touchpoints" ADD CONSTRAINT "survey_touchpoints_workspace_id_touchpoint_id_touchpoints_workspace_id_id_fk" FOREIGN KEY ("workspace_id","touchpoint_id") REFERENCES "public"."touchpoints"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_touchpoints_touchpoint_idx" ON "survey_touchpoints" USING btree ("workspace_id","touchpoint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_public_key" ON "surveys" USING btree ("public_id");--> statement-breakpoint
CREATE INDEX "surveys_updated_idx" ON "surveys" USING btree ("workspace_id","updated_at");