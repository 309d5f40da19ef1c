import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { JournalQuery, LocalDate } from '@casework/domain';
import { notFound } from '../common/api.exception';
import { AuditService } from '../audit/audit.service';
import { rolesIn, type CurrentUserInfo } from '../auth/current-user';
import { serviceOrThrow } from '../services/service-lookup';

export type JournalEntry = {
  caseId: string;
  number: string;
  registeredOn: LocalDate;
  applicantName: string;
  address: string | null;
  categories: { code: string; title: string }[];
  stateTitle: string;
  decision: { kind: string; number: string | null; date: LocalDate | null } | null;
};

export type Journal = {
  authority: { id: string; name: string; shortName: string };
  service: { slug: string; title: string; journalTitle: string };
  from: LocalDate;
  to: LocalDate;
  entries: JournalEntry[];
};

// At most this many entries in one journal page or PDF: a longer period is asked in parts.
const JOURNAL_LIMIT = 5000;

// The journal of registration of applications of one authority and service: every registered case of the period in
// the order of its numbers, with the decision taken on it (cl. 62 of housing: the decision is entered in the Journal).
@Injectable()
export class JournalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async journal(query: JournalQuery, user: CurrentUserInfo): Promise<Journal> {
    if (rolesIn(user, query.authorityId).length === 0) throw notFound('Орган');
    const service = serviceOrThrow(query.serviceSlug);
    const [authority] = (await this.db.query(`SELECT id, name, short_name AS "shortName", time_zone AS "timeZone" FROM authority WHERE id = $1`, [query.authorityId])) as { id: string; name: string; shortName: string; timeZone: string }[];
    if (!authority) throw notFound('Орган');
    const rows = (await this.db.query(
      `SELECT c.id AS "caseId", c.number, (c.registered_at AT TIME ZONE $4)::date::text AS "registeredOn", c.state, c.payload,
              concat_ws(' ', p.last_name, p.first_name, p.middle_name) AS "applicantName", p.registration_address AS "personAddress",
              d.kind AS "decisionKind", d.number AS "decisionNumber", d.decision_date AS "decisionDate"
         FROM "case" c JOIN person p ON p.id = c.applicant_id
         LEFT JOIN LATERAL (SELECT kind, number, decision_date FROM decision WHERE case_id = c.id AND status = 'signed' ORDER BY signed_at DESC LIMIT 1) d ON true
        WHERE c.authority_id = $1 AND c.service_slug = $2 AND c.number IS NOT NULL
          AND c.registered_at >= ($3::date::timestamp AT TIME ZONE $4) AND c.registered_at < (($5::date + 1)::timestamp AT TIME ZONE $4)
        ORDER BY c.registered_at, c.number
        LIMIT ${JOURNAL_LIMIT}`,
      [authority.id, service.slug, query.from, authority.timeZone, query.to],
    )) as {
      caseId: string;
      number: string;
      registeredOn: LocalDate;
      state: string;
      payload: Record<string, unknown>;
      applicantName: string;
      personAddress: string | null;
      decisionKind: string | null;
      decisionNumber: string | null;
      decisionDate: LocalDate | null;
    }[];
    await this.audit.write(this.db.manager, { actorId: user.id, authorityId: authority.id, action: 'journal.read', entity: 'journal', details: { serviceSlug: service.slug, from: query.from, to: query.to, entries: rows.length } });
    const categoryTitle = (code: string): string => service.categories.find((c) => c.code === code)?.title ?? code;
    return {
      authority: { id: authority.id, name: authority.name, shortName: authority.shortName },
      service: { slug: service.slug, title: service.title, journalTitle: service.journalTitle },
      from: query.from,
      to: query.to,
      entries: rows.map((r) => {
        // housing: several categories; capital repair: one
        const codes = Array.isArray(r.payload.categories) ? (r.payload.categories as string[]) : typeof r.payload.category === 'string' ? [r.payload.category] : [];
        const address = typeof r.payload.registrationAddress === 'string' ? r.payload.registrationAddress : r.personAddress;
        return {
          caseId: r.caseId,
          number: r.number,
          registeredOn: r.registeredOn,
          applicantName: r.applicantName,
          address,
          categories: codes.map((code) => ({ code, title: categoryTitle(code) })),
          stateTitle: service.workflow.states.find((s) => s.code === r.state)?.title ?? r.state,
          decision: r.decisionKind ? { kind: r.decisionKind, number: r.decisionNumber, date: r.decisionDate } : null,
        };
      }),
    };
  }
}
