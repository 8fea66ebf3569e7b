/** The gateway's subgraph source with a fake poster handed to it: no server, no nock. */
import { describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { randomBytes } from 'node:crypto';
import { ACCESSED_EXTENSION, BUDGET_HEADER, CALLER_HEADER, callerKey, REQUEST_ID_HEADER } from '../schema/caller.js';
import { BINDING_HEADER } from '../schema/caller-binding.js';
import type { Poster, TextAnswer } from '../runtime/http-post.js';
import type { GatewayContext } from './server.js';
import { SubgraphSource } from './subgraph-source.js';

const IIN = '850314301234';
const SECRET = callerKey(randomBytes(32));

function fake(answer: Partial<TextAnswer>) {
  const calls: Array<{ url: string; headers: Record<string, string>; body: string; timeoutMs?: number }> = [];
  const post: Poster = async (url, headers, body, timeoutMs) => {
    calls.push({ url, headers, body, timeoutMs });
    return { status: 200, statusText: 'OK', headers: {}, text: '{}', ...answer };
  };
  return { post, calls };
}

const context = (): GatewayContext =>
  ({
    caller: { iin: IIN, login: 'EDS', requestId: 'req-1', client: 'test', wards: [] },
    callerToken: 'signed-token',
    deadline: Date.now() + 3000,
    accessed: new Map(),
  }) as unknown as GatewayContext;

const options = (ctx: GatewayContext) =>
  ({
    request: { query: '{ me { vehicles { plate } } }', variables: {} },
    context: ctx,
    incomingRequestContext: {},
  }) as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;

describe('SubgraphSource', () => {
  it('posts the planner query with the signed caller context, request id and time left, and takes the accesses reported', async () => {
    const answer = { data: { me: { vehicles: [] } }, extensions: { [ACCESSED_EXTENSION]: { section: 'VEHICLES', iins: [IIN] } } };
    const { post, calls } = fake({ text: JSON.stringify(answer) });
    const ctx = context();
    const response = await new SubgraphSource('vehicles', 'http://vehicles.test/graphql', SECRET, post).process(options(ctx));
    expect(response).toEqual({ data: { me: { vehicles: [] } }, extensions: {} });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://vehicles.test/graphql');
    expect(JSON.parse(calls[0]!.body)).toEqual({ query: '{ me { vehicles { plate } } }', variables: {} });
    expect(calls[0]!.headers).toMatchObject({ [CALLER_HEADER]: 'signed-token', [REQUEST_ID_HEADER]: 'req-1', [BINDING_HEADER]: expect.any(String) });
    expect(Number(calls[0]!.headers[BUDGET_HEADER])).toBeGreaterThan(0);
    // tracing is off (no OTEL_EXPORTER_OTLP_ENDPOINT): no trace context goes out
    expect(calls[0]!.headers).not.toHaveProperty('traceparent');
    expect(calls[0]!.timeoutMs).toBeGreaterThan(Number(calls[0]!.headers[BUDGET_HEADER]));
    expect([...ctx.accessed]).toEqual([[IIN, new Set(['VEHICLES'])]]);
  });

  it('turns an error status into SERVICE_UNAVAILABLE naming the section', async () => {
    const { post } = fake({ status: 502, statusText: 'Bad Gateway', text: 'upstream' });
    await expect(new SubgraphSource('vehicles', 'http://vehicles.test/graphql', SECRET, post).process(options(context()))).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', section: 'VEHICLES' },
    });
  });
});
