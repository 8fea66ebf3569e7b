/**
 * The gateway talks to its subgraphs and to nothing else. Apollo Gateway, left to itself, reports
 * usage to Apollo and probes the cloud metadata addresses (169.254.169.254, metadata.google.internal)
 * as soon as it is constructed. nock (test/setup.ts) refuses every connection that is not to
 * loopback and says which one it refused: here those refusals are the evidence.
 */
import { ApolloGateway } from '@apollo/gateway';
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { readSupergraph } from '../schema/supergraph.js';
import { ScopedGateway } from './scoped-gateway.js';
import { gatewaySupergraph, scopesOf } from './scopes.js';

const supergraphSdl = readSupergraph();
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
  const telemetrySetting = process.env.APOLLO_TELEMETRY_DISABLED;
  afterEach(() => {
    if (telemetrySetting === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED;
    else process.env.APOLLO_TELEMETRY_DISABLED = telemetrySetting;
  });

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
});
