ALTER TABLE "run_artifacts" ADD COLUMN "batch" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "runs" ADD COLUMN "batches_done" integer DEFAULT 0 NOT NULL;