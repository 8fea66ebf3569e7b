/**
 * An unexpected error reaches the client only as INTERNAL_SERVER_ERROR; its cause (message, code,
 * stack) is in the log under the request id: the gateway's line names the subgraph, and that
 * subgraph's line, under the same request id, says what broke.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLog } from '../gateway/access-log/store.js';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { describeError, logSink } from '../runtime/log.js';
import { REQUEST_ID_HEADER } from '../schema/caller.js';
import { createMock as civilRegistryMock } from '../subgraphs/civil-registry/mock.js';
import { subgraph as civilRegistry } from '../subgraphs/civil-registry/subgraph.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { startSubgraph, type SubgraphDefinition } from '../subgraphs/kit/subgraph.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { createMock as vehiclesMock } from '../subgraphs/vehicles/mock.js';
import type { VehiclesRecord } from '../subgraphs/vehicles/record.js';
import { subgraph as vehicles } from '../subgraphs/vehicles/subgraph.js';
import { gql, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';

// provoked on purpose by this file's tests: logged, not echoed (test/logs.ts)
expectLog('masked_error', 'unexpected_error');

/** The log lines written while `body` runs, parsed. */
async function logged(body: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
  const lines: string[] = [];
  const write = logSink.write;
  logSink.write = (line) => {
    lines.push(line);
    write(line);
  };
  try {
    await body();
  } finally {
    logSink.write = write;
  }
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

const accessLog: AccessLog = {
  record: async () => undefined,
  list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
  close: async () => undefined,
};

describe('describeError', () => {
  it('describes a subgraph error kept as a plain object, never as [object Object]', () => {
    expect(describeError({ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })).toEqual({
      error: 'object',
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal error.',
    });
  });

  it('gives the stack of an Error when asked, and its code', () => {
    const error = Object.assign(new Error('HASH_KEY is not set'), { code: 'ERR_CONFIG' });
    expect(describeError(error, { stack: true })).toEqual({
      error: 'Error',
      code: 'ERR_CONFIG',
      message: 'HASH_KEY is not set',
      stack: expect.stringContaining('masked-errors.test.ts'),
    });
    expect(describeError(error)).not.toHaveProperty('stack');
  });
});

describe('a subgraph resolver that throws', () => {
  const population = generatePopulation({ size: 200 });
  const broken: SubgraphDefinition<VehiclesRecord> = {
    ...vehicles,
    resolvers: {
      ...vehicles.resolvers,
      Person: {
        ...(vehicles.resolvers.Person as object),
        vehicles: () => {
          throw new Error('the vehicle registry adapter broke');
        },
      },
    },
  };
  const closers: Array<() => Promise<void>> = [];
  let gateway: Served;
  const seenRequestIds: string[] = [];

  beforeAll(async () => {
    const start = async <R extends { iin: string }>(definition: SubgraphDefinition<R>, mock: { listen(): Promise<string>; close(): Promise<void> }) => {
      const mockUrl = await mock.listen();
      closers.push(() => mock.close());
      const served = await startSubgraph(definition, { stateSystemUrl: mockUrl, resilience: TEST_RESILIENCE, cache: new MemoryCache() });
      closers.push(() => served.close());
      return served.url;
    };
    const civilUrl = await start(civilRegistry, civilRegistryMock(population));
    const vehiclesUrl = await start(broken, vehiclesMock(population));
    // between the gateway and the vehicles subgraph: notes the request id the gateway sends
    const proxy: Server = createServer(async (req, res) => {
      seenRequestIds.push(String(req.headers[REQUEST_ID_HEADER]));
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
      const answer = await fetch(vehiclesUrl, { method: 'POST', headers, body: Buffer.concat(chunks) });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(await answer.text());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => proxy.close(() => resolve())));
    gateway = await startGateway({
      auth: await authConfigFromEnv(),
      accessLog,
      subgraphUrls: { 'civil-registry': civilUrl, vehicles: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql` },
      port: 0,
      host: '127.0.0.1',
    });
    closers.push(() => gateway.close());
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });

  it('is INTERNAL_SERVER_ERROR to the client, and its cause is logged under the request id by the gateway and the subgraph', async () => {
    const token = await tokenFor(DEMO.user);
    let body: Awaited<ReturnType<typeof gql>> | undefined;
    const lines = await logged(async () => {
      body = await gql({ gatewayUrl: gateway.url, subgraphs: [], close: async () => undefined }, '{ me { name { full } vehicles { plate } } }', { token });
    });
    expect(body!.errors).toEqual([{ message: 'Internal error.', path: ['me', 'vehicles'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(body!.data).toMatchObject({ me: { name: { full: expect.any(String) }, vehicles: null } });
    expect(JSON.stringify(body)).not.toContain('adapter broke');

    const requestId = seenRequestIds.at(-1);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const masked = lines.filter((l) => l.event === 'masked_error');
    expect(masked).toEqual([
      expect.objectContaining({ component: 'gateway', requestId, subgraph: 'vehicles', code: 'INTERNAL_SERVER_ERROR', message: 'Internal error.' }),
    ]);
    const cause = lines.filter((l) => l.event === 'unexpected_error');
    expect(cause).toEqual([
      expect.objectContaining({
        component: 'vehicles',
        requestId,
        path: ['me', 'vehicles'], // the subgraph's own path: a root fetch of `me` (one-step plan)
        error: 'Error',
        message: 'the vehicle registry adapter broke',
        stack: expect.stringContaining('masked-errors.test.ts'),
      }),
    ]);
    for (const line of lines) expect(JSON.stringify(line)).not.toContain('[object Object]');
  });
});
