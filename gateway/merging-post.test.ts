import { describe, expect, it } from 'vitest';
import { CALLER_HEADER } from '../schema/caller.js';
import type { postText } from '../runtime/http-post.js';
import { mergingPost } from './merging-post.js';

describe('merging identical in-flight subgraph requests', () => {
  const setup = () => {
    const calls: string[] = [];
    const inner: typeof postText = async (_url, _headers, body) => {
      const n = calls.push(body);
      await new Promise((r) => setTimeout(r, 20));
      return { status: 200, statusText: 'OK', headers: {}, text: `{"data":{"call":${n}}}` };
    };
    return { calls, post: mergingPost(inner) };
  };
  const ask = (post: typeof postText, caller: string, query: string) =>
    post('http://127.0.0.1:4001/graphql', { [CALLER_HEADER]: caller }, JSON.stringify({ query })).then((a) => a.text);

  it('sends one request for identical queries of one caller in flight together, and again once it is done', async () => {
    const { calls, post } = setup();
    const answers = await Promise.all([ask(post, 'caller-a', '{ me { iin } }'), ask(post, 'caller-a', '{ me { iin } }'), ask(post, 'caller-a', 'query { me { iin } }')]);
    expect(calls).toHaveLength(2);
    expect(answers[0]).toBe(answers[1]);
    expect(answers[2]).not.toBe(answers[0]);
    await ask(post, 'caller-a', '{ me { iin } }');
    expect(calls).toHaveLength(3);
  });

  it('never merges across callers, nor mutations, nor requests without a caller', async () => {
    const { calls, post } = setup();
    await Promise.all([ask(post, 'caller-a', '{ me { iin } }'), ask(post, 'caller-b', '{ me { iin } }')]);
    expect(calls).toHaveLength(2);
    const refresh = 'mutation { refreshDossier(sections: [VEHICLES]) { refreshedSections } }';
    await Promise.all([ask(post, 'caller-a', refresh), ask(post, 'caller-a', refresh)]);
    expect(calls).toHaveLength(4);
    await Promise.all([ask(post, '', '{ me { iin } }'), ask(post, '', '{ me { iin } }')]);
    expect(calls).toHaveLength(6);
  });
});
