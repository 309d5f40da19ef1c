import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { CAPITAL_REPAIR_SAMPLE_APPLICATION, getService, type ServiceDefinition } from '@casework/domain';
import { FEMALE_NAMES, FEMALE_PATRONYMICS, FEMALE_SURNAMES, MALE_NAMES, MALE_PATRONYMICS, STREETS, SURNAMES } from './bench-names';

// A region-sized data set made by SQL alone (INSERT … SELECT over generate_series, in chunks), reproducible: the session's
// random() is seeded once and every statement runs in order on one connection; ids are md5 of the row number.
//
// Shape at scale 1: 500 000 persons with valid unique SNILS (plus a reserve without cases for the intake timing),
// 1 000 000 cases received over 2024–2025 in the four demo authorities, 70 % of them in the big one (Белгородский район),
// both services; realistic states with their registration and decision terms (a running one for every open case);
// a signed and issued grant decision and a payment assignment for every granted case (≈ 680 000, ≈ 500 000 of them
// payable by bank in the big authority: one register of ~500 000 lines).

export const HOUSING = 'housing-utilities-compensation';
export const CAPITAL_REPAIR = 'capital-repair-compensation';

// authorities in the order of the generator's arrays; the first is the big one
export const BENCH_AUTHORITY_CODES = ['BELGOROD-USZN', 'SOSVA-CSK', 'NEFTEKUMSK-USZN', 'KRASNOGORSK-ADM'] as const;

type Outcome = 'grant' | 'refuse' | 'other' | 'open';

type ServicePlan = {
  slug: string;
  variant: string;
  // weighted: an entry repeated is picked more often
  channels: string[];
  registrationTerm: Record<string, string>;
  decisionTerm: string;
  states: Record<Outcome, string[]>;
  amountKopecks: [number, number];
  payload: Record<string, unknown>;
};

const times = (n: number, value: string): string[] => Array.from({ length: n }, () => value);

export const SERVICE_PLANS: ServicePlan[] = [
  {
    slug: HOUSING,
    variant: 'MAIN',
    channels: [...times(3, 'IN_PERSON'), ...times(4, 'MFC'), ...times(2, 'EPGU'), 'POST'],
    registrationTerm: { IN_PERSON: 'T05', MFC: 'T06', POST: 'T06', EPGU: 'T07' },
    decisionTerm: 'T20',
    states: {
      grant: [...times(18, 'paying'), 'grant_copy_sent', 'payment_setup'],
      refuse: [...times(7, 'copy_sent'), 'approved_refusal', ...times(2, 'closed')],
      other: [...times(2, 'withdrawn'), 'documents_returned'],
      open: [...times(3, 'received'), ...times(4, 'registered'), ...times(5, 'interagency_pending'), ...times(3, 'ready_for_review'), ...times(3, 'under_review'), 'deputy_review_grant', 'head_approval_grant'],
    },
    amountKopecks: [80_000, 250_000],
    payload: {
      categories: ['C30_LABOUR_VETERAN'],
      categoryDetails: { C30_LABOUR_VETERAN: { pensionAgeReached: true } },
      applicantStatus: 'citizen',
      identityDocumentKind: 'passport',
      place: 'residence',
      registrationShownInIdentityDocument: true,
      heating: { centralHeating: true, gasSupply: true },
      paymentMethod: { kind: 'bank', bankName: 'ПАО Сбербанк', bik: '046577674', account: '40817810516540012345' },
      documentsSupplied: [],
      resultDelivery: 'paper',
    },
  },
  {
    slug: CAPITAL_REPAIR,
    variant: 'V1_GRANT',
    channels: [...times(4, 'IN_PERSON_BODY'), ...times(4, 'MFC'), 'EPGU', 'RPGU'],
    registrationTerm: { IN_PERSON_BODY: 'DL-02', MFC: 'DL-02', EPGU: 'DL-04', RPGU: 'DL-04' },
    decisionTerm: 'DL-24',
    states: {
      grant: [...times(18, 'in_payment'), 'notified', 'payment_setup'],
      refuse: [...times(8, 'refusal_notified'), ...times(2, 'refused')],
      other: ['acceptance_refused', 'closed'],
      open: [...times(3, 'received'), ...times(3, 'registered'), 'awaiting_originals', ...times(4, 'interagency_pending'), ...times(3, 'ready_for_review'), ...times(3, 'under_review'), 'department_head_review_grant', 'head_signature_grant'],
    },
    amountKopecks: [30_000, 90_000],
    payload: CAPITAL_REPAIR_SAMPLE_APPLICATION,
  },
];

