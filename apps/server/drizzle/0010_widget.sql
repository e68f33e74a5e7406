CREATE TABLE "feedback_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"frequency_cap_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_widgets" (
	"workspace_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_widgets_workspace_id_survey_id_pk" PRIMARY KEY("workspace_id","survey_id")
);
--> statement-breakpoint
CREATE TABLE "widget_impressions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"anonymous_id" text NOT NULL,
	"user_id" text,
	"shown_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dismissed_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	CONSTRAINT "widget_impressions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "feedback_settings" ADD CONSTRAINT "feedback_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_widgets" ADD CONSTRAINT "survey_widgets_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "widget_impressions" ADD CONSTRAINT "widget_impressions_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "widget_impressions_anonymous_idx" ON "widget_impressions" USING btree ("workspace_id","anonymous_id","shown_at");--> statement-breakpoint
CREATE INDEX "widget_impressions_user_idx" ON "widget_impressions" USING btree ("workspace_id","user_id","shown_at");--> statement-breakpoint
CREATE INDEX "widget_impressions_survey_idx" ON "widget_impressions" USING btree ("workspace_id","survey_id","shown_at");