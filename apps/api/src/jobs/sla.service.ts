import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  addSlaCounts,
  CalendarRangeError,
  compareOpenTerms,
  defaultSlaPeriod,
  emptySlaStats,
  getService,
  localDateTimeIn,
  openTermState,
  type LocalDate,
  type MyTerm,
  type MyTerms,
  type OpenTermState,
  type ProductionCalendar,
  type Role,
  type SlaDashboard,
  type SlaDashboardQuery,
  type SlaJobRun,
  type SlaStats,
  type SlaSweepCounts,
} from '@casework/domain';
import { authoritiesWithRole, type CurrentUserInfo } from '../auth/current-user';
import { CalendarService } from '../calendar/calendar.service';
import { ApiException, notFound } from '../common/api.exception';
import { Clock } from '../common/clock';
import { JobsService, type QueuedSweep } from './jobs.service';
import { TERMS_SWEEP, TermsSweepService, type SweepResult } from './terms-sweep.service';

export const DASHBOARD_ROLES: Role[] = ['head', 'auditor', 'admin'];
const MY_TERMS_LIMIT = 1000;

type AuthorityInfo = { id: string; title: string; timeZone: string; calendarCode: string };
type OpenState = Omit<OpenTermState, 'workingDaysLeft'> & { workingDaysLeft: number | null };

export type SweepNow = QueuedSweep | { mode: 'direct'; status: 'completed'; result: SweepResult };

