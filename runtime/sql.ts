/**
 * The little SQL surface the PostgreSQL stores need (the gateway's access log, the dossier's
 * last-seen copies and changes, written by the subgraphs' kit), over either PostgreSQL (`pg` Pool)
 * or embedded PGlite, so the stores and the migration runner have one code path for both.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Pool, PoolClient } from 'pg';

export interface Queryable {
  /** One statement, with `$1`-style parameters. */
  query<R>(text: string, params?: readonly unknown[]): Promise<{ rows: R[] }>;
  /** Several statements, no parameters (a migration file). */
  exec(text: string): Promise<void>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const pgQueryable = (client: Pool | PoolClient): Queryable => ({
  query: async <R>(text: string, params: readonly unknown[] = []) => ({ rows: (await client.query(text, [...params])).rows as R[] }),
  // Without parameters pg uses the simple query protocol, which runs several statements.
  exec: async (text) => void (await client.query(text)),
});

export function pgDatabase(pool: Pool): Database {
  return {
    ...pgQueryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query('BEGIN');
        const result = await work(pgQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
        throw error;
      } finally {
        // A connection whose rollback failed is in an unknown state: destroy it, never reuse it.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    close: () => pool.end(),
  };
}

const pgliteQueryable = (db: PGlite | Transaction): Queryable => ({
  query: async <R>(text: string, params: readonly unknown[] = []) => ({ rows: (await db.query<R>(text, [...params])).rows }),
  exec: async (text) => void (await db.exec(text)),
});

export function pgliteDatabase(db: PGlite): Database {
  return {
    ...pgliteQueryable(db),
    transaction: (work) => db.transaction((tx) => work(pgliteQueryable(tx))),
    close: () => db.close(),
  };
}

/**
 * A PostgreSQL database at `connectionString` (DATABASE_URL): a connection that cannot be made in
 * 5 s, or a query not answered in 10 s, fails the call rather than hang what waits for it.
 */
export function openPostgres(connectionString: string, onIdleError: (error: Error) => void): Database {
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 5_000, query_timeout: 10_000 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', onIdleError);
  return pgDatabase(pool);
}
