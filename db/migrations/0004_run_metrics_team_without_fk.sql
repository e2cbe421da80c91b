ALTER TABLE "run_metrics" DROP CONSTRAINT "run_metrics_team_id_teams_id_fk";
