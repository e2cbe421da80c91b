CREATE TABLE "run_metric_rollups" (
	"run_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"key" text NOT NULL,
	"max_points" integer NOT NULL,
	"steps" "bytea" NOT NULL,
	"epochs" "bytea" NOT NULL,
	"values" "bytea" NOT NULL,
	"wall_times" "bytea" NOT NULL,
	CONSTRAINT "run_metric_rollups_run_id_key_pk" PRIMARY KEY("run_id","key")
);
--> statement-breakpoint
ALTER TABLE "run_metric_rollups" ADD CONSTRAINT "run_metric_rollups_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_metric_rollups" ADD CONSTRAINT "run_metric_rollups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;