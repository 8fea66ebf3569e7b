/**
 * The configuration module: what it refuses, how it says so, what production refuses, its
 * defaults, its cache, that the README's table is its own, and that nothing else reads the
 * environment.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { subgraphUrlsFromEnv } from '../gateway/subgraph-urls.js';
import { subgraphSettingsFromEnv } from '../subgraphs/kit/main.js';
import { resilienceFromEnv } from '../subgraphs/kit/subgraph.js';
import { ConfigError, config, configFrom, configProblems, productionConfigProblems, refusal, resetConfig, VARIABLES } from './config.js';
import { configTable, TABLE_END, TABLE_START } from './config-docs.js';
import { metricsPortFromEnv } from './metrics.js';
import { portOffset } from './ports.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const KEY = Buffer.alloc(32, 7).toString('base64');

/** The problems configFrom throws for `env` (none: []). */
function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    configFrom(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe('a bad value', () => {
  it('is refused with the variable, its value, the problem and an example', () => {
    expect(problemsOf({ REQUEST_DEADLINE_MS: '5s' })).toEqual(['REQUEST_DEADLINE_MS=5s: not a whole number of milliseconds (e.g. REQUEST_DEADLINE_MS=5000)']);
    expect(problemsOf({ LOG_LEVEL: 'loud' })).toEqual(['LOG_LEVEL=loud: not "debug", "info", "warn" or "error" (e.g. LOG_LEVEL=warn)']);
    expect(problemsOf({ TODAY: '2026-02-30' })).toEqual(['TODAY=2026-02-30: not a date YYYY-MM-DD that exists (e.g. TODAY=2026-11-22)']);
    expect(problemsOf({ STATE_TIMEOUT_MS_VEHICLES: '-5' })).toEqual([
      'STATE_TIMEOUT_MS_VEHICLES=-5: not a whole number of milliseconds (e.g. STATE_TIMEOUT_MS_VEHICLES=3000)',
    ]);
    expect(problemsOf({ QUERY_MAX_DEPTH: '0' })).toEqual(['QUERY_MAX_DEPTH=0: less than 1 (e.g. QUERY_MAX_DEPTH=10)']);
    expect(problemsOf({ SUPERGRAPH_PATH: '/a', SUPERGRAPH_URL: 'https://b/s.graphql' })).toEqual([
      'SUPERGRAPH_URL=https://b/s.graphql: set with SUPERGRAPH_PATH: set one, not both (e.g. SUPERGRAPH_URL=https://artefacts.internal/dossier/supergraph.graphql)',
    ]);
  });

  it('never shows a secret, nor the password of a URL', () => {
    const problems = problemsOf({ HASH_KEY: 'c2hvcnQtc2VjcmV0', REDIS_URL: 'http://user:hunter2@cache:6379', DATABASE_URL: 'mysql://app:pa55@db/x' });
    expect(problems).toEqual([
      'HASH_KEY (set; a secret, not shown): not a key of 32 or more bytes in base64 (e.g. HASH_KEY=$(openssl rand -base64 32))',
      'REDIS_URL=http://user:***@cache:6379: not a redis:// or rediss:// or redis-cluster:// or rediss-cluster:// URL (e.g. REDIS_URL=redis://cache.internal:6379)',
      'DATABASE_URL=mysql://app:***@db/x: not a postgres:// or postgresql:// URL (e.g. DATABASE_URL=postgres://dossier@db.internal:5432/dossier)',
    ]);
    expect(problems.join('\n')).not.toMatch(/c2hvcnQtc2VjcmV0|hunter2|pa55/);
  });

  it('is named with every other bad value at once, in one message', () => {
    const env = { REQUEST_DEADLINE_MS: '5s', PORT_OFFSET: '-1', METRICS_PORT: '70000', TRUSTED_DOCUMENTS: 'yes', POPULATION_SIZE: 'many' };
    const problems = configProblems([], env);
    expect(problems.map((p) => p.split(/[= ]/)[0])).toEqual(['PORT_OFFSET', 'METRICS_PORT', 'REQUEST_DEADLINE_MS', 'TRUSTED_DOCUMENTS', 'POPULATION_SIZE']);
    expect(problems[0]).toBe('PORT_OFFSET=-1: not a whole number from 0 to 61428 (e.g. PORT_OFFSET=10)');
    expect(problems[1]).toBe('METRICS_PORT=70000: not a port number (0 to 65535) or "off" (e.g. METRICS_PORT=9400)');
    const message = refusal(problems, env);
    expect(message.split('\n')[0]).toBe('Cannot start: these 5 settings are wrong or missing:');
    for (const p of problems) expect(message).toContain(`\n  ${p}`);
  });

  it('every example is a good value of its own variable', () => {
    for (const v of VARIABLES.filter((v) => !v.ignored && !v.secret)) for (const name of v.names) expect(problemsOf({ [name]: v.example }), name).toEqual([]);
    for (const v of VARIABLES) expect(v.description.length, v.name).toBeGreaterThan(10);
  });
});

describe('production (NODE_ENV=production)', () => {
  const COMPLETE = {
    NODE_ENV: 'production',
    INTERNAL_SECRET: KEY,
    HASH_KEY: KEY,
    CACHE_KEY: KEY,
    REDIS_URL: 'rediss://cache.internal:6380',
    JWT_JWKS_URL: 'https://idp.egov.kz/.well-known/jwks.json',
    JWT_ISSUER: 'https://idp.egov.kz',
    DATABASE_URL: 'postgres://dossier@db.internal/dossier',
  };
  const names = (problems: readonly string[]) => problems.map((p) => p.split(/[= ]/)[0]);

  it('refuses TODAY, the development secrets and key pair, an in-memory cache and access log, all named at once', () => {
    const problems = configProblems(['gateway', 'subgraph'], { NODE_ENV: 'production', TODAY: '2026-11-22', TRUSTED_DOCUMENTS: 'optional' });
    expect(names(problems)).toEqual(['INTERNAL_SECRET', 'HASH_KEY', 'JWT_JWKS_URL', 'JWT_ISSUER', 'DATABASE_URL', 'REDIS_URL', 'TODAY', 'TRUSTED_DOCUMENTS']);
    expect(problems).toContain('TODAY=2026-11-22: pins the date for tests and demos; refused in production (e.g. unset TODAY)');
    expect(problems).toContain(
      'DATABASE_URL (not set): required in production: the access log must be durable (or ACCESS_LOG_DIR for an embedded one on disk; in memory it is lost at stop) (e.g. DATABASE_URL=postgres://dossier@db.internal:5432/dossier)',
    );
    expect(refusal(problems, { NODE_ENV: 'production' })).toMatch(/^Cannot start in production \(NODE_ENV=production\): these 8 settings/);
  });

  it('names a bad value once, with the production problems of the others', () => {
    const { HASH_KEY: _, ...rest } = COMPLETE;
    expect(configProblems(['gateway', 'subgraph'], { ...rest, REQUEST_DEADLINE_MS: '5s', CACHE_KEY: 'short' }).map((p) => p.split(/[= ]/)[0])).toEqual([
      'REQUEST_DEADLINE_MS',
      'CACHE_KEY',
      'HASH_KEY',
    ]);
  });

  it('asks each part for what it uses: the cache key with Redis, for the subgraphs', () => {
    expect(names(productionConfigProblems(['subgraph'], { NODE_ENV: 'production', REDIS_URL: 'redis://r:6379' }))).toEqual([
      'INTERNAL_SECRET',
      'HASH_KEY',
      'CACHE_KEY',
    ]);
    expect(names(productionConfigProblems(['gateway'], { ...COMPLETE, CACHE_KEY: '' }))).toEqual([]);
  });

  it('is satisfied by a complete configuration, or a directory for the access log; nothing is asked outside production', () => {
    expect(configProblems(['gateway', 'subgraph'], COMPLETE)).toEqual([]);
    const { DATABASE_URL: _, ...withoutDatabase } = COMPLETE;
    expect(configProblems(['gateway'], { ...withoutDatabase, ACCESS_LOG_DIR: '/var/lib/dossier' })).toEqual([]);
    expect(configProblems(['gateway', 'subgraph'], { TODAY: '2026-11-22' })).toEqual([]);
  });
});

describe('defaults', () => {
  it('are typed values, with the helpers keeping their behaviour', () => {
    const c = configFrom({});
    expect(c).toMatchObject({
      HOST: '127.0.0.1',
      PORT: undefined,
      PORT_OFFSET: 0,
      METRICS_PORT: undefined,
      LOG_LEVEL: 'info',
      TODAY: undefined,
      REQUEST_DEADLINE_MS: 5000,
      SHUTDOWN_DRAIN_MS: 10_000,
      JWT_AUDIENCE: 'dossier-gateway',
      MEMORY_CACHE_MAX_BYTES: 64 * 1024 * 1024,
      CACHE_PREFIX: 'dossier',
      MAX_STALE_SECONDS: 604_800,
      REFRESH_MIN_INTERVAL_SECONDS: 60,
      STATE_MAX_ANSWER_BYTES: 32 * 1024 * 1024,
      SUPERGRAPH_POLL_MS: 10_000,
      QUERY_MAX_COST: 8000,
      POPULATION_SIZE: 10_000,
      POPULATION_SEED: 20_260_101,
      OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
      OTEL_SERVICE_NAME: undefined,
      production: false,
    });
    expect(configFrom({ REQUEST_DEADLINE_MS: ' 300 ', HOST: '' })).toMatchObject({ REQUEST_DEADLINE_MS: 300, HOST: '127.0.0.1' });
    expect(configFrom({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'dossier-gateway' })).toMatchObject({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_SERVICE_NAME: 'dossier-gateway',
    });
    expect(problemsOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toHaveLength(1);
    // METRICS_PORT: unset the part's own, empty or off none, 0 a free one
    expect(metricsPortFromEnv(9400, {})).toBe(9400);
    expect(metricsPortFromEnv(9400, { METRICS_PORT: 'off' })).toBeUndefined();
    expect(metricsPortFromEnv(9400, { METRICS_PORT: '' })).toBeUndefined();
    expect(metricsPortFromEnv(9400, { METRICS_PORT: '0' })).toBe(0);
    expect(() => metricsPortFromEnv(9400, { METRICS_PORT: 'x' })).toThrow(/^METRICS_PORT=x: /);
    expect(portOffset({ PORT_OFFSET: ' 10 ' })).toBe(10);
    expect(subgraphSettingsFromEnv('vehicles', { PORT_OFFSET: '10', PORT: '5000' })).toEqual({
      port: 5000,
      host: '127.0.0.1',
      stateSystemUrl: 'http://127.0.0.1:4113',
    });
    expect(subgraphUrlsFromEnv({ PORT_OFFSET: '10' }).vehicles).toBe('http://127.0.0.1:4013/graphql');
    expect(resilienceFromEnv('VEHICLES', { STATE_TIMEOUT_MS: '900', STATE_TIMEOUT_MS_VEHICLES: '300', STATE_RETRIES: '0' })).toEqual({
      timeoutMs: 300,
      retries: 0,
      breakerFailures: undefined,
      halfOpenAfterMs: undefined,
    });
    expect(resilienceFromEnv('FINES', { STATE_TIMEOUT_MS: '900' }).timeoutMs).toBe(900);
  });
});

describe('the process configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetConfig();
  });

  it('is parsed once, and again after resetConfig()', () => {
    const first = config();
    expect(config()).toBe(first);
    vi.stubEnv('REQUEST_DEADLINE_MS', '1234');
    expect(config().REQUEST_DEADLINE_MS).toBe(first.REQUEST_DEADLINE_MS);
    resetConfig();
    expect(config().REQUEST_DEADLINE_MS).toBe(1234);
    vi.stubEnv('REQUEST_DEADLINE_MS', '5s');
    resetConfig();
    expect(() => config()).toThrow(/^REQUEST_DEADLINE_MS=5s: not a whole number of milliseconds/);
  });
});

