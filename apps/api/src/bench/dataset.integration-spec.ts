import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { getService, isValidBankAccount, isValidSnils } from '@casework/domain';
import { createTestDatabase } from '../../test/harness';
import { dataSourceOptions } from '../database/data-source-options';
import { loadDemoData, loadReferenceData } from '../demo/demo-data';
import { caseCountFor, generateDataset, personCountsFor, type Dataset } from './dataset';

const SCALE = 0.002;
const RESERVED = 40;
const MONTH = '2026-11';

const generated = async (seed: number): Promise<{ client: Client; dataset: Dataset }> => {
  const url = await createTestDatabase();
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  await loadReferenceData(ds);
  await loadDemoData(ds);
  await ds.destroy();
  const client = new Client({ connectionString: url });
  await client.connect();
  const dataset = await generateDataset(client, { scale: SCALE, seed, registerMonth: MONTH, reservedPersons: RESERVED, log: () => undefined });
  return { client, dataset };
};

// a fingerprint of what the seed decides: who applied where, for what, in which state, when, and for how much
// (authorities by code: their ids are made by each database)
const fingerprint = async (client: Client): Promise<string> =>
  (
    await client.query<{ f: string }>(
      `SELECT md5(string_agg(concat_ws('|', c.id, au.code, c.service_slug, c.channel, c.state, c.received_at, p.last_name, p.first_name, p.snils, a.amount_kopecks, a.method, a.account), ',' ORDER BY c.id)) AS f
         FROM "case" c JOIN authority au ON au.id = c.authority_id JOIN person p ON p.id = c.applicant_id LEFT JOIN payment_assignment a ON a.case_id = c.id`,
    )
  ).rows[0].f;

describe('bench data set generator', () => {
  let client: Client;
  let dataset: Dataset;

  beforeAll(async () => {
    ({ client, dataset } = await generated(0.42));
  });
  afterAll(() => client.end());

  it('should make the counts of the scale, with a reserve of persons who have no case', async () => {
    const persons = personCountsFor(SCALE, RESERVED);
    expect(dataset.counts.persons).toBe(persons.total);
    expect(dataset.counts.cases).toBe(caseCountFor(SCALE));
    expect(dataset.reservedPersonIds).toHaveLength(RESERVED);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE applicant_id = ANY($1)`, [dataset.reservedPersonIds]);
    expect(rows[0].n).toBe(0);
    const counted = await client.query<{ persons: number; cases: number; decisions: number; assignments: number }>(
      `SELECT (SELECT count(*)::int FROM person) - 4 AS persons, (SELECT count(*)::int FROM "case") AS cases,
              (SELECT count(*)::int FROM decision WHERE kind = 'grant' AND status = 'issued') AS decisions, (SELECT count(*)::int FROM payment_assignment) AS assignments`,
    );
    // the demo data has 4 persons of its own
    expect(counted.rows[0]).toEqual({ persons: dataset.counts.persons, cases: dataset.counts.cases, decisions: dataset.counts.decisions, assignments: dataset.counts.assignments });
  });

  it('should give every person a valid SNILS of their own and every id the shape the API validates', async () => {
    const { rows } = await client.query<{ id: string; snils: string }>(`SELECT id, snils FROM person WHERE snils IS NOT NULL`);
    expect(rows.filter((r) => !isValidSnils(r.snils))).toEqual([]);
    expect(new Set(rows.map((r) => r.snils)).size).toBe(rows.length);
    const ids = (await client.query<{ id: string }>(`SELECT id FROM "case" UNION ALL SELECT id FROM person UNION ALL SELECT id FROM payment_assignment`)).rows.map((r) => r.id);
    expect(ids.filter((id) => !z.uuid().safeParse(id).success)).toEqual([]);
  });

  it('should give every open case a running term, and no running term to a decided one', async () => {
    const { rows } = await client.query<{ service: string; state: string; running: number }>(
      `SELECT c.service_slug AS service, c.state, count(t.term_id) FILTER (WHERE t.status = 'running')::int AS running
         FROM "case" c LEFT JOIN case_term t ON t.case_id = c.id GROUP BY c.id, c.service_slug, c.state`,
    );
    const closed = (service: string, state: string): boolean => getService(service)!.workflow.states.some((s) => s.code === state && (s.final || s.decided));
    const open = rows.filter((r) => !closed(r.service, r.state));
    expect(open.length).toBeGreaterThan(0);
    expect(open.filter((r) => r.running === 0)).toEqual([]);
    expect(rows.filter((r) => closed(r.service, r.state) && r.running > 0)).toEqual([]);
  });

  it('should back every granted case with an issued decision and one payment assignment whose bank account matches its BIK', async () => {
    const { rows } = await client.query<{ decisions: number; assignments: number }>(
      `SELECT (SELECT count(*)::int FROM decision d WHERE d.case_id = c.id AND d.kind = 'grant' AND d.status = 'issued') AS decisions,
              (SELECT count(*)::int FROM payment_assignment a WHERE a.case_id = c.id AND a.person_id = c.applicant_id) AS assignments
         FROM "case" c WHERE c.state IN ('paying', 'grant_copy_sent', 'payment_setup', 'in_payment', 'notified')`,
    );
    expect(rows.length).toBe(dataset.counts.decisions);
    expect(rows.filter((r) => r.decisions !== 1 || r.assignments !== 1)).toEqual([]);
    const accounts = (await client.query<{ bik: string; account: string }>(`SELECT bik, account FROM payment_assignment WHERE method = 'bank'`)).rows;
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.filter((a) => !isValidBankAccount(a))).toEqual([]);
  });

  it('should put most payable bank assignments of the month into the big authority', async () => {
    const { rows } = await client.query<{ code: string; n: number }>(
      `SELECT au.code, count(*)::int AS n FROM payment_assignment a JOIN authority au ON au.id = a.authority_id
        WHERE a.method = 'bank' AND a.status <> 'pending' AND a.first_month <= $1::date AND (a.last_month IS NULL OR a.last_month >= $1::date)
          AND (a.suspended_from IS NULL OR a.suspended_from > $1::date)
        GROUP BY au.code ORDER BY n DESC`,
      [`${MONTH}-01`],
    );
    expect(rows[0].code).toBe('BELGOROD-USZN');
    expect(rows[0].n / rows.reduce((s, r) => s + r.n, 0)).toBeGreaterThan(0.7);
  });

  it('should make the same data from the same seed and other data from another one', async () => {
    const again = await generated(0.42);
    const other = await generated(-0.3);
    try {
      expect(await fingerprint(again.client)).toBe(await fingerprint(client));
      expect(await fingerprint(other.client)).not.toBe(await fingerprint(client));
    } finally {
      await again.client.end();
      await other.client.end();
    }
  });
});
