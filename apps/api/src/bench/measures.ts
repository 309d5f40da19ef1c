import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { BenchRow } from './report';
import { latencyStats } from './report';

export type CapturedQuery = { sql: string; parameters: unknown[] };

// The raw-SQL twin of an API call is the very SQL the system ran for it: a TypeORM subscriber records the queries of one
// call (the session lookup of the auth guard and the cached calendar are left out by `keep`), then they are replayed
// through a plain pg pool with the same parameters. So the twin cannot drift from what the services do.
export const captureQueries = async (ds: DataSource, keep: (sql: string) => boolean, run: () => Promise<void>): Promise<CapturedQuery[]> => {
  const captured: CapturedQuery[] = [];
  const subscriber: EntitySubscriberInterface = {
    beforeQuery: (event) => {
      if (keep(event.query)) captured.push({ sql: event.query, parameters: Array.isArray(event.parameters) ? [...event.parameters] : [] });
    },
  };
  const subscribers = ds.subscribers as EntitySubscriberInterface[];
  subscribers.push(subscriber);
  try {
    await run();
  } finally {
    subscribers.splice(subscribers.indexOf(subscriber), 1);
  }
  return captured;
};

// The statements of one call run as the service runs them: side by side (the queue reads its page and its count at once).
export const replay = async (pool: Pool, queries: readonly CapturedQuery[]): Promise<number[]> => (await Promise.all(queries.map((q) => pool.query(q.sql, q.parameters)))).map((r) => r.rowCount ?? 0);

const elapsedMs = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

export type Http = { get: (path: string) => Promise<unknown>; post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<unknown> };

