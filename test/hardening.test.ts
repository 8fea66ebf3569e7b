/**
 * What an attack on the running gateway got through (issue 11), over real HTTP: requests that
 * stop the gateway or hang a connection, a cost limit that ignored variables, client mistakes
 * answered as the server's, and answers or logs whose form leaked more than was asked.
 */
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { logSink } from '../runtime/log.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { requestCounts, resetMocks, tokenFor } from './helpers.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `hard_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
let accessLog: AccessLog;
let system: RunningSystem;
const cache = new MemoryCache();

beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
  // the gateway only checks the schema (npm run migrate applies it), as in production
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  system = await startSystem({ population: generatePopulation({ size: 200 }), cache, accessLog });
});
afterAll(async () => {
  await system?.close();
  await accessLog?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
});

type Body = { status: number; data?: any; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> };
const codes = (body: Body) => (body.errors ?? []).map((e) => e.extensions?.code);

/** POSTs any JSON body (or text) to the gateway. */
async function post(body: unknown, headers: Record<string, string> = {}): Promise<Body> {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(DEMO.user, 'PASSWORD')}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, ...(text ? (JSON.parse(text) as object) : {}) };
}

const health = async () => (await fetch(system.gatewayUrl.replace(/\/graphql$/, '/health'))).status;

/** `[[[ … 1 … ]]]`, `levels` lists deep. */
const nestedList = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;
const nestedObject = (levels: number) => `${'{ a: '.repeat(levels)}1${' }'.repeat(levels)}`;
/** JSON text of lists and objects nested `levels` deep, written out (JSON.stringify itself recurses). */
const nestedJson = (levels: number): string => `${'{"a":['.repeat(levels / 2)}1${']}'.repeat(levels / 2)}`;

describe('deeply nested values are refused before planning', () => {
  it.each([
    ['a list literal in an argument', `{ me { serviceRequests(filter: { submittedFrom: ${nestedList(300)} }) { totalCount } } }`],
    ['an object literal in an argument', `{ me { serviceRequests(filter: { submittedFrom: ${nestedObject(300)} }) { totalCount } } }`],
    ['a default value of a variable', `query ($d: Date = ${nestedList(300)}) { me { serviceRequests(filter: { submittedFrom: $d }) { totalCount } } }`],
  ])('%s, 300 levels deep: QUERY_TOO_COMPLEX naming the limit, and the gateway still serves', async (_what, query) => {
    const body = await post({ query });
    expect(body.status).toBe(400);
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'VALUE_DEPTH' }]);
    expect(await health()).toBe(200);
    expect(Object.values(await requestCounts(system)).every((n) => n === 0)).toBe(true);
  });

  it.each([300, 20_000])('a variable nested %i levels deep is bad input, not an outage', async (levels) => {
    const query = JSON.stringify('query ($d: Date) { me { serviceRequests(filter: { submittedFrom: $d }) { totalCount } } }');
    const body = await post(`{"query":${query},"variables":{"d":${nestedJson(levels)}}}`);
    expect(body.status).toBe(400);
    expect(codes(body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(body.errors![0]!.extensions!.limit).toMatch(/^(VALUE_DEPTH|JSON_DEPTH)$/);
    expect(await health()).toBe(200);
  });

  it('a body nested deeper than any request needs is refused as such', async () => {
    const body = await post(`{"query":"{ me { iin } }","extensions":{"x":${nestedJson(20_000)}}}`);
    expect(body.status).toBe(400);
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'JSON_DEPTH' }]);
  });

  it('lets the values real clients send through', async () => {
    const body = await post({
      query:
        'query ($f: ServiceRequestFilter) { me { serviceRequests(first: 2, filter: $f) { totalCount } a: serviceRequests(filter: { status: [IN_PROGRESS, COMPLETED] }) { totalCount } } }',
      variables: { f: { status: ['IN_PROGRESS'] } },
    });
    expect(body.errors).toBeUndefined();
  });
});

/**
 * Sends raw HTTP/1.1 on one keep-alive connection: `first`, then `second` right behind it. Returns
 * everything the server sent until it closed the connection or answered both.
 */
function onOneConnection(first: Buffer, second: string): Promise<{ text: string; closed: boolean }> {
  const { hostname, port } = new URL(system.gatewayUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const done = (closed: boolean) => {
      socket.destroy();
      resolve({ text, closed });
    };
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if ((text.match(/^HTTP\/1\.1 \d{3}/gm) ?? []).length >= 2 && /\r\n\r\n[\s\S]*\{"status":"ok"\}/.test(text)) done(false);
    });
    socket.on('close', () => done(true));
    socket.on('error', () => undefined); // a reset while still sending: 'close' follows
    socket.write(first);
    socket.write(second);
  });
}

describe('a body over the size limit', () => {
  it.each(['Content-Length', 'chunked'])(
    "is answered 413 in the API's shape, and the connection does not hang: it is closed, or the next request on it is answered (%s)",
    async (framing) => {
      const size = 1_500_000;
      const body =
        framing === 'chunked'
          ? Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), Buffer.alloc(size, 0x20), Buffer.from('\r\n0\r\n\r\n')])
          : Buffer.alloc(size, 0x20);
      const length = framing === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${size}`;
      const head = Buffer.from(`POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n${length}\r\nConnection: keep-alive\r\n\r\n`);
      const { text, closed } = await onOneConnection(Buffer.concat([head, body]), 'GET /health HTTP/1.1\r\nHost: gateway\r\n\r\n');
      expect(text).toMatch(/^HTTP\/1\.1 413 /);
      expect(text).toContain('"code":"BAD_REQUEST"');
      if (closed) expect(text).toMatch(/^connection: close\r$/im);
      expect(await health()).toBe(200);
    },
  );
});