describe("the README's configuration table", () => {
  it('is the one the module writes (npm run config:docs)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start, 'the markers are in README.md').toBeGreaterThan(0);
    expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(configTable());
  });

  it('has a row for every variable, with its default and production rule', () => {
    const table = configTable();
    for (const v of VARIABLES) expect(table, v.name).toContain(`| ${v.name.includes('<') ? `\`${v.name}\`` : `\`${v.names[0]}\``}`);
    expect(table).toMatch(/\| `TODAY` \| today in Kazakhstan[^|]*\|[^|]*\| refused \|/);
    expect(table).toMatch(/\| `REQUEST_DEADLINE_MS` \| `5000` \|/);
  });
});

describe('the environment', () => {
  /** Source files (not tests) that read process.env, other than to hand it to a child process or set a library's switch. */
  function readers(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
          const file = relative(root, path);
          if (file === 'runtime/config.ts' || file.startsWith('test/')) continue;
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const uses = line.match(/process\.env\b(?:\.[A-Z_]+|\[[^\]]+\])?(?:\s*=(?!=))?/g) ?? [];
              const reads = uses.filter((use) => !/=$/.test(use) && !line.includes(`...${use}`));
              if (reads.length > 0) found.push(`${file}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(root);
    return found;
  }

  it('is read only through runtime/config.ts', () => {
    expect(readers()).toEqual([]);
  });
});
