/**
 * HOST is honoured everywhere: a second copy on another loopback address talks to its own state
 * systems and subgraphs, never to the first copy's on 127.0.0.1.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { subgraphUrlsFromEnv } from '../gateway/subgraph-urls.js';
import { subgraphSettingsFromEnv } from '../subgraphs/kit/main.js';
import { entitiesQuery, querySubgraph, representations, TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { startSubgraph } from '../subgraphs/kit/subgraph.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { createMock } from '../subgraphs/vehicles/mock.js';
import { subgraph as vehicles } from '../subgraphs/vehicles/subgraph.js';

/** A loopback address other than 127.0.0.1 (Linux answers on all of 127.0.0.0/8). */
const HOST = '127.0.0.17';

describe('a part started alone', () => {
  it('calls its state system on HOST, unless STATE_SYSTEM_URL says otherwise', () => {
    expect(subgraphSettingsFromEnv('vehicles', { HOST: '127.0.0.2' })).toEqual({ port: 4003, host: '127.0.0.2', stateSystemUrl: 'http://127.0.0.2:4103' });
    expect(subgraphSettingsFromEnv('vehicles', {}).stateSystemUrl).toBe('http://127.0.0.1:4103');
    expect(subgraphSettingsFromEnv('vehicles', { HOST: '0.0.0.0' }).stateSystemUrl).toBe('http://127.0.0.1:4103');
    expect(subgraphSettingsFromEnv('vehicles', { HOST: '::1' }).stateSystemUrl).toBe('http://[::1]:4103');
    expect(subgraphSettingsFromEnv('vehicles', { HOST: '127.0.0.2', STATE_SYSTEM_URL: 'http://registry.test' }).stateSystemUrl).toBe('http://registry.test');
  });

  it('the gateway calls the subgraphs on HOST, unless SUBGRAPH_URL_<NAME> says otherwise', () => {
    const urls = subgraphUrlsFromEnv({ HOST: '127.0.0.2', SUBGRAPH_URL_E_KYZMET: 'http://e-kyzmet.test/graphql' });
    expect(urls).toMatchObject({
      'civil-registry': 'http://127.0.0.2:4001/graphql',
      vehicles: 'http://127.0.0.2:4003/graphql',
      'e-kyzmet': 'http://e-kyzmet.test/graphql',
    });
    expect(subgraphUrlsFromEnv({}).fines).toBe('http://127.0.0.1:4005/graphql');
  });
});

describe(`a mock state system and its subgraph on ${HOST}`, () => {
  const mock = createMock(generatePopulation({ size: 200 }));
  const closers: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
  });

  it('name that address in their URLs, and the subgraph reaches its state system there', async () => {
    const mockUrl = await mock.listen(0, HOST);
    closers.push(() => mock.close());
    expect(new URL(mockUrl).hostname).toBe(HOST);
    const served = await startSubgraph(vehicles, { host: HOST, port: 0, stateSystemUrl: mockUrl, resilience: TEST_RESILIENCE, cache: new MemoryCache() });
    closers.push(() => served.close());
    expect(new URL(served.url).hostname).toBe(HOST);

    const body = await querySubgraph(served.url, entitiesQuery('vehicles { plate }'), { variables: { representations: representations([DEMO.user]) } });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ _entities: [{ vehicles: [{ plate: '215 AKZ 02' }] }] });
    const stats = (await (await fetch(`${mockUrl}/_mock/stats`)).json()) as { requests: number; calls: string[][] };
    expect(stats).toMatchObject({ requests: 1, calls: [[DEMO.user]] });
  });
});
