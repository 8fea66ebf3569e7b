/**
 * Verifying the portal identity provider's bearer tokens. `sub` is the caller's IIN; `amr` says
 * how they logged in. Production keys come from a JWKS URL (JWT_JWKS_URL); development uses a
 * local ES256 key pair kept with the development secrets, so `npm run token` and `npm start` agree.
 */
import { createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { dossierError, ErrorCode } from '../schema/errors.js';
import { checkIin } from '../schema/iin.js';
import type { LoginMethod } from '../schema/caller.js';
import { devSecrets } from '../runtime/secrets.js';
import { config, configOf, type Env } from '../runtime/config.js';

export interface AuthConfig {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

export interface Identity {
  iin: string;
  login: LoginMethod;
}

export const DEV_ISSUER = 'https://idp.dev.dossier.local';
export const DEFAULT_AUDIENCE = 'dossier-gateway';
const ALGORITHMS = ['ES256', 'RS256', 'EdDSA'];

/** The development key pair, kept with the development secrets. */
function devKeyPair(): { privateJwk: JWK; publicJwk: JWK } {
  const { jwtPrivateJwk, jwtPublicJwk } = devSecrets();
  return { privateJwk: jwtPrivateJwk as JWK, publicJwk: jwtPublicJwk as JWK };
}

/** Issuer, audience and keys from JWT_ISSUER, JWT_AUDIENCE, JWT_JWKS_URL; the development key pair without a JWKS URL. */
export async function authConfigFromEnv(env?: Env): Promise<AuthConfig> {
  const { JWT_AUDIENCE: audience, JWT_ISSUER, JWT_JWKS_URL, production } = configOf(env);
  if (JWT_JWKS_URL) {
    if (!JWT_ISSUER) throw new Error('JWT_ISSUER must be set with JWT_JWKS_URL');
    return { issuer: JWT_ISSUER, audience, keys: createRemoteJWKSet(new URL(JWT_JWKS_URL)) };
  }
  if (production) throw new Error('JWT_JWKS_URL must be set in production');
  const { publicJwk } = devKeyPair();
  return { issuer: JWT_ISSUER ?? DEV_ISSUER, audience, keys: createLocalJWKSet({ keys: [publicJwk] }) };
}

/** A development token, as the portal's identity provider would issue after a login. */
export async function issueDevToken(
  iin: string,
  options: { login?: LoginMethod; expiresIn?: string; issuer?: string; audience?: string } = {},
): Promise<string> {
  const { privateJwk } = devKeyPair();
  const amr = { EDS: ['eds'], SMS: ['sms'], PASSWORD: ['pwd'] }[options.login ?? 'PASSWORD'];
  return new SignJWT({ amr })
    .setProtectedHeader({ alg: 'ES256', kid: 'dev', typ: 'JWT' })
    .setSubject(iin)
    .setIssuer(options.issuer ?? config().JWT_ISSUER ?? DEV_ISSUER)
    .setAudience(options.audience ?? config().JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(await importJWK(privateJwk, 'ES256'));
}

const unauthenticated = (message: string) => dossierError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/** How the caller logged in, from the token's `amr` (RFC 8176 values, plus `eds`). */
function loginMethod(amr: unknown): LoginMethod {
  const methods = Array.isArray(amr) ? amr : [];
  if (methods.includes('eds')) return 'EDS';
  if (methods.includes('sms') || methods.includes('otp')) return 'SMS';
  return 'PASSWORD';
}

/**
 * Tokens already verified, until they expire: a session sends the same token with every request,
 * and checking its signature again each time is the gateway's largest fixed cost per request.
 */
const verifiedBy = new WeakMap<AuthConfig, LRUCache<string, { identity: Identity; expiresAt: number }>>();
/** At most this many tokens, least recently used out first; each until it expires. */
const MAX_VERIFIED = 10_000;

/** The caller behind an `Authorization` header; UNAUTHENTICATED for anything but a valid bearer token. */
export async function authenticate(authorization: string | undefined, config: AuthConfig): Promise<Identity> {
  // the scheme is case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are `Bearer`
  const match = /^Bearer +([A-Za-z0-9_\-.]+)$/i.exec(authorization ?? '');
  if (!match) throw unauthenticated('Log in first: send `Authorization: Bearer <token>`.');
  const token = match[1]!;
  let verified = verifiedBy.get(config);
  if (!verified) verifiedBy.set(config, (verified = new LRUCache({ max: MAX_VERIFIED })));
  const known = verified.get(token);
  if (known && known.expiresAt > Date.now()) return known.identity;
  if (known) verified.delete(token);
  const result = await verify(token, config);
  verified.set(token, result, { ttl: Math.max(1, result.expiresAt - Date.now()) });
  return result.identity;
}

async function verify(token: string, config: AuthConfig): Promise<{ identity: Identity; expiresAt: number }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, config.keys, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    const expired = error instanceof Error && 'code' in error && error.code === 'ERR_JWT_EXPIRED';
    throw unauthenticated(expired ? 'Your session has expired: log in again.' : 'The token is not valid: log in again.');
  }
  if (!checkIin(payload.sub).ok) throw unauthenticated('The token does not name a valid IIN.');
  return { identity: { iin: payload.sub!, login: loginMethod(payload.amr) }, expiresAt: payload.exp! * 1000 };
}