// share of cases by authority (same order as BENCH_AUTHORITY_CODES) and, per authority, the upper bounds of the outcomes
const AUTHORITY_SHARES = [0.7, 0.1, 0.1, 0.1];
const OUTCOMES_BIG = { grant: 0.76, refuse: 0.9, other: 0.94 };
const OUTCOMES_OTHER = { grant: 0.45, refuse: 0.75, other: 0.85 };
// capital repair is a programme of Stavropol krai: half of Neftekumsk's cases
const CAPITAL_REPAIR_AUTHORITY = 3;
const CAPITAL_REPAIR_SHARE = 0.5;

const BANKS: [string, string][] = [
  ['Белгородское отделение № 8592 ПАО Сбербанк', '041403633'],
  ['ПАО Сбербанк', '044525225'],
  ['АО «Альфа-Банк»', '044525593'],
  ['Банк ВТБ (ПАО)', '044525187'],
  ['АО «Россельхозбанк»', '044525111'],
];
const POST_OFFICES = ['308519, ОПС Северный', '624971, ОПС Сосьва', '356880, ОПС Нефтекумск', '143404, ОПС Красногорск'];

// the decision's PDF is not what is measured: a few constant bytes satisfy "a signed decision has its PDF and hash"
export const BENCH_PDF = Buffer.from('%PDF-1.4\n% casework bench: placeholder of a signed decision\n%%EOF\n');

export const CHUNK_ROWS = 50_000;

// Row ids are derived from the row number (md5), shaped as version-4 UUIDs so that the API's uuid validation takes them.
const benchId = (kind: string, n: string): string => `pg_temp.bench_uuid('bench-${kind}-' || (${n}))`;
const UUID_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(seed text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT (substr(md5(seed), 1, 12) || '4' || substr(md5(seed), 14, 3) || '8' || substr(md5(seed), 18, 15))::uuid
$$`;

// A current account (40817 810) of a person at the bank with this BIK, with the right control key (as isValidBankAccount).
const ACCOUNT_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.bench_account(bik text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT substr(a, 1, 8) || ((((10 - s % 10) % 10) * 7) % 10)::text || substr(a, 10)
    FROM (SELECT a, (SELECT sum((substr(right(bik, 3) || a, k, 1)::int * (ARRAY[7, 1, 3])[1 + (k - 1) % 3]) % 10) FROM generate_series(1, 23) k)::int AS s
            FROM (SELECT '408178100' || lpad(n::text, 11, '0') AS a) x) y
$$`;

const lit = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]): string => `ARRAY[${values.map(lit).join(', ')}]::text[]`;
// a weighted pick from a literal array by a random number in [0, 1)
const pick = (values: readonly string[], r: string): string => `(${textArray(values)})[1 + floor(${r} * ${values.length})::int]`;

const workingDaysLabel = (n: number): string => {
  const tens = n % 100;
  const last = n % 10;
  if (tens >= 11 && tens <= 14) return `${n} рабочих дней`;
  if (last === 1) return `${n} рабочий день`;
  if (last >= 2 && last <= 4) return `${n} рабочих дня`;
  return `${n} рабочих дней`;
};

type TermRow = { slug: string; channel: string | null; termId: string; title: string; clause: string; kind: 'minutes' | 'same_day' | 'working_days'; length: number; label: string };

const termOf = (service: ServiceDefinition, id: string) => {
  const term = service.terms.find((t) => t.id === id);
  if (!term) throw new Error(`bench: the service ${service.slug} has no term ${id}`);
  return term;
};

