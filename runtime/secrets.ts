/**
 * Secrets from configuration, with development fallbacks that `npm start` and `npm run token`
 * agree on: generated once into `.local/dev-secrets.json` (git-ignored), never used when
 * NODE_ENV is production.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from './config.js';

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
  if (config().production) {
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

/**
 * A 32-byte secret from its variable (base64 or base64url, checked by runtime/config.ts), or the
 * development one. What production requires is said in runtime/config.ts, and checked at start.
 */
export function secretFrom(
  variable: 'INTERNAL_SECRET' | 'HASH_KEY' | 'CACHE_KEY',
  dev: keyof Pick<DevSecrets, 'internalSecret' | 'hashKey' | 'cacheKey'>,
): Uint8Array {
  const configured = config()[variable];
  if (configured === undefined && config().production) {
    throw new Error(`${variable} is not set: development secrets are never used in production (see Configuration in README.md)`);
  }
  const value = configured ?? devSecrets()[dev];
  const bytes = Buffer.from(value, 'base64url');
  if (bytes.length < 32) throw new Error(`${variable} must be at least 32 bytes, base64-encoded`);
  return bytes;
}
