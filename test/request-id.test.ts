/**
 * The request id and the one log line per request: the gateway makes the id, returns it to the
 * client in `x-request-id`, sends it to every subgraph it asks, and each subgraph sends it on to
 * its state system; the gateway's `request` line (info) carries it with the operation, the client,
 * the duration, the outcome and the error codes.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { logSink } from '../runtime/log.js';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { MemoryCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { operation } from './operations.js';
import { mockStats, resetMocks, setFaults, tokenFor } from './helpers.js';
import { expectLog } from './logs.js';

expectLog('state_system_failed');

let system: RunningSystem;
const cache = new MemoryCache();
const lines: Array<Record<string, unknown>> = [];
const write = logSink.write;

beforeAll(async () => {
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache, resilience: TEST_RESILIENCE });
});
afterAll(() => system?.close());
beforeEach(async () => {
  cache.clear();
  await resetMocks(system);
  lines.length = 0;
  logSink.write = (line) => {
    lines.push(JSON.parse(line) as Record<string, unknown>);
    write(line);
  };
});
afterEach(() => {
  logSink.write = write;
});

async function post(query: string, headers: Record<string, string>) {
  const response = await fetch(system.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> },
  };
}

const requestLines = () => lines.filter((l) => l.event === 'request' && l.component === 'gateway');

describe('the request id, gateway → subgraph → state system, and back to the client', () => {
  it('is returned in x-request-id and reaches every state system the dossier asks', async () => {
    const { requestId, body } = await post(operation('WholeDossier'), {
      authorization: `Bearer ${await tokenFor(DEMO.user)}`,
      'apollographql-client-name': 'portal',
    });
    expect(body.errors).toBeUndefined();
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const stats = await mockStats(system);
    expect(Object.keys(stats)).toHaveLength(9);
    for (const [name, s] of Object.entries(stats)) {
      // every data request of this (cold) dossier came with the gateway's id, through the subgraph
      expect(s.requests, name).toBeGreaterThan(0);
      expect(s.requestIds, name).toEqual(Array(s.requests).fill(requestId));
    }
  });

  it('is a new one for every request', async () => {
    const token = await tokenFor(DEMO.user);
    const a = await post('{ me { iin } }', { authorization: `Bearer ${token}` });
    const b = await post('{ me { iin } }', { authorization: `Bearer ${token}` });
    expect(a.requestId).not.toBe(b.requestId);
  });
});

describe('one log line per request, at info', () => {
  it('says the request id, operation, client, caller pseudonym, duration and outcome', async () => {
    const { requestId } = await post(operation('WholeDossier'), {
      authorization: `Bearer ${await tokenFor(DEMO.user)}`,
      'apollographql-client-name': 'portal',
    });
    expect(requestLines()).toEqual([
      expect.objectContaining({
        level: 'info',
        requestId,
        operation: 'WholeDossier',
        operationType: 'query',
        client: 'portal',
        caller: expect.stringMatching(/^[\w-]{22}$/),
        login: 'EDS',
        durationMs: expect.any(Number),
        outcome: 'ok',
        errors: [],
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(DEMO.user);
  });

  it('says partial, with the error codes, when a section failed', async () => {
    await setFaults(system, 'vehicles', { down: true });
    const { requestId, body } = await post('query Cars { me { name { full } vehicles { plate } } }', {
      authorization: `Bearer ${await tokenFor(DEMO.user)}`,
      'apollographql-client-name': 'telegram-bot',
    });
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['STATE_SYSTEM_UNAVAILABLE']);
    expect(requestLines()).toEqual([
      expect.objectContaining({ requestId, operation: 'Cars', client: 'telegram-bot', outcome: 'partial', errors: ['STATE_SYSTEM_UNAVAILABLE'] }),
    ]);
  });

  it('is written for a request refused without a token too, with its id and code', async () => {
    const { requestId, body } = await post('{ me { iin } }', { 'apollographql-client-name': 'something else' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestLines()).toEqual([expect.objectContaining({ requestId, client: 'other', outcome: 'error', errors: ['UNAUTHENTICATED'] })]);
  });
});