// The terms the generator writes, taken from the service definitions (titles and clauses as the engine writes them).
export const benchTerms = (): { registration: TermRow[]; decision: TermRow[] } => {
  const registration: TermRow[] = [];
  const decision: TermRow[] = [];
  for (const plan of SERVICE_PLANS) {
    const service = getService(plan.slug);
    if (!service) throw new Error(`bench: unknown service ${plan.slug}`);
    for (const outcome of Object.keys(plan.states) as Outcome[]) {
      for (const state of new Set(plan.states[outcome])) {
        if (!service.workflow.states.some((s) => s.code === state)) throw new Error(`bench: the workflow of ${plan.slug} has no state ${state}`);
      }
    }
    for (const [channel, id] of Object.entries(plan.registrationTerm)) {
      if (!service.channels.some((c) => c.code === channel)) throw new Error(`bench: the service ${plan.slug} has no channel ${channel}`);
      const t = termOf(service, id);
      const kind = t.unit === 'minutes' ? 'minutes' : t.countFrom === 'same_day' ? 'same_day' : 'working_days';
      const label = kind === 'minutes' ? `${t.length} минут с момента поступления заявления` : kind === 'same_day' ? 'В день поступления заявления' : `${workingDaysLabel(t.length)} со дня, следующего за `;
      registration.push({ slug: plan.slug, channel, termId: t.id, title: t.title, clause: t.clause, kind, length: t.length, label });
    }
    const d = termOf(service, plan.decisionTerm);
    if (d.unit !== 'working_days' || d.countFrom !== 'next_day') throw new Error(`bench: the decision term ${d.id} is expected in working days from the next day`);
    decision.push({ slug: plan.slug, channel: null, termId: d.id, title: d.title, clause: d.clause, kind: 'working_days', length: d.length, label: `${workingDaysLabel(d.length)} со дня, следующего за ` });
  }
  return { registration, decision };
};

const termValues = (rows: TermRow[]): string =>
  rows.map((t) => `(${lit(t.slug)}, ${t.channel === null ? 'NULL::text' : lit(t.channel)}, ${lit(t.termId)}, ${lit(t.title)}, ${lit(t.clause)}, ${lit(t.kind)}, ${t.length}, ${lit(t.label)})`).join(',\n       ');

// СНИЛС with its check number (Pension Fund rule, as libs/domain/src/persons/snils.ts): 9 digits × weights 9..1.
const SNILS_FUNCTION = `
CREATE OR REPLACE FUNCTION pg_temp.bench_snils(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT d || lpad((CASE WHEN s < 100 THEN s WHEN s <= 101 THEN 0 WHEN s % 101 = 100 THEN 0 ELSE s % 101 END)::text, 2, '0')
    FROM (SELECT d, (SELECT sum(substr(d, k, 1)::int * (10 - k)) FROM generate_series(1, 9) k)::int AS s
            FROM (SELECT lpad(n::text, 9, '0') AS d) x) y
$$`;

const personsSql = `
INSERT INTO person (id, snils, last_name, first_name, middle_name, birth_date, sex, citizenship, identity_document, registration_address, phone, created_at, updated_at)
SELECT ${benchId('person', 'g.i')},
       pg_temp.bench_snils(100000000 + g.i::bigint * 797),
       CASE WHEN g.female THEN ${pick(FEMALE_SURNAMES, 'g.r_last')} ELSE ${pick(SURNAMES, 'g.r_last')} END,
       CASE WHEN g.female THEN ${pick(FEMALE_NAMES, 'g.r_first')} ELSE ${pick(MALE_NAMES, 'g.r_first')} END,
       CASE WHEN g.female THEN ${pick(FEMALE_PATRONYMICS, 'g.r_mid')} ELSE ${pick(MALE_PATRONYMICS, 'g.r_mid')} END,
       date '1932-01-01' + floor(g.r_birth * 16000)::int,
       CASE WHEN g.female THEN 'female' ELSE 'male' END,
       'RU',
       jsonb_build_object('kind', 'passport_ru', 'series', lpad((1400 + floor(g.r_doc * 99))::int::text, 4, '0'), 'number', lpad(((g.i::bigint * 7919) % 1000000)::text, 6, '0'),
                          'issuedBy', 'УМВД России по Белгородской области', 'issuedOn', (date '2001-01-01' + floor(g.r_doc * 8000)::int)::text),
       '308519, Белгородская обл., Белгородский р-н, пос. Северный, ул. ' || ${pick(STREETS, 'g.r_addr')} || ', д. ' || (1 + floor(g.r_addr * 997)::int % 60) || ', кв. ' || (1 + floor(g.r_phone * 120)::int),
       CASE WHEN g.r_phone < 0.6 THEN '+7 9' || lpad(floor(g.r_phone * 1e9)::bigint::text, 9, '0') END,
       now(), now()
  FROM (SELECT i, random() < 0.58 AS female, random() AS r_last, random() AS r_first, random() AS r_mid, random() AS r_birth, random() AS r_doc, random() AS r_addr, random() AS r_phone
          FROM generate_series($1::int, $2::int) i) g`;

