import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { FixedClock } from '../src/common/clock';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { DEMO_PASSWORD, loadDemoData, loadReferenceData } from '../src/demo/demo-data';

export type TestResponse = { status: number; body: unknown; headers: Record<string, string | string[] | number | undefined>; raw: Buffer };

export type TestSystem = {
  app: NestFastifyApplication;
  db: DataSource;
  clock: FixedClock;
  databaseUrl: string;
  request: (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, options?: { body?: unknown; cookie?: string; headers?: Record<string, string> }) => Promise<TestResponse>;
  login: (login: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
};

// Background jobs (pg-boss) stay off in tests unless a test starts them itself (JobsService.start()).
process.env.JOBS ??= 'off';

const serverUrl = (): string => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (the global setup starts PostgreSQL)');
  return url;
};

// A fresh database per test file in the shared embedded PostgreSQL, built by the migrations (never synchronize).
export const createTestDatabase = async (): Promise<string> => {
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  const name = `casework_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  return url.toString();
};

export const startTestSystem = async ({ now = '2025-10-06T05:00:00Z', demo = true }: { now?: string; demo?: boolean } = {}): Promise<TestSystem> => {
  const databaseUrl = await createTestDatabase();
  const db = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await loadReferenceData(db);
  if (demo) await loadDemoData(db);
  const clock = new FixedClock(new Date(now));
  const app = await createApp({ databaseUrl, logger: false, clock });
  await app.getHttpAdapter().getInstance().ready();
  const request: TestSystem['request'] = async (method, url, options = {}) => {
    const response = await app.inject({
      method,
      url,
      headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
      ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
    });
    const type = String(response.headers['content-type'] ?? '');
    return { status: response.statusCode, body: type.includes('json') ? response.json() : response.body, headers: response.headers, raw: response.rawPayload };
  };
  const login: TestSystem['login'] = async (name, password = DEMO_PASSWORD) => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: name, password } });
    if (response.statusCode !== 200) throw new Error(`login ${name} failed: ${response.statusCode} ${response.body}`);
    const setCookie = response.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : String(setCookie)).split(';')[0];
    return cookie;
  };
  return {
    app,
    db,
    clock,
    databaseUrl,
    request,
    login,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
};