describe('the cost limit counts list sizes however they are given', () => {
  const requests = (first: string) =>
    `{ ${Array.from({ length: 5 }, (_, i) => `s${i}: serviceRequests(first: ${first}) { edges { node { number } } }`).join(' ')} }`;
  const contributions = (last: string) =>
    `{ ${Array.from({ length: 6 }, (_, i) => `h${i}: healthInsurance { contributions(last: ${last}) { period amount payer } }`).join(' ')} }`;

  it.each([
    ['a literal', `{ me ${requests('100')} }`, undefined],
    ['a variable', `query ($n: Int) { me ${requests('$n')} }`, { n: 100 }],
    ["a variable's default", `query ($n: Int = 100) { me ${requests('$n')} }`, {}],
    ['null, meaning all, as a literal', `{ me ${contributions('null')} }`, undefined],
    ['null, meaning all, in a variable', `query ($n: Int) { me ${contributions('$n')} }`, { n: null }],
  ])('refuses a list size given by %s alike, before any subgraph is asked', async (_how, query, variables) => {
    const body = await post({ query, variables });
    expect(body.status).toBe(400);
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'QUERY_TOO_COMPLEX', limit: 'COST' }]);
    expect(body.errors![0]!.message).toMatch(/^Query cost \d+ is over the limit of 8000\.$/);
    expect(Object.values(await requestCounts(system)).every((n) => n === 0)).toBe(true);
  });

  it('lets the same query through with small sizes', async () => {
    const body = await post({ query: `query ($n: Int) { me ${requests('$n')} }`, variables: { n: 5 } });
    expect(body.errors).toBeUndefined();
  });
});