const stateCase = (): string => {
  const whens: string[] = [];
  SERVICE_PLANS.forEach((plan, index) => {
    for (const outcome of Object.keys(plan.states) as Outcome[]) whens.push(`WHEN k.si = ${index + 1} AND k.outcome = ${lit(outcome)} THEN ${pick(plan.states[outcome], 'k.r_state')}`);
  });
  return `CASE ${whens.join('\n              ')} END`;
};

const byService = (expr: (plan: ServicePlan) => string): string => `CASE k.si ${SERVICE_PLANS.map((plan, index) => `WHEN ${index + 1} THEN ${expr(plan)}`).join(' ')} END`;

// N working days after a date, from the day after (N = 0: the date itself): ordinals of working days in $9/$10
const wdAfter = (day: string, n: string): string => `($10::date[])[($9::int[])[(${day}) - date '2023-01-01' + 1] + (${n})]`;

// One chunk of cases with everything that hangs on them, in one statement: data-modifying CTEs share one materialized
// source, and the foreign keys are checked at the end of the statement.
const casesSql = (terms: { registration: TermRow[]; decision: TermRow[] }): string => `
WITH g AS MATERIALIZED (
  SELECT i, random() AS r_auth, random() AS r_svc, random() AS r_out, random() AS r_state, random() AS r_chan, random() AS r_day, random() AS r_min,
         random() AS r_app, random() AS r_dec, random() AS r_amount, random() AS r_method, random() AS r_bank, random() AS r_life, random() AS r_index
    FROM generate_series($1::int, $2::int) i
), k0 AS MATERIALIZED (
  SELECT g.*, x.ai,
         CASE WHEN g.r_out < CASE WHEN x.ai = 1 THEN ${OUTCOMES_BIG.grant} ELSE ${OUTCOMES_OTHER.grant} END THEN 'grant'
              WHEN g.r_out < CASE WHEN x.ai = 1 THEN ${OUTCOMES_BIG.refuse} ELSE ${OUTCOMES_OTHER.refuse} END THEN 'refuse'
              WHEN g.r_out < CASE WHEN x.ai = 1 THEN ${OUTCOMES_BIG.other} ELSE ${OUTCOMES_OTHER.other} END THEN 'other'
              ELSE 'open' END AS outcome,
         CASE WHEN x.ai = ${CAPITAL_REPAIR_AUTHORITY} AND g.r_svc < ${CAPITAL_REPAIR_SHARE} THEN 2 ELSE 1 END AS si
    FROM g
    CROSS JOIN LATERAL (SELECT CASE ${AUTHORITY_SHARES.map((_, n) => `WHEN g.r_auth < ${AUTHORITY_SHARES.slice(0, n + 1).reduce((a, b) => a + b, 0).toFixed(4)} THEN ${n + 1}`).join(' ')} ELSE ${AUTHORITY_SHARES.length} END AS ai) x
), k AS MATERIALIZED (
  SELECT k0.*,
         ($3::uuid[])[k0.ai] AS authority_id,
         CASE WHEN k0.outcome = 'open' THEN date '2025-10-01' + floor(k0.r_day * 92)::int ELSE date '2024-01-09' + floor(k0.r_day * 690)::int END AS day0
    FROM k0
), c0 AS MATERIALIZED (
  SELECT k.*,
         ${benchId('case', 'k.i')} AS id,
         ${benchId('person', '(1 + floor(k.r_app * $7)::int)')} AS applicant_id,
         ${byService((p) => lit(p.slug))} AS service_slug,
         ${byService((p) => lit(p.variant))} AS variant,
         ${byService((p) => pick(p.channels, 'k.r_chan'))} AS channel,
         ${stateCase()} AS state,
         ${byService((p) => `${p.amountKopecks[0]} + floor(k.r_amount * ${p.amountKopecks[1] - p.amountKopecks[0]})::int`)} AS amount,
         -- offices take applications on weekdays
         k.day0 - CASE extract(isodow FROM k.day0)::int WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END AS received_on,
         a.time_zone
    FROM k JOIN authority a ON a.id = k.authority_id
), c1 AS MATERIALIZED (
  SELECT c0.*,
         (c0.received_on + time '09:00' + c0.r_min * interval '8 hours') AT TIME ZONE c0.time_zone AS received_at,
         c0.state NOT IN ('received', 'documents_returned', 'acceptance_refused') AS registered,
         r.term_id AS reg_term_id, r.title AS reg_title, r.clause AS reg_clause, r.kind AS reg_kind, r.length AS reg_length, r.label AS reg_label,
         d.term_id AS dec_term_id, d.title AS dec_title, d.clause AS dec_clause, d.length AS dec_length, d.label AS dec_label
    FROM c0
    JOIN (VALUES ${termValues(terms.registration)}) r(slug, channel, term_id, title, clause, kind, length, label) ON r.slug = c0.service_slug AND r.channel = c0.channel
    JOIN (VALUES ${termValues(terms.decision)}) d(slug, channel, term_id, title, clause, kind, length, label) ON d.slug = c0.service_slug
), c2 AS MATERIALIZED (
  SELECT c1.*,
         CASE WHEN c1.reg_kind = 'working_days' THEN ${wdAfter('c1.received_on', 'c1.reg_length')} ELSE c1.received_on END AS reg_due
    FROM c1
), c AS MATERIALIZED (
  SELECT c2.*,
         CASE WHEN c2.registered THEN CASE WHEN c2.reg_due = c2.received_on THEN c2.received_at + interval '40 minutes' ELSE (c2.reg_due + time '10:00') AT TIME ZONE c2.time_zone END END AS registered_at,
         ${wdAfter('c2.reg_due', 'c2.dec_length')} AS dec_due,
         CASE WHEN c2.outcome IN ('grant', 'refuse') THEN ${wdAfter('c2.reg_due', '2 + floor(c2.r_dec * 10)::int')} END AS decided_on
    FROM c2
), cd AS MATERIALIZED (
  SELECT c.*, (c.decided_on + time '15:00') AT TIME ZONE c.time_zone AS decided_at, date_trunc('month', c.received_on)::date AS first_month FROM c
), ins_case AS (
  INSERT INTO "case" (id, number, authority_id, service_slug, variant, applicant_id, channel, state, payload, received_at, submitted_on, received_on, accepted_on, registered_at,
                      decided_on, assignee_id, created_by, version, created_at, updated_at)
  SELECT id, CASE WHEN registered THEN i || '/' || extract(year FROM reg_due) END, authority_id, service_slug, variant, applicant_id, channel, state,
         CASE si WHEN 1 THEN $11::jsonb ELSE $12::jsonb END, received_at, received_on, received_on, CASE WHEN registered THEN reg_due END, registered_at,
         decided_on, CASE WHEN registered THEN $4::uuid END, $4::uuid, CASE WHEN outcome = 'open' THEN 3 ELSE 7 END, received_at, coalesce(decided_at, registered_at, received_at)
    FROM cd
  RETURNING 1
), ins_reg_term AS (
  INSERT INTO case_term (case_id, term_id, title, status, started_on, started_at, due_date, due_at, completed_on, completed_at, explanation, clause)
  SELECT id, reg_term_id, reg_title, CASE WHEN state = 'received' THEN 'running' ELSE 'met' END, received_on, received_at, reg_due,
         CASE WHEN reg_kind = 'minutes' THEN received_at + reg_length * interval '1 minute' END,
         CASE WHEN state <> 'received' THEN reg_due END, CASE WHEN state <> 'received' THEN coalesce(registered_at, received_at + interval '1 hour') END,
         reg_label || CASE WHEN reg_kind = 'working_days' THEN to_char(received_on, 'DD.MM.YYYY') || ' → ' || to_char(reg_due, 'DD.MM.YYYY') ELSE '' END, reg_clause
    FROM cd
  RETURNING 1
), ins_dec_term AS (
  INSERT INTO case_term (case_id, term_id, title, status, started_on, started_at, due_date, completed_on, completed_at, breached_at, explanation, clause)
  SELECT id, dec_term_id, dec_title,
         CASE outcome WHEN 'open' THEN 'running' WHEN 'other' THEN 'cancelled' ELSE CASE WHEN decided_on <= dec_due THEN 'met' ELSE 'breached' END END,
         reg_due, registered_at, dec_due, decided_on, decided_at,
         CASE WHEN decided_on > dec_due THEN ((dec_due + 1) + time '00:00') AT TIME ZONE time_zone END,
         dec_label || to_char(reg_due, 'DD.MM.YYYY') || ' → ' || to_char(dec_due, 'DD.MM.YYYY'), dec_clause
    FROM cd WHERE registered
  RETURNING 1
), ins_event AS (
  INSERT INTO case_event (case_id, seq, event, from_state, to_state, actor_id, actor_role, at, legal_date, data, terms)
  SELECT id, 1, 'receive', NULL, 'received', $4::uuid, 'clerk', received_at, received_on, jsonb_build_object('channel', channel),
         jsonb_build_array(jsonb_build_object('termId', reg_term_id, 'dueDate', reg_due, 'status', 'running'))
    FROM cd
  RETURNING 1
), ins_decision AS (
  INSERT INTO decision (id, case_id, authority_id, kind, status, number, decision_date, grounds, payment_start_month, amount_kopecks, drafted_by, drafted_at,
                        initialled_by, initialled_at, signed_by, signed_at, pdf, pdf_sha256, issued_at, issued_by, version)
  SELECT ${benchId('decision', 'i')}, id, authority_id, 'grant', 'issued', i || '-р/' || extract(year FROM decided_on), decided_on, '[]'::jsonb, to_char(first_month, 'YYYY-MM'), amount,
         $4::uuid, decided_at - interval '2 days', $5::uuid, decided_at - interval '1 day', $6::uuid, decided_at, $13::bytea, $14::text, decided_at + interval '1 day', $4::uuid, 4
    FROM cd WHERE outcome = 'grant'
  RETURNING 1
), pa AS MATERIALIZED (
  SELECT cd.*, ${benchId('assignment', 'i')} AS assignment_id,
         CASE WHEN r_life < 0.015 THEN 'terminated' WHEN r_life < 0.025 THEN 'suspended' ELSE 'active' END AS status,
         CASE WHEN r_method < 0.965 THEN 'bank' ELSE 'post' END AS method,
         1 + floor(r_bank * ${BANKS.length})::int AS bank
    FROM cd WHERE outcome = 'grant'
), ins_assignment AS (
  INSERT INTO payment_assignment (id, authority_id, person_id, case_id, decision_id, service_slug, status, amount_kopecks, first_month, last_month, suspended_from,
                                  method, bank_name, bik, account, post_office, version, created_at, updated_at)
  SELECT assignment_id, authority_id, applicant_id, id, ${benchId('decision', 'i')}, service_slug, status, amount, first_month,
         CASE WHEN status = 'terminated' THEN least(first_month + (i % 12) * interval '1 month', $8::date - interval '1 month')::date END,
         CASE WHEN status = 'suspended' THEN greatest(first_month, $8::date - (i % 6) * interval '1 month')::date END,
         method,
         CASE WHEN method = 'bank' THEN (${textArray(BANKS.map((b) => b[0]))})[bank] END,
         CASE WHEN method = 'bank' THEN (${textArray(BANKS.map((b) => b[1]))})[bank] END,
         CASE WHEN method = 'bank' THEN pg_temp.bench_account((${textArray(BANKS.map((b) => b[1]))})[bank], i) END,
         CASE WHEN method = 'post' THEN (${textArray(POST_OFFICES)})[ai] END,
         2, decided_at, decided_at
    FROM pa
  RETURNING 1
), ins_period AS (
  INSERT INTO payment_amount_period (assignment_id, from_month, amount_kopecks)
  SELECT assignment_id, first_month, amount FROM pa
  UNION ALL
  -- yearly indexation for a part of the older assignments: the register takes the latest period that has begun
  SELECT assignment_id, date '2026-01-01', round(amount * 1.05)::bigint FROM pa WHERE first_month < date '2026-01-01' AND r_index < 0.3
  RETURNING 1
)
SELECT (SELECT count(*)::int FROM ins_case) AS cases, (SELECT count(*)::int FROM ins_reg_term) + (SELECT count(*)::int FROM ins_dec_term) AS terms,
       (SELECT count(*)::int FROM ins_event) AS events, (SELECT count(*)::int FROM ins_decision) AS decisions,
       (SELECT count(*)::int FROM ins_assignment) AS assignments, (SELECT count(*)::int FROM ins_period) AS periods`;

