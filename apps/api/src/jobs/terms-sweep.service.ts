import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { addDays, expiryTransitions, type SlaSweepCounts } from '@casework/domain';
import { AuditService } from '../audit/audit.service';
import type { CurrentUserInfo } from '../auth/current-user';
import { ensureTechnicalAccount } from '../auth/technical-account';
import { CasesService } from '../cases/cases.service';
import type { JobTrigger } from './job-run.entity';

export const TERMS_SWEEP = 'terms-sweep';

export type SweepOptions = { trigger?: JobTrigger; requestedBy?: string | null; jobId?: string | null };
export type SweepResult = { runId: string; startedAt: string; finishedAt: string; counts: SlaSweepCounts };

// Automatic case actions are recorded under this account (case_event.actor_id), acting as a clerk of the case's authority.
const CASE_ENGINE = { login: 'case-engine', fullName: 'Система (автоматические действия по срокам)', position: 'Технический пользователь' };

// Running waiting terms of the applicant that lapsed (due before the authority's today) in a state where the service
// fires an automatic transition on that lapse ($2–$4: service, state, term of every such transition).
const EXPIRED_WAITS_SQL = `
  SELECT c.id, c.version, c.authority_id AS "authorityId", c.service_slug AS "serviceSlug", c.state, t.term_id AS "termId"
    FROM case_term t
    JOIN "case" c ON c.id = t.case_id
    JOIN authority a ON a.id = c.authority_id
    JOIN unnest($2::text[], $3::text[], $4::text[]) AS x(service_slug, state, term_id)
      ON x.service_slug = c.service_slug AND x.state = c.state AND x.term_id = t.term_id
   WHERE t.status = 'running' AND t.due_date < ($1::timestamptz AT TIME ZONE a.time_zone)::date
   ORDER BY t.due_date, c.id`;

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
    private readonly cases: CasesService,
  ) {}

  private engineUserId: string | null = null;

  // The applicant's waiting terms that lapsed move their cases on (refusal drafts, resumed review), one transaction per
  // case, before the clocks are marked: such a term ends cancelled, never counted as the body's breach. A case that
  // changed meanwhile (409) or whose transition is refused is left for the clerk and counted as failed.
  private async fireExpiredWaits(now: Date): Promise<{ fired: number; failed: number }> {
    const transitions = expiryTransitions();
    if (transitions.length === 0) return { fired: 0, failed: 0 };
    const rows = (await this.db.query(EXPIRED_WAITS_SQL, [now.toISOString(), transitions.map((t) => t.serviceSlug), transitions.map((t) => t.state), transitions.map((t) => t.termId)])) as {
      id: string;
      version: number;
      authorityId: string;
      serviceSlug: string;
      state: string;
      termId: string;
    }[];
    let fired = 0;
    let failed = 0;
    for (const row of rows) {
      const transition = transitions.find((t) => t.serviceSlug === row.serviceSlug && t.state === row.state && t.termId === row.termId)!;
      this.engineUserId ??= await ensureTechnicalAccount(this.db, this.audit, CASE_ENGINE);
      const actor: CurrentUserInfo = { id: this.engineUserId, login: CASE_ENGINE.login, fullName: CASE_ENGINE.fullName, position: null, roles: [{ authorityId: row.authorityId, role: 'clerk' }] };
      try {
        await this.cases.fire(row.id, { event: transition.event, data: {}, expectedVersion: row.version }, actor, { system: true });
        fired += 1;
      } catch (error) {
        failed += 1;
        await this.audit.write(this.db.manager, { actorId: this.engineUserId, action: 'jobs.expiry_failed', entity: 'case', entityId: row.id, details: { event: transition.event, term: row.termId, error: error instanceof Error ? error.message : String(error) } });
      }
    }
    return { fired, failed };
  }

  // Plain method: pg-boss calls it from the worker, tests and the direct fallback call it as is.
  async sweepTerms(now: Date, { trigger = 'manual', requestedBy = null, jobId = null }: SweepOptions = {}): Promise<SweepResult> {
    const started = performance.now();
    // UTC+14 is the furthest ahead any zone gets
    const latestToday = addDays(now.toISOString().slice(0, 10), 1);
    try {
      const expired = await this.fireExpiredWaits(now);
      return await this.db.transaction(async (em) => {
        // two replicas (or a manual run during a scheduled one) take turns
        await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [TERMS_SWEEP]);
        const [changed] = (await em.query(SWEEP_SQL, [now.toISOString(), latestToday])) as Omit<SlaSweepCounts, 'totals'>[];
        const [totals] = (await em.query(TOTALS_SQL)) as SlaSweepCounts['totals'][];
        const counts: SlaSweepCounts = { ...changed, expiredWaits: expired.fired, expiryFailures: expired.failed, totals };
        const finishedAt = new Date(now.getTime() + Math.round(performance.now() - started));
        const [run] = (await em.query(
          `INSERT INTO job_run (name, trigger, job_id, requested_by, started_at, finished_at, counts) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text AS id`,
          [TERMS_SWEEP, trigger, jobId, requestedBy, now, finishedAt, JSON.stringify(counts)],
        )) as { id: string }[];
        if (counts.dueToday + counts.overdue + counts.cleared + expired.fired + expired.failed > 0) {
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