describe('client mistakes are answered as such: 4xx with a catalogued code', () => {
  it.each([
    ['two operations and no operationName', { query: 'query A { me { iin } } query B { me { iin } }' }, 400, 'BAD_REQUEST'],
    ['an operationName the document does not have', { query: 'query A { me { iin } }', operationName: 'Nope' }, 400, 'BAD_REQUEST'],
    ['a subscription', { query: 'subscription { me { iin } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a persisted-query hash that does not match the query',
      { query: '{ me { iin } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
      400,
      'BAD_REQUEST',
    ],
    [
      'a persisted-query version the server does not know',
      { query: '{ me { iin } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } } },
      400,
      'BAD_REQUEST',
    ],
  ])('%s', async (_what, request, status, code) => {
    const body = await post(request);
    expect(body.status).toBe(status);
    expect(codes(body)).toEqual([code]);
    expect(body.errors![0]!.message).not.toBe('Internal error.');
  });
});

describe('a path the gateway does not serve', () => {
  it("is answered 404 in the API's shape", async () => {
    const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/graphq'));
    expect(response.status).toBe(404);
    expect(((await response.json()) as Body).errors!.map((e) => e.extensions)).toEqual([{ code: 'BAD_REQUEST' }]);
  });
});

describe('automatic persisted queries', () => {
  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, the client resends the query with it, then the hash alone runs it', async () => {
    const query = `{ me { iin } } # ${randomUUID()}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.status).toBe(200);
    expect(unknown.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered).toEqual({ status: 200, data: { me: { iin: DEMO.user } } });
    const byHash = await post({ extensions: { persistedQuery } });
    expect(byHash).toEqual({ status: 200, data: { me: { iin: DEMO.user } } });
  });
});

describe('a request head over the size limit', () => {
  it("is answered 431 in the API's shape", async () => {
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${'x'.repeat(40_000)}` },
      body: JSON.stringify({ query: '{ me { iin } }' }),
    });
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Body;
    expect(body.errors!.map((e) => e.extensions)).toEqual([{ code: 'BAD_REQUEST' }]);
    expect(body.errors![0]!.message).toMatch(/header/i);
    expect(await health()).toBe(200);
  });
});

describe('an answer carries what was asked and masked errors, nothing else', () => {
  it.each([
    ['an alias named __typename', '{ me { __typename: iin } }'],
    ['an alias starting with __ on a denied field', '{ me { __vehicles: vehicles { plate } } }'],
    ['an alias starting with __ in a fragment', '{ me { ...F } } fragment F on Person { __x: iin }'],
  ])('%s is refused as invalid, without extensions', async (_what, query) => {
    const text = JSON.stringify(await post({ query }));
    const body = JSON.parse(text) as Body & { extensions?: unknown };
    expect(body.status).toBe(400);
    expect(codes(body)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.extensions).toBeUndefined();
  });

  it('__typename itself, and aliases of it, are answered', async () => {
    const body = await post({ query: '{ me { __typename t: __typename iin } }' });
    expect(body).toEqual({ status: 200, data: { me: { __typename: 'Person', t: 'Person', iin: DEMO.user } } });
  });
});

describe("a password login's answer has exactly the fields asked, in the order asked", () => {
  const ask = async (query: string, variables?: Record<string, unknown>) => post({ query, variables });
  const paths = (body: Body) => (body.errors ?? []).map((e) => [e.path, e.extensions?.code]);

  it('with aliases, fragments, inline fragments and nested fields, denied ones null in their place', async () => {
    const body = await ask(`{
      me {
        vehicles { plate }
        n: name { full }
        iin
        ... on Person { address { full } birthDate }
        ...F
        a2: vehicles { plate }
        t: __typename
      }
      son: person(iin: "${DEMO.elderSon}") { v: vehicles { plate } iin name { full } }
    }
    fragment F on Person { sex fines { amount } name { full } }`);
    expect(JSON.stringify(body.data)).toBe(
      JSON.stringify({
        me: {
          vehicles: null,
          n: { full: 'Ахметов Серик Нурланович' },
          iin: DEMO.user,
          address: null,
          birthDate: '1985-03-14',
          sex: 'MALE',
          fines: null,
          name: { full: 'Ахметов Серик Нурланович' },
          a2: null,
          t: 'Person',
        },
        son: { v: null, iin: DEMO.elderSon, name: { full: 'Ахметов Тимур Серикович' } },
      }),
    );
    expect(paths(body)).toEqual([
      [['me', 'vehicles'], 'EDS_REQUIRED'],
      [['me', 'address'], 'EDS_REQUIRED'],
      [['me', 'fines'], 'EDS_REQUIRED'],
      [['me', 'a2'], 'EDS_REQUIRED'],
      [['son', 'v'], 'EDS_REQUIRED'],
    ]);
  });

  it('adds no __typename where every field asked was denied', async () => {
    const body = await ask('{ me { vehicles { plate } address { full } } }');
    expect(JSON.stringify(body.data)).toBe(JSON.stringify({ me: { vehicles: null, address: null } }));
  });

  it('leaves out a denied field that @skip or @include leaves out, with no error for it', async () => {
    const body = await ask(
      'query ($no: Boolean!) { me { iin vehicles @skip(if: true) { plate } address @include(if: $no) { full } ... on Person @include(if: $no) { fines { amount } } } }',
      { no: false },
    );
    expect(body).toEqual({ status: 200, data: { me: { iin: DEMO.user } } });
  });
});

