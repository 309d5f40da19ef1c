import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { resolve } from 'node:path';
import { createApp } from './app.factory';
import { loadDemoDataOnFirstRun } from './demo/demo-data';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { runMigrations } from './database/migrate';

const logger = new Logger('Casework');

const main = async (): Promise<void> => {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(resolve(process.env.DATA_DIR ?? '.data'), (m) => logger.log(m));
    databaseUrl = embedded.url;
    logger.log('Embedded PostgreSQL started (data in .data/)');
  }
  const stopDatabase = async (): Promise<void> => {
    if (embedded) {
      await embedded.stop();
      embedded = undefined;
      logger.log('Embedded PostgreSQL stopped');
    }
  };
  try {
    await runMigrations(databaseUrl, (m) => logger.log(m));
    await loadDemoDataOnFirstRun(databaseUrl, (m) => logger.log(m));
    const consoleDir = resolve(process.env.CONSOLE_DIR ?? resolve(__dirname, '../../../../../../dist/console'));
    const app = await createApp({ databaseUrl, consoleDir });
    const port = Number(process.env.PORT ?? 3000);
    const host = process.env.HOST ?? '0.0.0.0';
    await app.listen(port, host);
    const shutdown = async (signal: string): Promise<void> => {
      logger.log(`${signal}: stopping`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    logger.log(`Casework is running at http://localhost:${port}/ (API docs: http://localhost:${port}/api/docs)`);
  } catch (error) {
    logger.error(error instanceof Error ? error.stack : String(error));
    await stopDatabase();
    process.exit(1);
  }
};

void main();
