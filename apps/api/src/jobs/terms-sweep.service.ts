import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, type SlaSweepCounts } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import type { JobTrigger } from './job-run.entity';

export const TERMS_SWEEP = 'terms-sweep';

export type SweepOptions = { trigger?: JobTrigger; requestedBy?: string | null; jobId?: string | null };
export type SweepResult = { runId: string; startedAt: string; finishedAt: string; counts: SlaSweepCounts };

// One set-based pass over the running clocks. "Today" is each authority's local date at `now`:
// due today → 'due_today'; due before today, or a minute/hour term whose instant has passed → 'overdue'
// (breached_at keeps the first time the sweep saw it); anything else, and any term no longer running
// (met, breached, cancelled, paused), loses its alert. Only rows whose alert changes are written.
const SWEEP_SQL = `
  WITH candidates AS (
    SELECT t.case_id, t.term_id, t.breached_at AS old_breached_at, local.today,
           CASE
             WHEN t.status <> 'running' THEN NULL
             WHEN t.due_date < local.today OR t.due_at < $1::timestamptz THEN 'overdue'
             WHEN t.due_date = local.today THEN 'due_today'
           END AS alert
      FROM case_term t
      JOIN "case" c ON c.id = t.case_id
      JOIN authority a ON a.id = c.authority_id
      CROSS JOIN LATERAL (SELECT ($1::timestamptz AT TIME ZONE a.time_zone)::date AS today) local
     -- $2 is the latest local date on Earth at $1: the partial index on running terms by due date stays usable
     WHERE (t.status = 'running' AND t.due_date <= $2::date) OR t.alert IS NOT NULL
  ), changed AS (
    UPDATE case_term t
       SET alert = x.alert,
           alert_on = CASE WHEN x.alert IS NULL THEN NULL ELSE x.today END,
           breached_at = CASE WHEN x.alert = 'overdue' AND t.breached_at IS NULL THEN $1::timestamptz ELSE t.breached_at END
      FROM candidates x
     WHERE t.case_id = x.case_id AND t.term_id = x.term_id AND t.alert IS DISTINCT FROM x.alert
    RETURNING x.alert, (x.alert = 'overdue' AND x.old_breached_at IS NULL) AS newly_breached
  )
  SELECT count(*) FILTER (WHERE alert = 'due_today')::int AS "dueToday",
         count(*) FILTER (WHERE alert = 'overdue')::int AS overdue,
         count(*) FILTER (WHERE newly_breached)::int AS breached,
         count(*) FILTER (WHERE alert IS NULL)::int AS cleared
    FROM changed`;

const TOTALS_SQL = `
  SELECT count(*) FILTER (WHERE alert = 'due_today')::int AS "dueToday", count(*) FILTER (WHERE alert = 'overdue')::int AS overdue
    FROM case_term WHERE alert IS NOT NULL`;

@Injectable()
export class TermsSweepService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // Plain method: pg-boss calls it from the worker, tests and the direct fallback call it as is.
  async sweepTerms(now: Date, { trigger = 'manual', requestedBy = null, jobId = null }: SweepOptions = {}): Promise<SweepResult> {
    const started = performance.now();
    // UTC+14 is the furthest ahead any zone gets
    const latestToday = addDays(now.toISOString().slice(0, 10), 1);
    try {
      return await this.db.transaction(async (em) => {
        // two replicas (or a manual run during a scheduled one) take turns
        await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [TERMS_SWEEP]);
        const [changed] = (await em.query(SWEEP_SQL, [now.toISOString(), latestToday])) as Omit<SlaSweepCounts, 'totals'>[];
        const [totals] = (await em.query(TOTALS_SQL)) as SlaSweepCounts['totals'][];
        const counts: SlaSweepCounts = { ...changed, totals };
        const finishedAt = new Date(now.getTime() + Math.round(performance.now() - started));
        const [run] = (await em.query(
          `INSERT INTO job_run (name, trigger, job_id, requested_by, started_at, finished_at, counts) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
          [TERMS_SWEEP, trigger, jobId, requestedBy, now, finishedAt, JSON.stringify(counts)],
        )) as { id: string }[];
        if (counts.dueToday + counts.overdue + counts.cleared > 0) {
          await this.audit.write(em, { actorId: null, action: 'jobs.terms_sweep', entity: 'case_term', details: { runId: run.id, trigger, ...(requestedBy ? { requestedBy } : {}), ...counts } });
        }
        return { runId: run.id, startedAt: now.toISOString(), finishedAt: finishedAt.toISOString(), counts };
      });
    } catch (error) {
      // the failed run is still recorded, outside the rolled-back transaction
      await this.db
        .query(`INSERT INTO job_run (name, trigger, job_id, requested_by, started_at, error) VALUES ($1, $2, $3, $4, $5, $6)`, [TERMS_SWEEP, trigger, jobId, requestedBy, now, error instanceof Error ? error.message : String(error)])
        .catch(() => undefined);
      throw error;
    }
  }
}
