/**
 * The caller context bound to the one subgraph request it was sent with. A signed caller context
 * (caller.ts) is reused by the gateway for half its lifetime, so on its own it would let whoever
 * captured it on an internal hop ask any subgraph anything as that caller for up to a minute. Each
 * subgraph request therefore also carries a binding (BINDING_HEADER):
 *
 *   v1.<issued at, ms>.<nonce>.<HMAC-SHA-256 over subgraph, context signature, issued at, nonce, body>
 *
 * under a key derived from INTERNAL_SECRET. A subgraph serves a request only when the binding is
 * its own (the subgraph's name), of this very context and this very body (query, variables,
 * operation name, extensions), made less than BINDING_WINDOW_MS ago; and it serves each nonce
 * once (subgraphs/kit/replay-guard.ts). The gateway merges identical in-flight subgraph requests
 * before they go out, so a merged request is one request with one binding: merging is unaffected.
 */
import { createHmac, createSecretKey, randomUUID, timingSafeEqual, type KeyObject } from 'node:crypto';
import { refuse, type CallerKey } from './caller.js';

export const BINDING_HEADER = 'x-dossier-binding';
/** How long after the gateway made it a binding is accepted (and its nonce remembered). */
export const BINDING_WINDOW_MS = 30_000;
/** How far ahead of a subgraph's clock the gateway's may be. */
const CLOCK_SKEW_MS = 5_000;
const VERSION = 'v1';

/** A binding that was accepted: its nonce, to be served once, and until when it must be remembered. */
export interface AcceptedBinding {
  nonce: string;
  rememberUntil: number;
}

/** Makes and checks bindings; one per process, its key derived once from the caller-context secret. */
export class CallerBinding {
  private readonly key: KeyObject;

  constructor(secret: CallerKey) {
    // a key of its own: a binding's MAC is never a valid signature of anything else made with the secret
    this.key = createSecretKey(createHmac('sha256', secret).update('dossier caller binding v1').digest());
  }

  /** The binding of one subgraph request: this context, this body, sent to this subgraph. */
  bind(subgraph: string, callerToken: string, body: string, now = Date.now()): string {
    const nonce = randomUUID();
    return `${VERSION}.${now}.${nonce}.${this.mac(subgraph, callerToken, now, nonce, body)}`;
  }

  /**
   * Checks a request's binding against the context and the body that came with it; anything
   * missing, made for another subgraph, context or body, or too old is UNAUTHENTICATED.
   */
  check(subgraph: string, callerToken: string, body: string, binding: string | undefined, now = Date.now()): AcceptedBinding {
    if (!binding) throw refuse('the request is not bound to its caller context');
    const parts = binding.split('.');
    const [version, issued, nonce, mac] = parts;
    const issuedAt = Number(issued);
    if (parts.length !== 4 || version !== VERSION || !/^\d{1,15}$/.test(issued ?? '') || !/^[\w-]{1,64}$/.test(nonce ?? '') || !mac) {
      throw refuse('the request binding is malformed');
    }
    const expected = Buffer.from(this.mac(subgraph, callerToken, issuedAt, nonce!, body), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse('the request is not the one its caller context was sent with');
    if (issuedAt > now + CLOCK_SKEW_MS || now - issuedAt > BINDING_WINDOW_MS) throw refuse('the request binding has expired');
    return { nonce: nonce!, rememberUntil: issuedAt + BINDING_WINDOW_MS + CLOCK_SKEW_MS };
  }

  private mac(subgraph: string, callerToken: string, issuedAt: number, nonce: string, body: string): string {
    // the context's signature stands for the whole context: no other valid context has it
    const signature = callerToken.slice(callerToken.lastIndexOf('.') + 1);
    return createHmac('sha256', this.key).update(`${VERSION}\n${subgraph}\n${signature}\n${issuedAt}\n${nonce}\n`).update(body).digest('base64url');
  }
}
