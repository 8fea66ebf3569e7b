/**
 * Configuration: every environment variable the product reads, typed, defaulted and documented
 * here and nowhere else. Each process checks the whole of it once at start-up
 * (`exitUnlessConfigured`): a bad value, or a variable production refuses, stops the start with
 * one message that names every problem at once, with an example of a good value and without
 * echoing a secret. Afterwards `config()` is the parsed result, cached; tests that change
 * `process.env` call `resetConfig()`. A helper that takes an environment object (`configFrom(env)`)
 * parses that one instead, uncached.
 *
 * The README's configuration table is generated from VARIABLES (`npm run config:docs`), and
 * runtime/config.test.ts fails when it is stale.
 */
import { z } from 'zod';
import { MAX_STALE_SECONDS, SECTIONS, type Section, type SubgraphName } from '../schema/sections.js';

export type Env = Readonly<Record<string, string | undefined>>;

/** The parts of the system that production runs, by what they need configured. */
export type Part = 'gateway' | 'subgraph';

// ---------------------------------------------------------------------------------------------
// Value types: each refuses with what is wrong, in words (the variable and an example are added)

const trimmed = z.string().trim();

/** A whole number from `min` (to `max`), written in digits only; `said` replaces every complaint. */
const whole = (what: string, min = 0, max = Number.MAX_SAFE_INTEGER, said?: string) =>
  trimmed
    .regex(/^\d+$/, { error: said ?? `not a whole number${what ? ` of ${what}` : ''}` })
    .transform(Number)
    .refine((n) => Number.isSafeInteger(n) && n >= min && n <= max, {
      error: said ?? (max === Number.MAX_SAFE_INTEGER ? `less than ${min}` : `not from ${min} to ${max}`),
    });

const milliseconds = (min = 0) => whole('milliseconds', min);
const seconds = (min = 0) => whole('seconds', min);
const bytes = (min = 1) => whole('bytes', min);
const count = (min = 1) => whole('', min);
const port = whole('', 0, 65_535, 'not a port number (0 to 65535)');
/** A port, or `off`. */
const portOrOff = trimmed.transform((text, context) => {
  if (text === 'off') return 'off' as const;
  const parsed = port.safeParse(text);
  if (parsed.success) return parsed.data;
  context.addIssue({ code: 'custom', message: 'not a port number (0 to 65535) or "off"' });
  return z.NEVER;
});

/** An absolute URL with one of these schemes. */
const url = (...schemes: string[]) =>
  trimmed.refine(
    (text) => {
      try {
        return schemes.includes(new URL(text).protocol.slice(0, -1));
      } catch {
        return false;
      }
    },
    { error: `not a ${schemes.map((s) => `${s}://`).join(' or ')} URL` },
  );

/** A base64 (or base64url) key of at least 32 bytes. */
const key = trimmed.refine((text) => /^[A-Za-z0-9+/_-]+=*$/.test(text) && Buffer.from(text, 'base64url').length >= 32, {
  error: 'not a key of 32 or more bytes in base64',
});

const calendarDate = trimmed.refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text, {
  error: 'not a date YYYY-MM-DD that exists',
});

const jsonObject = trimmed.transform((text, context) => {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, string>;
  } catch {
    // said below
  }
  context.addIssue({ code: 'custom', message: 'not a JSON object' });
  return z.NEVER;
});

const oneOf = <const T extends readonly [string, ...string[]]>(...values: T) =>
  trimmed.refine((text): text is T[number] => (values as readonly string[]).includes(text), {
    error: `not ${values
      .map((v) => `"${v}"`)
      .join(', ')
      .replace(/, ([^,]*)$/, ' or $1')}`,
  }) as unknown as z.ZodType<T[number], string>;

// ---------------------------------------------------------------------------------------------
// The variables

export interface Variable {
  /** The name, or for a family of variables its pattern (`STATE_TIMEOUT_MS_<SECTION>`). */
  name: string;
  /** Every name the row stands for (one, except for a family). */
  names: readonly string[];
  /** The type of a value that is set (an empty value counts as not set, unless `emptyMeans`). */
  schema: z.ZodType<unknown, string>;
  /** The default, as the README says it (the parsed default, when any, is applied by `config()`). */
  defaultText: string;
  /** The parsed default, when a default exists. */
  default?: unknown;
  /** What it is, one sentence or so. */
  description: string;
  /** A good value, shown with every problem. */
  example: string;
  /** What production (NODE_ENV=production) requires of it; empty when nothing. */
  productionRule: string;
  /** Never shown in a message: only that it is set. A URL is shown without its password. */
  secret?: boolean;
  /** What an empty value means, when it is not "not set" (METRICS_PORT: off). */
  emptyMeans?: unknown;
  /** Read by a library, not by this code: documented here, never parsed. */
  ignored?: boolean;
}

