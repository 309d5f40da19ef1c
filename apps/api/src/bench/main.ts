import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { writeFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import type { CurrentUserInfo } from '../auth/current-user';
import type { Role } from '@casework/domain';
import { caseQueueQuerySchema, formatSnils, personSearchSchema } from '@casework/domain';
import { CasesService } from '../cases/cases.service';
import { PersonsService } from '../persons/persons.service';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrations } from '../database/migrate';
import { DEMO_PASSWORD, loadDemoData, loadReferenceData } from '../demo/demo-data';
import { startBenchDatabase, freePort, type BenchDatabase } from './bench-database';
import { SEARCH_PREFIXES } from './bench-names';
import { caseCountFor, generateDataset, HOUSING, SERVICE_PLANS, type Dataset } from './dataset';
import { httpClient, measureIntake, measureLatency, type LatencyCase } from './measures';
import { measureRegister } from './register-measure';
import { markdownTable, type BenchRow } from './report';

// `npm run bench`: its own PostgreSQL, a region-sized data set with a fixed seed, then the budgets of ARCHITECTURE 10,
// each measure next to the equivalent raw SQL on the same database in the same run. Env: BENCH_SCALE (1 = 1 000 000
// cases), BENCH_SEED, BENCH_REQUESTS (per latency measure), BENCH_MEASURE_SECONDS (time cap of one latency measure),
// BENCH_INTAKE (applications), BENCH_REGISTER_PERIOD (YYYY-MM).

const BUDGETS = { latencyP95Ms: 50, latencyMaxRatio: 2, intakeMinRatio: 0.5, registerMaxRatio: 1.5 };