export type DatasetOptions = {
  scale: number;
  seed: number;
  // the month of the register the bench generates ('YYYY-MM'): suspensions and terminations are placed around it
  registerMonth: string;
  // persons kept without cases for the intake timing (API and raw)
  reservedPersons: number;
  log: (message: string) => void;
};

export type DatasetCounts = { persons: number; cases: number; terms: number; events: number; decisions: number; assignments: number; activeAssignments: number; periods: number };

export type Dataset = {
  counts: DatasetCounts;
  // persons with no case, for intake: the API half and the raw half
  reservedPersonIds: string[];
  // persons spread over the set, to look up by SNILS
  sampleSnilsPersonIds: string[];
  authorityIds: Record<(typeof BENCH_AUTHORITY_CODES)[number], string>;
  users: { clerk: string; deputy: string; head: string };
  seconds: number;
};

export const personCountsFor = (scale: number, reserved: number): { withCases: number; total: number } => {
  const withCases = Math.max(1000, Math.round(500_000 * scale));
  return { withCases, total: withCases + reserved };
};

export const caseCountFor = (scale: number): number => Math.max(2000, Math.round(1_000_000 * scale));

const chunks = (total: number, size: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let lo = 1; lo <= total; lo += size) out.push([lo, Math.min(total, lo + size - 1)]);
  return out;
};

