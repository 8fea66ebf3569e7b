/**
 * The access log: every read of a dossier section, recorded durably before the data is served,
 * and the citizen's own view of it (newest first, cursor-paginated). Append-only: the database
 * refuses UPDATE, DELETE and TRUNCATE (migrations/001_access_log.sql).
 *
 * One SQL code path over two backends: PostgreSQL (`pg` Pool, DATABASE_URL) in production, and
 * embedded PGlite (in memory, or in ACCESS_LOG_DIR) when no server is configured, so `npm start`
 * needs nothing installed. IINs are stored as given — the log is the legal record the citizen
 * reads — and never written to the application log.
 */
import { PGlite } from '@electric-sql/pglite';
import { GraphQLError } from 'graphql';
import pg from 'pg';
import type { PoolConfig } from 'pg';
import type { LoginMethod } from '../../schema/caller.js';
import { decodeCursor as decodeCursorOf, encodeCursor } from '../../schema/cursor.js';
import { dossierError, ErrorCode } from '../../schema/errors.js';
import { isValidIin } from '../../schema/iin.js';
import { createLogger, describeError } from '../../runtime/log.js';
import { accessLogBatchSize, accessLogWriteSeconds } from '../../runtime/metrics.js';
import { activeSpanContext, inSpan, SpanKind } from '../../runtime/tracing.js';
import type { SpanContext } from '@opentelemetry/api';
import { isSection, type Section } from '../../schema/sections.js';
import { assertMigrated, migrate } from './migrate.js';
import { pgDatabase, pgliteDatabase, type Database, type Queryable } from '../../runtime/sql.js';
import { configOf, type Env } from '../../runtime/config.js';

/** Why the reader may read the subject's dossier. */
export type Relation = 'OWNER' | 'PARENT' | 'SERVICE';
export const RELATIONS: readonly Relation[] = ['OWNER', 'PARENT', 'SERVICE'];
export const LOGIN_METHODS: readonly LoginMethod[] = ['PASSWORD', 'SMS', 'EDS'];

/** One read of a dossier: whose, by whom, how, and which sections. */
export interface AccessEntry {
  /** Whose dossier was read. */
  subjectIin: string;
  /** Who read it. */
  readerIin: string;
  relation: Relation;
  /** How the reader logged in. */
  login: LoginMethod;
  /** The client application (`apollographql-client-name`): portal, mobile, telegram-bot, ...; longer than 200 characters is cut. */
  client: string;
  /** The gateway's request id. */
  requestId: string;
  /** The sections read; at least one. */
  sections: readonly Section[];
}

/** An entry as recorded. */
export interface AccessRecord extends AccessEntry {
  /** The entry's id (decimal; increasing in the order entries were recorded). */
  id: string;
  /** When it was recorded: ISO 8601 in UTC, microseconds (`2026-11-22T08:15:30.123456Z`). */
  at: string;
  /** The opaque cursor of this entry, for `after`. */
  cursor: string;
}

export interface AccessPage {
  /** Newest first. */
  entries: AccessRecord[];
  /** The cursor of the last entry of the page, null when the page is empty. */
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface AccessLog {
  /** Records one read; rejects when it was not recorded (the caller then fails the read). */
  record(entry: AccessEntry): Promise<void>;
  /** A subject's entries, newest first: `first` (1..100) entries older than the cursor `after`. */
  list(subjectIin: string, first: number, after?: string): Promise<AccessPage>;
  close(): Promise<void>;
  /** The database it writes to, where the gateway also keeps the citizens' page settings (gateway/preferences/); none for a log kept elsewhere. */
  database?: Queryable;
}

export const MAX_PAGE_SIZE = 100;
const MAX_TEXT = 200;

const log = createLogger('access-log');

export { encodeCursor };

/** The id in a cursor, or null when it is not one of ours: exactly our encoding of a positive bigint (no leading zeros). */
export const decodeCursor = (cursor: string): string | null =>
  decodeCursorOf(cursor, (id) => /^[1-9]\d{0,18}$/.test(id) && BigInt(id) <= 9_223_372_036_854_775_807n, 40);

/** The error a caller sees when the log cannot be written or read; the cause stays in the server log. */
function unavailable(cause: unknown): GraphQLError {
  return new GraphQLError('The access log is unavailable for a moment; try again shortly.', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, section: 'ACCESS_LOG' },
  });
}

