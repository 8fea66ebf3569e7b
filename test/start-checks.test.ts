/**
 * What `npm start` checks before it builds anything: every port it will listen on (a second copy
 * is told which to free, or how to move); in development, that the supergraph it serves is what the
 * subgraphs' schemas compose to; that Redis answers, else the start goes on without waiting for it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentNode } from 'graphql';
import { composeSupergraph, supergraphStatus } from '../schema/compose.js';
import { subgraphTypeDefs } from '../schema/subgraph-sdl.js';
import type { SubgraphName } from '../schema/sections.js';
import { readSupergraph } from '../schema/supergraph.js';
import { plannedPorts, portProblem, redisAtStart, redisUnreachable, supergraphAtStart } from '../scripts/preflight.js';
import { MemoryCache, RedisCache } from '../subgraphs/kit/cache.js';
import { startSubgraph } from '../subgraphs/kit/subgraph.js';
import { entitiesQuery, querySubgraph, representations, TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { createMock } from '../subgraphs/vehicles/mock.js';
import { subgraph as vehicles } from '../subgraphs/vehicles/subgraph.js';
import { freePort } from './processes.js';
import { expectLog } from './logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('cache_dev_key', 'cache_unavailable');

/** This suite's own loopback address: nothing else listens there. */
const HOST = '127.0.0.17';
const root = fileURLToPath(new URL('..', import.meta.url));

