/**
 * Real processes failing: Redis killed mid-run and restarted; a subgraph process killed; subgraphs
 * that never answer or answer garbage.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authConfigFromEnv } from '../gateway/auth.js';
import { READY_CACHE_MS } from '../gateway/readiness.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { logSink } from '../runtime/log.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { freePort, startRedis, startSubgraphProcess, stop } from './processes.js';
import { gql, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';
import { resetConfig } from '../runtime/config.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('cache_dev_key', 'cache_unavailable', 'state_system_failed', 'subgraph_unreachable');

const population = generatePopulation({ size: 1000 });
const lines: string[] = [];
const originalWrite = logSink.write;

describe('Redis killed mid-run and restarted', () => {
  let redis: ChildProcess;
  let port: number;
  let cache: RedisCache;
  let system: RunningSystem;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    cache = new RedisCache({ url: `redis://127.0.0.1:${port}`, prefix: 'outage' });
    system = await startSystem({ population, cache });
    logSink.write = (line) => void lines.push(line);
  });
  afterAll(async () => {
    logSink.write = originalWrite;
    await system?.close();
    await cache?.close();
    if (redis) await stop(redis);
  });

  const source = async (token: string) => {
    const body = await gql(system, '{ me { name { full } civilRegistryFreshness { source } } }', { token });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me.name.full).toBeTruthy();
    return body.data!.me.civilRegistryFreshness.source as string;
  };
  const events = (event: string) => lines.filter((l) => JSON.parse(l).event === event).length;

  it('serves the dossier live while Redis is down, warns once, and caches again when it returns', async () => {
    const token = await tokenFor(DEMO.user);
    expect(await source(token)).toBe('LIVE');
    expect(await source(token)).toBe('CACHE');

    await stop(redis);
    for (let i = 0; i < 5; i++) expect(await source(token)).toBe('LIVE');
    expect(events('cache_unavailable')).toBe(1);

    redis = await startRedis(port);
    const deadline = Date.now() + 10_000;
    while (cache.redis.status !== 'ready' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await source(token)).toBe('LIVE'); // the restarted Redis is empty
    expect(await source(token)).toBe('CACHE');
    expect(events('cache_recovered')).toBe(1);
    expect(events('cache_unavailable')).toBe(1);
  });
});

describe('a subgraph process killed', () => {
  let system: RunningSystem;
  let vehicles: { child: ChildProcess; url: string };
  let gateway: Served;

  beforeAll(async () => {
    system = await startSystem({ population });
    const vehiclesMock = system.subgraphs.find((s) => s.name === 'vehicles')!.mockUrl;
    vehicles = await startSubgraphProcess('vehicles', { STATE_SYSTEM_URL: vehiclesMock });
    gateway = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: { ...Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])), vehicles: vehicles.url },
    });
  });
  afterAll(async () => {
    await gateway?.close();
    if (vehicles) await stop(vehicles.child);
    await system?.close();
  });

  it('costs its section only: those fields null with a coded error, the rest answered, /ready says which', async () => {
    const token = await tokenFor(DEMO.user);
    const query = '{ me { name { full } vehicles { plate } drivingLicence { number } fines { amount } } }';
    const ask = async () => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data: any; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    };
    const before = await ask();
    expect(before.errors).toBeUndefined();
    expect(before.data.me.vehicles[0].plate).toBe('215 AKZ 02');
    const ready = new URL('/ready', gateway.url);
    expect((await fetch(ready)).status).toBe(200);

    await stop(vehicles.child);
    const after = await ask();
    expect(after.data.me).toEqual({ ...before.data.me, vehicles: null, drivingLicence: null });
    expect(after.errors).toEqual([
      { message: 'Section VEHICLES is unavailable for a moment; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' } },
    ]);
    // /ready answers from its last probe for a second (gateway/readiness.ts): past that, it probes again
    await new Promise((resolve) => setTimeout(resolve, READY_CACHE_MS + 100));
    const report = await fetch(ready);
    expect(report.status).toBe(503);
    const body = (await report.json()) as { subgraphs: Record<string, { up: boolean }> };
    expect(body.subgraphs.vehicles!.up).toBe(false);
    expect(body.subgraphs['civil-registry']!.up).toBe(true);
  });
});

describe('subgraphs that misbehave: one takes requests and never answers, one answers garbage', () => {
  let system: RunningSystem;
  let silent: Server;
  let garbled: Server;
  let gateway: Served;
  const deadline = process.env.REQUEST_DEADLINE_MS;
  const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  beforeAll(async () => {
    process.env.REQUEST_DEADLINE_MS = '300';
    resetConfig();
    system = await startSystem({ population });
    silent = createServer(() => undefined); // reads the request, never answers
    // not JSON, and quoting a person: nothing of it may reach the log
    garbled = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`<p>Ахметов Серик, ${DEMO.user}</p>`));
    await Promise.all([silent, garbled].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
    gateway = await startGateway({
      auth: await authConfigFromEnv(),
      subgraphUrls: { ...Object.fromEntries(system.subgraphs.map((s) => [s.name, s.url])), vehicles: urlOf(silent), fines: urlOf(garbled) },
    });
  });
  afterAll(async () => {
    if (deadline === undefined) delete process.env.REQUEST_DEADLINE_MS;
    else process.env.REQUEST_DEADLINE_MS = deadline;
    resetConfig();
    await gateway?.close();
    for (const server of [silent, garbled]) {
      server?.closeAllConnections();
      await new Promise((resolve) => server?.close(resolve));
    }
    await system?.close();
  });

  it('costs their sections only: the silent one given up on after the deadline and a grace, both coded, the rest answered', async () => {
    const token = await tokenFor(DEMO.user);
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { name { full } vehicles { plate } fines { amount } healthInsurance { insured } } }' }),
    });
    const { data, errors } = (await response.json()) as { data: any; errors?: unknown[] };
    expect(data.me.name.full).toBe('Ахметов Серик Нурланович');
    expect(data.me.healthInsurance).not.toBeNull();
    expect(data.me.vehicles).toBeNull();
    expect(data.me.fines).toBeNull();
    expect(errors).toEqual(
      expect.arrayContaining([
        { message: 'Section VEHICLES is unavailable for a moment; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' } },
        { message: 'Section FINES is unavailable for a moment; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE', section: 'FINES' } },
      ]),
    );
    expect(errors).toHaveLength(2);
  });
});
