/**
 * Secrets from configuration, with development fallbacks that `npm start` and `npm run token`
 * agree on: generated once into `.local/dev-secrets.json` (git-ignored), never used when
 * NODE_ENV is production.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEV_SECRETS_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '.local', 'dev-secrets.json');

export interface DevSecrets {
  /** HMAC key of the caller context the gateway signs for subgraphs (base64url). */
  internalSecret: string;
  /** Key for keyed hashes of IINs in cache keys and logs (base64url). */
  hashKey: string;
  /** AES-256-GCM key of cached values (base64url). */
  cacheKey: string;
  /** The development identity provider's ES256 key pair (JWK). */
  jwtPrivateJwk: Record<string, unknown>;
  jwtPublicJwk: Record<string, unknown>;
}

let cached: DevSecrets | undefined;

/** Reads the development secrets, creating them on first use (atomically: two processes agree). */
export function devSecrets(): DevSecrets {
  if (cached) return cached;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('development secrets are never used in production: configure the secrets (see README)');
  }
  try {
    cached = JSON.parse(readFileSync(DEV_SECRETS_FILE, 'utf8')) as DevSecrets;
  } catch {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const fresh: DevSecrets = {
      internalSecret: randomBytes(32).toString('base64url'),
      hashKey: randomBytes(32).toString('base64url'),
      cacheKey: randomBytes(32).toString('base64url'),
      jwtPrivateJwk: { ...privateKey.export({ format: 'jwk' }), alg: 'ES256', kid: 'dev' },
      jwtPublicJwk: { ...publicKey.export({ format: 'jwk' }), alg: 'ES256', kid: 'dev', use: 'sig' },
    };
    mkdirSync(dirname(DEV_SECRETS_FILE), { recursive: true });
    try {
      writeFileSync(DEV_SECRETS_FILE, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
      cached = fresh;
    } catch {
      cached = JSON.parse(readFileSync(DEV_SECRETS_FILE, 'utf8')) as DevSecrets;
    }
  }
  return cached!;
}

/** A 32-byte secret from an environment variable (base64 or base64url), or the development one. */
export function secretFrom(variable: string, dev: keyof Pick<DevSecrets, 'internalSecret' | 'hashKey' | 'cacheKey'>): Uint8Array {
  if (process.env[variable] === undefined && process.env.NODE_ENV === 'production') {
    throw new Error(`${variable} is not set: development secrets are never used in production (see Configuration in README.md)`);
  }
  const value = process.env[variable] ?? devSecrets()[dev];
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.length < 32) throw new Error(`${variable} must be at least 32 bytes, base64-encoded`);
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// What a production start needs

/** The parts of the system, by what they need configured. */
export type Part = 'gateway' | 'subgraph';

interface Requirement {
  variable: string;
  parts: readonly Part[];
  what: string;
  /** Why this deployment's value will not do, or undefined when it will. */
  problem(env: NodeJS.ProcessEnv): string | undefined;
}

const secret = (variable: string, parts: readonly Part[], what: string, when: (env: NodeJS.ProcessEnv) => boolean = () => true): Requirement => ({
  variable,
  parts,
  what: `${what} (32+ random bytes, base64)`,
  problem: (env) => {
    if (!when(env)) return undefined;
    const value = env[variable];
    if (!value) return 'not set';
    return Buffer.from(value, 'base64url').length < 32 ? 'shorter than 32 bytes' : undefined;
  },
});

const setting = (
  variable: string,
  parts: readonly Part[],
  what: string,
  missing: (env: NodeJS.ProcessEnv) => boolean = (env) => !env[variable],
): Requirement => ({
  variable,
  parts,
  what,
  problem: (env) => (missing(env) ? 'not set' : undefined),
});

/** Every setting a production deployment must make; development has a fallback for each. */
const PRODUCTION_REQUIREMENTS: readonly Requirement[] = [
  secret('INTERNAL_SECRET', ['gateway', 'subgraph'], 'HMAC key of the caller context the gateway signs for subgraphs'),
  secret('HASH_KEY', ['gateway', 'subgraph'], 'key of the keyed hash that stands for an IIN in logs and cache keys'),
  secret('CACHE_KEY', ['subgraph'], 'AES-256-GCM key of the values cached in Redis (needed with REDIS_URL)', (env) => Boolean(env.REDIS_URL)),
  setting('JWT_JWKS_URL', ['gateway'], "the identity provider's public keys"),
  setting('JWT_ISSUER', ['gateway'], "the identity provider's token issuer"),
  setting(
    'DATABASE_URL',
    ['gateway'],
    'PostgreSQL of the access log (or ACCESS_LOG_DIR for an embedded one on disk)',
    (env) => !env.DATABASE_URL && !env.ACCESS_LOG_DIR,
  ),
  setting('REDIS_URL', ['gateway', 'subgraph'], 'the shared cache every replica agrees through (one Redis or a Redis Cluster)'),
  {
    variable: 'TODAY',
    parts: ['gateway', 'subgraph'],
    what: 'pins the date for tests and demos; unset it in production',
    problem: (env) => (env.TODAY !== undefined ? `set to ${env.TODAY}` : undefined),
  },
];

/** Each setting the parts need that is missing or unusable, as `NAME (not set): what it is`; none outside production. */
export function productionConfigProblems(parts: readonly Part[], env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.NODE_ENV !== 'production') return [];
  return PRODUCTION_REQUIREMENTS.filter((r) => r.parts.some((p) => parts.includes(p))).flatMap((r) => {
    const problem = r.problem(env);
    return problem ? [`${r.variable} (${problem}): ${r.what}`] : [];
  });
}

/** Refuses a production start that cannot work, naming every setting it lacks at once. */
export function assertProductionConfig(parts: readonly Part[], env: NodeJS.ProcessEnv = process.env): void {
  const problems = productionConfigProblems(parts, env);
  if (problems.length === 0) return;
  throw new ProductionConfigError(problems);
}

export class ProductionConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Cannot start in production (NODE_ENV=production): ${problems.length === 1 ? 'this setting is' : 'these settings are'} missing or unusable:\n` +
        `${problems.map((p) => `  ${p}`).join('\n')}\n` +
        'Development secrets and defaults are never used in production (see Configuration in README.md).',
    );
    this.name = 'ProductionConfigError';
  }
}

/** For a process's entry point: says every missing setting on stderr and exits, before anything starts. */
export function exitUnlessConfigured(parts: readonly Part[], env: NodeJS.ProcessEnv = process.env): void {
  try {
    assertProductionConfig(parts, env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
