ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp (3) with time zone;--> statement-breakpoint
-- Accounts made before addresses were verified keep working as they did.
UPDATE "users" SET "email_verified_at" = "created_at";
