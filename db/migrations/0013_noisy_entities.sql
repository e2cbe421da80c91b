ALTER TABLE "run_noisy_examples" ADD COLUMN "token" integer DEFAULT -1 NOT NULL;--> statement-breakpoint
ALTER TABLE "run_noisy_examples" DROP CONSTRAINT "run_noisy_examples_run_id_row_pk";--> statement-breakpoint
ALTER TABLE "run_noisy_examples" ADD CONSTRAINT "run_noisy_examples_run_id_row_token_pk" PRIMARY KEY("run_id","row","token");
