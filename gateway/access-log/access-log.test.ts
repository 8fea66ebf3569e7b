/**
 * The access log against a real PostgreSQL server (TEST_DATABASE_URL, default the local `test`
 * database; each test in its own schema, dropped after) and against embedded PGlite.
 */
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { logSink } from '../../runtime/log.js';
import { assertMigrated, migrate, migrationNames, SchemaBehindError } from './migrate.js';
import { migrateConfigured } from './migrate-main.js';
import { pgDatabase, pgliteDatabase, type Database } from '../../runtime/sql.js';
import {
  createAccessLog,
  decodeCursor,
  encodeCursor,
  openAccessLog,
  openPgliteAccessLog,
  openPostgresAccessLog,
  type AccessEntry,
  type AccessLog,
  type AccessRecord,
} from './store.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
// every migration of this code, in order (the access log's first, then the other gateway tables')
const ALL_MIGRATIONS = await migrationNames();

// The demo family (subgraphs/mocks/demo-family.ts).
const DAD = '850314301234';
const MUM = '870722404561';
const DAUGHTER = '210510607895';
const SON = '230901503210';
const ALL_IINS = [DAD, MUM, DAUGHTER, SON];
/** Every migration of this code, in order: the access log's, then what changed since the last view. */

const entry = (overrides: Partial<AccessEntry> = {}): AccessEntry => ({
  subjectIin: DAD,
  readerIin: DAD,
  relation: 'OWNER',
  login: 'EDS',
  client: 'portal',
  requestId: `req-${randomBytes(4).toString('hex')}`,
  sections: ['CIVIL_REGISTRY', 'VEHICLES'],
  ...overrides,
});

// --- PostgreSQL: one schema per test --------------------------------------------------------

const admin = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
const schemas: string[] = [];