/** Checks an entry; a bad one is a bug in the caller, so the message names the field, never its value. */
function entryParams(entry: AccessEntry): unknown[] {
  const bad = (field: string): never => {
    throw new TypeError(`access log entry: invalid ${field}`);
  };
  if (!isValidIin(entry.subjectIin)) bad('subjectIin');
  if (!isValidIin(entry.readerIin)) bad('readerIin');
  if (!RELATIONS.includes(entry.relation)) bad('relation');
  if (!LOGIN_METHODS.includes(entry.login)) bad('login');
  if (typeof entry.requestId !== 'string' || entry.requestId.length === 0 || entry.requestId.length > MAX_TEXT) bad('requestId');
  if (!Array.isArray(entry.sections) || entry.sections.length === 0 || !entry.sections.every(isSection)) bad('sections');
  const client = typeof entry.client === 'string' ? entry.client.trim().slice(0, MAX_TEXT) : '';
  return [entry.subjectIin, entry.readerIin, entry.relation, entry.login, client || 'unknown', entry.requestId, [...new Set(entry.sections)]];
}

interface Row {
  id: string;
  at: string;
  subject_iin: string;
  reader_iin: string;
  relation: Relation;
  login: LoginMethod;
  client: string;
  request_id: string;
  sections: Section[];
}

/** Many entries in one statement: one array per column, sections joined with commas. */
const INSERT_MANY = `INSERT INTO access_log (subject_iin, reader_iin, relation, login, client, request_id, sections)
SELECT subject_iin, reader_iin, relation, login, client, request_id, string_to_array(sections, ',')
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       AS entry(subject_iin, reader_iin, relation, login, client, request_id, sections)`;

const SELECT_PAGE = `SELECT id::text AS id,
       to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
       subject_iin, reader_iin, relation, login, client, request_id, sections
  FROM access_log
 WHERE subject_iin = $1 AND ($2::bigint IS NULL OR access_log.id < $2::bigint)
 ORDER BY access_log.id DESC -- the column, not the text alias above
 LIMIT $3`;

/**
 * The access log over a database that `migrate` has brought up to date.
 *
 * Group commit: one INSERT at a time, of every entry recorded while the previous one was being
 * written; each `record` still resolves only once its entry is stored, and rejects when that
 * statement fails (so a read whose access was not recorded is never served). Under load the
 * batches grow instead of the statements queueing up.
 */
export function createAccessLog(db: Database): AccessLog {
  let pending: Array<{ params: unknown[]; requestId: string; span?: SpanContext; done: (error?: unknown) => void }> = [];
  let writing = false;

  /** One INSERT of a batch: a span linked to every entry's `access_log.record` span, when tracing is on. */
  const write = (batch: typeof pending): Promise<void> =>
    inSpan(
      'INSERT access_log',
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.operation.name': 'INSERT',
          'db.collection.name': 'access_log',
          'dossier.access_log.batch_size': batch.length,
        },
        links: batch.flatMap(({ span }) => (span ? [{ context: span }] : [])),
      },
      () => insert(batch),
    );

  const insert = async (batch: typeof pending): Promise<void> => {
    const columns = Array.from({ length: 7 }, (_, c) => batch.map(({ params }) => (c === 6 ? (params[6] as string[]).join(',') : params[c])));
    const timer = accessLogWriteSeconds.startTimer();
    accessLogBatchSize.observe(batch.length);
    try {
      await db.query(INSERT_MANY, columns);
      timer({ outcome: 'ok' });
      for (const entry of batch) entry.done();
    } catch (error) {
      timer({ outcome: 'error' });
      log.error('access_log_record_failed', { requestIds: batch.map((e) => e.requestId), ...describeError(error) });
      for (const entry of batch) entry.done(unavailable(error));
    }
  };

  const flush = async (): Promise<void> => {
    writing = true;
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      await write(batch);
    }
    writing = false;
  };

  return {
    async record(entry) {
      const params = entryParams(entry);
      // the span lasts until the entry is committed (group commit: with the entries recorded meanwhile)
      return inSpan('access_log.record', { attributes: { 'dossier.sections.count': entry.sections.length, 'dossier.relation': entry.relation } }, () => {
        const span = activeSpanContext();
        return new Promise<void>((resolve, reject) => {
          if (pending.length === 0 && !writing) setImmediate(() => void flush());
          pending.push({ params, requestId: entry.requestId, span, done: (error) => (error ? reject(error) : resolve()) });
        });
      });
    },

    async list(subjectIin, first, after) {
      if (!isValidIin(subjectIin)) throw new TypeError('access log list: invalid subjectIin');
      if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
        throw dossierError(ErrorCode.BAD_USER_INPUT, `first must be an integer from 1 to ${MAX_PAGE_SIZE}.`, { argument: 'first', rule: 'RANGE' });
      }
      const afterId = after == null ? null : decodeCursor(after);
      if (after != null && afterId === null) {
        throw dossierError(ErrorCode.BAD_USER_INPUT, 'after is not a cursor of this list.', { argument: 'after', rule: 'CURSOR' });
      }
      let rows: Row[];
      try {
        ({ rows } = await db.query<Row>(SELECT_PAGE, [subjectIin, afterId, first + 1]));
      } catch (error) {
        log.error('access_log_list_failed', describeError(error));
        throw unavailable(error);
      }
      const entries = rows.slice(0, first).map(
        (r): AccessRecord => ({
          id: r.id,
          at: r.at,
          cursor: encodeCursor(r.id),
          subjectIin: r.subject_iin,
          readerIin: r.reader_iin,
          relation: r.relation,
          login: r.login,
          client: r.client,
          requestId: r.request_id,
          sections: r.sections,
        }),
      );
      return { entries, endCursor: entries.at(-1)?.cursor ?? null, hasNextPage: rows.length > first };
    },

    close: () => db.close(),
    database: db,
  };
}