const started = performance.now();
const stamp = (): string => {
  const s = Math.floor((performance.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (message: string): void => console.log(`[${stamp()}] ${message}`);

const numberEnv = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got «${raw}»`);
  return value;
};

const config = () => {
  const scale = numberEnv('BENCH_SCALE', 1);
  const intake = Math.round(numberEnv('BENCH_INTAKE', Math.max(200, Math.round(2000 * scale))));
  const period = process.env.BENCH_REGISTER_PERIOD ?? new Date().toISOString().slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new Error(`BENCH_REGISTER_PERIOD must be YYYY-MM, got «${period}»`);
  const seed = process.env.BENCH_SEED === undefined ? 0.42 : Number(process.env.BENCH_SEED);
  if (!(seed >= -1 && seed <= 1)) throw new Error('BENCH_SEED must be between -1 and 1 (PostgreSQL setseed)');
  return { scale, seed, requests: Math.round(numberEnv('BENCH_REQUESTS', 200)), warmup: 20, measureSeconds: numberEnv('BENCH_MEASURE_SECONDS', 120), intake, intakeWarmup: 50, concurrency: 8, period };
};

const clerkInfo = async (pool: Pool): Promise<CurrentUserInfo> => {
  const [user] = (await pool.query<{ id: string; login: string; fullName: string; position: string | null }>(`SELECT id, login, full_name AS "fullName", position FROM app_user WHERE login = 'clerk'`)).rows;
  const roles = (await pool.query<{ authorityId: string; role: Role }>(`SELECT authority_id AS "authorityId", role FROM user_role WHERE user_id = $1`, [user.id])).rows;
  return { ...user, roles };
};

const itemsOf = (body: unknown): number => (body as { items: unknown[] }).items.length;
const arrayLength = (body: unknown): number => (body as unknown[]).length;

const runMeasures = async (args: { app: NestFastifyApplication; baseUrl: string; pool: Pool; dataset: Dataset; cfg: ReturnType<typeof config> }): Promise<BenchRow[]> => {
  const { app, pool, dataset, cfg } = args;
  const ds = app.get(DataSource);
  const big = dataset.authorityIds['BELGOROD-USZN'];
  const http = await httpClient(args.baseUrl, 'clerk', DEMO_PASSWORD);
  const rows: BenchRow[] = [];
  const latency = { http, ds, pool, requests: cfg.requests, warmup: cfg.warmup, maxSeconds: cfg.measureSeconds, p95BudgetMs: BUDGETS.latencyP95Ms, maxRatio: BUDGETS.latencyMaxRatio, log };
  const bigCases = ((await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "case" WHERE authority_id = $1`, [big])).rows[0].n).toLocaleString('ru-RU');

  log('Work queue (GET /api/cases)');
  const clerk = await clerkInfo(pool);
  const casesService = app.get(CasesService, { strict: false });
  const personsService = app.get(PersonsService, { strict: false });
  const queryOf = (path: string): Record<string, string> => Object.fromEntries(new URL(path, 'http://bench').searchParams);
  const queueCases = (query: string[]): LatencyCase[] =>
    query.map((q) => {
      const path = `/cases?authorityId=${big}&limit=25&${q}`;
      const parsed = caseQueueQuerySchema.parse(queryOf(path));
      return { label: q, path, resultRows: itemsOf, service: () => casesService.queue(parsed, clerk) };
    });
  const personCase = (label: string, path: string): LatencyCase => {
    const parsed = personSearchSchema.parse(queryOf(path));
    return { label, path, resultRows: arrayLength, service: () => personsService.search(parsed) };
  };
  const keepCases = (sql: string): boolean => /\bFROM "case"/.test(sql);
  rows.push(await measureLatency({ ...latency, measure: `Очередь дел по умолчанию: орган (${bigCases} дел), 25 на странице, страницы 1–4`, cases: queueCases(['offset=0', 'offset=25', 'offset=50', 'offset=75']), keep: keepCases }));
  rows.push(
    await measureLatency({
      ...latency,
      measure: 'Очередь дел с фильтром по статусу (зарегистрировано, межвед. запросы, готово к рассмотрению, на рассмотрении), страницы 1–2',
      cases: queueCases(['registered', 'interagency_pending', 'ready_for_review', 'under_review'].flatMap((s) => [`state=${s}&offset=0`, `state=${s}&offset=25`])),
      keep: keepCases,
    }),
  );

  log('Person search (GET /api/persons)');
  const keepPersons = (sql: string): boolean => /\bFROM "person"/.test(sql);
  rows.push(await measureLatency({ ...latency, measure: 'Поиск гражданина по началу фамилии (4–5 букв)', cases: SEARCH_PREFIXES.map((p) => personCase(p, `/persons?q=${encodeURIComponent(p)}`)), keep: keepPersons }));
  const snils = (await pool.query<{ snils: string }>(`SELECT snils FROM person WHERE id = ANY($1) ORDER BY snils`, [dataset.sampleSnilsPersonIds])).rows.map((r) => r.snils);
  rows.push(await measureLatency({ ...latency, measure: 'Поиск гражданина по СНИЛС', cases: snils.map((s) => personCase(s, `/persons?snils=${encodeURIComponent(formatSnils(s))}`)), keep: keepPersons }));

  log('Intake (POST /api/cases)');
  const half = dataset.reservedPersonIds.length / 2;
  const housing = SERVICE_PLANS.find((p) => p.slug === HOUSING)!;
  rows.push(
    await measureIntake({
      http,
      pool,
      count: cfg.intake,
      warmup: cfg.intakeWarmup,
      concurrency: cfg.concurrency,
      body: (applicantId) => ({ serviceSlug: HOUSING, authorityId: big, channel: 'IN_PERSON', variant: 'MAIN', applicantId, payload: housing.payload, documents: [] }),
      apiApplicants: dataset.reservedPersonIds.slice(0, half),
      rawApplicants: dataset.reservedPersonIds.slice(half),
      minRatio: BUDGETS.intakeMinRatio,
      log,
    }),
  );

  log('Payment register');
  rows.push(await measureRegister({ app, pool, authorityId: big, period: cfg.period, method: 'bank', user: clerk, maxRatio: BUDGETS.registerMaxRatio, log }));
  return rows;
};

