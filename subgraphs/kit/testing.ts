/**
 * Test helpers for one subgraph on its own: start it on a free port over a state system (usually
 * nock'd), and query it as the gateway would, with a signed caller context.
 */
import nock from 'nock';
import { vi } from 'vitest';
import { CALLER_HEADER, callerKey, signCaller, type Caller } from '../../schema/caller.js';
import { BINDING_HEADER, CallerBinding } from '../../schema/caller-binding.js';
import type { Served } from '../../runtime/http.js';
import { secretFrom } from '../../runtime/secrets.js';
import { SECTION_NAMES } from '../../schema/sections.js';
import { CachePolicy, MemoryCache, type SectionCache } from './cache.js';
import type { ResilienceOptions } from './state-client.js';
import { startSubgraph, type SubgraphDefinition } from './subgraph.js';
import { resetConfig } from '../../runtime/config.js';

/** Where nock'd tests point a subgraph's state system. */
export const FAKE_STATE_URL = 'http://state-system.test';

/** A cache that keeps nothing: every read asks the state system (tests that count requests). */
export const coldCache = (): SectionCache => new MemoryCache(new CachePolicy(Object.fromEntries(SECTION_NAMES.map((s) => [s, 0])), 0));

/**
 * Resilience for tests that count requests: no retries, and a breaker that does not open over a
 * file's worth of failures (tests of retries and the breaker set their own).
 */
export const TEST_RESILIENCE: ResilienceOptions = { timeoutMs: 1000, retries: 0, breakerFailures: 1000 };

/** The subgraph on a free port, its state system at `stateSystemUrl`, with a cold cache unless given one. */
export const startForTest = <R extends { iin: string }>(
  definition: SubgraphDefinition<R>,
  stateSystemUrl = FAKE_STATE_URL,
  options: { resilience?: ResilienceOptions; cache?: SectionCache } = {},
): Promise<Served> =>
  startSubgraph(definition, { stateSystemUrl, resilience: { ...TEST_RESILIENCE, ...options.resilience }, cache: options.cache ?? coldCache() });

export interface GraphQLBody<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * The subgraph's name, as its /health says (a request binding names the subgraph it is for); asked
 * every time, as a port a test freed may serve another subgraph next.
 */
const subgraphNameAt = async (url: string): Promise<string> => ((await (await fetch(new URL('/health', url))).json()) as { subgraph: string }).subgraph;

/**
 * A query to one subgraph as the gateway sends it: a signed caller context (the demo user's by
 * default, or `callerToken` as given; none when `caller` is null) bound to this very request.
 */
export async function querySubgraph<T = Record<string, any>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; caller?: Partial<Caller> | null; callerToken?: string } = {},
): Promise<GraphQLBody<T> & { status: number }> {
  const key = callerKey(secretFrom('INTERNAL_SECRET', 'internalSecret'));
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const body = JSON.stringify({ query, variables: options.variables });
  if (options.callerToken) headers[CALLER_HEADER] = options.callerToken;
  else if (options.caller !== null) {
    // By default the caller may read everyone the test asks about by representation (the access
    // rules have tests of their own): the demo user, with those people as wards.
    const asked = ((options.variables?.representations ?? []) as Array<{ iin: string }>).map((r) => r.iin);
    const caller: Caller = { iin: '850314301234', login: 'EDS', requestId: 'test', client: 'test', wards: asked, ...options.caller };
    headers[CALLER_HEADER] = await signCaller(caller, key);
  }
  if (headers[CALLER_HEADER]) headers[BINDING_HEADER] = new CallerBinding(key).bind(await subgraphNameAt(url), headers[CALLER_HEADER], body);
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, ...((await response.json()) as GraphQLBody<T>) };
}

/** An `_entities` query for persons, as the gateway's query planner sends it. */
export const entitiesQuery = (selection: string): string =>
  `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { ${selection} } } }`;

export const representations = (iins: readonly string[]) => iins.map((iin) => ({ __typename: 'Person', iin }));

/**
 * A nock'd state system at FAKE_STATE_URL answering from the population: each call of the
 * returned function intercepts ONE batch request (answered from `recordOf`, or with `status` and
 * `body`: a value, or a function of the IINs asked) and returns the list that fills with the IINs
 * each intercepted request asked for.
 */
export function stateSystemAnswering<R>(population: { byIin: ReadonlyMap<string, unknown> }, recordOf: (iin: string) => R) {
  return (status = 200, body?: unknown): string[][] => {
    const asked: string[][] = [];
    nock(FAKE_STATE_URL)
      .post('/api/v1/persons:batch')
      .reply(status, (_uri, request) => {
        const { iins } = request as { iins: string[] };
        asked.push(iins);
        if (typeof body === 'function') return (body as (iins: string[]) => unknown)(iins);
        return body ?? { records: iins.filter((i) => population.byIin.has(i)).map(recordOf), missing: iins.filter((i) => !population.byIin.has(i)) };
      });
    return asked;
  };
}

/**
 * Sets the clock to the instant `iso` (Date only; timers run as usual) with the suite's TODAY pin
 * lifted, so today() is computed from the clock as in production. Undo with `realClock()`.
 */
export function clockAt(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  vi.stubEnv('TODAY', undefined);
  resetConfig();
}

/** Back to the real clock and the suite's TODAY pin. */
export function realClock(): void {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  resetConfig();
}
