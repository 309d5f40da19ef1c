import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../test/harness';
import { createApp } from './app.factory';

describe('the console on the same port', () => {
  let app: NestFastifyApplication;
  beforeAll(async () => {
    const consoleDir = mkdtempSync(join(tmpdir(), 'casework-console-'));
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console-marker</title>');
    app = await createApp({ databaseUrl: await createTestDatabase(), consoleDir, logger: false });
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  it.each(['/', '/queue', '/cases/2b1f7d2e-0000-4000-8000-000000000000'])('should serve the console page when the browser opens %s directly', async (url) => {
    const r = await app.inject({ method: 'GET', url });
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('console-marker');
  });

  it('should keep a JSON 404 for an unknown API address', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(r.statusCode).toBe(404);
    expect(r.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
