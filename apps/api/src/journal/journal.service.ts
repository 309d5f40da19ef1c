import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { registrationJournalDocument } from '@casework/documents';
import { capitalRepairCompensation, localDateTimeIn, type JournalQuery, type LocalDate } from '@casework/domain';
import { notFound } from '../common/api.exception';
import { Clock } from '../common/clock';
import { personName } from '../documents/document-data';
import { renderPdf } from '../documents/pdf-renderer';
import { AuditService } from '../audit/audit.service';
import { rolesIn, type CurrentUserInfo } from '../auth/current-user';
import { serviceOrThrow } from '../services/service-lookup';

type Name = { lastName: string; firstName: string; middleName?: string };

export type JournalEntry = {
  caseId: string;
  number: string;
  registeredOn: LocalDate;
  // «10:42» at the authority: the portal gives the hour and minute of the registration (2.14.2)
  registeredAt: string;
  applicantName: string;
  applicant: Name;
  address: string | null;
  categories: { code: string; title: string }[];
  channel: { code: string; title: string };
  // the clerk who registered the application
  acceptedBy: string | null;
  stateTitle: string;
  decision: { kind: string; number: string | null; date: LocalDate | null; grounds: string[] } | null;
};

export type Journal = {
  authority: { id: string; name: string; shortName: string; timeZone: string; address: string | null };
  service: { slug: string; title: string; journalTitle: string };
  from: LocalDate;
  to: LocalDate;
  // the number of the period's first entry in the year's journal (the entries before it in the same year, plus one)
  firstLineNumber: number;
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
    private readonly clock: Clock,
  ) {}

  // GET /api/journal.pdf: the page of the Journal (capital repair App 2, I-29; housing cl. 43, 62) for the period.
  async journalPdf(query: JournalQuery, user: CurrentUserInfo): Promise<Buffer> {
    const journal = await this.journal(query, user, 'pdf');
    const service = serviceOrThrow(query.serviceSlug);
    const printedOn = localDateTimeIn(this.clock.now(), journal.authority.timeZone).date;
    return renderPdf(
      registrationJournalDocument({
        authority: { name: journal.authority.name, ...(journal.authority.address ? { address: journal.authority.address } : {}) },
        title: journal.service.journalTitle,
        period: { from: journal.from, to: journal.to },
        firstLineNumber: journal.firstLineNumber,
        printedOn,
        entries: journal.entries.map((e) => ({
          registrationNumber: e.number,
          registeredOn: e.registeredOn,
          registeredAt: e.registeredAt,
          applicant: e.applicant,
          ...(e.address ? { address: e.address } : {}),
          categories: e.categories.map((c) => c.code),
          channel: e.channel.title,
          ...(e.acceptedBy ? { acceptedBy: personName(e.acceptedBy) } : {}),
          // cl. 62: the decision is entered in the Journal
          ...(e.decision?.date && e.decision.date >= e.registeredOn
            ? { result: { title: resultTitle(service.slug, e.decision), ...(e.decision.number ? { number: e.decision.number } : {}), date: e.decision.date } }
            : {}),
        })),
      }),
    );
  }

  async journal(query: JournalQuery, user: CurrentUserInfo, format: 'json' | 'pdf' = 'json'): Promise<Journal> {
    if (rolesIn(user, query.authorityId).length === 0) throw notFound('Орган');
    const service = serviceOrThrow(query.serviceSlug);
    const [authority] = (await this.db.query(`SELECT id, name, short_name AS "shortName", time_zone AS "timeZone", address FROM authority WHERE id = $1`, [query.authorityId])) as {
      id: string;
      name: string;
      shortName: string;
      timeZone: string;
      address: string | null;
    }[];
    if (!authority) throw notFound('Орган');
    const rows = (await this.db.query(
      `SELECT c.id AS "caseId", c.number, (c.registered_at AT TIME ZONE $4)::date::text AS "registeredOn", to_char(c.registered_at AT TIME ZONE $4, 'HH24:MI') AS "registeredAt",
              c.state, c.payload, c.channel, p.last_name AS "lastName", p.first_name AS "firstName", p.middle_name AS "middleName", p.registration_address AS "personAddress",
              r.full_name AS "acceptedBy", d.kind AS "decisionKind", d.number AS "decisionNumber", d.decision_date AS "decisionDate", d.grounds AS "decisionGrounds"
         FROM "case" c JOIN person p ON p.id = c.applicant_id
         LEFT JOIN LATERAL (SELECT u.full_name FROM case_event e JOIN app_user u ON u.id = e.actor_id WHERE e.case_id = c.id AND e.event = 'register' ORDER BY e.seq LIMIT 1) r ON true
         LEFT JOIN LATERAL (SELECT kind, number, decision_date, grounds FROM decision WHERE case_id = c.id AND status IN ('signed', 'issued') ORDER BY signed_at DESC LIMIT 1) d ON true
        WHERE c.authority_id = $1 AND c.service_slug = $2 AND c.number IS NOT NULL
          AND c.registered_at >= ($3::date::timestamp AT TIME ZONE $4) AND c.registered_at < (($5::date + 1)::timestamp AT TIME ZONE $4)
        ORDER BY c.registered_at, c.number
        LIMIT ${JOURNAL_LIMIT}`,
      [authority.id, service.slug, query.from, authority.timeZone, query.to],
    )) as {
      caseId: string;
      number: string;
      registeredOn: LocalDate;
      registeredAt: string;
      state: string;
      payload: Record<string, unknown>;
      channel: string;
      lastName: string;
      firstName: string;
      middleName: string | null;
      personAddress: string | null;
      acceptedBy: string | null;
      decisionKind: string | null;
      decisionNumber: string | null;
      decisionDate: LocalDate | null;
      decisionGrounds: { code: string }[] | null;
    }[];
    // the line numbers run through the year (the journal is kept by year, as the registration numbers are)
    const [{ before }] = (await this.db.query(
      `SELECT count(*)::int AS before FROM "case" c
        WHERE c.authority_id = $1 AND c.service_slug = $2 AND c.number IS NOT NULL
          AND c.registered_at >= (date_trunc('year', $3::date)::timestamp AT TIME ZONE $4) AND c.registered_at < ($3::date::timestamp AT TIME ZONE $4)`,
      [authority.id, service.slug, query.from, authority.timeZone],
    )) as { before: number }[];
    await this.audit.write(this.db.manager, { actorId: user.id, authorityId: authority.id, action: 'journal.read', entity: 'journal', details: { serviceSlug: service.slug, from: query.from, to: query.to, entries: rows.length, format } });
    const categoryTitle = (code: string): string => service.categories.find((c) => c.code === code)?.title ?? code;
    return {
      authority: { id: authority.id, name: authority.name, shortName: authority.shortName, timeZone: authority.timeZone, address: authority.address },
      service: { slug: service.slug, title: service.title, journalTitle: service.journalTitle },
      from: query.from,
      to: query.to,
      firstLineNumber: before + 1,
      entries: rows.map((r) => {
        // housing: several categories; capital repair: one
        const codes = Array.isArray(r.payload.categories) ? (r.payload.categories as string[]) : typeof r.payload.category === 'string' ? [r.payload.category] : [];
        const address = typeof r.payload.registrationAddress === 'string' ? r.payload.registrationAddress : r.personAddress;
        return {
          caseId: r.caseId,
          number: r.number,
          registeredOn: r.registeredOn,
          registeredAt: r.registeredAt,
          applicantName: [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' '),
          applicant: { lastName: r.lastName, firstName: r.firstName, ...(r.middleName ? { middleName: r.middleName } : {}) },
          address,
          categories: codes.map((code) => ({ code, title: categoryTitle(code) })),
          channel: { code: r.channel, title: service.channels.find((c) => c.code === r.channel)?.title ?? r.channel },
          acceptedBy: r.acceptedBy,
          stateTitle: service.workflow.states.find((s) => s.code === r.state)?.title ?? r.state,
          decision: r.decisionKind ? { kind: r.decisionKind, number: r.decisionNumber, date: r.decisionDate, grounds: (r.decisionGrounds ?? []).map((g) => g.code) } : null,
        };
      }),
    };
  }
}

// «назначена» (capital repair, App 3) or «решение о предоставлении» (housing cl. 62); a refusal names its grounds
const resultTitle = (slug: string, decision: NonNullable<JournalEntry['decision']>): string => {
  if (decision.kind === 'grant') return slug === capitalRepairCompensation.slug ? 'назначена' : 'решение о предоставлении';
  const grounds = decision.grounds.length ? ` (${decision.grounds.join(', ')})` : '';
  return slug === capitalRepairCompensation.slug ? `отказано${grounds}` : `решение об отказе${grounds}`;
};