describe('text from a request in the logs', () => {
  /** The log lines written while `run` runs. */
  async function logged(run: () => Promise<unknown>): Promise<string[]> {
    const lines: string[] = [];
    const write = logSink.write;
    logSink.write = (line) => {
      lines.push(line);
      write(line);
    };
    try {
      await run();
    } finally {
      logSink.write = write;
    }
    return lines;
  }
  const planted = `${DEMO.user} Ахметов Серик `;

  it('an unknown operation name of 900 KB with an IIN and a name in it: answered, and the log grows by a line or two at most, without them', async () => {
    let body: Body | undefined;
    const lines = await logged(async () => {
      body = await post({ query: 'query A { me { iin } }', operationName: `${planted}${'x'.repeat(900_000)}` });
    });
    expect(codes(body!)).toEqual(['BAD_REQUEST']);
    expect(body!.errors![0]!.message.length).toBeLessThan(200);
    expect(lines.join('\n').length).toBeLessThan(5_000);
    expect(lines.join('\n')).not.toMatch(new RegExp(`${DEMO.user}|Ахметов`));
  });

  it('a client name of 10 KB with an IIN in it: the lines of that request are short and hold no IIN', async () => {
    const lines = await logged(() => post({ query: '{ me { iin } }' }, { 'apollographql-client-name': `${DEMO.user}${'z'.repeat(10_000)}` }));
    expect(lines.length).toBeGreaterThan(0); // the debug line of the request, at least
    for (const line of lines) expect(line.length).toBeLessThan(2_000);
    expect(lines.join('\n')).not.toContain(DEMO.user);
  });
});

describe('the client name in the access log', () => {
  /** A dossier read by the demo user with `apollographql-client-name` sent as these UTF-8 bytes; the access log's newest row's client. */
  async function recordedClient(name: string | undefined): Promise<string> {
    const token = await tokenFor(DEMO.user, 'EDS');
    const payload = JSON.stringify({ query: '{ me { vehicles { plate } } }' });
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    // Node sends header values byte for byte: the UTF-8 bytes a client would send
    if (name !== undefined) headers['apollographql-client-name'] = Buffer.from(name, 'utf8').toString('latin1');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(system.gatewayUrl, { method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(payload);
    });
    expect(status).toBe(200);
    const { rows } = await admin.query<{ client: string }>(`SELECT client FROM ${schema}.access_log ORDER BY id DESC LIMIT 1`);
    return rows[0]!.client;
  }

  it.each([
    ['telegram-bot', 'telegram-bot'],
    [' Portal ', 'portal'],
    ['mobile', 'mobile'],
    ['Портал', 'other'],
    [`evil ${DEMO.wife}`, 'other'],
    [undefined, 'unknown'],
  ])('%j is recorded as %j', async (sent, recorded) => {
    expect(await recordedClient(sent)).toBe(recorded);
  });
});