@Injectable()
export class SlaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendars: CalendarService,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly sweep: TermsSweepService,
  ) {}

  async lastSweep(): Promise<SlaJobRun | null> {
    const rows = (await this.db.query(
      `SELECT id::text AS id, trigger, started_at AS "startedAt", finished_at AS "finishedAt", counts, error FROM job_run WHERE name = $1 ORDER BY started_at DESC, id DESC LIMIT 1`,
      [TERMS_SWEEP],
    )) as { id: string; trigger: SlaJobRun['trigger']; startedAt: Date; finishedAt: Date | null; counts: SlaSweepCounts | null; error: string | null }[];
    const r = rows[0];
    return r ? { ...r, startedAt: r.startedAt.toISOString(), finishedAt: r.finishedAt?.toISOString() ?? null } : null;
  }

  // Running terms of the clerk's own cases: assigned to them or taken by them (as "only mine" in the queue).
  async myTerms(user: CurrentUserInfo): Promise<MyTerms> {
    const authorityIds = authoritiesWithRole(user, ['clerk']);
    const rows = (await this.db.query(
      `SELECT t.case_id AS "caseId", c.number AS "caseNumber", c.service_slug AS "serviceSlug", c.authority_id AS "authorityId",
              a.short_name AS "authorityTitle", a.time_zone AS "timeZone", a.calendar_code AS "calendarCode",
              concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "applicantName",
              t.term_id AS "termId", t.title, t.clause, t.due_date AS "dueDate", t.due_at AS "dueAt", t.alert
         FROM case_term t
         JOIN "case" c ON c.id = t.case_id
         JOIN authority a ON a.id = c.authority_id
         JOIN person p ON p.id = c.applicant_id
        WHERE t.status = 'running' AND c.authority_id = ANY($1)
          AND (c.assignee_id = $2 OR c.created_by = $2)
        ORDER BY t.due_date, t.due_at NULLS LAST
        LIMIT ${MY_TERMS_LIMIT}`,
      [authorityIds, user.id],
    )) as (Omit<MyTerm, 'serviceTitle' | 'workingDaysLeft' | 'status' | 'dueAt'> & { calendarCode: string; dueAt: Date | null })[];
    const now = this.clock.now();
    const calendars = await this.calendarsFor(rows.map((r) => r.calendarCode));
    const items = rows.map(({ calendarCode, ...r }) => {
      const today = localDateTimeIn(now, r.timeZone).date;
      const s = stateOf(calendars.get(calendarCode)!, r.dueDate, today, r.dueAt !== null && r.dueAt < now);
      return { ...r, dueAt: r.dueAt?.toISOString() ?? null, serviceTitle: getService(r.serviceSlug)?.shortTitle ?? r.serviceSlug, status: s.status, workingDaysLeft: s.workingDaysLeft } satisfies MyTerm;
    });
    items.sort((a, b) => compareOpenTerms(sortable(a), sortable(b)) || (a.dueAt ?? '').localeCompare(b.dueAt ?? '') || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? ''));
    const tz = rows[0]?.timeZone;
    return { today: tz ? localDateTimeIn(now, tz).date : null, items, lastSweep: await this.lastSweep() };
  }

  async dashboard(query: SlaDashboardQuery, user: CurrentUserInfo): Promise<SlaDashboard> {
    const allowed = authoritiesWithRole(user, DASHBOARD_ROLES);
    if (query.authorityId && !allowed.includes(query.authorityId)) throw notFound('Орган');
    if (query.serviceSlug && !getService(query.serviceSlug)) throw new ApiException('VALIDATION_FAILED', 'Проверьте заполнение полей', { serviceSlug: 'Неизвестная услуга' });
    const ids = query.authorityId ? [query.authorityId] : allowed;
    const authorities = (await this.db.query(
      `SELECT id, short_name AS title, time_zone AS "timeZone", calendar_code AS "calendarCode" FROM authority WHERE id = ANY($1) ORDER BY short_name`,
      [ids],
    )) as AuthorityInfo[];
    const now = this.clock.now();
    const { from, to } = defaultSlaPeriod(localDateTimeIn(now, authorities[0]?.timeZone ?? 'Europe/Moscow').date, query);
    const slug = query.serviceSlug ?? null;

    const [completed, open] = await Promise.all([
      this.db.query(
        `SELECT c.authority_id AS "authorityId", c.service_slug AS "serviceSlug", COALESCE(c.assignee_id, c.created_by) AS "userId",
                count(*) FILTER (WHERE t.status = 'met')::int AS met,
                count(*) FILTER (WHERE t.status = 'breached')::int AS breached,
                count(*) FILTER (WHERE t.status = 'cancelled')::int AS cancelled
           FROM case_term t JOIN "case" c ON c.id = t.case_id
          WHERE c.authority_id = ANY($1) AND ($2::text IS NULL OR c.service_slug = $2)
            AND t.completed_on BETWEEN $3::date AND $4::date AND t.status IN ('met', 'breached', 'cancelled')
          GROUP BY 1, 2, 3`,
        [ids, slug, from, to],
      ) as Promise<{ authorityId: string; serviceSlug: string; userId: string; met: number; breached: number; cancelled: number }[]>,
      // grouped by due date: the working days left are computed once per date, not once per term
      this.db.query(
        `SELECT c.authority_id AS "authorityId", c.service_slug AS "serviceSlug", COALESCE(c.assignee_id, c.created_by) AS "userId",
                t.status, t.due_date AS "dueDate", COALESCE(t.due_at < $3::timestamptz, false) AS "lateByTime", count(*)::int AS n
           FROM case_term t JOIN "case" c ON c.id = t.case_id
          WHERE c.authority_id = ANY($1) AND ($2::text IS NULL OR c.service_slug = $2) AND t.status IN ('running', 'paused')
          GROUP BY 1, 2, 3, 4, 5, 6`,
        [ids, slug, now.toISOString()],
      ) as Promise<{ authorityId: string; serviceSlug: string; userId: string; status: string; dueDate: LocalDate; lateByTime: boolean; n: number }[]>,
    ]);

    const byId = new Map(authorities.map((a) => [a.id, a]));
    const calendars = await this.calendarsFor(authorities.map((a) => a.calendarCode));
    const cells = new Map<string, { authorityId: string; serviceSlug: string; userId: string; stats: SlaStats }>();
    const cell = (r: { authorityId: string; serviceSlug: string; userId: string }): SlaStats => {
      const key = `${r.authorityId}|${r.serviceSlug}|${r.userId}`;
      let found = cells.get(key);
      if (!found) cells.set(key, (found = { authorityId: r.authorityId, serviceSlug: r.serviceSlug, userId: r.userId, stats: emptySlaStats() }));
      return found.stats;
    };
    for (const r of completed) addSlaCounts(cell(r), r);
    for (const r of open) {
      if (r.status === 'paused') {
        addSlaCounts(cell(r), { paused: r.n });
        continue;
      }
      const authority = byId.get(r.authorityId)!;
      const s = stateOf(calendars.get(authority.calendarCode)!, r.dueDate, localDateTimeIn(now, authority.timeZone).date, r.lateByTime);
      addSlaCounts(cell(r), { open: { [s.bucket]: r.n } });
    }

    const rows = [...cells.values()];
    const userIds = [...new Set(rows.map((r) => r.userId))];
    const users = new Map(
      ((await this.db.query(`SELECT id, full_name AS "fullName" FROM app_user WHERE id = ANY($1)`, [userIds])) as { id: string; fullName: string }[]).map((u) => [u.id, u.fullName]),
    );
    const sum = <K extends string>(keyOf: (r: (typeof rows)[number]) => K, seed: K[] = []): Map<K, SlaStats> => {
      const out = new Map<K, SlaStats>(seed.map((k) => [k, emptySlaStats()]));
      for (const r of rows) {
        const k = keyOf(r);
        if (!out.has(k)) out.set(k, emptySlaStats());
        addSlaCounts(out.get(k)!, countsOf(r.stats));
      }
      return out;
    };
    const total = emptySlaStats();
    for (const r of rows) addSlaCounts(total, countsOf(r.stats));
    const byRu = (a: { title?: string; fullName?: string }, b: { title?: string; fullName?: string }): number => (a.title ?? a.fullName ?? '').localeCompare(b.title ?? b.fullName ?? '', 'ru');

    return {
      from,
      to,
      generatedAt: now.toISOString(),
      authorityId: query.authorityId ?? null,
      serviceSlug: slug,
      total,
      byAuthority: [...sum((r) => r.authorityId, authorities.map((a) => a.id))].map(([id, stats]) => ({ authorityId: id, title: byId.get(id)!.title, timeZone: byId.get(id)!.timeZone, stats })).sort(byRu),
      byService: [...sum((r) => r.serviceSlug, slug ? [slug] : [])].map(([serviceSlug, stats]) => ({ serviceSlug, title: getService(serviceSlug)?.shortTitle ?? serviceSlug, stats })).sort(byRu),
      byClerk: [...sum((r) => r.userId)].map(([userId, stats]) => ({ userId, fullName: users.get(userId) ?? '—', stats })).sort(byRu),
      rows,
      lastSweep: await this.lastSweep(),
    };
  }

  // POST /api/sla/sweep: through pg-boss when it runs in this process, else directly.
  async sweepNow(user: CurrentUserInfo): Promise<SweepNow> {
    if (this.jobs.running) return this.jobs.enqueueSweep(user.id);
    return { mode: 'direct', status: 'completed', result: await this.sweep.sweepTerms(this.clock.now(), { trigger: 'manual', requestedBy: user.id }) };
  }

  private async calendarsFor(codes: string[]): Promise<Map<string, ProductionCalendar>> {
    const unique = [...new Set(codes)];
    return new Map(await Promise.all(unique.map(async (code) => [code, await this.calendars.calendar(code)] as const)));
  }
}

// Without the production calendar for the dates, the legal-date comparison still tells overdue and today apart.
const stateOf = (calendar: ProductionCalendar, dueDate: LocalDate, today: LocalDate, lateByTime: boolean): OpenState => {
  try {
    return openTermState({ dueDate, today, calendar, lateByTime });
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    if (dueDate < today || lateByTime) return { status: 'overdue', workingDaysLeft: null, bucket: 'overdue' };
    if (dueDate === today) return { status: 'due_today', workingDaysLeft: 0, bucket: 'today' };
    return { status: 'open', workingDaysLeft: null, bucket: 'over-10' };
  }
};

const sortable = (t: MyTerm): OpenTermState & { dueDate: LocalDate } => ({
  status: t.status,
  dueDate: t.dueDate,
  workingDaysLeft: t.workingDaysLeft ?? (t.status === 'overdue' ? -1 : Number.MAX_SAFE_INTEGER),
  bucket: 'over-10',
});

const countsOf = (s: SlaStats) => ({ met: s.met, breached: s.breached, cancelled: s.cancelled, paused: s.paused, open: s.open });