// A client of the real HTTP API with a session cookie, as the console uses it. node:http with kept-alive connections:
// the client's own cost (fetch's web streams cost more than the queries being timed) is not the system's.
export const httpClient = async (baseUrl: string, login: string, password: string): Promise<Http> => {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const send = (method: 'GET' | 'POST', path: string, body: string | undefined, headers: Record<string, string>): Promise<{ status: number; text: string; cookies: string[] }> =>
    new Promise((resolve, reject) => {
      const req = request({ agent, host: url.hostname, port: url.port, method, path: `${url.pathname}${path}`, headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), cookies: res.headers['set-cookie'] ?? [] }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const login_ = await send('POST', '/auth/login', JSON.stringify({ login, password }), {});
  if (login_.status !== 200) throw new Error(`login ${login}: ${login_.status} ${login_.text}`);
  const cookie = login_.cookies.map((c) => c.split(';')[0]).join('; ');
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<unknown> => {
    const r = await send(method, path, body === undefined ? undefined : JSON.stringify(body), { cookie, ...headers });
    if (r.status !== 200 && r.status !== 201) throw new Error(`${method} ${path}: ${r.status} ${r.text.slice(0, 500)}`);
    return JSON.parse(r.text) as unknown;
  };
  return { get: (path) => call('GET', path), post: (path, body, headers) => call('POST', path, body, headers) };
};

const MIN_SAMPLES = 10;

// `service` is the same request made in-process to the service the controller calls (same parsed query, same user):
// the system without the HTTP hop and the session check, whose fixed cost decides the ratio of a sub-millisecond query.
export type LatencyCase = { label: string; path: string; resultRows: (body: unknown) => number; service: () => Promise<unknown> };

// p50/p95 of an API call and of its raw-SQL twin, interleaved call by call (so background load on a shared machine hits
// both alike), after a warm-up. Checks once per case that the API returned as many rows as its SQL.
export const measureLatency = async (args: {
  measure: string;
  cases: readonly LatencyCase[];
  http: Http;
  ds: DataSource;
  pool: Pool;
  keep: (sql: string) => boolean;
  requests: number;
  warmup: number;
  // a slow query must not eat the run: sampling stops after this many seconds (with at least MIN_SAMPLES samples)
  maxSeconds: number;
  p95BudgetMs: number;
  maxRatio: number;
  log: (message: string) => void;
}): Promise<BenchRow> => {
  const twins: CapturedQuery[][] = [];
  for (const c of args.cases) {
    let body: unknown;
    const queries = await captureQueries(args.ds, args.keep, async () => {
      body = await args.http.get(c.path);
    });
    if (queries.length === 0) throw new Error(`${args.measure}: no SQL captured for ${c.path}`);
    const rawRows = await replay(args.pool, queries);
    const apiRows = c.resultRows(body);
    if (rawRows[0] !== apiRows) throw new Error(`${args.measure}: ${c.path} returned ${apiRows} rows, its SQL ${rawRows[0]}`);
    twins.push(queries);
  }
  const warmupStart = performance.now();
  for (let i = 0; i < args.warmup && performance.now() - warmupStart < (args.maxSeconds * 1000) / 10; i++) {
    const k = i % args.cases.length;
    await args.http.get(args.cases[k].path);
    await args.cases[k].service();
    await replay(args.pool, twins[k]);
  }
  const system: number[] = [];
  const service: number[] = [];
  const raw: number[] = [];
  const start = performance.now();
  for (let i = 0; i < args.requests && (i < MIN_SAMPLES || performance.now() - start < args.maxSeconds * 1000); i++) {
    const k = i % args.cases.length;
    const timed = [
      async () => system.push(await elapsedMs(() => args.http.get(args.cases[k].path))),
      async () => service.push(await elapsedMs(() => args.cases[k].service())),
      async () => raw.push(await elapsedMs(() => replay(args.pool, twins[k]))),
    ];
    // the order turns round from call to call: what an HTTP call leaves behind (its socket, its garbage) falls on each alike
    for (let j = 0; j < timed.length; j++) await timed[(i + j) % timed.length]();
  }
  const cut = system.length < args.requests ? `, stopped after ${args.maxSeconds} s` : '';
  const row: BenchRow = {
    kind: 'latency',
    measure: args.measure,
    system: latencyStats(system),
    service: latencyStats(service),
    raw: latencyStats(raw),
    p95BudgetMs: args.p95BudgetMs,
    maxRatio: args.maxRatio,
    ...(cut ? { note: `${system.length} requests each instead of ${args.requests}${cut}` } : {}),
  };
  args.log(`  ${args.measure}: HTTP p50 ${row.system.p50.toFixed(1)} / p95 ${row.system.p95.toFixed(1)} ms, service p50 ${row.service.p50.toFixed(1)} / p95 ${row.service.p95.toFixed(1)} ms, raw p50 ${row.raw.p50.toFixed(1)} / p95 ${row.raw.p95.toFixed(1)} ms (${system.length} each${cut})`);
  return row;
};

// Runs `count` jobs with at most `concurrency` at a time (the first failure stops the others); returns the wall time in seconds.
export const runConcurrently = async (count: number, concurrency: number, job: (index: number) => Promise<void>): Promise<number> => {
  let next = 0;
  let failed = false;
  const start = performance.now();
  const worker = async (): Promise<void> => {
    while (next < count && !failed) {
      const index = next++;
      try {
        await job(index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return (performance.now() - start) / 1000;
};

type Row = Record<string, unknown>;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

// A row read back from the database, written again as a parameterised INSERT: json columns go as JSON text.
const insertStatement = (table: string, rows: Row[], jsonColumns: Set<string>): { sql: string; values: unknown[] } => {
  const columns = Object.keys(rows[0]);
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${columns.map((c) => {
    const v = row[c];
    values.push(jsonColumns.has(c) && v !== null ? JSON.stringify(v) : v);
    return `$${values.length}`;
  }).join(', ')})`);
  return { sql: `INSERT INTO ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) VALUES ${tuples.join(', ')}`, values };
};

const jsonColumnsOf = async (pool: Pool, tables: string[]): Promise<Set<string>> => {
  const rows = (await pool.query<{ table_name: string; column_name: string }>(`SELECT table_name, column_name FROM information_schema.columns WHERE table_name = ANY($1) AND data_type IN ('json', 'jsonb')`, [tables])).rows;
  return new Set(rows.map((r) => `${r.table_name}.${r.column_name}`));
};

const perTable = (all: Set<string>, table: string): Set<string> => new Set([...all].filter((c) => c.startsWith(`${table}.`)).map((c) => c.slice(table.length + 1)));

const INTAKE_ROUND = 250;

const TABLES_WRITTEN = ['case', 'case_term', 'case_event', 'case_document', 'audit_log', 'channel_outbox', 'payment_assignment'];

const tableCounts = async (pool: Pool): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  for (const t of TABLES_WRITTEN) {
    const exists = (await pool.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [t])).rows[0].ok;
    if (exists) out[t] = (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(t)}`)).rows[0].n;
  }
  return out;
};

// Intake: POST /api/cases for `count` applications (`concurrency` at a time), then the same rows by raw INSERTs: each
// application in one transaction writes a copy of what the API wrote for one of its cases (case, its terms, its event).
export const measureIntake = async (args: {
  http: Http;
  pool: Pool;
  count: number;
  warmup: number;
  concurrency: number;
  body: (applicantId: string) => Record<string, unknown>;
  apiApplicants: string[];
  rawApplicants: string[];
  minRatio: number;
  log: (message: string) => void;
}): Promise<BenchRow> => {
  const { http, pool } = args;
  if (args.apiApplicants.length < args.count + 2 * args.warmup || args.rawApplicants.length < args.count + args.warmup) throw new Error('intake: not enough reserved applicants');
  const created: string[] = [];
  const post = async (i: number): Promise<void> => {
    // as the console asks: the id of the new case, not its whole page
    const body = (await http.post('/cases', args.body(args.apiApplicants[i]), { prefer: 'return=minimal' })) as { id: string };
    created.push(body.id);
  };
  await runConcurrently(args.warmup, args.concurrency, (i) => post(args.count + i));
  // what one application writes, counted on one more warm-up round of the API alone
  const before = await tableCounts(pool);
  await runConcurrently(args.warmup, args.concurrency, (i) => post(args.count + args.warmup + i));
  const after = await tableCounts(pool);
  const written = Object.entries(after)
    .map(([t, n]) => [t, (n - (before[t] ?? 0)) / args.warmup] as const)
    .filter(([, n]) => n > 0);

  const template = created[created.length - 1];
  const json = await jsonColumnsOf(pool, ['case', 'case_term', 'case_event', 'audit_log']);
  const caseRow = (await pool.query<Row>(`SELECT * FROM "case" WHERE id = $1`, [template])).rows[0];
  const termRows = (await pool.query<Row>(`SELECT * FROM case_term WHERE case_id = $1`, [template])).rows;
  const eventRows = (await pool.query<Row>(`SELECT * FROM case_event WHERE case_id = $1`, [template])).rows.map(({ id: _id, ...rest }) => rest);
  // the audit row too: the chain's trigger gives it its id and hashes, as it does for the API's row
  const auditRows = (await pool.query<Row>(`SELECT 0 AS id, actor_id, authority_id, action, entity, entity_id, details, '' AS prev_hash, '' AS hash FROM audit_log WHERE entity = 'case' AND entity_id = $1`, [template])).rows;
  const insertOne = async (applicantId: string): Promise<void> => {
    const id = randomUUID();
    const now = new Date();
    const statements = [
      insertStatement('case', [{ ...caseRow, id, applicant_id: applicantId, received_at: now, created_at: now, updated_at: now }], perTable(json, 'case')),
      ...(termRows.length > 0 ? [insertStatement('case_term', termRows.map((t) => ({ ...t, case_id: id })), perTable(json, 'case_term'))] : []),
      insertStatement('case_event', eventRows.map((e) => ({ ...e, case_id: id, at: now })), perTable(json, 'case_event')),
      ...(auditRows.length > 0 ? [insertStatement('audit_log', auditRows.map((a) => ({ ...a, entity_id: id })), perTable(json, 'audit_log'))] : []),
    ];
    const client: PoolClient = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of statements) await client.query(s.sql, s.values);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  await runConcurrently(args.warmup, args.concurrency, (i) => insertOne(args.rawApplicants[args.count + i]));
  // API and raw rounds take turns, so a change in the load of a shared machine falls on both alike
  let apiSeconds = 0;
  let rawSeconds = 0;
  for (let from = 0; from < args.count; from += INTAKE_ROUND) {
    const n = Math.min(INTAKE_ROUND, args.count - from);
    apiSeconds += await runConcurrently(n, args.concurrency, (i) => post(from + i));
    rawSeconds += await runConcurrently(n, args.concurrency, (i) => insertOne(args.rawApplicants[from + i]));
  }
  const systemPerSecond = args.count / apiSeconds;
  const rawPerSecond = args.count / rawSeconds;
  args.log(`  intake: API ${systemPerSecond.toFixed(0)}/s (${apiSeconds.toFixed(1)} s), raw INSERTs ${rawPerSecond.toFixed(0)}/s (${rawSeconds.toFixed(1)} s) for ${args.count} applications`);
  return {
    kind: 'rate',
    measure: `Приём заявления (POST /api/cases, ${args.count} заявлений по ${args.concurrency} параллельно)`,
    systemPerSecond,
    rawPerSecond,
    minRatio: args.minRatio,
    note: `the API wrote per application ${written.map(([t, n]) => `${t} ${Number.isInteger(n) ? n : n.toFixed(2)}`).join(', ')}; the raw twin writes the case, ${termRows.length} case_term, ${eventRows.length} case_event and ${auditRows.length} audit_log rows by one INSERT each in one transaction per application (no checks)`,
  };
};

export const elapsedSeconds = async (run: () => Promise<unknown>): Promise<number> => (await elapsedMs(run)) / 1000;
