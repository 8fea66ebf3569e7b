/**
 * `npm run migrate`: applies the access log's migrations to the database the gateway is
 * configured with (DATABASE_URL, or ACCESS_LOG_DIR), connected as a role that may create in its
 * schema (the owner). The gateway itself never migrates: it connects as a role with SELECT and
 * INSERT only and refuses to start while this step is missing. `npm start` runs it first in
 * development. Without either variable the access log lives in the gateway's memory and is
 * migrated there: nothing to do here.
 */
import { PGlite } from '@electric-sql/pglite';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { migrate } from './migrate.js';
import { pgDatabase, pgliteDatabase, type Database } from '../../runtime/sql.js';
import { configOf, exitUnlessConfigured, type Env } from '../../runtime/config.js';

export interface MigrationRun {
  /** Which database: `postgres` or `pglite-dir` (never the URL: it may hold a password). */
  target: 'postgres' | 'pglite-dir';
  applied: string[];
}

/** Migrates the configured database; undefined when there is none (an in-memory access log). */
export async function migrateConfigured(env?: Env): Promise<MigrationRun | undefined> {
  const { DATABASE_URL, ACCESS_LOG_DIR } = configOf(env);
  let db: Database;
  let target: MigrationRun['target'];
  if (DATABASE_URL) {
    db = pgDatabase(new pg.Pool({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000, max: 1 }));
    target = 'postgres';
  } else if (ACCESS_LOG_DIR) {
    const lite = new PGlite(ACCESS_LOG_DIR);
    await lite.waitReady;
    db = pgliteDatabase(lite);
    target = 'pglite-dir';
  } else return undefined;
  try {
    return { target, applied: await migrate(db) };
  } finally {
    await db.close();
  }
}

export function describeRun(run: MigrationRun | undefined): string {
  if (!run) return 'Access log: no DATABASE_URL or ACCESS_LOG_DIR, so it is kept in memory and migrated by the gateway itself.';
  return run.applied.length > 0 ? `Access log (${run.target}): applied ${run.applied.join(', ')}.` : `Access log (${run.target}): migrations up to date.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitUnlessConfigured();
  try {
    console.log(describeRun(await migrateConfigured()));
  } catch (error) {
    console.error(`Access log migrations failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