const main = async (): Promise<void> => {
  const cfg = config();
  process.env.JOBS = 'off';
  log(`Casework bench: scale ${cfg.scale} (${caseCountFor(cfg.scale).toLocaleString('ru-RU')} cases), seed ${cfg.seed}, register month ${cfg.period}; ${cpus().length} CPU, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM`);
  let db: BenchDatabase | undefined;
  let app: NestFastifyApplication | undefined;
  let pool: Pool | undefined;
  const cleanup = async (): Promise<void> => {
    await app?.close().catch((e: unknown) => log(`app.close: ${String(e)}`));
    app = undefined;
    await pool?.end().catch(() => undefined);
    pool = undefined;
    if (db) {
      const dir = db.dir;
      await db.stop();
      db = undefined;
      log(`Temporary PostgreSQL stopped and ${dir} removed`);
    }
  };
  const onSignal = (signal: string) => () => {
    log(`${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal('SIGINT'));
  process.once('SIGTERM', onSignal('SIGTERM'));
  try {
    db = await startBenchDatabase(log);
    log(`PostgreSQL in ${db.dir}: ${Object.entries(db.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    await runMigrations(db.url);
    const setup = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      await loadReferenceData(setup);
      await loadDemoData(setup);
    } finally {
      await setup.destroy();
    }
    log('Migrations, reference and demo data loaded; generating the data set');
    const generator = new Client({ connectionString: db.url });
    await generator.connect();
    let dataset: Dataset;
    try {
      dataset = await generateDataset(generator, { scale: cfg.scale, seed: cfg.seed, registerMonth: cfg.period, reservedPersons: 2 * (cfg.intake + 2 * cfg.intakeWarmup), log });
    } finally {
      await generator.end();
    }
    const c = dataset.counts;
    const summary = `persons ${c.persons.toLocaleString('ru-RU')}, cases ${c.cases.toLocaleString('ru-RU')}, case terms ${c.terms.toLocaleString('ru-RU')}, case events ${c.events.toLocaleString('ru-RU')}, signed grant decisions ${c.decisions.toLocaleString('ru-RU')}, payment assignments ${c.assignments.toLocaleString('ru-RU')} (${c.activeAssignments.toLocaleString('ru-RU')} active), amount periods ${c.periods.toLocaleString('ru-RU')}`;
    log(`Data set ready in ${dataset.seconds.toFixed(0)} s: ${summary}`);

    pool = new Pool({ connectionString: db.url, max: cfg.concurrency });
    // the server's shutdown at the end closes connections still idle in the pool: no reason to crash after the report
    pool.on('error', (e) => log(`pool: ${e.message}`));
    app = await createApp({ databaseUrl: db.url, logger: false });
    const port = await freePort();
    await app.listen(port, '127.0.0.1');
    log(`API listening on http://127.0.0.1:${port}/api`);
    const rows = await runMeasures({ app, baseUrl: `http://127.0.0.1:${port}/api`, pool, dataset, cfg });
    const [{ version }] = (await pool.query<{ version: string }>(`SELECT current_setting('server_version') AS version`)).rows;
    const table = markdownTable(rows);
    const total = (performance.now() - started) / 1000;
    const report = [
      `# Casework bench, ${new Date().toISOString()}`,
      '',
      `Scale ${cfg.scale}, seed ${cfg.seed}: ${summary}. Data set generated in ${dataset.seconds.toFixed(0)} s.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM; PostgreSQL ${version} (embedded) with ${Object.entries(db.settings).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
      `Latencies: ${cfg.requests} requests per measure after ${cfg.warmup} warm-up ones, one at a time: each HTTP call, then the same call to the service in-process, then its raw twin (the SQL the service ran, replayed through pg). A latency passes when the HTTP p95 is under its budget and the service is within the ratio of its SQL.`,
      '',
      table,
      '',
      `Total run time: ${(total / 60).toFixed(1)} min.`,
    ].join('\n');
    const file = join(tmpdir(), `casework-bench-${new Date().toISOString().replace(/[:.]/g, '-')}.md`);
    await writeFile(file, `${report}\n`);
    console.log(`\n${table}\n`);
    log(`Report written to ${file}`);
    log(`Total run time: ${(total / 60).toFixed(1)} min`);
  } finally {
    await cleanup();
  }
};

// explicit exits: the embedded server's exit hook and idle keep-alive sockets must not decide the exit code or keep the process up
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
