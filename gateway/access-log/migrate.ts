/**
 * A tiny migration runner: applies `migrations/NNN_name.sql` in order, each once, and records it
 * in `schema_migrations`. Everything runs in one transaction under a transaction-scoped advisory
 * lock, so two processes starting at once do not race: the second waits, then finds the work
 * done. A migration that fails rolls back with everything applied in the same run.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './sql.js';

export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

/** The advisory-lock key of this runner (any constant bigint; advisory locks are per database). */
const LOCK_KEY = 7_305_118_421;

const MIGRATION_FILE = /^\d+_[\w-]+\.sql$/;
const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Applies what is not yet applied; returns the names it applied (empty when up to date). */
export async function migrate(db: Database, dir: URL = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => MIGRATION_FILE.test(name)).sort(byNumber);
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