const variable = (
  name: string,
  schema: z.ZodType<unknown, string>,
  description: string,
  details: Partial<Omit<Variable, 'name' | 'schema' | 'description'>> & { example: string },
): Variable => ({
  name,
  names: [name],
  schema,
  description,
  defaultText: details.default === undefined ? '' : String(details.default),
  productionRule: '',
  ...details,
});

const sectionSuffix = (section: Section): string => section;
const subgraphSuffix = (subgraph: string): string => subgraph.toUpperCase().replace(/-/g, '_');

export const REQUEST_DEADLINE_MS_DEFAULT = 5000;
/** The highest default port (the last mock state system's), which PORT_OFFSET must keep under 65536. */
const MAX_DEFAULT_PORT = 4107;
export const MAX_PORT_OFFSET = 65_535 - MAX_DEFAULT_PORT;
export const QUERY_LIMIT_DEFAULTS = {
  QUERY_MAX_DEPTH: 10,
  QUERY_MAX_ALIASES: 15,
  QUERY_MAX_COST: 8000,
  QUERY_MAX_TOKENS: 2000,
  QUERY_MAX_DIRECTIVES: 50,
  QUERY_MAX_VALUE_DEPTH: 8,
} as const;

const secretVariable = (name: string, description: string, productionRule: string): Variable =>
  variable(name, key, description, {
    secret: true,
    defaultText: 'development secret',
    example: '$(openssl rand -base64 32)',
    productionRule,
  });

