/**
 * What `npm start` checks before it builds anything, so a start that cannot work stops at once
 * and says why: every port it will listen on is free, the committed supergraph is the one the
 * subgraphs' schemas compose to (development), Redis answers (when REDIS_URL is set: if not,
 * the start goes on at once without it, instead of every subgraph waiting for it in turn).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { configOf, type Env } from '../runtime/config.js';
import { takenPorts } from '../runtime/ports.js';
import { urlHost } from '../runtime/url-host.js';
import type { SupergraphStatus } from '../schema/compose.js';
import { DEFAULT_GATEWAY_PORT, defaultMockPort, defaultSubgraphPort, SECTIONS } from '../schema/sections.js';
import { SUPERGRAPH_FILE } from '../schema/supergraph.js';

export interface PlannedPort {
  port: number;
  /** What listens there: "gateway", "vehicles subgraph", "vehicles state system (mock)". */
  part: string;
}

/** Every port `npm start` listens on: the gateway's (PORT, else 4000), then each subgraph's and each mock's, all moved by PORT_OFFSET. */
export function plannedPorts(env?: Env): PlannedPort[] {
  const { PORT, PORT_OFFSET: offset } = configOf(env);
  return [
    { port: PORT ?? DEFAULT_GATEWAY_PORT + offset, part: 'gateway' },
    ...SECTIONS.map(({ subgraph }) => ({ port: defaultSubgraphPort(subgraph) + offset, part: `${subgraph} subgraph` })),
    ...SECTIONS.map(({ subgraph }) => ({ port: defaultMockPort(subgraph) + offset, part: `${subgraph} state system (mock)` })),
  ];
}

/** Why `npm start` cannot listen where it would (every port taken, named), or undefined when it can. */
export async function portProblem(env?: Env): Promise<string | undefined> {
  let planned: PlannedPort[];
  let host: string;
  let offset: number;
  try {
    ({ HOST: host, PORT_OFFSET: offset } = configOf(env));
    planned = plannedPorts(env);
  } catch (error) {
    return (error as Error).message;
  }
  const taken = await takenPorts(planned, host);
  if (taken.length === 0) return undefined;
  const next = offset + 10;
  return [
    `Cannot start: ${taken.length === 1 ? 'a port' : `${taken.length} ports`} of this system ${taken.length === 1 ? 'is' : 'are'} in use on ${host}:`,
    ...taken.map((t) => `  ${t.port}  ${t.part}${t.error === 'EADDRINUSE' ? '' : ` (${t.error})`}`),
    'Is another `npm start` running? Stop it or free these ports; or start this copy beside it, with every',
    `port moved (PORT_OFFSET=${next}: the gateway on ${urlHost(host)}:${DEFAULT_GATEWAY_PORT + next}) or on another address (HOST=127.0.0.2).`,
  ].join('\n');
}

/**
 * In development, the supergraph the gateway will serve is the one the subgraphs' schemas compose
 * to now: a stale one (a schema changed, `npm run compose` not run) is composed anew and written,
 * so a new field is not "Cannot query field"; schemas that do not compose refuse the start. In
 * production the committed supergraph is the artefact, served as it is.
 */
export async function supergraphAtStart(
  env?: Env,
  file = SUPERGRAPH_FILE,
  status?: (committed: string) => SupergraphStatus,
): Promise<{ refuse?: string; note?: string }> {
  if (configOf(env).production) return {};
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  // composition is a development dependency: loaded only here
  const check = status ?? (await import('../schema/compose.js')).supergraphStatus;
  const result = check(committed);
  if (result.status === 'current') return {};
  if (result.status === 'broken') {
    return {
      refuse: `The subgraphs' schemas do not compose:\n- ${result.errors.join('\n- ')}\nFix them, then run \`npm run compose\` (and \`npm run codegen\`).`,
    };
  }
  writeFileSync(file, result.supergraphSdl);
  return {
    note: "schema/supergraph.graphql was stale (a subgraph's schema changed since `npm run compose`): composed it anew. Run `npm run codegen` too, and commit both.",
  };
}

/** Why Redis at `url` does not answer a PING within `timeoutMs` (one attempt, no retries), or undefined when it does. */
export async function redisUnreachable(url: string, timeoutMs = 500): Promise<string | undefined> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // the connection's own error (ECONNREFUSED, ETIMEDOUT) says more than the rejection ("Connection is closed.")
  let cause: NodeJS.ErrnoException | undefined;
  redis.on('error', (error: NodeJS.ErrnoException) => void (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    const { code, message } = cause ?? (error as NodeJS.ErrnoException);
    return code ?? message;
  } finally {
    redis.disconnect();
  }
}

/**
 * With REDIS_URL, one quick PING: when Redis does not answer, the subgraphs start without waiting
 * for it (answers then come live from the state systems, and caching starts by itself once Redis
 * answers: the cache keeps reconnecting), and the start says so.
 */
export async function redisAtStart(env?: Env): Promise<{ waitForCache: boolean; note?: string }> {
  const { REDIS_URL } = configOf(env);
  if (!REDIS_URL) return { waitForCache: true };
  const why = await redisUnreachable(REDIS_URL);
  if (!why) return { waitForCache: true };
  let where = 'REDIS_URL';
  try {
    const url = new URL(REDIS_URL);
    where = `${url.hostname}:${url.port || 6379}`;
  } catch {
    // ioredis will say what is wrong with it
  }
  return {
    waitForCache: false,
    note: `Redis at ${where} does not answer (${why}): starting without it. Answers come live from the state systems until it does; caching then starts by itself.`,
  };
}
