/** The PostgreSQL server's maintenance database, for the benchmarks' create/drop database statements. */
import pg from 'pg';

export const PG_ADMIN_URL = process.env.QUORUM_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** One statement on its own connection (CREATE/DROP DATABASE cannot run in a transaction or a pool's session). */
export async function pgAdmin(statement: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(statement);
  } finally {
    await c.end();
  }
}

/** URL of database `name` on the admin server. */
export function pgDatabaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** An empty database `name` (dropped first if it exists), and how to drop it. */
export async function freshPgDatabase(name: string, template?: string): Promise<{ url: string; drop: () => Promise<void> }> {
  await pgAdmin(`drop database if exists ${name} with (force)`);
  await pgAdmin(`create database ${name}${template ? ` template ${template}` : ''}`);
  return { url: pgDatabaseUrl(name), drop: () => pgAdmin(`drop database if exists ${name} with (force)`) };
}
