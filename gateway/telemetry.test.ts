/**
 * The gateway talks to its subgraphs and to nothing else. Apollo Gateway, left to itself, reports
 * usage to Apollo and probes the cloud metadata addresses (169.254.169.254, metadata.google.internal)
 * as soon as it is constructed; Apollo Server reports usage to Apollo whenever APOLLO_KEY and
 * APOLLO_GRAPH_REF are in the environment. nock (test/setup.ts) refuses every connection that is not to
 * loopback and says which one it refused: here those refusals are the evidence.
 */
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { readSupergraph } from '../schema/supergraph.js';
import type { AccessLog } from './access-log/store.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { authConfigFromEnv, issueDevToken } from './auth.js';
import { ScopedGateway } from './scoped-gateway.js';
import { gatewaySupergraph, scopesOf } from './scopes.js';
import { startGateway } from './server.js';

const supergraphSdl = readSupergraph();
/** Apollo's own logger says what it failed to send: not this test's business. */
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const LOOPBACK = /^(127\.|localhost$|::1$|\[::1\]$)/;

/** Hosts the code tried to reach, other than loopback (nock refused each one). */
function outboundAttempts() {
  const hosts: string[] = [];
  let first: (() => void) | undefined;
  const seen = new Promise<void>((resolve) => (first = resolve));
  const listener = (request: { hostname?: string; host?: string } | undefined) => {
    const host = String(request?.hostname ?? request?.host ?? '');
    if (LOOPBACK.test(host)) return;
    hosts.push(host);
    first?.();
  };
  nock.emitter.on('no match', listener);
  return { hosts, seen, stop: () => nock.emitter.removeListener('no match', listener) };
}

describe('the gateway sends nothing to a vendor and probes nothing', () => {
  const VARIABLES = ['APOLLO_TELEMETRY_DISABLED', 'APOLLO_KEY', 'APOLLO_GRAPH_REF'] as const;
  const settings = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  afterEach(() => {
    for (const name of VARIABLES) {
      if (settings[name] === undefined) delete process.env[name];
      else process.env[name] = settings[name];
    }
  });
  /** An Apollo key in the environment, as a deployment could have by mistake. */
  const withApolloKey = () => {
    process.env.APOLLO_KEY = 'service:dossier:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'dossier@current';
  };
  const isApollo = (host: string) => host.endsWith('apollographql.com');

  it('would be caught: a plain Apollo Gateway probes the cloud metadata addresses when constructed', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const attempts = outboundAttempts();
    const gateway = new ApolloGateway({ supergraphSdl: gatewaySupergraph(supergraphSdl) });
    await attempts.seen;
    attempts.stop();
    expect(attempts.hosts.some((h) => h === '169.254.169.254' || h.startsWith('metadata.google.internal'))).toBe(true);
    await gateway.stop().catch(() => undefined);
  });

  it('ours, constructed and loaded the same way, tries no address but loopback', async () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const attempts = outboundAttempts();
    const hooks = { prepare: async () => undefined, record: async () => undefined, mutated: () => undefined };
    const gateway = new ScopedGateway({ supergraphSdl: gatewaySupergraph(supergraphSdl) }, scopesOf(supergraphSdl), hooks);
    await gateway.load();
    // the plain gateway above is caught within milliseconds; give ours far longer
    await new Promise((resolve) => setTimeout(resolve, 1000));
    attempts.stop();
    expect(attempts.hosts).toEqual([]);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    await gateway.stop();
  });

  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ __typename }' }) });

  it('would be caught: a plain Apollo Server with an Apollo key reports usage to Apollo when it stops', async () => {
    withApolloKey();
    const attempts = outboundAttempts();
    const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', logger: quiet });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    expect((await post(url)).status).toBe(200);
    await server.stop(); // flushes the usage report
    await attempts.seen;
    attempts.stop();
    expect(attempts.hosts.some(isApollo)).toBe(true);
  });

  it('ours, with an Apollo key in the environment, answers and stops without reporting anything', async () => {
    withApolloKey();
    const attempts = outboundAttempts();
    const accessLog: AccessLog = {
      record: async () => undefined,
      list: async () => ({ entries: [], endCursor: null, hasNextPage: false }),
      close: async () => undefined,
    };
    const served = await startGateway({ auth: await authConfigFromEnv(), accessLog, development: false, port: 0, host: '127.0.0.1' });
    const response = await post(served.url, { authorization: `Bearer ${await issueDevToken(DEMO.user, { login: 'EDS' })}` });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    await served.close();
    // the plain server above is caught as it stops; give ours time on top
    await new Promise((resolve) => setTimeout(resolve, 500));
    attempts.stop();
    expect(attempts.hosts).toEqual([]);
  });
});
