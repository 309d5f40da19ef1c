export default async function globalTeardown() {
  const pg = globalThis.__CASEWORK_PG__;
  if (pg) await pg.stop();
}