// Ordinals of working days 2023–2027 by the production calendar in the database: cumulative count per day and the days themselves.
const workingDayArrays = async (client: Client): Promise<{ ordinals: number[]; days: string[] }> => {
  const rows = (
    await client.query<{ day: string; working: boolean }>(
      `SELECT d::date AS day,
              CASE WHEN cd.kind IN ('holiday', 'day_off') THEN false WHEN cd.kind IN ('working', 'short') THEN true ELSE extract(isodow FROM d) < 6 END AS working
         FROM generate_series(date '2023-01-01', date '2027-12-31', interval '1 day') d
         LEFT JOIN calendar_day cd ON cd.calendar_code = 'ru' AND cd.day = d::date
        ORDER BY d`,
    )
  ).rows;
  const ordinals: number[] = [];
  const days: string[] = [];
  for (const r of rows) {
    if (r.working) days.push(r.day);
    ordinals.push(days.length);
  }
  return { ordinals, days };
};

const idsByLogin = async (client: Client, logins: string[]): Promise<Record<string, string>> => {
  const rows = (await client.query<{ login: string; id: string }>(`SELECT login, id FROM app_user WHERE login = ANY($1)`, [logins])).rows;
  const out = Object.fromEntries(rows.map((r) => [r.login, r.id]));
  for (const l of logins) if (!out[l]) throw new Error(`bench: the demo user ${l} is missing`);
  return out;
};