export const VARIABLES: readonly Variable[] = [
  // --- every process
  variable(
    'NODE_ENV',
    trimmed,
    '`production` turns off Sandbox and introspection, requires trusted documents and refuses every development fallback marked in this table',
    {
      example: 'production',
    },
  ),
  variable('HOST', trimmed, 'the address everything listens on, and calls the other parts on (a second copy on `127.0.0.2` talks only to itself)', {
    default: '127.0.0.1',
    example: '0.0.0.0',
  }),
  variable(
    'PORT',
    port,
    "the port of the process: the gateway's with `npm start` (4000); a subgraph started alone 4001–4009 and a mock state system 4101–4109, in the order of `schema/sections.ts`",
    { defaultText: "the part's port, moved by `PORT_OFFSET`", example: '4000' },
  ),
  variable(
    'PORT_OFFSET',
    whole('', 0, MAX_PORT_OFFSET, `not a whole number from 0 to ${MAX_PORT_OFFSET}`),
    'added to every default port (gateway, subgraphs, mock state systems, metrics), to run a second copy beside the first: `PORT_OFFSET=10` puts its gateway on 4010. `npm start` checks every port before it builds anything and names those in use',
    { default: 0, example: '10' },
  ),
  variable(
    'METRICS_PORT',
    portOrOff,
    "the internal port of the process's Prometheus `/metrics`, apart from the public GraphQL port; `off` (or empty) serves none, `0` a free port",
    {
      defaultText: '9400 (gateway, `npm start`); 9401–9409 (a subgraph run alone, in the order of `schema/sections.ts`); all moved by `PORT_OFFSET`',
      emptyMeans: 'off',
      example: '9400',
    },
  ),
  variable('LOG_LEVEL', oneOf('debug', 'info', 'warn', 'error'), 'the least level logged: `debug`, `info`, `warn`, `error`', {
    default: 'info',
    example: 'warn',
  }),
  variable('TODAY', calendarDate, 'pins "today" (ages, validity, due dates, deadlines) for tests and demos; the tests pin it to 2026-11-22', {
    defaultText: 'today in Kazakhstan (Asia/Almaty, UTC+5)',
    example: '2026-11-22',
    productionRule: 'refused',
  }),
  variable(
    'REQUEST_DEADLINE_MS',
    milliseconds(1),
    "the whole request's budget, shared by the gateway and the subgraphs; the gateway stops waiting for a subgraph 1 s past it",
    { default: REQUEST_DEADLINE_MS_DEFAULT, example: '5000' },
  ),
  variable(
    'SHUTDOWN_DRAIN_MS',
    milliseconds(0),
    "on SIGTERM, how long the gateway's or a subgraph's requests in flight get to finish (new ones are refused, `/ready` is 503) before it closes and exits",
    { default: 10_000, example: '10000' },
  ),
  // --- secrets and the identity provider
  variable('JWT_ISSUER', trimmed, "the identity provider's token issuer (`iss`)", {
    defaultText: 'the development issuer',
    example: 'https://idp.egov.kz',
    productionRule: 'required (gateway)',
  }),
  variable('JWT_AUDIENCE', trimmed, 'the audience (`aud`) the gateway expects in tokens', { default: 'dossier-gateway', example: 'dossier-gateway' }),
  variable('JWT_JWKS_URL', url('http', 'https'), "the identity provider's public keys (JWKS); without it, the development key pair", {
    defaultText: 'development key pair',
    example: 'https://idp.egov.kz/.well-known/jwks.json',
    productionRule: 'required (gateway)',
  }),
  secretVariable('INTERNAL_SECRET', 'HMAC key (32+ bytes, base64) of the caller context the gateway signs for subgraphs', 'required (gateway, subgraphs)'),
  secretVariable('HASH_KEY', 'key (32+ bytes, base64) of the keyed hash that stands for an IIN in logs and cache keys', 'required (gateway, subgraphs)'),
  secretVariable('CACHE_KEY', 'AES-256-GCM key (32 bytes, base64) of the values cached in Redis', 'required with `REDIS_URL` (subgraphs)'),
  // --- the cache
  variable(
    'REDIS_URL',
    url('redis', 'rediss', 'redis-cluster', 'rediss-cluster'),
    'the shared cache, for every subgraph and the gateway: `redis://[user:password@]host:port` for one Redis, `redis-cluster://[user:password@]host1:7000,host2:7001` (seed nodes; `rediss://`, `rediss-cluster://` with TLS) for a Redis Cluster; without it, an in-process cache (one per process: a refresh reaches that process only). When it does not answer at start, `npm start` says so after one quick PING and starts without waiting for it: answers come live from the state systems until Redis answers, then caching starts by itself',
    { defaultText: 'in-process cache', example: 'redis://cache.internal:6379', secret: true, productionRule: 'required' },
  ),
  variable(
    'MEMORY_CACHE_MAX_BYTES',
    bytes(1),
    "the in-process cache's budget (JSON size); least recently used answers go first. Every other in-process memo (verified tokens, caller contexts, policies, wards, pseudonyms) is an LRU bounded by count",
    { default: 64 * 1024 * 1024, defaultText: '67108864 (64 MiB)', example: '67108864' },
  ),
  variable('CACHE_PREFIX', trimmed, 'prefix of every Redis key (the same for the gateway and the subgraphs)', { default: 'dossier', example: 'dossier' }),
  variable('MAX_STALE_SECONDS', seconds(0), 'how long past its TTL a copy is kept to be served stale', {
    default: MAX_STALE_SECONDS,
    defaultText: '604800 (7 days)',
    example: '604800',
  }),
  variable('REFRESH_MIN_INTERVAL_SECONDS', seconds(0), 'least time between two refreshes of one section of one person', { default: 60, example: '60' }),
  // --- state systems
  variable('STATE_TIMEOUT_MS', milliseconds(1), 'per-attempt timeout of every state-system call', { defaultText: '2000', example: '2000' }),
  {
    ...variable(
      'STATE_TIMEOUT_MS_<SECTION>',
      milliseconds(1),
      'per-attempt timeout of one state system (`STATE_TIMEOUT_MS_VEHICLES`), over `STATE_TIMEOUT_MS`',
      {
        defaultText: '`STATE_TIMEOUT_MS`',
        example: '3000',
      },
    ),
    names: SECTIONS.map(({ section }) => `STATE_TIMEOUT_MS_${sectionSuffix(section)}`),
  },
  variable('STATE_RETRIES', count(0), 'extra attempts after a transient state-system failure', { defaultText: '1', example: '1' }),
  variable(
    'STATE_MAX_ANSWER_BYTES',
    bytes(1),
    'the largest state-system answer read; a longer one is cut off there (`STATE_SYSTEM_BAD_RESPONSE`), so memory stays bounded',
    { default: 32 * 1024 * 1024, defaultText: '33554432 (32 MiB)', example: '33554432' },
  ),
  variable('BREAKER_FAILURES', count(1), "consecutive failures that open a state system's circuit", { defaultText: '5', example: '5' }),
  variable('BREAKER_HALF_OPEN_MS', milliseconds(1), 'how long an open circuit stays open before a probe', { defaultText: '10000', example: '10000' }),
  variable('STATE_SYSTEM_URL', url('http', 'https'), 'where a subgraph started alone (`npx tsx subgraphs/<name>/index.ts`) finds its state system', {
    defaultText: "the mock's port on `HOST`",
    example: 'http://vehicles-registry.internal:8080',
  }),
  // --- the access log
  variable(
    'DATABASE_URL',
    url('postgres', 'postgresql'),
    "PostgreSQL of the access log; without it, embedded PGlite (in memory, or in `ACCESS_LOG_DIR`). The gateway needs only `SELECT` and `INSERT` there and refuses to start while a migration is missing: `npm run migrate` applies them, as the schema's owner (`npm start` runs it first)",
    {
      defaultText: 'embedded PGlite',
      example: 'postgres://dossier@db.internal:5432/dossier',
      secret: true,
      productionRule: 'required, or `ACCESS_LOG_DIR` (gateway)',
    },
  ),
  variable(
    'ACCESS_LOG_DIR',
    trimmed,
    'without `DATABASE_URL`: the directory where the embedded PGlite keeps the access log across restarts (without either, it is in memory and lost at stop)',
    { example: '/var/lib/dossier/access-log' },
  ),
  // --- the gateway
  variable(
    'TRUSTED_DOCUMENTS',
    oneOf('required', 'optional'),
    "`required`: only the clients' trusted documents are executed (see Trusted documents); `optional`: any operation, for Sandbox",
    { defaultText: '`required` in production, else `optional`', example: 'required', productionRule: 'only `required`' },
  ),
  variable('QUERY_MAX_DEPTH', count(1), 'deepest selection of an operation', { default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_DEPTH, example: '10' }),
  variable('QUERY_MAX_ALIASES', count(1), 'aliased fields per operation', { default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_ALIASES, example: '15' }),
  variable('QUERY_MAX_COST', count(1), 'cost of an operation (each list counted at the size asked for)', {
    default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_COST,
    example: '8000',
  }),
  variable('QUERY_MAX_TOKENS', count(1), 'lexical tokens per document', { default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_TOKENS, example: '2000' }),
  variable('QUERY_MAX_DIRECTIVES', count(1), 'directives per operation', { default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_DIRECTIVES, example: '50' }),
  variable('QUERY_MAX_VALUE_DEPTH', count(1), 'deepest nesting of list and object values in one argument, default value or variable', {
    default: QUERY_LIMIT_DEFAULTS.QUERY_MAX_VALUE_DEPTH,
    example: '8',
  }),
  {
    ...variable(
      'SUBGRAPH_URL_<NAME>',
      url('http', 'https'),
      'where the gateway started alone (`npx tsx gateway/index.ts`) finds one subgraph, e.g. `SUBGRAPH_URL_E_KYZMET`',
      {
        defaultText: "the subgraph's port on `HOST`",
        example: 'http://vehicles.internal:4003/graphql',
      },
    ),
    names: SECTIONS.map(({ subgraph }) => `SUBGRAPH_URL_${subgraphSuffix(subgraph)}`),
  },
  variable('SUPERGRAPH_PATH', trimmed, 'a supergraph file the gateway reads, checks for changes and swaps live (not with `SUPERGRAPH_URL`)', {
    defaultText: 'the committed `schema/supergraph.graphql`, read once',
    example: '/etc/dossier/supergraph.graphql',
  }),
  variable(
    'SUPERGRAPH_URL',
    url('http', 'https'),
    'an http(s) URL of the supergraph (such as a CI artefact), read and swapped like `SUPERGRAPH_PATH` (not with it)',
    {
      example: 'https://artefacts.internal/dossier/supergraph.graphql',
    },
  ),
  variable('SUPERGRAPH_POLL_MS', milliseconds(0), 'how often that supergraph is checked for changes; 0 reads it once', { default: 10_000, example: '10000' }),
  // --- traces (OpenTelemetry)
  variable(
    'OTEL_EXPORTER_OTLP_ENDPOINT',
    url('http', 'https'),
    'OTLP/HTTP base URL of a trace collector (spans are POSTed to `/v1/traces`); without it tracing is off and no SDK is loaded',
    {
      defaultText: 'tracing off',
      example: 'http://otel-collector.internal:4318',
    },
  ),
  variable('OTEL_SERVICE_NAME', trimmed, "the `service.name` of the process's spans", {
    defaultText: '`dossier-gateway`, `dossier-<subgraph>`, `dossier` (`npm start`)',
    example: 'dossier-gateway',
  }),
  // --- the mock state systems
  // --- the portal page (web/)
  variable('WEB_PORT', port, 'the port `npm start` serves the portal page on (development)', {
    defaultText: '5173, moved by `PORT_OFFSET`',
    example: '5173',
  }),
  // --- the Telegram bot (`npm run bot`; `npm start` starts it when TELEGRAM_BOT_TOKEN is set)
  variable(
    'TELEGRAM_BOT_TOKEN',
    trimmed.regex(/^\d+:[\w-]{20,}$/, { error: "not a bot token from BotFather (digits, ':', then the secret)" }),
    "the bot's token from BotFather; without it the bot does not start",
    {
      secret: true,
      defaultText: 'bot not started',
      example: '123456789:AAH-your-token-from-BotFather',
    },
  ),
  {
    ...variable('TELEGRAM_BOT_SECRET', key, 'what the bot proves itself with to the gateway (both need it): only with it may a Telegram credential be used', {
      example: '$(openssl rand -base64 32)',
      defaultText: 'derived from the development secrets',
      productionRule: 'without it no chat can be linked (gateway, bot)',
    }),
    secret: true,
  },
  variable(
    'TELEGRAM_BOT_USERNAME',
    trimmed.regex(/^\w{5,32}$/, { error: 'not a Telegram username (5 to 32 letters, digits or _)' }),
    "the bot's username, for the portal's deep links (`t.me/<username>?start=<code>`)",
    {
      default: 'dossier_demo_bot',
      example: 'egov_dossier_bot',
    },
  ),
  variable(
    'BOT_DATABASE_URL',
    url('postgres', 'postgresql'),
    "PostgreSQL of the bot's linked chats; `DATABASE_URL` when not set, else (development only) an embedded PGlite in memory",
    {
      secret: true,
      defaultText: '`DATABASE_URL`',
      example: 'postgres://dossier_bot@db:5432/dossier',
      productionRule: 'required, or `DATABASE_URL` (bot)',
    },
  ),
  variable('GATEWAY_URL', url('http', 'https'), "the gateway's GraphQL endpoint the bot reads through (`npm run bot`)", {
    defaultText: '`http://127.0.0.1:<PORT or 4000>/graphql`',
    example: 'http://gateway:4000/graphql',
  }),
  variable('POPULATION_SIZE', count(1), 'people in the synthetic population of the mock state systems', { default: 10_000, example: '10000' }),
  variable('POPULATION_SEED', count(0), 'seed of the synthetic population (same seed, same people)', { default: 20_260_101, example: '20260101' }),
  // --- the benchmark (`npm run bench` sets most of these for the processes it starts)
  variable(
    'BENCH_DATABASE_URL',
    url('postgres', 'postgresql'),
    "where `npm run bench` keeps our gateway's access log (a schema of its own, dropped at the end)",
    {
      default: 'postgres://postgres@127.0.0.1:5432/test',
      example: 'postgres://postgres@127.0.0.1:5432/test',
      secret: true,
    },
  ),
  variable(
    'BENCH_REDIS_URL',
    url('redis', 'rediss', 'redis-cluster', 'rediss-cluster'),
    "the Redis `npm run bench` caches in (under a key prefix of the run's own, emptied at the end)",
    {
      default: 'redis://127.0.0.1:6379',
      example: 'redis://127.0.0.1:6379',
      secret: true,
    },
  ),
  variable('BENCH_POPULATION', count(1), "set by `npm run bench`: the benchmark's population size", { default: 30_000, example: '30000' }),
  variable('BENCH_ACCESS_LOG', oneOf('default', 'none'), "set by `npm run bench`: the benchmark gateway's access log (`none`: one that keeps nothing)", {
    default: 'default',
    example: 'none',
  }),
  variable('BENCH_CACHE', oneOf('redis', 'memory'), "set by `npm run bench`: the benchmark subgraphs' cache", { default: 'redis', example: 'memory' }),
  variable('BENCH_CACHE_PREFIX', trimmed, "set by `npm run bench`: the run's key prefix in Redis", { defaultText: '`bench:<pid>`', example: 'bench:run1' }),
  variable('BENCH_MOCK_URLS', jsonObject, 'set by `npm run bench`: where the mock state systems are, JSON by subgraph', {
    defaultText: '`{}`',
    example: '{"vehicles":"http://127.0.0.1:4103"}',
  }),
  variable('BENCH_SUBGRAPH_URLS', jsonObject, 'set by `npm run bench`: where the subgraphs are, JSON by name', {
    defaultText: '`{}`',
    example: '{"vehicles":"http://127.0.0.1:4003/graphql"}',
  }),
  variable('BENCH_HIVE_DEDUP', oneOf('on', 'off'), "set by `npm run bench`: Hive Gateway's merging of identical in-flight subgraph requests", {
    default: 'on',
    example: 'off',
  }),
  variable('BENCH_PARENT_PID', count(1), "set by `npm run bench`: the orchestrator's pid; a benchmark process whose parent is gone exits", {
    example: '12345',
  }),
  // --- read by Apollo's libraries, never by this code
  {
    ...variable(
      'APOLLO_TELEMETRY_DISABLED',
      trimmed,
      'always set to `true` by the gateway itself: Apollo Gateway would otherwise report usage and probe the cloud metadata addresses (169.254.169.254 and others) at start',
      {
        defaultText: '`true` (set by the gateway)',
        example: 'true',
      },
    ),
    ignored: true,
  },
  {
    ...variable(
      'APOLLO_KEY',
      trimmed,
      'ignored: every Apollo Server here has usage and schema reporting off, so nothing is ever sent to Apollo (`gateway/telemetry.test.ts`)',
      {
        defaultText: 'ignored',
        example: 'unset',
        secret: true,
      },
    ),
    names: ['APOLLO_KEY', 'APOLLO_GRAPH_REF'],
    ignored: true,
  },
];

