CREATE TABLE "run_annotations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"start" real NOT NULL,
	"end" real,
	"colour" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"phase" text,
	"author_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_phase_detections" (
	"run_id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"version" text NOT NULL,
	"params" jsonb NOT NULL,
	"status" text NOT NULL,
	"final" boolean NOT NULL,
	"epochs_seen" integer NOT NULL,
	"phases" jsonb NOT NULL,
	"explanation" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"requested_by" uuid,
	"detected_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "run_annotations" ADD CONSTRAINT "run_annotations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_annotations" ADD CONSTRAINT "run_annotations_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_annotations" ADD CONSTRAINT "run_annotations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_phase_detections" ADD CONSTRAINT "run_phase_detections_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_phase_detections" ADD CONSTRAINT "run_phase_detections_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_phase_detections" ADD CONSTRAINT "run_phase_detections_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "run_annotations_team_run_idx" ON "run_annotations" USING btree ("team_id","run_id","created_at");--> statement-breakpoint
CREATE INDEX "run_phase_detections_team_idx" ON "run_phase_detections" USING btree ("team_id");