const secondsSince = (start: number): string => ((performance.now() - start) / 1000).toFixed(1);
const formatCount = (n: number): string => n.toLocaleString('ru-RU');

// Fills an empty database that has the migrations, the reference data and the demo data (authorities, users).
export const generateDataset = async (client: Client, options: DatasetOptions): Promise<Dataset> => {
  const started = performance.now();
  const { log } = options;
  const persons = personCountsFor(options.scale, options.reservedPersons);
  const caseCount = caseCountFor(options.scale);
  const authorityRows = (await client.query<{ code: string; id: string }>(`SELECT code, id FROM authority WHERE code = ANY($1)`, [[...BENCH_AUTHORITY_CODES]])).rows;
  const authorityIds = Object.fromEntries(authorityRows.map((r) => [r.code, r.id])) as Dataset['authorityIds'];
  for (const code of BENCH_AUTHORITY_CODES) if (!authorityIds[code]) throw new Error(`bench: the demo authority ${code} is missing`);
  const users = await idsByLogin(client, ['clerk', 'deputy', 'head']);
  const terms = benchTerms();
  const { ordinals, days } = await workingDayArrays(client);

  await client.query(`SELECT setseed($1)`, [options.seed]);
  await client.query(SNILS_FUNCTION);
  await client.query(UUID_FUNCTION);
  await client.query(ACCOUNT_FUNCTION);

  const counts: DatasetCounts = { persons: 0, cases: 0, terms: 0, events: 0, decisions: 0, assignments: 0, activeAssignments: 0, periods: 0 };
  let phase = performance.now();
  for (const [lo, hi] of chunks(persons.total, CHUNK_ROWS)) {
    const r = await client.query(personsSql, [lo, hi]);
    counts.persons += r.rowCount ?? 0;
    log(`  persons ${formatCount(counts.persons)} / ${formatCount(persons.total)} (${secondsSince(phase)} s)`);
  }
  const casesStatement = casesSql(terms);
  const params = (lo: number, hi: number): unknown[] => [
    lo,
    hi,
    BENCH_AUTHORITY_CODES.map((c) => authorityIds[c]),
    users.clerk,
    users.deputy,
    users.head,
    persons.withCases,
    `${options.registerMonth}-01`,
    ordinals,
    days,
    JSON.stringify(SERVICE_PLANS[0].payload),
    JSON.stringify(SERVICE_PLANS[1].payload),
    BENCH_PDF,
    createHash('sha256').update(BENCH_PDF).digest('hex'),
  ];
  phase = performance.now();
  for (const [lo, hi] of chunks(caseCount, CHUNK_ROWS)) {
    const [r] = (await client.query<Omit<DatasetCounts, 'persons' | 'activeAssignments'>>(casesStatement, params(lo, hi))).rows;
    counts.cases += r.cases;
    counts.terms += r.terms;
    counts.events += r.events;
    counts.decisions += r.decisions;
    counts.assignments += r.assignments;
    counts.periods += r.periods;
    log(`  cases ${formatCount(counts.cases)} / ${formatCount(caseCount)}: terms ${formatCount(counts.terms)}, grant decisions ${formatCount(counts.decisions)}, payment assignments ${formatCount(counts.assignments)} (${secondsSince(phase)} s)`);
  }
  phase = performance.now();
  // the state a live database is in: visibility maps set (index-only scans) and fresh statistics
  for (const table of ['person', '"case"', 'case_term', 'case_event', 'decision', 'payment_assignment', 'payment_amount_period']) {
    await client.query(`VACUUM (ANALYZE) ${table}`);
  }
  log(`  vacuum and analyse (${secondsSince(phase)} s)`);
  counts.activeAssignments = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM payment_assignment WHERE status = 'active'`)).rows[0].n;
  const personIds = async (from: number, to: number, step: number): Promise<string[]> =>
    (await client.query<{ id: string }>(`SELECT ${benchId('person', 'i')} AS id FROM generate_series($1::int, $2::int, $3::int) i ORDER BY i`, [from, to, step])).rows.map((r) => r.id);
  const reserved = await personIds(persons.withCases + 1, persons.total, 1);
  const sample = await personIds(1, persons.withCases, Math.max(1, Math.floor(persons.withCases / 50)));
  return { counts, reservedPersonIds: reserved, sampleSnilsPersonIds: sample, authorityIds, users: { clerk: users.clerk, deputy: users.deputy, head: users.head }, seconds: (performance.now() - started) / 1000 };
};