// ---------------------------------------------------------------------------------------------
// Parsing

type Num = number;
/** The configuration, parsed: a value for each variable that has a default, else maybe undefined. */
export interface Config {
  NODE_ENV: string | undefined;
  /** NODE_ENV is production. */
  production: boolean;
  HOST: string;
  PORT: Num | undefined;
  PORT_OFFSET: Num;
  /** A port, `off`, or undefined (the process's own default). */
  METRICS_PORT: Num | 'off' | undefined;
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error';
  TODAY: string | undefined;
  REQUEST_DEADLINE_MS: Num;
  SHUTDOWN_DRAIN_MS: Num;
  JWT_ISSUER: string | undefined;
  JWT_AUDIENCE: string;
  JWT_JWKS_URL: string | undefined;
  INTERNAL_SECRET: string | undefined;
  HASH_KEY: string | undefined;
  CACHE_KEY: string | undefined;
  REDIS_URL: string | undefined;
  MEMORY_CACHE_MAX_BYTES: Num;
  CACHE_PREFIX: string;
  MAX_STALE_SECONDS: Num;
  REFRESH_MIN_INTERVAL_SECONDS: Num;
  STATE_TIMEOUT_MS: Num | undefined;
  /** STATE_TIMEOUT_MS_<SECTION>, by section. */
  stateTimeoutMs: Partial<Record<Section, Num>>;
  STATE_RETRIES: Num | undefined;
  STATE_MAX_ANSWER_BYTES: Num;
  BREAKER_FAILURES: Num | undefined;
  BREAKER_HALF_OPEN_MS: Num | undefined;
  STATE_SYSTEM_URL: string | undefined;
  DATABASE_URL: string | undefined;
  ACCESS_LOG_DIR: string | undefined;
  TRUSTED_DOCUMENTS: 'required' | 'optional' | undefined;
  QUERY_MAX_DEPTH: Num;
  QUERY_MAX_ALIASES: Num;
  QUERY_MAX_COST: Num;
  QUERY_MAX_TOKENS: Num;
  QUERY_MAX_DIRECTIVES: Num;
  QUERY_MAX_VALUE_DEPTH: Num;
  /** SUBGRAPH_URL_<NAME>, by subgraph. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  SUPERGRAPH_PATH: string | undefined;
  SUPERGRAPH_URL: string | undefined;
  SUPERGRAPH_POLL_MS: Num;
  OTEL_EXPORTER_OTLP_ENDPOINT: string | undefined;
  OTEL_SERVICE_NAME: string | undefined;
  WEB_PORT: Num | undefined;
  TELEGRAM_BOT_TOKEN: string | undefined;
  TELEGRAM_BOT_SECRET: string | undefined;
  TELEGRAM_BOT_USERNAME: string;
  BOT_DATABASE_URL: string | undefined;
  GATEWAY_URL: string | undefined;
  POPULATION_SIZE: Num;
  POPULATION_SEED: Num;
  BENCH_DATABASE_URL: string;
  BENCH_REDIS_URL: string;
  BENCH_POPULATION: Num;
  BENCH_ACCESS_LOG: 'default' | 'none';
  BENCH_CACHE: 'redis' | 'memory';
  BENCH_CACHE_PREFIX: string | undefined;
  BENCH_MOCK_URLS: Record<string, string> | undefined;
  BENCH_SUBGRAPH_URLS: Record<string, string> | undefined;
  BENCH_HIVE_DEDUP: 'on' | 'off';
  BENCH_PARENT_PID: Num | undefined;
}

/** Refused configuration: every problem, one line each (`NAME=value: problem (e.g. NAME=example)`). */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** How a value is shown in a message: a secret never; a URL without its password. */
function shown(v: Variable, value: string): string {
  if (v.secret && !/^[a-z-]+:\/\//.test(value)) return ' (set; a secret, not shown)';
  if (v.secret) return `=${value.replace(/(\/\/[^:/@]*):[^@]*@/, '$1:***@')}`;
  const short = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return `=${short}`;
}

const problemLine = (v: Variable, name: string, value: string | undefined, problem: string, example = `${name}=${v.example}`): string =>
  `${name}${value === undefined ? ' (not set)' : shown(v, value)}: ${problem} (e.g. ${example})`;

const BY_NAME = new Map(VARIABLES.flatMap((v) => v.names.map((name) => [name, v] as const)));

/** Each variable's value or problem; an empty value is not set (unless the variable says what it means). */
function parseEach(env: Env): { values: Map<string, unknown>; problems: string[] } {
  const values = new Map<string, unknown>();
  const problems: string[] = [];
  for (const [name, v] of BY_NAME) {
    if (v.ignored) continue;
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') {
      if (raw !== undefined && v.emptyMeans !== undefined) values.set(name, v.emptyMeans);
      else if (v.default !== undefined) values.set(name, v.default);
      continue;
    }
    const result = v.schema.safeParse(raw);
    if (result.success) values.set(name, result.data);
    else problems.push(problemLine(v, name, raw, result.error.issues[0]?.message ?? 'not valid'));
  }
  // between variables
  if (env.SUPERGRAPH_PATH?.trim() && env.SUPERGRAPH_URL?.trim())
    problems.push(problemLine(BY_NAME.get('SUPERGRAPH_URL')!, 'SUPERGRAPH_URL', env.SUPERGRAPH_URL, 'set with SUPERGRAPH_PATH: set one, not both'));
  return { values, problems };
}

function assemble(values: Map<string, unknown>, env: Env): Config {
  // every variable is a key, undefined when it is not set and has no default
  const raw = Object.fromEntries([...BY_NAME].filter(([, v]) => !v.ignored).map(([name]) => [name, values.get(name)])) as Record<string, unknown>;
  return {
    ...(raw as Omit<Config, 'production' | 'stateTimeoutMs' | 'subgraphUrls'>),
    NODE_ENV: env.NODE_ENV,
    production: env.NODE_ENV === 'production',
    stateTimeoutMs: Object.fromEntries(
      SECTIONS.flatMap(({ section }) => {
        const ms = values.get(`STATE_TIMEOUT_MS_${sectionSuffix(section)}`);
        return ms === undefined ? [] : [[section, ms]];
      }),
    ),
    subgraphUrls: Object.fromEntries(
      SECTIONS.flatMap(({ subgraph }) => {
        const at = values.get(`SUBGRAPH_URL_${subgraphSuffix(subgraph)}`);
        return at === undefined ? [] : [[subgraph, at]];
      }),
    ),
  };
}

/** The configuration of `env`, uncached; throws ConfigError naming every bad value (production rules are `productionProblems`). */
export function configFrom(env: Env): Config {
  const { values, problems } = parseEach(env);
  if (problems.length > 0) throw new ConfigError(problems);
  return assemble(values, env);
}

let cached: Config | undefined;

/** The configuration of this process (process.env), parsed once. */
export function config(): Config {
  cached ??= configFrom(process.env);
  return cached;
}

/** Forgets the parsed configuration: the next `config()` reads process.env again (tests that change it). */
export function resetConfig(): void {
  cached = undefined;
}

/** `env` given: its configuration (uncached), else this process's. */
export const configOf = (env?: Env): Config => (env === undefined ? config() : configFrom(env));

// ---------------------------------------------------------------------------------------------
// What production refuses

interface ProductionRequirement {
  variable: string;
  parts: readonly Part[];
  /** Why this deployment's value will not do, or undefined when it will. */
  problem(env: Env): string | undefined;
  /** What to do instead, when not an example value. */
  example?: string;
}

const set = (env: Env, name: string): boolean => Boolean(env[name]?.trim());

const requiredSecret = (variable: string, parts: readonly Part[], when: (env: Env) => boolean = () => true): ProductionRequirement => ({
  variable,
  parts,
  problem: (env) => {
    if (!when(env) || set(env, variable)) return undefined;
    return 'required in production, where the development secrets are never used';
  },
});

const required = (
  variable: string,
  parts: readonly Part[],
  why: string,
  missing: (env: Env) => boolean = (env) => !set(env, variable),
): ProductionRequirement => ({
  variable,
  parts,
  problem: (env) => (missing(env) ? `required in production: ${why}` : undefined),
});

/** Every setting production requires or refuses, in the order they are named. */
const PRODUCTION_REQUIREMENTS: readonly ProductionRequirement[] = [
  requiredSecret('INTERNAL_SECRET', ['gateway', 'subgraph']),
  requiredSecret('HASH_KEY', ['gateway', 'subgraph']),
  requiredSecret('CACHE_KEY', ['subgraph'], (env) => set(env, 'REDIS_URL')),
  required('JWT_JWKS_URL', ['gateway'], "the identity provider's public keys (the development key pair is never used)"),
  required('JWT_ISSUER', ['gateway'], "the identity provider's token issuer"),
  required(
    'DATABASE_URL',
    ['gateway'],
    'the access log must be durable (or ACCESS_LOG_DIR for an embedded one on disk; in memory it is lost at stop)',
    (env) => !set(env, 'DATABASE_URL') && !set(env, 'ACCESS_LOG_DIR'),
  ),
  required('REDIS_URL', ['gateway', 'subgraph'], 'the shared cache every replica agrees through (an in-process cache is one per replica)'),
  {
    variable: 'TODAY',
    parts: ['gateway', 'subgraph'],
    problem: (env) => (set(env, 'TODAY') ? 'pins the date for tests and demos; refused in production' : undefined),
    example: 'unset TODAY',
  },
  {
    variable: 'TRUSTED_DOCUMENTS',
    parts: ['gateway'],
    problem: (env) =>
      set(env, 'TRUSTED_DOCUMENTS') && env.TRUSTED_DOCUMENTS?.trim() !== 'required'
        ? "refused in production: the gateway executes only the clients' trusted documents there"
        : undefined,
    example: 'TRUSTED_DOCUMENTS=required, or unset',
  },
];

/**
 * What production refuses of the parts' configuration (none outside production), one line per
 * variable: `NAME (not set): required in production: why (e.g. NAME=example)`.
 */
export function productionConfigProblems(parts: readonly Part[], env: Env = processEnv()): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return PRODUCTION_REQUIREMENTS.filter((r) => r.parts.some((p) => parts.includes(p))).flatMap((r) => {
    const problem = r.problem(env);
    if (!problem) return [];
    const v = BY_NAME.get(r.variable)!;
    const value = env[r.variable]?.trim() ? env[r.variable] : undefined;
    return [problemLine(v, r.variable, value, problem, r.example)];
  });
}

