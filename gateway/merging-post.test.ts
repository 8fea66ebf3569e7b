import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { BINDING_HEADER, CallerBinding } from '../schema/caller-binding.js';
import { CALLER_HEADER, callerKey } from '../schema/caller.js';
import type { postText } from '../runtime/http-post.js';
import { mergingPost } from './merging-post.js';

describe('merging identical in-flight subgraph requests', () => {
  const setup = () => {
    const calls: string[] = [];
    const sent: Array<Record<string, string>> = [];
    const inner: typeof postText = async (_url, headers, body) => {
      sent.push(headers);
      const n = calls.push(body);
      await new Promise((r) => setTimeout(r, 20));
      return { status: 200, statusText: 'OK', headers: {}, text: `{"data":{"call":${n}}}` };
    };
    return { calls, sent, post: mergingPost(inner) };
  };
  const ask = (post: typeof postText, caller: string, query: string) =>
    post('http://127.0.0.1:4001/graphql', { [CALLER_HEADER]: caller }, JSON.stringify({ query })).then((a) => a.text);

  it('sends one request for identical queries of one caller in flight together, and again once it is done', async () => {
    const { calls, post } = setup();
    const answers = await Promise.all([
      ask(post, 'caller-a', '{ me { iin } }'),
      ask(post, 'caller-a', '{ me { iin } }'),
      ask(post, 'caller-a', 'query { me { iin } }'),
    ]);
    expect(calls).toHaveLength(2);
    expect(answers[0]).toBe(answers[1]);
    expect(answers[2]).not.toBe(answers[0]);
    await ask(post, 'caller-a', '{ me { iin } }');
    expect(calls).toHaveLength(3);
  });

  it('merges requests of one caller whose bindings differ: the merged request goes out once, with the first binding', async () => {
    const { calls, sent, post } = setup();
    const binding = new CallerBinding(callerKey(randomBytes(32)));
    const body = JSON.stringify({ query: '{ me { iin } }' });
    const bound = () => {
      const headers = { [CALLER_HEADER]: 'caller-a', [BINDING_HEADER]: binding.bind('vehicles', 'caller-a', body) };
      return { headers, answer: post('http://127.0.0.1:4003/graphql', headers, body).then((a) => a.text) };
    };
    const [first, second] = [bound(), bound()];
    expect(first.headers[BINDING_HEADER]).not.toBe(second.headers[BINDING_HEADER]);
    expect(await first.answer).toBe(await second.answer);
    expect(calls).toHaveLength(1);
    expect(sent[0]![BINDING_HEADER]).toBe(first.headers[BINDING_HEADER]);
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