function runStart(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts'],
      { cwd: root, env: { ...process.env, NODE_ENV: 'development', ...env }, timeout: 50_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('the ports of npm start', () => {
  it('are the gateway, the subgraphs and the mock state systems, in the order of schema/sections.ts', () => {
    const ports = plannedPorts({});
    expect(ports.map((p) => p.port)).toEqual([
      4000, 4001, 4002, 4003, 4004, 4005, 4006, 4007, 4008, 4009, 4101, 4102, 4103, 4104, 4105, 4106, 4107, 4108, 4109,
    ]);
    expect(ports[0]!.part).toBe('gateway');
    expect(ports[3]!.part).toBe('vehicles subgraph');
    expect(ports[12]!.part).toBe('vehicles state system (mock)');
  });

  it('all move by PORT_OFFSET; PORT still sets the gateway', () => {
    expect(plannedPorts({ PORT_OFFSET: '10' }).map((p) => p.port)).toEqual([
      4010, 4011, 4012, 4013, 4014, 4015, 4016, 4017, 4018, 4019, 4111, 4112, 4113, 4114, 4115, 4116, 4117, 4118, 4119,
    ]);
    expect(
      plannedPorts({ PORT_OFFSET: '10', PORT: '8080' })
        .map((p) => p.port)
        .slice(0, 2),
    ).toEqual([8080, 4011]);
  });

  it('refuse a PORT_OFFSET that is not a whole number, or that moves a port past 65535', async () => {
    for (const offset of ['abc', '-1', '1.5', '61429']) {
      expect(await portProblem({ HOST, PORT_OFFSET: offset }), offset).toMatch(
        /^PORT_OFFSET=.*: not a whole number from 0 to 61428 \(e\.g\. PORT_OFFSET=10\)$/,
      );
    }
  });

  describe('with one taken', () => {
    let taken: Server;
    let port: number;
    let offset: number;
    beforeAll(async () => {
      // a port of ours stands for the first copy's vehicles mock: the plan is moved onto it
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, HOST, resolve));
      port = (taken.address() as { port: number }).port;
      offset = port - 4103;
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it('are named, each with what would have listened there, and a way out is offered', async () => {
      const problem = await portProblem({ HOST, PORT_OFFSET: String(offset) });
      expect(problem).toContain(`Cannot start: a port of this system is in use on ${HOST}:\n  ${port}`);
      expect(problem).toContain(`${port}  vehicles state system (mock)`);
      expect(problem).not.toContain('gateway\n'); // only the taken port is listed
      expect(problem).toContain(`PORT_OFFSET=${offset + 10}`);
      expect(await portProblem({ HOST, PORT_OFFSET: String(offset + 10) })).toBeUndefined();
    });

    it('make npm start refuse before it builds anything, naming the port', { timeout: 60_000 }, async () => {
      const { code, stdout, stderr } = await runStart({ HOST, PORT_OFFSET: String(offset) });
      expect(code).toBe(1);
      expect(stderr).toContain(`${port}  vehicles state system (mock)`);
      expect(stdout).not.toContain('Synthetic population');
    });
  });
});

describe('the supergraph at start', () => {
  const committed = readSupergraph();
  const scratch = mkdtempSync(join(tmpdir(), 'supergraph-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  /** Every subgraph's schema as committed, but the vehicles one with a field added, as a developer would have edited it. */
  const withNewField = (subgraph: SubgraphName): DocumentNode => {
    const file = new URL(`../subgraphs/${subgraph}/schema.graphql`, import.meta.url);
    if (subgraph !== 'vehicles') return subgraphTypeDefs(file);
    const edited = join(scratch, 'vehicles.graphql');
    writeFileSync(edited, readFileSync(file, 'utf8').replace('type Person @key(fields: "iin") {', 'type Person @key(fields: "iin") {\n  vehiclesNote: String'));
    return subgraphTypeDefs(pathToFileURL(edited));
  };

  it('is current when the subgraphs compose to the committed file', () => {
    expect(supergraphStatus(committed)).toEqual({ status: 'current' });
  });

  it("is stale when a subgraph's schema changed: the new composition has the new field", () => {
    const status = supergraphStatus(committed, composeSupergraph(withNewField));
    expect(status.status).toBe('stale');
    expect(status.status === 'stale' && status.supergraphSdl).toMatch(/vehiclesNote: String @join__field\(graph: VEHICLES\)/);
  });

  describe('npm start in development', () => {
    const file = join(scratch, 'supergraph.graphql');

    it('composes a stale supergraph anew, writes it and says so', async () => {
      writeFileSync(file, 'schema { query: Query }\n');
      const result = await supergraphAtStart({}, file, (text) => supergraphStatus(text, { supergraphSdl: committed }));
      expect(result.note).toMatch(/schema\/supergraph.graphql was stale .*composed it anew/);
      expect(readFileSync(file, 'utf8')).toBe(committed);
      expect(await supergraphAtStart({}, file, (text) => supergraphStatus(text, { supergraphSdl: committed }))).toEqual({});
    });

    it('refuses schemas that do not compose, with the errors and "run npm run compose"', async () => {
      writeFileSync(file, committed);
      const result = await supergraphAtStart({}, file, (text) => supergraphStatus(text, { errors: ['[vehicles] Type "Person" has no field "x"'] }));
      expect(result.refuse).toContain('[vehicles] Type "Person" has no field "x"');
      expect(result.refuse).toContain('run `npm run compose`');
      expect(readFileSync(file, 'utf8')).toBe(committed);
    });

    it('leaves the committed supergraph alone in production', async () => {
      writeFileSync(file, 'schema { query: Query }\n');
      expect(await supergraphAtStart({ NODE_ENV: 'production' }, file, () => ({ status: 'stale', supergraphSdl: committed }))).toEqual({});
      expect(readFileSync(file, 'utf8')).toBe('schema { query: Query }\n');
    });
  });
});

describe('an unreachable REDIS_URL at start', () => {
  const LIVE_REDIS = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
  let deadUrl: string;
  beforeAll(async () => {
    deadUrl = `redis://127.0.0.1:${await freePort()}`;
  });

  it('is found with one PING, and said once, with where and why', async () => {
    expect(await redisUnreachable(deadUrl)).toBe('ECONNREFUSED');
    expect(await redisUnreachable(LIVE_REDIS)).toBeUndefined();
    const { waitForCache, note } = await redisAtStart({ REDIS_URL: deadUrl });
    expect(waitForCache).toBe(false);
    expect(note).toBe(
      `Redis at ${new URL(deadUrl).host} does not answer (ECONNREFUSED): starting without it. Answers come live from the state systems until it does; caching then starts by itself.`,
    );
  });

  it('is not waited for when Redis answers or is not configured', async () => {
    expect(await redisAtStart({ REDIS_URL: LIVE_REDIS })).toEqual({ waitForCache: true });
    expect(await redisAtStart({})).toEqual({ waitForCache: true });
  });

  describe('a subgraph told not to wait for its cache', () => {
    const mock = createMock(generatePopulation({ size: 200 }));
    const closers: Array<() => Promise<void>> = [];
    let mockUrl: string;
    beforeAll(async () => {
      mockUrl = await mock.listen(0, '127.0.0.1');
      closers.push(() => mock.close());
    });
    afterAll(async () => {
      for (const close of closers.reverse()) await close();
    });
    const dossier = async (url: string) =>
      querySubgraph(url, entitiesQuery('vehicles { plate } vehiclesFreshness { source }'), { variables: { representations: representations([DEMO.user]) } });

    it('listens without waiting, even for a cache that would never connect', async () => {
      const never = Object.assign(new MemoryCache(), { connect: () => new Promise<void>(() => undefined) });
      const served = await startSubgraph(vehicles, { port: 0, stateSystemUrl: mockUrl, resilience: TEST_RESILIENCE, cache: never, waitForCache: false });
      closers.push(() => served.close());
      expect((await dossier(served.url)).data).toEqual({ _entities: [{ vehicles: [{ plate: '215 AKZ 02' }], vehiclesFreshness: { source: 'LIVE' } }] });
    });

    it('answers live over an unreachable Redis, as the cache does when Redis goes away', async () => {
      const cache = new RedisCache({ url: deadUrl, prefix: `test:${Date.now()}` });
      closers.push(() => cache.close());
      const served = await startSubgraph(vehicles, { port: 0, stateSystemUrl: mockUrl, resilience: TEST_RESILIENCE, cache, waitForCache: false });
      closers.push(() => served.close());
      for (let i = 0; i < 2; i++) {
        const body = await dossier(served.url);
        expect(body.errors).toBeUndefined();
        expect(body.data).toEqual({ _entities: [{ vehicles: [{ plate: '215 AKZ 02' }], vehiclesFreshness: { source: 'LIVE' } }] });
      }
    });
  });
});
