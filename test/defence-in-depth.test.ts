/**
 * Defence in depth on the internal hops: a caller context captured between the gateway and a
 * subgraph cannot be used again, for another request or for the same one, at any replica; and
 * /ready, however often it is asked, asks each subgraph once a second at most.
 *
 * A second gateway reaches every subgraph through a recording proxy: what the proxies record is
 * what an attacker on the internal network would capture.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPostgresAccessLog, type AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { logSink, pseudonym } from '../runtime/log.js';
import { BINDING_HEADER } from '../schema/caller-binding.js';
import { CALLER_HEADER } from '../schema/caller.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { startSubgraph } from '../subgraphs/kit/subgraph.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { subgraph as vehicles } from '../subgraphs/vehicles/subgraph.js';
import { gql, requestCounts, resetMocks, tokenFor } from './helpers.js';
import { migrateConfigured } from '../gateway/access-log/migrate-main.js';

interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An HTTP proxy in front of one subgraph that records every request it passes on. */
async function recordingProxy(target: string): Promise<{ url: string; seen: Recorded[]; close(): Promise<void> }> {
  const seen: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'connection', 'content-length'].includes(k))) as Record<
        string,
        string
      >;
      try {
        const answer = await fetch(new URL(req.url ?? '/', target), { method: req.method, headers, body: req.method === 'POST' ? body : undefined });
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
        res.end(await answer.text());
      } catch {
        res.writeHead(502).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** Sends a request as captured (its caller context, binding and body) straight to a subgraph. */
async function replay(url: string, captured: Recorded, change: { body?: string; binding?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', [CALLER_HEADER]: String(captured.headers[CALLER_HEADER]) };
  const binding = change.binding === undefined ? captured.headers[BINDING_HEADER] : change.binding;
  if (binding) headers[BINDING_HEADER] = String(binding);
  if (captured.headers['x-request-id']) headers['x-request-id'] = String(captured.headers['x-request-id']);
  const response = await fetch(url, { method: 'POST', headers, body: change.body ?? captured.body });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: response.status, data: body.data ?? null, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const prefix = `test-did-${randomUUID()}`;
const schema = `did_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
const admin = new pg.Pool({ connectionString: DATABASE_URL });
const caches = [new RedisCache({ url: REDIS_URL, prefix }), new RedisCache({ url: REDIS_URL, prefix })];
let system: RunningSystem;
let accessLog: AccessLog;
let gateway: Served;
let replicaB: Served;
const proxies: Record<string, Awaited<ReturnType<typeof recordingProxy>>> = {};
const logged: Array<Record<string, unknown>> = [];
const write = logSink.write;

beforeAll(async () => {
  await Promise.all(caches.map((c) => c.connect()));
  await admin.query(`CREATE SCHEMA ${schema}`);
  // the gateway only checks the schema (npm run migrate applies it), as in production
  await migrateConfigured({ DATABASE_URL: `${DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  accessLog = await openPostgresAccessLog({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` });
  system = await startSystem({ population: generatePopulation({ size: 1000 }), cache: caches[0], accessLog });
  // a second vehicles replica over the same Redis: where a captured request might be replayed
  const vehiclesA = system.subgraphs.find((s) => s.name === 'vehicles')!;
  replicaB = await startSubgraph(vehicles, { port: 0, host: '127.0.0.1', stateSystemUrl: vehiclesA.mockUrl, cache: caches[1] });
  for (const s of system.subgraphs) proxies[s.name] = await recordingProxy(s.url);
  gateway = await startGateway({
    auth: await authConfigFromEnv(),
    subgraphUrls: Object.fromEntries(Object.entries(proxies).map(([name, p]) => [name, p.url])),
    port: 0,
    accessLog,
  });
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  await replicaB?.close();
  for (const p of Object.values(proxies)) await p.close();
  await system?.close();
  await accessLog?.close();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  // the served nonces (`prefix:served:…`) and the cached answers (`{prefix:…}:…`)
  const keys = [...(await caches[0]!.redis.keys(`${prefix}:*`)), ...(await caches[0]!.redis.keys(`{${prefix}:*`))];
  if (keys.length > 0) await caches[0]!.redis.del(...keys);
  for (const c of caches) await c.close();
});
beforeEach(async () => {
  await resetMocks(system);
  for (const p of Object.values(proxies)) p.seen.length = 0;
  logged.length = 0;
  logSink.write = (line) => {
    logged.push(JSON.parse(line) as Record<string, unknown>);
    write(line);
  };
});
afterEach(() => {
  logSink.write = write;
});

const url = (name: string) => system.subgraphs.find((s) => s.name === name)!.url;
const events = (event: string) => logged.filter((l) => l.event === event);

/** The demo user's vehicles, through the recording gateway: the request to the vehicles subgraph, as captured. */
async function captureVehiclesRequest(): Promise<Recorded> {
  const answer = await gql<{ me: { vehicles: Array<{ plate: string }> } }>({ ...system, gatewayUrl: gateway.url }, '{ me { vehicles { plate } } }', {
    token: await tokenFor(DEMO.user),
  });
  expect(answer.errors).toBeUndefined();
  expect(answer.data?.me.vehicles.length).toBeGreaterThan(0);
  const posts = proxies.vehicles!.seen.filter((r) => r.method === 'POST');
  expect(posts).toHaveLength(1);
  expect(posts[0]!.headers[BINDING_HEADER]).toBeTruthy();
  return posts[0]!;
}

describe('a caller context captured on an internal hop', () => {
  it('is refused when the same request is sent again, to the same replica or another over the same Redis, and reported', async () => {
    const captured = await captureVehiclesRequest();
    expect((await requestCounts(system)).vehicles).toBe(1);
    await resetMocks(system);

    for (const target of [replicaB.url, url('vehicles')]) {
      const again = await replay(target, captured);
      expect(again).toEqual({ status: 401, data: null, codes: ['UNAUTHENTICATED'] });
    }
    expect((await requestCounts(system)).vehicles).toBe(0);
    const reports = events('caller_context_replayed');
    expect(reports).toHaveLength(2);
    for (const report of reports) expect(report).toMatchObject({ level: 'warn', caller: pseudonym(DEMO.user), requestId: captured.headers['x-request-id'] });
  });

  it('is refused with another body, for another subgraph, or without its binding', async () => {
    const captured = await captureVehiclesRequest();
    await resetMocks(system);
    const body = JSON.parse(captured.body) as { query: string };
    const changed = JSON.stringify({ ...body, query: body.query.replace('plate', 'plate vin') });
    expect(changed).not.toBe(captured.body);

    expect(await replay(url('vehicles'), captured, { body: changed })).toEqual({ status: 401, data: null, codes: ['UNAUTHENTICATED'] });
    expect(await replay(replicaB.url, captured, { body: changed })).toEqual({ status: 401, data: null, codes: ['UNAUTHENTICATED'] });
    expect(await replay(url('vehicles'), captured, { binding: null })).toEqual({ status: 401, data: null, codes: ['UNAUTHENTICATED'] });
    expect(await replay(url('fines'), captured, { body: changed.replace(/vehicles\{[^}]*\}/, 'fines{amount}') })).toMatchObject({
      status: 401,
      codes: ['UNAUTHENTICATED'],
    });
    expect(await replay(url('fines'), captured)).toMatchObject({ status: 401, codes: ['UNAUTHENTICATED'] });
    expect((await requestCounts(system)).vehicles).toBe(0);
    expect((await requestCounts(system)).fines).toBe(0);
    expect(events('caller_context_unbound').length).toBe(5);
    for (const report of events('caller_context_unbound')) expect(report).toMatchObject({ level: 'warn', caller: pseudonym(DEMO.user) });
  });

  it('takes nothing from the gateway: the same query asked again is answered again, with a binding of its own', async () => {
    const first = await captureVehiclesRequest();
    proxies.vehicles!.seen.length = 0;
    const second = await captureVehiclesRequest();
    expect(second.body).toBe(first.body);
    expect(second.headers[CALLER_HEADER]).toBe(first.headers[CALLER_HEADER]);
    expect(second.headers[BINDING_HEADER]).not.toBe(first.headers[BINDING_HEADER]);
    expect(events('caller_context_replayed')).toEqual([]);
  });
});

describe('/ready', () => {
  afterEach(() => vi.useRealTimers());

  const healthProbes = () => Object.fromEntries(Object.entries(proxies).map(([name, p]) => [name, p.seen.filter((r) => r.path === '/health').length]));
  const ready = async () => {
    const response = await fetch(new URL('/ready', gateway.url));
    return { status: response.status, body: (await response.json()) as { status: string; subgraphs: Record<string, { up: boolean }> } };
  };

  it('asks each subgraph once for every call within a second, concurrent or one after another; then again', async () => {
    // the clock stands still: every call below is within the second (sockets and timers run as usual)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const concurrent = await Promise.all(Array.from({ length: 10 }, ready));
    const successive = [];
    for (let i = 0; i < 5; i++) successive.push(await ready());
    for (const answer of [...concurrent, ...successive]) {
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.body.subgraphs).sort()).toEqual(Object.keys(proxies).sort());
    }
    expect(healthProbes()).toEqual(Object.fromEntries(Object.keys(proxies).map((name) => [name, 1])));

    vi.setSystemTime(Date.now() + 1500);
    expect((await ready()).status).toBe(200);
    expect(healthProbes()).toEqual(Object.fromEntries(Object.keys(proxies).map((name) => [name, 2])));
  });
});
