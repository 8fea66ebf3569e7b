/**
 * The login level at the federation: a password login's EDS-only fields are not even fetched.
 * The gateway under test reaches each subgraph through a counting proxy (real HTTP), so the test
 * sees every request the query planner sends, not only the state systems' side of it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { authConfigFromEnv } from '../gateway/auth.js';
import { startGateway } from '../gateway/server.js';
import type { Served } from '../runtime/http.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { gql, tokenFor } from './helpers.js';

let system: RunningSystem;
let gateway: Served;
const proxies: Server[] = [];
/** The queries each subgraph received through its proxy (the gateway's wards look-up left out). */
let received: Record<string, string[]> = {};

/** A proxy in front of a subgraph that records each request's query and forwards it unchanged. */
async function countingProxy(name: string, target: string): Promise<string> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const query = (JSON.parse(body) as { query: string }).query;
    if (!query.includes('callerWards')) (received[name] ??= []).push(query);
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<
      string,
      string
    >;
    const answer = await fetch(target, { method: 'POST', headers, body });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(await answer.text());
  });
  proxies.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  system = await startSystem({ population: generatePopulation({ size: 500 }), cache: new MemoryCache(), resilience: TEST_RESILIENCE });
  const urls = Object.fromEntries(await Promise.all(system.subgraphs.map(async (s) => [s.name, await countingProxy(s.name, s.url)] as const)));
  gateway = await startGateway({ auth: await authConfigFromEnv(), subgraphUrls: urls, port: 0, host: '127.0.0.1' });
}, 120_000);
afterAll(async () => {
  await gateway?.close();
  for (const p of proxies) p.close();
  await system?.close();
});
beforeEach(() => {
  received = {};
});

const ask = async (query: string, login: 'PASSWORD' | 'EDS') => gql({ ...system, gatewayUrl: gateway.url }, query, { token: await tokenFor(DEMO.user, login) });

/** Every EDS-only section, asked in every way a query can: aliases, a named fragment, an inline fragment, nested persons. */
const QUERY = `
  query LoginLevel {
    me {
      iin
      name { full }
      car: vehicles { plate }
      ...Health
      ... on Person { unpaid: fines(paid: false) { amount } realEstate { cadastralNumber } }
      childrenKindergartenQueue { position }
      children { iin vehicles { plate } }
      serviceRequests(first: 3) { edges { node { number beneficiary { iin drivingLicence { number } debts { amount } } } } }
    }
  }
  fragment Health on Person { polyclinicAttachment { districtNumber } healthInsurance { insured } }`;

const EDS_ONLY = ['vehicles', 'fines', 'health', 'property', 'queues'];

describe('login level across the federation', () => {
  it('sends a password login no request to a subgraph for EDS-only fields, and answers them null with EDS_REQUIRED', async () => {
    const body = await ask(QUERY, 'PASSWORD');
    for (const name of EDS_ONLY) expect(received[name] ?? [], `requests to ${name}`).toEqual([]);
    // what a password login may read is still fetched: the name and the service requests
    expect(Object.keys(received).sort()).toEqual(['civil-registry', 'e-kyzmet']);
    expect(received['civil-registry']!.join('\n')).not.toMatch(/children/);
    expect(body.data!.me).toMatchObject({
      iin: DEMO.user,
      car: null,
      unpaid: null,
      realEstate: null,
      polyclinicAttachment: null,
      healthInsurance: null,
      childrenKindergartenQueue: null,
      children: null,
    });
    expect(body.data!.me.name.full).toEqual(expect.any(String));
    const denied = body.errors!.filter((e) => e.extensions?.code === 'EDS_REQUIRED').map((e) => e.path!.join('.'));
    expect(denied).toEqual(
      expect.arrayContaining([
        'me.car',
        'me.unpaid',
        'me.realEstate',
        'me.polyclinicAttachment',
        'me.healthInsurance',
        'me.childrenKindergartenQueue',
        'me.children',
      ]),
    );
    expect(body.errors!.every((e) => e.extensions?.code === 'EDS_REQUIRED')).toBe(true);
  });

  it('fetches the same fields for an EDS login (so the counting above sees what it should)', async () => {
    const body = await ask(QUERY, 'EDS');
    expect(body.errors).toBeUndefined();
    for (const name of EDS_ONLY) expect(received[name]?.length ?? 0, `requests to ${name}`).toBeGreaterThan(0);
  });
});
