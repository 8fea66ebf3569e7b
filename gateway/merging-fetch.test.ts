import { describe, expect, it } from 'vitest';
import { CALLER_HEADER } from '../schema/caller.js';
import { mergingFetch } from './merging-fetch.js';

describe('merging identical in-flight subgraph requests', () => {
  const setup = () => {
    const calls: string[] = [];
    const inner = (async (_url: string, init: RequestInit) => {
      calls.push(String(init.body));
      await new Promise((r) => setTimeout(r, 20));
      return new Response('{"data":{}}');
    }) as unknown as typeof fetch;
    return { calls, fetch: mergingFetch(inner) };
  };
  const post = (f: typeof fetch, caller: string, query: string) =>
    f('http://127.0.0.1:4001/graphql', { method: 'POST', headers: { [CALLER_HEADER]: caller }, body: JSON.stringify({ query }) });

  it('sends one request for identical queries of one caller in flight together, and again once it is done', async () => {
    const { calls, fetch } = setup();
    await Promise.all([post(fetch, 'caller-a', '{ me { iin } }'), post(fetch, 'caller-a', '{ me { iin } }'), post(fetch, 'caller-a', 'query { me { iin } }')]);
    expect(calls).toHaveLength(2);
    await post(fetch, 'caller-a', '{ me { iin } }');
    expect(calls).toHaveLength(3);
  });

  it('never merges across callers, nor mutations', async () => {
    const { calls, fetch } = setup();
    await Promise.all([post(fetch, 'caller-a', '{ me { iin } }'), post(fetch, 'caller-b', '{ me { iin } }')]);
    expect(calls).toHaveLength(2);
    const refresh = 'mutation { refreshDossier(sections: [VEHICLES]) { refreshedSections } }';
    await Promise.all([post(fetch, 'caller-a', refresh), post(fetch, 'caller-a', refresh)]);
    expect(calls).toHaveLength(4);
  });
});
