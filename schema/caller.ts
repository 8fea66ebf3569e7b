/**
 * The signed caller context: who is asking, as verified by the gateway, in a form each subgraph
 * verifies before it serves anything. A short-lived HS256 JWT under a secret only the gateway
 * and the subgraphs hold (INTERNAL_SECRET), in the `x-dossier-caller` header; each subgraph request
 * also carries a binding of the context to that one request (caller-binding.ts).
 */
import { createSecretKey, type KeyObject } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { dossierError, ErrorCode } from './errors.js';
import { isValidIin } from './iin.js';

export const CALLER_HEADER = 'x-dossier-caller';
/** The gateway's request id, sent with every subgraph fetch beside the caller context, for logs. */
export const REQUEST_ID_HEADER = 'x-request-id';
/** The response extension in which a subgraph reports whose section it served: `{ section, iins }`. */
export const ACCESSED_EXTENSION = 'dossierAccessed';
/** The milliseconds left of the gateway's deadline for the whole request, sent with every subgraph fetch. */
export const BUDGET_HEADER = 'x-dossier-budget-ms';
const ISSUER = 'dossier-gateway';
const AUDIENCE = 'dossier-subgraphs';
/** How long a signed caller context is accepted. */
export const CALLER_CONTEXT_LIFETIME_SECONDS = 60;

export type LoginMethod = 'PASSWORD' | 'SMS' | 'EDS';

export interface Caller {
  /** The caller's IIN (the token's `sub`). */
  iin: string;
  /** How the caller logged in. */
  login: LoginMethod;
  /** The gateway's request id, for logs across the federation. */
  requestId: string;
  /** The client application (`apollographql-client-name`): portal, mobile, telegram-bot, ... */
  client: string;
  /**
   * The caller's children under 18 (from the civil registry, looked up by the gateway): besides
   * the caller, the only people whose dossier sections the caller may read.
   */
  wards: readonly string[];
}

/** Whether the caller may read this person's dossier sections. */
export const mayRead = (caller: Caller, iin: string): boolean => iin === caller.iin || caller.wards.includes(iin);

/**
 * The HMAC key of the caller context, imported once: jose would import a raw secret again on
 * every call, and this runs on every request.
 */
export type CallerKey = KeyObject;
export const callerKey = (secret: Uint8Array): CallerKey => createSecretKey(secret);

export async function signCaller(caller: Caller, secret: CallerKey): Promise<string> {
  // The request id is not signed in: the same caller's context is then the same token for a
  // while, which the gateway reuses, and which lets it merge identical in-flight subgraph requests
  // of one caller (never of two). The id travels in REQUEST_ID_HEADER, for logs only.
  return new SignJWT({ login: caller.login, client: caller.client, wards: caller.wards })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(caller.iin)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${CALLER_CONTEXT_LIFETIME_SECONDS}s`)
    .sign(secret);
}

const LOGINS: readonly string[] = ['PASSWORD', 'SMS', 'EDS'];

/**
 * Verifies caller contexts and remembers the verified ones until they expire: the gateway sends
 * the same token for a while (see signCaller), so a subgraph checks its signature once, not on
 * every request. Keyed by the whole token, so only the very string that was verified is taken on
 * trust; bounded, the least recently used forgotten first, each until it expires.
 */
export class CallerVerifier {
  private readonly verified: LRUCache<string, { caller: Omit<Caller, 'requestId'>; expiresAt: number }>;

  constructor(
    private readonly secret: CallerKey,
    capacity = 10_000,
  ) {
    this.verified = new LRUCache({ max: capacity });
  }

  /** How many verified contexts are remembered. */
  get size(): number {
    return this.verified.size;
  }

  /** The caller of a context; anything missing, forged or expired is UNAUTHENTICATED. */
  async verify(token: string | undefined, requestId?: string): Promise<Caller> {
    if (!token) throw refuse('no caller context');
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return { ...known.caller, requestId: requestIdOf(requestId) };
    if (known) this.verified.delete(token);
    const { caller, expiresAt } = await verifyToken(token, this.secret);
    this.verified.set(token, { caller, expiresAt }, { ttl: Math.max(1, expiresAt - Date.now()) });
    return { ...caller, requestId: requestIdOf(requestId) };
  }
}

/** UNAUTHENTICATED: a request to a subgraph that is not the gateway's (also for a request binding, caller-binding.ts). */
export const refuse = (why: string) => dossierError(ErrorCode.UNAUTHENTICATED, `Subgraphs serve only the gateway: ${why}.`, { http: { status: 401 } });

const requestIdOf = (requestId: string | undefined): string => (requestId && /^[\w-]{1,100}$/.test(requestId) ? requestId : 'unknown');

async function verifyToken(token: string, secret: CallerKey): Promise<{ caller: Omit<Caller, 'requestId'>; expiresAt: number }> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] });
    const { sub, login, client, wards, exp } = payload;
    if (
      !isValidIin(sub) ||
      typeof login !== 'string' ||
      !LOGINS.includes(login) ||
      !Array.isArray(wards) ||
      !wards.every(isValidIin) ||
      typeof exp !== 'number'
    ) {
      throw refuse('the caller context is incomplete');
    }
    const caller = { iin: sub, login: login as LoginMethod, client: typeof client === 'string' ? client : 'unknown', wards };
    return { caller, expiresAt: exp * 1000 };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError) throw refuse('the caller context is not valid');
    throw error;
  }
}