/** `db` with its schema checked (never changed), or migrated when `migrating` (a database of this process alone); closed when it is not usable. */
async function checked(db: Database, migrating = false): Promise<Database> {
  try {
    if (migrating) {
      const applied = await migrate(db);
      if (applied.length > 0) log.info('access_log_migrated', { applied });
    } else await assertMigrated(db);
    return db;
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/**
 * The database on a PostgreSQL server whose migrations `npm run migrate` applied (refused with
 * SchemaBehindError otherwise); the access log's role needs only SELECT and INSERT. A connection
 * that cannot be made in 5 s, or a query not answered in 10 s, fails the call rather than hang the
 * read behind it.
 */
export async function openPostgresDatabase(config: PoolConfig): Promise<Database> {
  const pool = new pg.Pool({ connectionTimeoutMillis: 5_000, query_timeout: 10_000, ...config });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => log.warn('access_log_idle_connection_error', describeError(error)));
  return checked(pgDatabase(pool));
}

export const openPostgresAccessLog = async (config: PoolConfig): Promise<AccessLog> => createAccessLog(await openPostgresDatabase(config));

/**
 * The database in embedded PGlite: in memory (migrated here: nobody else can reach it), or
 * persisted in `dataDir` (one process at a time; migrated by `npm run migrate`, like PostgreSQL).
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  const db = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  await db.waitReady;
  return checked(pgliteDatabase(db), dataDir === undefined);
}

export const openPgliteAccessLog = async (dataDir?: string): Promise<AccessLog> => createAccessLog(await openPgliteDatabase(dataDir));

/** The access log this deployment configures (`openConfiguredDatabase`). */
export async function openAccessLog(env?: Env): Promise<AccessLog> {
  return createAccessLog(await openConfiguredDatabase(env));
}

/**
 * The database this deployment configures, for the access log, what changed since the last view,
 * the notification settings, the page settings and the Telegram links:
 *   DATABASE_URL    PostgreSQL (production; libpq-style URL, `?options=-c search_path=...` selects a schema)
 *   ACCESS_LOG_DIR  else embedded PGlite persisted in that directory
 *   neither         else embedded PGlite in memory: entries are lost when the process stops,
 *                   so it is refused when NODE_ENV is production
 */
export async function openConfiguredDatabase(env?: Env): Promise<Database> {
  const { DATABASE_URL, ACCESS_LOG_DIR, production } = configOf(env);
  if (DATABASE_URL) {
    const db = await openPostgresDatabase({ connectionString: DATABASE_URL });
    log.info('access_log_backend', { backend: 'postgres' });
    return db;
  }
  if (ACCESS_LOG_DIR) {
    const db = await openPgliteDatabase(ACCESS_LOG_DIR);
    log.info('access_log_backend', { backend: 'pglite', storage: 'directory', dir: ACCESS_LOG_DIR });
    return db;
  }
  if (production) {
    throw new Error('the access log must be durable in production: set DATABASE_URL (or ACCESS_LOG_DIR)');
  }
  const db = await openPgliteDatabase();
  log.info('access_log_backend', {
    backend: 'pglite',
    storage: 'memory',
    note: 'entries are lost when the process stops; set DATABASE_URL or ACCESS_LOG_DIR to keep them',
  });
  return db;
}
