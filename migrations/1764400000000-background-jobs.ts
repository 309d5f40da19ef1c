import type { MigrationInterface, QueryRunner } from 'typeorm';

// Background jobs: term alerts (due today, overdue) marked by the pg-boss sweep, and a log of job runs.
// pg-boss keeps its own tables in the schema "pgboss" and installs them itself on start.
export class BackgroundJobs1764400000000 implements MigrationInterface {
  name = 'BackgroundJobs1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_term
        ADD COLUMN alert text NULL,
        ADD COLUMN alert_on date NULL,
        ADD COLUMN breached_at timestamptz NULL,
        ADD CONSTRAINT "CHK_case_term_alert" CHECK (alert IN ('due_today', 'overdue'));

      -- the sweep reads running terms due up to today, plus the few already marked (to clear or escalate them)
      CREATE INDEX "IDX_case_term_running_due" ON case_term (due_date) WHERE status = 'running';
      CREATE INDEX "IDX_case_term_alert" ON case_term (alert) WHERE alert IS NOT NULL;
      -- the SLA dashboard counts terms completed in a period
      CREATE INDEX "IDX_case_term_completed" ON case_term (completed_on) WHERE completed_on IS NOT NULL;

      CREATE TABLE job_run (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        trigger text NOT NULL,
        job_id text,
        requested_by uuid REFERENCES app_user(id),
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        counts jsonb,
        error text,
        CONSTRAINT "CHK_job_run_trigger" CHECK (trigger IN ('schedule', 'startup', 'manual'))
      );
      CREATE INDEX "IDX_job_run_name_started" ON job_run (name, started_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE IF EXISTS job_run;
      DROP INDEX IF EXISTS "IDX_case_term_completed";
      DROP INDEX IF EXISTS "IDX_case_term_alert";
      DROP INDEX IF EXISTS "IDX_case_term_running_due";
      ALTER TABLE case_term
        DROP CONSTRAINT IF EXISTS "CHK_case_term_alert",
        DROP COLUMN IF EXISTS breached_at,
        DROP COLUMN IF EXISTS alert_on,
        DROP COLUMN IF EXISTS alert;
    `);
  }
}
