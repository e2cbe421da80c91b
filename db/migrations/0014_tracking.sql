CREATE TABLE "experiment_tags" (
	"experiment_id" bigint NOT NULL,
	"team_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "experiment_tags_experiment_id_key_pk" PRIMARY KEY("experiment_id","key")
);
--> statement-breakpoint
CREATE TABLE "experiments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "experiments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"team_id" uuid NOT NULL,
	"name" text NOT NULL,
	"artifact_location" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "run_examples" (
	"run_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"example_id" text NOT NULL,
	"label" text NOT NULL,
	"true_label" text,
	"text" text,
	CONSTRAINT "run_examples_run_id_position_pk" PRIMARY KEY("run_id","position")
);
--> statement-breakpoint
CREATE TABLE "run_key_tags" (
	"run_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "run_key_tags_run_id_key_pk" PRIMARY KEY("run_id","key")
);
--> statement-breakpoint
ALTER TABLE "run_metrics" ALTER COLUMN "step" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "runs" ALTER COLUMN "dataset_version_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "experiment_id" bigint;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "inputs" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "deleted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "example_classes" text[];--> statement-breakpoint
ALTER TABLE "experiment_tags" ADD CONSTRAINT "experiment_tags_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiment_tags" ADD CONSTRAINT "experiment_tags_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experiments" ADD CONSTRAINT "experiments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_key_tags" ADD CONSTRAINT "run_key_tags_run_id_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "run_key_tags" ADD CONSTRAINT "run_key_tags_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experiment_tags_team_idx" ON "experiment_tags" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_team_name_idx" ON "experiments" USING btree ("team_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "experiments_team_default_idx" ON "experiments" USING btree ("team_id") WHERE "experiments"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "run_examples_run_example_idx" ON "run_examples" USING btree ("run_id","example_id");--> statement-breakpoint
CREATE INDEX "run_examples_team_idx" ON "run_examples" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "run_key_tags_team_idx" ON "run_key_tags" USING btree ("team_id");--> statement-breakpoint
ALTER TABLE "runs" ADD CONSTRAINT "runs_experiment_id_experiments_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."experiments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "runs_experiment_idx" ON "runs" USING btree ("experiment_id");--> statement-breakpoint
-- Rollups now keep steps as float64 (steps are int64): the old ones are rebuilt from the points on first read.
DELETE FROM "run_metric_rollups";--> statement-breakpoint
-- A deleted run's registered examples go with its points (run_examples has no foreign keys, as run_metrics).
CREATE OR REPLACE FUNCTION "delete_run_metrics"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "run_metrics" WHERE "run_id" IN (SELECT "id" FROM deleted_runs);
  DELETE FROM "run_examples" WHERE "run_id" IN (SELECT "id" FROM deleted_runs);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Every team has a Default experiment (MLflow's "0"); new teams get theirs when they are created.
INSERT INTO "experiments" ("team_id", "name", "is_default") SELECT "id", 'Default', true FROM "teams";
