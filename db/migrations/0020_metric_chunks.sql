CREATE TABLE "metric_chunks" (
	"run_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"key" text NOT NULL,
	"first_step" bigint NOT NULL,
	"last_step" bigint NOT NULL,
	"points" integer NOT NULL,
	"steps" "bytea" NOT NULL,
	"epochs" "bytea" NOT NULL,
	"values" "bytea" NOT NULL,
	"wall_times" "bytea" NOT NULL,
	CONSTRAINT "metric_chunks_run_id_key_first_step_pk" PRIMARY KEY("run_id","key","first_step")
);
--> statement-breakpoint
-- Packed floats hardly compress: storing them as they are spares every write a compression attempt.
ALTER TABLE "metric_chunks" ALTER COLUMN "steps" SET STORAGE EXTERNAL, ALTER COLUMN "epochs" SET STORAGE EXTERNAL, ALTER COLUMN "values" SET STORAGE EXTERNAL, ALTER COLUMN "wall_times" SET STORAGE EXTERNAL;
--> statement-breakpoint
-- Points stored one row each move into chunks of 1,024 (CHUNK_POINTS in db/metricChunks.ts), in step order.
INSERT INTO "metric_chunks" ("run_id", "team_id", "key", "first_step", "last_step", "points", "steps", "epochs", "values", "wall_times")
SELECT "run_id", "team_id", "key", min("step"), max("step"), count(*),
  string_agg(float8send("step"::float8), ''::bytea ORDER BY "step"),
  string_agg(float4send("epoch"), ''::bytea ORDER BY "step"),
  string_agg(float8send("value"), ''::bytea ORDER BY "step"),
  string_agg(float8send((extract(epoch FROM "wall_time") * 1000)::float8), ''::bytea ORDER BY "step")
FROM (SELECT *, (row_number() OVER (PARTITION BY "run_id", "key" ORDER BY "step") - 1) / 1024 AS "chunk" FROM "run_metrics") AS "numbered"
GROUP BY "run_id", "team_id", "key", "chunk";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "delete_run_metrics"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "metric_chunks" WHERE "run_id" IN (SELECT "id" FROM deleted_runs);
  DELETE FROM "run_examples" WHERE "run_id" IN (SELECT "id" FROM deleted_runs);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TABLE "run_metrics";