async function freshSchema(): Promise<string> {
  const schema = `al_${randomBytes(6).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  schemas.push(schema);
  return schema;
}

const schemaPool = (schema: string): pg.Pool => new pg.Pool({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });

afterAll(async () => {
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

// --- Nothing logged may name a person ----------------------------------------------------------

let logged: string[] = [];
beforeEach(() => {
  logged = [];
  vi.stubEnv('LOG_LEVEL', 'debug');
  vi.spyOn(logSink, 'write').mockImplementation((line: string) => void logged.push(line));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  for (const line of logged) for (const iin of ALL_IINS) expect(line, 'no IIN in the application log').not.toContain(iin);
});

// --- Both backends, one suite -------------------------------------------------------------

interface Harness {
  store: AccessLog;
  /** The same database, for what the store never does (UPDATE, DELETE, ...). */
  db: Database;
  cleanup(): Promise<void>;
}

const backends: Array<[string, () => Promise<Harness>]> = [
  [
    'PostgreSQL',
    async () => {
      const db = pgDatabase(schemaPool(await freshSchema()));
      await migrate(db);
      const store = createAccessLog(db);
      // A test may have closed it already.
      return { store, db, cleanup: () => store.close().catch(() => undefined) };
    },
  ],
  [
    'PGlite',
    async () => {
      const db = pgliteDatabase(new PGlite());
      await migrate(db);
      const store = createAccessLog(db);
      return { store, db, cleanup: () => store.close().catch(() => undefined) };
    },
  ],
];

describe.each(backends)('access log on %s', (_name, open) => {
  let h: Harness;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it('records entries and lists only that subject’s, newest first, every field as recorded', async () => {
    const before = Date.now();
    await h.store.record(entry({ requestId: 'r1', sections: ['CIVIL_REGISTRY'] }));
    await h.store.record(entry({ subjectIin: DAUGHTER, readerIin: DAD, relation: 'PARENT', requestId: 'r-child', sections: ['QUEUES'] }));
    await h.store.record(entry({ requestId: 'r2', login: 'SMS', client: 'telegram-bot', sections: ['FINES', 'PROPERTY'] }));
    await h.store.record(entry({ readerIin: MUM, relation: 'SERVICE', login: 'PASSWORD', client: 'mobile', requestId: 'r3', sections: ['HEALTH'] }));

    const page = await h.store.list(DAD, 10);
    expect(page.hasNextPage).toBe(false);
    expect(page.entries.map((e) => e.requestId)).toEqual(['r3', 'r2', 'r1']);
    expect(page.entries[0]).toMatchObject({
      subjectIin: DAD,
      readerIin: MUM,
      relation: 'SERVICE',
      login: 'PASSWORD',
      client: 'mobile',
      requestId: 'r3',
      sections: ['HEALTH'],
    });
    expect(page.entries[1]).toMatchObject({ login: 'SMS', client: 'telegram-bot', sections: ['FINES', 'PROPERTY'] });
    expect(page.endCursor).toBe(page.entries[2]!.cursor);
    const ids = page.entries.map((e) => BigInt(e.id));
    expect(ids[0]! > ids[1]! && ids[1]! > ids[2]!).toBe(true);
    for (const e of page.entries) {
      expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
      expect(Date.parse(e.at)).toBeGreaterThanOrEqual(before - 5_000);
      expect(Date.parse(e.at)).toBeLessThanOrEqual(Date.now() + 5_000);
      expect(decodeCursor(e.cursor)).toBe(e.id);
    }

    const child = await h.store.list(DAUGHTER, 10);
    expect(child.entries).toHaveLength(1);
    expect(child.entries[0]).toMatchObject({ subjectIin: DAUGHTER, readerIin: DAD, relation: 'PARENT', sections: ['QUEUES'] });
    expect(await h.store.list(SON, 10)).toEqual({ entries: [], endCursor: null, hasNextPage: false });
  });

  it('pages through a subject’s log with no duplicates and no gaps', async () => {
    for (let i = 0; i < 23; i += 1) {
      await h.store.record(entry({ requestId: `dad-${i}` }));
      if (i % 3 === 0) await h.store.record(entry({ subjectIin: MUM, readerIin: MUM, requestId: `mum-${i}` }));
    }
    const seen: AccessRecord[] = [];
    let after: string | undefined;
    const pages: boolean[] = [];
    for (;;) {
      const page = await h.store.list(DAD, 5, after);
      seen.push(...page.entries);
      pages.push(page.hasNextPage);
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(pages).toEqual([true, true, true, true, false]);
    expect(seen.map((e) => e.requestId)).toEqual(Array.from({ length: 23 }, (_, i) => `dad-${22 - i}`));
    expect(new Set(seen.map((e) => e.id)).size).toBe(23);
    expect(seen.every((e) => e.subjectIin === DAD)).toBe(true);
    // The whole log in one page is the same list.
    expect((await h.store.list(DAD, 100)).entries).toEqual(seen);
    // After the last entry: nothing.
    expect(await h.store.list(DAD, 5, seen.at(-1)!.cursor)).toEqual({ entries: [], endCursor: null, hasNextPage: false });
    // An exact page: hasNextPage is false when nothing is left.
    const all = await h.store.list(DAD, 23);
    expect(all.entries).toHaveLength(23);
    expect(all.hasNextPage).toBe(false);
  });

  it('refuses a page size outside 1..100 and a cursor that is not one of its own', async () => {
    for (const first of [0, -1, 101, 1.5, Number.NaN]) {
      await expect(h.store.list(DAD, first)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    }
    for (const after of ['', 'not a cursor', encodeCursor('0'), encodeCursor('12a'), encodeCursor('99999999999999999999'), `${encodeCursor('5')}=`]) {
      await expect(h.store.list(DAD, 10, after)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    }
    await expect(h.store.list(DAD, 100)).resolves.toBeDefined();
  });

  it('refuses a malformed entry without naming its values', async () => {
    const bad: Array<[Partial<AccessEntry>, string]> = [
      [{ subjectIin: '850314301235' }, 'subjectIin'],
      [{ readerIin: '12345' }, 'readerIin'],
      [{ relation: 'NEIGHBOUR' as never }, 'relation'],
      [{ login: 'FACE' as never }, 'login'],
      [{ sections: [] }, 'sections'],
      [{ sections: ['SECRETS' as never] }, 'sections'],
      [{ requestId: '' }, 'requestId'],
    ];
    for (const [overrides, field] of bad) {
      await expect(h.store.record(entry(overrides))).rejects.toThrow(`access log entry: invalid ${field}`);
    }
    expect((await h.store.list(DAD, 10)).entries).toEqual([]);
    // A client name is the caller's header: cut, not refused.
    await h.store.record(entry({ client: `  ${'x'.repeat(500)}` }));
    await h.store.record(entry({ client: '' }));
    const clients = (await h.store.list(DAD, 10)).entries.map((e) => e.client);
    expect(clients).toEqual(['unknown', 'x'.repeat(200)]);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await h.store.record(entry({ requestId: 'kept' }));
    const refused = { code: '23001', message: expect.stringMatching(/access_log is append-only/) };
    await expect(h.db.query(`UPDATE access_log SET reader_iin = '870722404561'`)).rejects.toMatchObject(refused);
    await expect(h.db.query(`UPDATE access_log SET client = 'x' WHERE false`)).rejects.toMatchObject(refused);
    await expect(h.db.query('DELETE FROM access_log')).rejects.toMatchObject(refused);
    await expect(h.db.query('DELETE FROM access_log WHERE id = -1')).rejects.toMatchObject(refused);
    await expect(h.db.query('TRUNCATE access_log')).rejects.toMatchObject(refused);
    // Even with replication-role tricks the trigger fires (ENABLE ALWAYS).
    await expect(
      h.db.transaction(async (tx) => {
        await tx.query(`SET LOCAL session_replication_role = replica`);
        await tx.query('DELETE FROM access_log');
      }),
    ).rejects.toMatchObject(refused);
    const { entries } = await h.store.list(DAD, 10);
    expect(entries.map((e) => [e.requestId, e.readerIin])).toEqual([['kept', DAD]]);
  });

  it('checks rows in the database too, whatever wrote them', async () => {
    const insert = (relation: string, subject = DAD): Promise<unknown> =>
      h.db.query(
        `INSERT INTO access_log (subject_iin, reader_iin, relation, login, client, request_id, sections) VALUES ($1, $1, $2, 'EDS', 'portal', 'r', ARRAY['FINES'])`,
        [subject, relation],
      );
    await expect(insert('FRIEND')).rejects.toMatchObject({ code: '23514' });
    await expect(insert('OWNER', '8503')).rejects.toMatchObject({ code: '23514' });
    await expect(insert('OWNER')).resolves.toBeDefined();
  });

  it('applies its migrations once: a second run is a no-op', async () => {
    expect(await migrate(h.db)).toEqual([]);
    expect(await migrate(h.db)).toEqual([]);
    const { rows } = await h.db.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toEqual(ALL_MIGRATIONS);
  });

  it('rejects a record when the database is gone, as a coded error', async () => {
    await h.store.record(entry());
    await h.store.close();
    await expect(h.store.record(entry())).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', section: 'ACCESS_LOG' },
    });
    await expect(h.store.list(DAD, 10)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(logged.some((line) => line.includes('access_log_record_failed'))).toBe(true);
  });
});

// --- PostgreSQL only --------------------------------------------------------------------------

describe('access log on PostgreSQL, more', () => {
  it('migrates safely when several processes start at once', async () => {
    const schema = await freshSchema();
    const pools = Array.from({ length: 4 }, () => schemaPool(schema));
    try {
      const results = await Promise.all(pools.map((pool) => migrate(pgDatabase(pool))));
      expect(results.filter((applied) => applied.length > 0)).toEqual([ALL_MIGRATIONS]);
      const { rows } = await pools[0]!.query('SELECT name FROM schema_migrations');
      expect(rows).toEqual(ALL_MIGRATIONS.map((name) => ({ name })));
      const again = await Promise.all(pools.map((pool) => migrate(pgDatabase(pool))));
      expect(again).toEqual([[], [], [], []]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('opens from a pool config, in the configured schema', async () => {
    const schema = await freshSchema();
    await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
    const store = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
    try {
      await store.record(entry({ requestId: 'in-schema' }));
      const { rows } = await admin.query(`SELECT request_id FROM ${schema}.access_log`);
      expect(rows).toEqual([{ request_id: 'in-schema' }]);
    } finally {
      await store.close();
    }
  });

  it('rejects, and does not hang, when the server cannot be reached', async () => {
    const unreachable = 'postgres://postgres@127.0.0.1:1/test';
    await expect(openPostgresAccessLog({ connectionString: unreachable })).rejects.toThrow();
    const pool = new pg.Pool({ connectionString: unreachable, connectionTimeoutMillis: 2_000 });
    const store = createAccessLog(pgDatabase(pool));
    try {
      await expect(store.record(entry())).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      await store.close();
    }
  });

  it('rejects when the pool has been ended under it', async () => {
    const pool = schemaPool(await freshSchema());
    const db = pgDatabase(pool);
    await migrate(db);
    const store = createAccessLog(db);
    await pool.end();
    await expect(store.record(entry())).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});

// --- Least privilege: migrations are a step of their own ----------------------------------------

describe('least privilege', () => {
  const role = `al_app_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  /** The role's connection (in the URL: pg lets a connection string's user override the config's). */
  const asRole = (schema: string) => {
    const url = new URL(DATABASE_URL);
    url.username = role;
    url.password = password;
    return { connectionString: url.href, options: `-c search_path=${schema}` };
  };
  const urlOf = (schema: string) => `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

  /** A schema owned by the admin, in which the application's role may look up names (USAGE), nothing more yet. */
  async function grantedSchema(): Promise<string> {
    const schema = await freshSchema();
    await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    return schema;
  }
  /** The grants of gateway/access-log/README.md, given by the owner after migrating. */
  async function grantTables(schema: string): Promise<void> {
    await admin.query(`GRANT SELECT, INSERT ON ${schema}.access_log TO ${role}`);
    await admin.query(`GRANT SELECT, INSERT ON ${schema}.section_visibility TO ${role}`);
    await admin.query(`GRANT SELECT ON ${schema}.schema_migrations TO ${role}`);
  }

  beforeAll(async () => {
    await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
  });
  afterAll(async () => {
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    schemas.length = 0;
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
  });

  it('runs the gateway as a role that may only SELECT and INSERT, once `npm run migrate` has run as the owner', async () => {
    const schema = await grantedSchema();
    expect((await migrateConfigured({ DATABASE_URL: urlOf(schema) }))?.applied).toEqual(ALL_MIGRATIONS);
    await grantTables(schema);
    const { rows: privileges } = await admin.query(
      `SELECT table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee = $1 ORDER BY 1, 2`,
      [role],
    );
    expect(privileges).toEqual([
      { table_name: 'access_log', privilege_type: 'INSERT' },
      { table_name: 'access_log', privilege_type: 'SELECT' },
      { table_name: 'schema_migrations', privilege_type: 'SELECT' },
      { table_name: 'section_visibility', privilege_type: 'INSERT' },
      { table_name: 'section_visibility', privilege_type: 'SELECT' },
    ]);
    const store = await openPostgresAccessLog(asRole(schema));
    try {
      const { rows: who } = await admin.query(`SELECT usename FROM pg_stat_activity WHERE usename = $1`, [role]);
      expect(who.length).toBeGreaterThan(0);
      await store.record(entry({ requestId: 'least-privilege' }));
      expect((await store.list(DAD, 1)).entries.map((e) => e.requestId)).toEqual(['least-privilege']);
    } finally {
      await store.close();
    }
    // ... and that role can neither migrate nor switch the append-only trigger off.
    const app = new pg.Pool(asRole(schema));
    try {
      await expect(app.query('CREATE TABLE x (id int)')).rejects.toMatchObject({ code: '42501' });
      await expect(app.query('ALTER TABLE access_log DISABLE TRIGGER access_log_append_only')).rejects.toMatchObject({ code: '42501' });
      await expect(migrate(pgDatabase(app))).rejects.toMatchObject({ code: '42501' });
    } finally {
      await app.end();
    }
  });

  it('refuses to start on a schema that is behind, naming what is missing and the command that applies it', async () => {
    const schema = await grantedSchema();
    const refused = openPostgresAccessLog(asRole(schema));
    await expect(refused).rejects.toBeInstanceOf(SchemaBehindError);
    await expect(refused).rejects.toThrow(
      new RegExp(
        `schema is behind this gateway: not applied: ${ALL_MIGRATIONS.join(', ').replaceAll('.', '\\.')}\\. Apply the migrations first with \`npm run migrate\``,
      ),
    );
    // This code's migrations applied, a later one not: still refused, naming only the later one.
    const migrations = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      for (const name of ALL_MIGRATIONS) await writeFile(join(migrations, name), await readFile(new URL(`./migrations/${name}`, import.meta.url), 'utf8'));
      const owner = pgDatabase(schemaPool(schema));
      await migrate(owner, pathToFileURL(`${migrations}/`));
      await owner.close();
      await grantTables(schema);
      const store = await openPostgresAccessLog(asRole(schema));
      await store.close();
      await writeFile(join(migrations, '999_later.sql'), 'CREATE TABLE later (id int);');
      const app = pgDatabase(new pg.Pool(asRole(schema)));
      try {
        await expect(assertMigrated(app, pathToFileURL(`${migrations}/`))).rejects.toThrow(/not applied: 999_later\.sql\./);
      } finally {
        await app.close();
      }
    } finally {
      await rm(migrations, { recursive: true, force: true });
    }
  });
});

