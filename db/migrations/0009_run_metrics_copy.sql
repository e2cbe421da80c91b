ALTER TABLE "run_metrics" DROP CONSTRAINT "run_metrics_run_id_runs_id_fk";
--> statement-breakpoint
DROP INDEX "run_metrics_team_idx";--> statement-breakpoint
CREATE FUNCTION "delete_run_metrics"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "run_metrics" WHERE "run_id" IN (SELECT "id" FROM deleted_runs);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "runs_delete_metrics" AFTER DELETE ON "runs" REFERENCING OLD TABLE AS deleted_runs FOR EACH STATEMENT EXECUTE FUNCTION "delete_run_metrics"();
