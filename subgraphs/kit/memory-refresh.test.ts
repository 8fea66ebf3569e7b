/**
 * Without a shared cache a refresh reaches only the subgraphs of its own process: a subgraph started
 * on its own refuses to refresh a section it does not serve, rather than report it done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../runtime/http.js';
import { subgraph as civilRegistry } from '../civil-registry/subgraph.js';
import { MemoryCache } from './cache.js';
import { querySubgraph, startForTest } from './testing.js';

const IIN = '850314301234';

describe('refresh over an in-process cache', () => {
  let alone: Served;
  beforeAll(async () => {
    alone = await startForTest(civilRegistry, undefined, { cache: new MemoryCache() });
  });
  afterAll(() => alone?.close());

  it('refreshes the sections of this process, and refuses, changing nothing, one served elsewhere', async () => {
    const elsewhere = await querySubgraph(alone.url, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY, VEHICLES]) { refreshedSections } }', {
      caller: { iin: IIN },
    });
    expect(elsewhere.data).toBeNull();
    expect(elsewhere.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' });
    expect(elsewhere.errors![0]!.message).toMatch(/REDIS_URL/);
    // nothing was refreshed (else the rate limit would refuse this one)
    const own = await querySubgraph(alone.url, 'mutation { refreshDossier(sections: [CIVIL_REGISTRY]) { refreshedSections } }', { caller: { iin: IIN } });
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ refreshDossier: { refreshedSections: ['CIVIL_REGISTRY'] } });
  });
});
