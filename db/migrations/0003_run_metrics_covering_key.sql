-- Curves are read by (run, key, step) ranges: a key that also carries the values lets Postgres answer from the
-- index alone (an index-only scan) instead of visiting one heap page per point.
ALTER TABLE "run_metrics" DROP CONSTRAINT "run_metrics_run_id_key_step_pk";--> statement-breakpoint
ALTER TABLE "run_metrics" ADD CONSTRAINT "run_metrics_run_id_key_step_pk" PRIMARY KEY ("run_id", "key", "step") INCLUDE ("team_id", "epoch", "value");
