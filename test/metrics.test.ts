/**
 * Prometheus metrics after whole dossiers through the real system (gateway, subgraphs, mock state
 * systems over HTTP, a real Redis cache under a key prefix of this run): scraped from the internal
 * /metrics port, the counters moved by exactly what the dossier did, and no label holds personal data.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '../scripts/system.js';
import { RedisCache } from '../subgraphs/kit/cache.js';
import { DEMO } from '../subgraphs/mocks/demo-family.js';
import { generatePopulation } from '../subgraphs/mocks/population.js';
import { TEST_RESILIENCE } from '../subgraphs/kit/testing.js';
import { SECTIONS } from '../schema/sections.js';
import { checkIin } from '../schema/iin.js';
import { operation } from './operations.js';
import { gql, mockStats, resetMocks, tokenFor } from './helpers.js';

const cache = new RedisCache({ url: process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379', prefix: `test:${randomUUID()}` });
let system: RunningSystem;

beforeAll(async () => {
  await cache.connect();
  system = await startSystem({ population: generatePopulation({ size: 2000 }), cache, resilience: TEST_RESILIENCE, metricsPort: 0 });
}, 120_000);
afterAll(async () => {
  await system?.close();
  await cache.redis.quit();
});

type Samples = Map<string, number>;

/** The scrape, as `name{label="value",...}` (labels sorted) → value. */
async function scrape(): Promise<{ text: string; samples: Samples }> {
  const response = await fetch(system.metricsUrl!);
  expect(response.status).toBe(200);
  const text = await response.text();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels = (m[2] ?? '').match(/[a-zA-Z_]+="[^"]*"/g) ?? [];
    samples.set(`${m[1]}{${labels.sort().join(',')}}`, Number(m[3]));
  }
  return { text, samples };
}

const key = (name: string, labels: Record<string, string> = {}) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .sort()
    .join(',')}}`;
const delta = (before: Samples, after: Samples, name: string, labels?: Record<string, string>) =>
  (after.get(key(name, labels)) ?? 0) - (before.get(key(name, labels)) ?? 0);

async function wholeDossier(client = 'portal') {
  const body = await gql(system, operation('WholeDossier'), { token: await tokenFor(DEMO.user), headers: { 'apollographql-client-name': client } });
  expect(body.errors).toBeUndefined();
}

describe('metrics at /metrics on the internal port', () => {
  it('are not served on the public GraphQL port', async () => {
    const response = await fetch(system.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(404);
  });

  it('count one whole dossier cold, then warm, by exactly what it did', async () => {
    await resetMocks(system);
    const { samples: before } = await scrape();
    await wholeDossier();
    const { samples: cold } = await scrape();
    const stats = await mockStats(system);

    expect(delta(before, cold, 'dossier_operations_total', { operation: 'WholeDossier', client: 'portal', outcome: 'ok' })).toBe(1);
    expect(delta(before, cold, 'dossier_operation_duration_seconds_count', { operation: 'WholeDossier', outcome: 'ok' })).toBe(1);
    let calls = 0;
    for (const { section, subgraph } of SECTIONS) {
      const asked = stats[subgraph]!.calls.flat().length;
      // one timed call per request the state system served (the civil registry also answers the
      // gateway's look-up of wards), and a cache miss for every person its section was read of
      expect(delta(before, cold, 'dossier_state_system_call_duration_seconds_count', { system: subgraph, outcome: 'ok' }), subgraph).toBe(
        stats[subgraph]!.requests,
      );
      expect(stats[subgraph]!.requests, subgraph).toBe(subgraph === 'civil-registry' ? 2 : 1);
      expect(delta(before, cold, 'dossier_cache_misses_total', { section }), section).toBe(asked);
      // the user's civil record alone was read twice: by the look-up of wards, then from the cache it filled
      expect(delta(before, cold, 'dossier_cache_hits_total', { section }), section).toBe(subgraph === 'civil-registry' ? 1 : 0);
      expect(cold.get(key('dossier_state_system_breaker_state', { system: subgraph })), subgraph).toBe(0);
      calls += delta(before, cold, 'dossier_state_system_call_duration_seconds_count', { system: subgraph, outcome: 'ok' });
    }
    expect(calls).toBe(SECTIONS.length + 1);
    expect(delta(before, cold, 'dossier_subgraph_fetch_duration_seconds_count', { subgraph: 'property', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(delta(before, cold, 'dossier_access_log_batch_entries_count')).toBeGreaterThanOrEqual(1);
    expect(delta(before, cold, 'dossier_access_log_write_duration_seconds_count', { outcome: 'ok' })).toBe(
      delta(before, cold, 'dossier_access_log_batch_entries_count'),
    );

    await resetMocks(system);
    await wholeDossier('mobile');
    const { samples: warm } = await scrape();
    expect(delta(cold, warm, 'dossier_operations_total', { operation: 'WholeDossier', client: 'mobile', outcome: 'ok' })).toBe(1);
    for (const { section, subgraph } of SECTIONS) {
      // warm: every person of the cold read now a hit, no call to any state system
      expect(delta(cold, warm, 'dossier_state_system_call_duration_seconds_count', { system: subgraph, outcome: 'ok' }), subgraph).toBe(0);
      expect(delta(cold, warm, 'dossier_cache_misses_total', { section }), section).toBe(0);
      const read = delta(before, cold, 'dossier_cache_misses_total', { section }) + delta(before, cold, 'dossier_cache_hits_total', { section });
      // (the gateway keeps the wards it looked up: the user's civil record is read once, not twice)
      expect(delta(cold, warm, 'dossier_cache_hits_total', { section }), section).toBe(subgraph === 'civil-registry' ? read - 1 : read);
    }
  });

  it('count errors by code, and hold no personal data in any label', async () => {
    const { samples: before } = await scrape();
    // a client the portal does not know is counted as `other`, whatever it calls itself
    const unknownClient = await gql(system, 'query Q { me { iin } }', {
      token: await tokenFor(DEMO.user),
      headers: { 'apollographql-client-name': 'scraper-7' },
    });
    expect(unknownClient.errors).toBeUndefined();
    const unauthenticated = await gql(system, 'query Q { me { iin } }', { token: null });
    const code = unauthenticated.errors![0]!.extensions!.code as string;
    const { text, samples: after } = await scrape();
    expect(delta(before, after, 'dossier_operations_total', { operation: 'Q', client: 'other', outcome: 'ok' })).toBe(1);
    expect(delta(before, after, 'dossier_errors_total', { code })).toBe(1);

    const labelValues = [...text.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
    for (const value of labelValues) {
      for (const digits of value.match(/\d{12}/g) ?? []) expect(checkIin(digits).ok, `label value ${value}`).toBe(false);
      expect(value).not.toMatch(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
    }
  });
});
