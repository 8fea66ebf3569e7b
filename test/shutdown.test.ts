/**
 * Graceful shutdown of real processes (runtime/shutdown.ts): a gateway or a subgraph sent SIGTERM
 * while a slow request is in flight reports not ready at once, refuses new requests, finishes
 * the one in flight with its data, closes Redis and PostgreSQL and exits 0; the gateway's access
 * log keeps the entry of the request it finished.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postText, SHUTTING_DOWN_HEADER } from '../runtime/http-post.js';
import { logSink } from '../runtime/log.js';
import { SECTIONS } from '../schema/sections.js';
import { createMock } from '../subgraphs/civil-registry/mock.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import type { MockStateSystem } from '../subgraphs/mocks/state-system.js';
import { freePort, stop } from './processes.js';
import { tokenFor } from './helpers.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

const DATABASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const root = fileURLToPath(new URL('..', import.meta.url));
// the state system's answer takes this long: time enough to see the shutdown begin around it
const LATENCY_MS = 3000;

interface Proc {
  child: ChildProcess;
  base: string;
  exit: Promise<number | null>;
}

/** A part in its own process (its production entry point), its log lines captured for the scan of personal data. */
async function startPart(entry: string, env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // room for the slow state system inside the request's budget
      STATE_TIMEOUT_MS: '10000',
      REQUEST_DEADLINE_MS: '15000',
      SHUTDOWN_DRAIN_MS: '20000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  createInterface({ input: child.stderr! }).on('line', (line) => logSink.write(line));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode} before it was up`);
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base, exit };
    if (Date.now() > end) throw new Error(`${entry} did not come up`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const ask = (gateway: Proc, token: string) =>
  fetch(`${gateway.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { birthDate } }' }),
  });

/** What a new request gets from a process that is shutting down: 503, or no connection at all. */
async function refusal(url: string, init?: RequestInit): Promise<string> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}', ...init });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return `${response.status} ${body.errors?.[0]?.extensions?.code}`;
  } catch (error) {
    return ((error as { cause?: { code?: string } }).cause?.code ?? String(error)) === 'ECONNREFUSED' ? 'refused' : String(error);
  }
}

/** Polls `/ready` until it answers 503 (draining); says whether that came before `done` was set. */
async function readySaysDraining(base: string, done: () => boolean): Promise<{ status: string; beforeDone: boolean }> {
  for (;;) {
    const answer = await fetch(`${base}/ready`).then(
      async (r) => `${r.status} ${((await r.json()) as { status: string }).status}`,
      () => 'refused',
    );
    if (answer !== '200 ready' && !answer.startsWith('503 degraded')) return { status: answer, beforeDone: !done() };
    await new Promise((r) => setTimeout(r, 20));
  }
}

let mock: MockStateSystem;
let mockUrl: string;
const admin = new pg.Pool({ connectionString: DATABASE, max: 1 });
const schema = `sd_${randomBytes(6).toString('hex')}`;
const running: Proc[] = [];

beforeAll(async () => {
  mock = createMock(generatePopulation({ size: 1000 }));
  mockUrl = await mock.listen(0);
  await admin.query(`CREATE SCHEMA ${schema}`);
  // the gateway only checks the schema (npm run migrate applies it), as in production
  await migrateConfigured({ DATABASE_URL: `${DATABASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
});
afterEach(async () => {
  for (const p of running.splice(0)) await stop(p.child);
  await fetch(`${mockUrl}/_mock/reset`, { method: 'POST' });
});
afterAll(async () => {
  await mock?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

/** The civil-registry subgraph and a gateway over it (the other subgraphs' URLs lead nowhere), as separate processes. */
async function startPair(): Promise<{ subgraph: Proc; gateway: Proc }> {
  const prefix = `shutdown-${randomBytes(4).toString('hex')}`;
  const subgraph = await startPart('subgraphs/civil-registry/index.ts', { STATE_SYSTEM_URL: mockUrl, REDIS_URL, CACHE_PREFIX: prefix });
  running.push(subgraph);
  const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
  const urls = Object.fromEntries(SECTIONS.map(({ subgraph: name }) => [`SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`, nowhere]));
  const gateway = await startPart('gateway/index.ts', {
    ...urls,
    SUBGRAPH_URL_CIVIL_REGISTRY: `${subgraph.base}/graphql`,
    DATABASE_URL: `${DATABASE}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    REDIS_URL,
  });
  running.push(gateway);
  // warm: the first request goes through (and the subgraph has an open connection from the gateway)
  expect((await (await ask(gateway, await tokenFor(DEMO.user))).json()) as unknown).toEqual({ data: { me: { birthDate: '1985-03-14' } } });
  return { subgraph, gateway };
}

/** Sends a request for the wife's dossier (not cached yet) that waits on the slow state system; resolves once it is there. */
async function slowRequest(gateway: Proc) {
  await fetch(`${mockUrl}/_mock/reset`, { method: 'POST' });
  await fetch(`${mockUrl}/_mock/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: LATENCY_MS }) });
  let done = false;
  const answer = ask(gateway, await tokenFor(DEMO.wife)).then(async (r) => ({ status: r.status, body: (await r.json()) as unknown }));
  const finished = () => void (done = true);
  answer.then(finished, finished);
  // in flight: the state system has the request
  while (((await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { requests: number }).requests < 1) await new Promise((r) => setTimeout(r, 20));
  return { answer, done: () => done };
}

describe('SIGTERM during a slow request', { timeout: 180_000 }, () => {
  it('the gateway: not ready at once, refuses new requests, finishes the one in flight and records it, exits 0', async () => {
    const { gateway } = await startPair();
    expect((await fetch(`${gateway.base}/ready/self`)).status).toBe(200);
    const slow = await slowRequest(gateway);

    gateway.child.kill('SIGTERM');
    const ready = await readySaysDraining(gateway.base, slow.done);
    expect(ready).toEqual({ status: '503 draining', beforeDone: true });
    // Kubernetes' readiness probe of the gateway says so too
    expect(
      await fetch(`${gateway.base}/ready/self`).then(
        (r) => String(r.status),
        () => 'refused',
      ),
    ).toMatch(/^(503|refused)$/);
    expect(await refusal(`${gateway.base}/graphql`)).toMatch(/^(503 SERVICE_UNAVAILABLE|refused)$/);

    expect(await slow.answer).toEqual({ status: 200, body: { data: { me: { birthDate: '1987-07-22' } } } });
    expect(await gateway.exit).toBe(0);
    // the access log, in PostgreSQL, has the entry of the request finished while stopping
    const { rows } = await admin.query(`SELECT reader_iin, sections FROM ${schema}.access_log WHERE subject_iin = $1`, [DEMO.wife]);
    expect(rows).toEqual([{ reader_iin: DEMO.wife, sections: ['CIVIL_REGISTRY'] }]);
  });

  it('a subgraph: not ready at once, refuses new requests, answers the one in flight, exits 0', async () => {
    const { subgraph, gateway } = await startPair();
    const slow = await slowRequest(gateway);

    subgraph.child.kill('SIGTERM');
    const ready = await readySaysDraining(subgraph.base, slow.done);
    expect(ready).toEqual({ status: '503 draining', beforeDone: true });
    expect(await refusal(`${subgraph.base}/graphql`)).toMatch(/^(503 SERVICE_UNAVAILABLE|refused)$/);

    expect(await slow.answer).toEqual({ status: 200, body: { data: { me: { birthDate: '1987-07-22' } } } });
    expect(await subgraph.exit).toBe(0);
    // the gateway goes on, and says the section's subgraph is gone
    const after = (await (await ask(gateway, await tokenFor(DEMO.user))).json()) as { errors?: Array<{ extensions: { code: string } }> };
    expect(after.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('a request refused by a server that is shutting down', () => {
  /** A server whose first `refusals` answers are 503, marked as shutting down or not. */
  async function refusing(refusals: number, marked: boolean) {
    let seen = 0;
    const server = createServer((req, res) => {
      req.resume();
      seen += 1;
      if (seen <= refusals) {
        res.writeHead(503, { connection: 'close', ...(marked && { [SHUTTING_DOWN_HEADER]: '1' }) });
        res.end('{}');
      } else res.end('{"ok":true}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen: () => seen, close: () => new Promise((r) => server.close(r)) };
  }

  it('is sent once more on a new connection (to another replica behind a Service), and only once', async () => {
    const once = await refusing(1, true);
    expect((await postText(once.url, {}, '{}')).status).toBe(200);
    expect(once.seen()).toBe(2);
    await once.close();
    const always = await refusing(5, true);
    expect((await postText(always.url, {}, '{}')).status).toBe(503);
    expect(always.seen()).toBe(2);
    await always.close();
  });

  it('is not sent again when the 503 is not a shutdown (the server may have acted on it)', async () => {
    const plain = await refusing(1, false);
    expect((await postText(plain.url, {}, '{}')).status).toBe(503);
    expect(plain.seen()).toBe(1);
    await plain.close();
  });
});
