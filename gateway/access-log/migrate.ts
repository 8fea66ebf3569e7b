/**
 * A tiny migration runner: applies `migrations/NNN_name.sql` in order, each once, and records it
 * in `schema_migrations`. Everything runs in one transaction under a transaction-scoped advisory
 * lock, so two processes starting at once do not race: the second waits, then finds the work
 * done. A migration that fails rolls back with everything applied in the same run.
 *
 * Migrating is a step of its own (`npm run migrate`, as the schema's owner); the gateway connects
 * as a role that may only SELECT and INSERT, and only checks (`assertMigrated`) that the schema
 * is not behind it.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from '../../runtime/sql.js';

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The advisory-lock key of this runner (any constant bigint; advisory locks are per database). */
const LOCK_KEY = 7_305_118_421;

const MIGRATION_FILE = /^\d+_[\w-]+\.sql$/;
const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** The migrations this code expects, in order. */
export const migrationNames = async (dir: URL = MIGRATIONS_DIR): Promise<string[]> =>
  (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort(byNumber);

/** Thrown at start-up when the database lacks migrations this code needs. */
export class SchemaBehindError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(
      `The access log's database schema is behind this gateway: not applied: ${missing.join(', ')}. ` +
        'Apply the migrations first with `npm run migrate` (as a role that owns the schema, with the same DATABASE_URL), then start the gateway.',
    );
    this.name = 'SchemaBehindError';
  }
}

/**
 * Checks, without changing anything, that every migration of this code has been applied; needs
 * only SELECT on `schema_migrations`. Throws SchemaBehindError naming what is missing.
 */
export async function assertMigrated(db: Database, dir: URL = MIGRATIONS_DIR): Promise<void> {
  const expected = await migrationNames(dir);
  let applied: Set<string>;
  try {
    applied = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
  } catch (error) {
    // 42P01 undefined_table: nothing was ever migrated here
    if ((error as { code?: string }).code === '42P01') throw new SchemaBehindError(expected);
    if ((error as { code?: string }).code === '42501') {
      throw new Error('The access log cannot check its database schema: this role may not read schema_migrations (GRANT SELECT ON schema_migrations to it).', {
        cause: error,
      });
    }
    throw error;
  }
  const missing = expected.filter((name) => !applied.has(name));
  if (missing.length > 0) throw new SchemaBehindError(missing);
}

/** Applies what is not yet applied; returns the names it applied (empty when up to date). */
export async function migrate(db: Database, dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const files = await migrationNames(dir);
  const migrations = await Promise.all(files.map(async (name) => ({ name, sql: await readFile(new URL(name, dir), 'utf8') })));
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name       text        PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name));
    const done: string[] = [];
    for (const { name, sql } of migrations) {
      if (applied.has(name)) continue;
      await tx.exec(sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      done.push(name);
    }
    return done;
  });
}