// --- Choosing the backend ---------------------------------------------------------------------

describe('openAccessLog', () => {
  const backendLine = (): Record<string, unknown> | undefined =>
    logged.map((line) => JSON.parse(line) as Record<string, unknown>).find((l) => l.event === 'access_log_backend');

  it('uses PostgreSQL at DATABASE_URL, and logs that without the URL', async () => {
    const schema = await freshSchema();
    const url = `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    expect(await migrateConfigured({ DATABASE_URL: url })).toEqual({ target: 'postgres', applied: ALL_MIGRATIONS });
    const store = await openAccessLog({ DATABASE_URL: url });
    try {
      await store.record(entry({ requestId: 'via-env' }));
      const { rows } = await admin.query(`SELECT request_id FROM ${schema}.access_log`);
      expect(rows).toEqual([{ request_id: 'via-env' }]);
      expect(backendLine()).toMatchObject({ component: 'access-log', backend: 'postgres' });
      expect(logged.join('\n')).not.toContain('127.0.0.1');
    } finally {
      await store.close();
    }
  });

  it('uses PGlite in memory when nothing is configured', async () => {
    const store = await openAccessLog({});
    try {
      await store.record(entry({ requestId: 'mem' }));
      expect((await store.list(DAD, 1)).entries[0]?.requestId).toBe('mem');
      expect(backendLine()).toMatchObject({ backend: 'pglite', storage: 'memory' });
    } finally {
      await store.close();
    }
  });

  it('keeps entries across restarts in ACCESS_LOG_DIR', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'access-log-'));
    try {
      await expect(openAccessLog({ ACCESS_LOG_DIR: join(dir, 'db') })).rejects.toBeInstanceOf(SchemaBehindError);
      expect(await migrateConfigured({ ACCESS_LOG_DIR: join(dir, 'db') })).toEqual({ target: 'pglite-dir', applied: ALL_MIGRATIONS });
      const first = await openAccessLog({ ACCESS_LOG_DIR: join(dir, 'db') });
      await first.record(entry({ requestId: 'before-restart' }));
      await first.close();
      const second = await openPgliteAccessLog(join(dir, 'db'));
      try {
        expect((await second.list(DAD, 10)).entries.map((e) => e.requestId)).toEqual(['before-restart']);
      } finally {
        await second.close();
      }
      expect(backendLine()).toMatchObject({ backend: 'pglite', storage: 'directory' });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000); // four PGlite starts on one directory

  it('refuses an in-memory log in production', async () => {
    await expect(openAccessLog({ NODE_ENV: 'production' })).rejects.toThrow(/durable/);
  });
});

describe('group commit', () => {
  it('stores the entries recorded together in one statement, each call resolving once stored', async () => {
    const db = pgliteDatabase(new PGlite());
    await migrate(db);
    const statements: string[] = [];
    const counting: Database = { ...db, query: (sql, params) => (statements.push(sql), db.query(sql, params)) };
    const log = createAccessLog(counting);
    const entry = (n: number) => ({
      subjectIin: '850314301234',
      readerIin: '850314301234',
      relation: 'OWNER' as const,
      login: 'EDS' as const,
      client: 'portal',
      requestId: `r${n}`,
      sections: ['VEHICLES' as const, 'FINES' as const],
    });
    await Promise.all([1, 2, 3, 4, 5].map((n) => log.record(entry(n))));
    expect(statements).toHaveLength(1);
    const page = await log.list('850314301234', 10);
    expect(page.entries.map((e) => e.requestId).sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(page.entries[0]!.sections).toEqual(['VEHICLES', 'FINES']);
    await db.close();
  });

  it('writes one statement at a time: what is recorded meanwhile goes together in the next', async () => {
    const db = pgliteDatabase(new PGlite());
    await migrate(db);
    const batches: number[] = [];
    const slow: Database = {
      ...db,
      query: async (sql, params) => {
        batches.push((params?.[0] as unknown[] | undefined)?.length ?? 0);
        await new Promise((r) => setTimeout(r, 30));
        return db.query(sql, params);
      },
    };
    const log = createAccessLog(slow);
    const entry = (n: number) => ({
      subjectIin: '850314301234',
      readerIin: '850314301234',
      relation: 'OWNER' as const,
      login: 'EDS' as const,
      client: 'portal',
      requestId: `r${n}`,
      sections: ['VEHICLES' as const],
    });
    const later = (n: number, ms: number) => new Promise<void>((resolve, reject) => setTimeout(() => log.record(entry(n)).then(resolve, reject), ms));
    await Promise.all([log.record(entry(1)), later(2, 5), later(3, 10), later(4, 15)]);
    expect(batches).toEqual([1, 3]);
    expect((await log.list('850314301234', 10)).entries).toHaveLength(4);
    await db.close();
  });

  it('rejects every call of a statement that fails', async () => {
    const failing: Database = {
      query: async () => Promise.reject(new Error('disk full')),
      exec: async () => undefined,
      transaction: async () => Promise.reject(new Error('no')),
      close: async () => undefined,
    } as unknown as Database;
    const log = createAccessLog(failing);
    const entry = {
      subjectIin: '850314301234',
      readerIin: '850314301234',
      relation: 'OWNER' as const,
      login: 'EDS' as const,
      client: 'portal',
      requestId: 'r',
      sections: ['VEHICLES' as const],
    };
    const results = await Promise.allSettled([log.record(entry), log.record({ ...entry, requestId: 's' })]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
