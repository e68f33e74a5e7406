-- Trigram search on the folded open answers (the responses screen). A contrib extension, trusted since PostgreSQL 13; PGlite loads it too.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "response_exports" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"format" text NOT NULL,
	"language" text NOT NULL,
	"filters" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"file" "bytea",
	"byte_size" integer,
	"file_name" text NOT NULL,
	"job_id" uuid,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "response_exports_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "answered_at" timestamp with time zone GENERATED ALWAYS AS (coalesce(completed_at, updated_at)) STORED;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "score_metric" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "score_value" double precision;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "score_norm" double precision;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "score_group" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "nps_group" text;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "score_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "response_exports" ADD CONSTRAINT "response_exports_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_exports_created_idx" ON "response_exports" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE INDEX "responses_anonymous_idx" ON "responses" USING btree ("workspace_id","anonymous_id");--> statement-breakpoint
CREATE INDEX "responses_answered_idx" ON "responses" USING btree ("workspace_id","answered_at","id");--> statement-breakpoint
CREATE INDEX "responses_score_idx" ON "responses" USING btree ("workspace_id","score_group","answered_at");--> statement-breakpoint
CREATE INDEX "responses_search_idx" ON "responses" USING gin ("search" gin_trgm_ops);--> statement-breakpoint
-- Existing responses get their score and group from core's rules by a background job (responses.rescore).
INSERT INTO "jobs" ("id", "kind") SELECT gen_random_uuid(), 'responses.rescore' WHERE EXISTS (SELECT 1 FROM "responses" WHERE "score_version" = 0);