/** The variables production requires of a part, each group satisfied by any one of it (DATABASE_URL or ACCESS_LOG_DIR). */
export function productionRequirements(part: Part): string[][] {
  return PRODUCTION_REQUIREMENTS.filter((r) => r.parts.includes(part) && r.variable !== 'TODAY' && r.variable !== 'TRUSTED_DOCUMENTS').map((r) =>
    r.variable === 'DATABASE_URL' ? ['DATABASE_URL', 'ACCESS_LOG_DIR'] : [r.variable],
  );
}

/** Every problem of the configuration: bad values, then what production refuses (each variable named once). */
export function configProblems(parts: readonly Part[], env: Env = processEnv()): string[] {
  const { problems } = parseEach(env);
  const named = new Set(problems.map((p) => /^[A-Z0-9_]+/.exec(p)?.[0]));
  return [...problems, ...productionConfigProblems(parts, env).filter((p) => !named.has(/^[A-Z0-9_]+/.exec(p)?.[0]))];
}

/** The message a refused start prints. */
export function refusal(problems: readonly string[], env: Env = processEnv()): string {
  const production = env.NODE_ENV === 'production' ? ' in production (NODE_ENV=production)' : '';
  return [
    `Cannot start${production}: ${problems.length === 1 ? 'this setting is' : `these ${problems.length} settings are`} wrong or missing:`,
    ...problems.map((p) => `  ${p}`),
    'Every variable, its default and what production requires: Configuration in README.md.',
  ].join('\n');
}

/** Throws ConfigError (with the refusal as its message) unless the parts may start with this configuration. */
export function assertConfigured(parts: readonly Part[], env: Env = processEnv()): void {
  const problems = configProblems(parts, env);
  if (problems.length === 0) return;
  const error = new ConfigError(problems);
  error.message = refusal(problems, env);
  throw error;
}

/**
 * For a process's entry point, before anything starts: every problem of the configuration on
 * stderr, one message, no stack, and exit code 1. Production rules apply to the parts named.
 */
export function exitUnlessConfigured(parts: readonly Part[] = []): Config {
  const problems = configProblems(parts);
  if (problems.length > 0) {
    console.error(refusal(problems));
    process.exit(1);
  }
  return config();
}

/** The one read of the process's environment outside the cache. */
function processEnv(): Env {
  return process.env;
}

/**
 * Runs `fn` and puts the process's environment back as it was: for a library that writes to it
 * (Vite's build sets NODE_ENV=production when it is unset, and the gateway and subgraphs of the same
 * `npm start` would then take themselves for production).
 */
export async function keepingEnvironment<T>(fn: () => Promise<T>): Promise<T> {
  const before = { ...process.env };
  try {
    return await fn();
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
    Object.assign(process.env, before);
  }
}
