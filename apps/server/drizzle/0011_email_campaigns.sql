CREATE TABLE "email_suppressions" (
	"workspace_id" uuid NOT NULL,
	"email" text NOT NULL,
	"reason" text NOT NULL,
	"campaign_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_suppressions_workspace_id_email_pk" PRIMARY KEY("workspace_id","email")
);
--> statement-breakpoint
CREATE TABLE "survey_campaigns" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_search" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"touchpoint_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"audience" jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"default_language" text DEFAULT 'vi' NOT NULL,
	"reminder_days" integer,
	"scheduled_at" timestamp with time zone,
	"send_revision" integer DEFAULT 0 NOT NULL,
	"materialized_at" timestamp with time zone,
	"job_id" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"reminder_status" text DEFAULT 'none' NOT NULL,
	"reminder_due_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_campaigns_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
CREATE TABLE "survey_invites" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"campaign_id" uuid,
	"token" text NOT NULL,
	"channel" text NOT NULL,
	"user_id" text,
	"email" text,
	"name" text,
	"search" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"touchpoint_id" uuid,
	"status" text,
	"error" text,
	"sent_at" timestamp with time zone,
	"reminder_status" text,
	"reminder_error" text,
	"reminded_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"response_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invites_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "email_suppressions" ADD CONSTRAINT "email_suppressions_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_campaigns" ADD CONSTRAINT "survey_campaigns_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invites" ADD CONSTRAINT "survey_invites_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invites" ADD CONSTRAINT "survey_invites_workspace_id_survey_id_surveys_workspace_id_id_fk" FOREIGN KEY ("workspace_id","survey_id") REFERENCES "public"."surveys"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invites" ADD CONSTRAINT "survey_invites_workspace_id_campaign_id_survey_campaigns_workspace_id_id_fk" FOREIGN KEY ("workspace_id","campaign_id") REFERENCES "public"."survey_campaigns"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_campaigns_updated_idx" ON "survey_campaigns" USING btree ("workspace_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invites_token_key" ON "survey_invites" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invites_campaign_email_key" ON "survey_invites" USING btree ("workspace_id","campaign_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invites_link_key" ON "survey_invites" USING btree ("workspace_id","survey_id","user_id",coalesce("touchpoint_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE campaign_id is null;--> statement-breakpoint
CREATE INDEX "survey_invites_campaign_idx" ON "survey_invites" USING btree ("workspace_id","campaign_id","status");